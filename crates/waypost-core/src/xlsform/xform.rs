//! XForm export: the questionnaire as the XML form ODK Central, ODK Collect and Enketo take,
//! written from the same rows as the XLSForm export and in the structure pyxform gives that
//! workbook (the primary instance, with a repeat's template and one copy, and a bind of the same
//! type for each field), so either way a server sees the same form. Texts are in every language
//! (`itext`), `${name}` references become absolute paths, and the instance ends with
//! `meta/instanceID` and `meta/instanceName`.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use quick_xml::escape::escape;

use super::export::{Exported, Sheets, column, sheets};
use crate::questionnaire::Questionnaire;

pub(super) type Row = BTreeMap<String, String>;

/// One row of the survey sheet placed in the form's tree.
pub(super) enum Node<'a> {
    /// A group (a section) and what it holds.
    Group(&'a Row, Vec<Node<'a>>),
    /// A repeat (a list question) and its fields.
    Repeat(&'a Row, Vec<Node<'a>>),
    /// A question or a note.
    Field(&'a Row),
}

/// Writes the questionnaire as an XForm; with a public key (`base64RsaPublicKey`), an encrypted
/// one: ODK clients then send its submissions only encrypted to that key.
pub fn xform(q: &Questionnaire, public_key: Option<&str>) -> Result<Exported, super::Error> {
    let sheets = sheets(q);
    let bytes = Form::new(&sheets, public_key).xml().into_bytes();
    Ok(Exported { bytes, notes: sheets.notes })
}

/// The rows of the survey as a tree: `begin_group`/`end_group` and `begin_repeat`/`end_repeat`
/// around what they hold.
pub(super) fn tree(rows: &[Row]) -> Vec<Node<'_>> {
    let mut stack: Vec<(Option<&Row>, bool, Vec<Node<'_>>)> = vec![(None, false, Vec::new())];
    for row in rows {
        let kind = row.get("type").map(String::as_str).unwrap_or_default();
        match kind {
            "begin_group" | "begin_repeat" => stack.push((Some(row), kind == "begin_repeat", Vec::new())),
            "end_group" | "end_repeat" if stack.len() > 1 => {
                if let Some((Some(open), repeat, children)) = stack.pop()
                    && let Some((_, _, parent)) = stack.last_mut()
                {
                    parent.push(if repeat { Node::Repeat(open, children) } else { Node::Group(open, children) });
                }
            }
            _ => {
                if let Some((_, _, children)) = stack.last_mut() {
                    children.push(Node::Field(row));
                }
            }
        }
    }
    stack.into_iter().next().map(|(_, _, nodes)| nodes).unwrap_or_default()
}

pub(super) fn name(row: &Row) -> &str {
    row.get("name").map(String::as_str).unwrap_or_default()
}

pub(super) fn kind(row: &Row) -> &str {
    row.get("type").and_then(|t| t.split(' ').next()).unwrap_or_default()
}

/// The XForm bind type of a field, as pyxform gives it.
fn bind_type(row: &Row) -> &'static str {
    match kind(row) {
        "integer" => "int",
        "decimal" => "decimal",
        "date" => "date",
        "time" => "time",
        "dateTime" => "dateTime",
        "file" => "binary",
        _ => "string",
    }
}

struct Form<'a> {
    sheets: &'a Sheets,
    nodes: Vec<Node<'a>>,
    /// Every name's absolute path, for `${name}`.
    paths: BTreeMap<&'a str, String>,
    /// Texts by id, then by language.
    texts: BTreeMap<String, BTreeMap<String, String>>,
    /// Text ids in the order first used.
    order: Vec<String>,
    /// The public key submissions are encrypted to, if any.
    public_key: Option<&'a str>,
}

impl<'a> Form<'a> {
    fn new(sheets: &'a Sheets, public_key: Option<&'a str>) -> Form<'a> {
        let nodes = tree(&sheets.survey);
        let mut paths = BTreeMap::new();
        fn walk<'n>(nodes: &[Node<'n>], at: &str, paths: &mut BTreeMap<&'n str, String>) {
            for node in nodes {
                let (Node::Group(row, _) | Node::Repeat(row, _) | Node::Field(row)) = node;
                let path = format!("{at}/{}", name(row));
                if let Node::Group(_, children) | Node::Repeat(_, children) = node {
                    walk(children, &path, paths);
                }
                paths.insert(name(row), path);
            }
        }
        walk(&nodes, "/data", &mut paths);
        Form { sheets, nodes, paths, texts: BTreeMap::new(), order: Vec::new(), public_key }
    }

    /// An expression with `${name}` made the field's absolute path.
    fn expression(&self, text: &str) -> String {
        let mut out = String::new();
        let mut rest = text;
        while let Some(start) = rest.find("${") {
            out.push_str(&rest[..start]);
            let after = &rest[start + 2..];
            match after.find('}') {
                Some(end) => {
                    let name = &after[..end];
                    match self.paths.get(name) {
                        Some(path) => out.push_str(&format!(" {path} ")),
                        None => out.push_str(&rest[start..start + 3 + end]),
                    }
                    rest = &after[end + 1..];
                }
                None => {
                    out.push_str(&rest[start..]);
                    rest = "";
                }
            }
        }
        out.push_str(rest);
        out
    }

    fn default_language(&self) -> &str {
        self.sheets.languages.first().map(String::as_str).unwrap_or("en")
    }

    /// Records a row's text of `base` under `id` in every language; whether it has one.
    fn text(&mut self, id: &str, row: &Row, base: &str) -> bool {
        let default = row.get(&column(base, self.default_language())).cloned();
        let mut any = false;
        for language in &self.sheets.languages {
            let said = row.get(&column(base, language)).cloned().or_else(|| default.clone());
            if let Some(said) = said {
                any = true;
                self.texts.entry(id.to_owned()).or_default().insert(language.clone(), said);
            }
        }
        if any && !self.order.iter().any(|o| o == id) {
            self.order.push(id.to_owned());
        }
        any
    }

    fn xml(mut self) -> String {
        let settings = &self.sheets.settings;
        let get = |key: &str| settings.get(key).map(String::as_str).unwrap_or_default();
        let (title, id, version) = (get("form_title").to_owned(), get("form_id").to_owned(), get("version").to_owned());
        let mut instance = String::new();
        let mut binds = String::new();
        let mut body = String::new();
        let nodes = std::mem::take(&mut self.nodes);
        for node in &nodes {
            self.instance(node, &mut instance);
            self.node(node, "/data", &mut binds, &mut body);
        }
        let mut x = String::from("<?xml version=\"1.0\"?>\n");
        x.push_str(concat!(
            "<h:html xmlns=\"http://www.w3.org/2002/xforms\" xmlns:ev=\"http://www.w3.org/2001/xml-events\" ",
            "xmlns:h=\"http://www.w3.org/1999/xhtml\" xmlns:jr=\"http://openrosa.org/javarosa\" ",
            "xmlns:odk=\"http://www.opendatakit.org/xforms\" xmlns:orx=\"http://openrosa.org/xforms\" ",
            "xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\">\n"
        ));
        let _ = writeln!(
            x,
            "  <h:head>\n    <h:title>{}</h:title>\n    <model odk:xforms-version=\"1.0.0\">",
            escape(&title)
        );
        x.push_str("      <itext>\n");
        for language in &self.sheets.languages {
            let label = format!("{} ({language})", crate::i18n::language_name(language));
            let default = if language == self.default_language() { " default=\"true()\"" } else { "" };
            let _ = writeln!(x, "        <translation lang=\"{}\"{default}>", escape(&label));
            for text_id in &self.order {
                if let Some(said) = self.texts.get(text_id).and_then(|t| t.get(language)) {
                    let _ = writeln!(
                        x,
                        "          <text id=\"{}\"><value>{}</value></text>",
                        escape(text_id.as_str()),
                        escape(said.as_str())
                    );
                }
            }
            x.push_str("        </translation>\n");
        }
        x.push_str("      </itext>\n");
        let _ = writeln!(
            x,
            "      <instance>\n        <data id=\"{}\" version=\"{}\">{instance}<meta><instanceID/><instanceName/></meta></data>\n      </instance>",
            escape(&id),
            escape(&version)
        );
        x.push_str(&binds);
        x.push_str(
            "      <bind nodeset=\"/data/meta/instanceID\" type=\"string\" readonly=\"true()\" jr:preload=\"uid\"/>\n",
        );
        if let Some(name) = settings.get("instance_name") {
            let _ = writeln!(
                x,
                "      <bind nodeset=\"/data/meta/instanceName\" type=\"string\" calculate=\"{}\"/>",
                escape(self.expression(name).as_str())
            );
        }
        if let Some(key) = self.public_key {
            let _ = writeln!(x, "      <submission base64RsaPublicKey=\"{}\"/>", escape(key));
        }
        x.push_str("    </model>\n  </h:head>\n  <h:body>\n");
        x.push_str(&body);
        x.push_str("  </h:body>\n</h:html>\n");
        x
    }

    /// The node's element in the primary instance: a repeat as its template and one copy.
    fn instance(&self, node: &Node<'_>, out: &mut String) {
        match node {
            // A default is the element's value in the primary instance.
            Node::Field(row) if row.get("default").is_some_and(|d| !d.is_empty()) => {
                let value = row.get("default").map_or("", String::as_str);
                let _ = write!(out, "<{0}>{1}</{0}>", name(row), escape(value));
            }
            Node::Field(row) => {
                let _ = write!(out, "<{}/>", name(row));
            }
            Node::Group(row, children) => {
                let _ = write!(out, "<{}>", name(row));
                children.iter().for_each(|c| self.instance(c, out));
                let _ = write!(out, "</{}>", name(row));
            }
            Node::Repeat(row, children) => {
                for template in [" jr:template=\"\"", ""] {
                    let _ = write!(out, "<{}{template}>", name(row));
                    children.iter().for_each(|c| self.instance(c, out));
                    let _ = write!(out, "</{}>", name(row));
                }
            }
        }
    }

    /// The node's binds and its part of the body.
    fn node(&mut self, node: &Node<'_>, at: &str, binds: &mut String, body: &mut String) {
        let (Node::Group(row, _) | Node::Repeat(row, _) | Node::Field(row)) = node;
        let path = format!("{at}/{}", name(row));
        let mut attributes = String::new();
        if let Node::Field(row) = node {
            let _ = write!(attributes, " type=\"{}\"", bind_type(row));
            if kind(row) == "note" || row.get("read_only").is_some_and(|r| r == "yes") {
                attributes.push_str(" readonly=\"true()\"");
            }
            match row.get("required").map(String::as_str) {
                Some("yes") => attributes.push_str(" required=\"true()\""),
                // Required when an expression holds.
                Some(when) if !when.is_empty() => {
                    let _ = write!(attributes, " required=\"{}\"", escape(self.expression(when).as_str()));
                }
                _ => {}
            }
        }
        if let Some(relevant) = row.get("relevant") {
            let _ = write!(attributes, " relevant=\"{}\"", escape(self.expression(relevant).as_str()));
        }
        if let Some(calculation) = row.get("calculation").filter(|_| kind(row) == "calculate") {
            let _ = write!(attributes, " calculate=\"{}\"", escape(self.expression(calculation).as_str()));
        }
        if let Some(constraint) = row.get("constraint") {
            let _ = write!(attributes, " constraint=\"{}\"", escape(self.expression(constraint).as_str()));
            let message = format!("{path}:jr:constraintMsg");
            if self.text(&message, row, "constraint_message") {
                let _ = write!(attributes, " jr:constraintMsg=\"jr:itext('{}')\"", escape(message.as_str()));
            }
        }
        if !attributes.is_empty() {
            let _ = writeln!(binds, "      <bind nodeset=\"{}\"{attributes}/>", escape(path.as_str()));
        }
        // A calculation is worked out, never shown: no label, no control.
        if kind(row) == "calculate" {
            return;
        }
        let label = self.label(row, &path);
        match node {
            Node::Group(_, children) | Node::Repeat(_, children) => {
                let _ = write!(body, "<group ref=\"{}\">{label}", escape(path.as_str()));
                if matches!(node, Node::Repeat(..)) {
                    let count = match row.get("repeat_count") {
                        Some(count) => format!(" jr:count=\"{}\"", escape(self.expression(count).as_str())),
                        None => String::new(),
                    };
                    let _ = write!(body, "<repeat nodeset=\"{}\"{count}>", escape(path.as_str()));
                }
                for child in children {
                    self.node(child, &path, binds, body);
                }
                if matches!(node, Node::Repeat(..)) {
                    body.push_str("</repeat>");
                }
                body.push_str("</group>\n");
            }
            Node::Field(row) => self.field(row, &path, &label, body),
        }
    }

    /// A field's label and hint, by their text ids.
    fn label(&mut self, row: &Row, path: &str) -> String {
        let mut out = String::new();
        for (base, element) in [("label", "label"), ("hint", "hint")] {
            let id = format!("{path}:{base}");
            if self.text(&id, row, base) {
                let _ = write!(out, "<{element} ref=\"jr:itext('{}')\"/>", escape(id.as_str()));
            }
        }
        out
    }

    fn field(&mut self, row: &Row, path: &str, label: &str, body: &mut String) {
        let reference = escape(path);
        match kind(row) {
            "select_one" | "select_multiple" => {
                let element = if kind(row) == "select_one" { "select1" } else { "select" };
                let _ = write!(body, "<{element} ref=\"{reference}\">{label}");
                let list = row.get("type").and_then(|t| t.split(' ').nth(1)).unwrap_or_default();
                let choices: Vec<&Row> =
                    self.sheets.choices.iter().filter(|c| c.get("list_name").is_some_and(|l| l == list)).collect();
                for (i, choice) in choices.into_iter().enumerate() {
                    let id = format!("{list}-{i}");
                    self.text(&id, choice, "label");
                    let value = choice.get("name").map(String::as_str).unwrap_or_default();
                    let _ = write!(
                        body,
                        "<item><label ref=\"jr:itext('{}')\"/><value>{}</value></item>",
                        escape(id.as_str()),
                        escape(value)
                    );
                }
                let _ = writeln!(body, "</{element}>");
            }
            "file" => {
                let _ = writeln!(body, "<upload mediatype=\"application/*\" ref=\"{reference}\">{label}</upload>");
            }
            _ => {
                let _ = writeln!(body, "<input ref=\"{reference}\">{label}</input>");
            }
        }
    }
}
