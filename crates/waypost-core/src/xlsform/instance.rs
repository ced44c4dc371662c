//! A session as an instance of its questionnaire's XForm: the answers under the field names the
//! form uses (sections as groups, a list's items as repeats, a multi-select's values space
//! separated), the file that carries the whole session named in its binary field, and the
//! `meta` a server files it by. What an XForm cannot hold (notes, answer states, votes, dots,
//! events, drafts) travels in that file.

use std::fmt::Write as _;

use quick_xml::escape::escape;
use serde_json::Value;

use super::export::structure;
use super::xform::{Node, Row, kind, name, tree};
use super::{ATTACHMENT_FIELD, ID_COLUMN, form_id};
use crate::questionnaire::Questionnaire;
use crate::session::Session;

/// The name of the file a submission carries the session in.
pub const ATTACHMENT_FILE: &str = "waypost-session.json";

/// Who a submission is, for the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meta {
    /// This version's instance id, `uuid:…`.
    pub instance_id: String,
    /// The instance id this version replaces, when the session was sent before and changed.
    pub deprecated_id: Option<String>,
    /// The name the server lists it by: the session's label.
    pub name: String,
    /// The form's version on the server: the questionnaire's, or what the server made of it
    /// (managed encryption adds `[encrypted:…]`).
    pub version: String,
}

/// A value as an XForm instance writes it.
fn text_of(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Array(values) => values.iter().map(text_of).collect::<Vec<_>>().join(" "),
        Value::Null | Value::Object(_) => String::new(),
    }
}

/// The question a row stands for: its own id where the export renamed it.
fn question_id(row: &Row) -> &str {
    row.get(ID_COLUMN).map_or_else(|| name(row), String::as_str)
}

/// Writes the elements of `nodes`, their values looked up by question id in `values`.
fn elements<'v>(nodes: &[Node<'_>], values: &dyn Fn(&str) -> Option<&'v Value>, out: &mut String) {
    for node in nodes {
        match node {
            Node::Group(row, children) => {
                let _ = write!(out, "<{}>", name(row));
                elements(children, values, out);
                let _ = write!(out, "</{}>", name(row));
            }
            Node::Repeat(row, children) => {
                let items = values(question_id(row)).and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
                for item in items {
                    let _ = write!(out, "<{}>", name(row));
                    let fields = |id: &str| item.get(id);
                    elements(children, &fields, out);
                    let _ = write!(out, "</{}>", name(row));
                }
            }
            Node::Field(row) => {
                let text = match (kind(row), name(row)) {
                    ("file", ATTACHMENT_FIELD) => ATTACHMENT_FILE.to_owned(),
                    ("note", _) => String::new(),
                    // A time of day as ODK writes one: with seconds (waypost keeps no time zone).
                    ("time" | "dateTime", _) => {
                        values(question_id(row)).map(text_of).map(|t| format!("{t}:00.000")).unwrap_or_default()
                    }
                    _ => values(question_id(row)).map(text_of).unwrap_or_default(),
                };
                if text.is_empty() {
                    let _ = write!(out, "<{}/>", name(row));
                } else {
                    let _ = write!(out, "<{}>{}</{}>", name(row), escape(text.as_str()), name(row));
                }
            }
        }
    }
}

/// The instance XML of a session: the bytes a submission sends as `xml_submission_file`.
pub fn instance(q: &Questionnaire, session: &Session, meta: &Meta) -> Vec<u8> {
    let sheets = structure(q);
    let nodes = tree(&sheets.survey);
    let answers = session.answers();
    // Calculations are sent with the values they had, as a phone sends them.
    let flow = crate::interview::Flow::new(q, answers);
    let values = |id: &str| answers.get(id).and_then(|a| a.value.as_ref()).or_else(|| flow.calculated.get(id));
    let mut body = String::new();
    elements(&nodes, &values, &mut body);
    let mut x = format!(
        "<?xml version=\"1.0\"?>\n<data xmlns:jr=\"http://openrosa.org/javarosa\" xmlns:orx=\"http://openrosa.org/xforms\" id=\"{}\" version=\"{}\">",
        escape(form_id(q).as_str()),
        escape(meta.version.as_str())
    );
    x.push_str(&body);
    let _ = write!(x, "<meta><instanceID>{}</instanceID>", escape(meta.instance_id.as_str()));
    if let Some(deprecated) = &meta.deprecated_id {
        let _ = write!(x, "<deprecatedID>{}</deprecatedID>", escape(deprecated.as_str()));
    }
    let _ = writeln!(x, "<instanceName>{}</instanceName></meta></data>", escape(meta.name.as_str()));
    x.into_bytes()
}
