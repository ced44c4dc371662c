//! Reading an instance back: the answers a submission's XML holds, under the field names the
//! questionnaire's XForm gives them (the inverse of [`super::instance`]), so a form filled in ODK
//! Collect or Enketo, with no session file beside it, comes in as answers. What the XML cannot
//! hold (notes, answer states, votes) is simply not there.

use quick_xml::events::Event;
use serde_json::{Map, Value};

use super::export::structure;
use super::xform::{Node, Row, kind, name, tree};
use super::{ATTACHMENT_FIELD, ID_COLUMN};
use crate::questionnaire::{Kind, Question, Questionnaire};

/// The deepest nesting read: a questionnaire's instance has sections, lists and their fields.
const MAX_DEPTH: usize = 64;

/// An element of the instance: its name, its text, and what it holds.
#[derive(Debug, Default)]
pub(crate) struct Element {
    /// Its local name.
    pub(crate) name: String,
    /// Its text, entities read, trimmed.
    pub(crate) text: String,
    /// Its attributes by local name.
    pub(crate) attributes: Vec<(String, String)>,
    /// What it holds, in order.
    pub(crate) children: Vec<Element>,
}

impl Element {
    /// The first child of this name.
    pub(crate) fn child(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|c| c.name == name)
    }

    /// An attribute's value.
    pub(crate) fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

/// Parses an XML document into its root element; `None` when it is not one (or nests deeper
/// than any instance does).
pub(crate) fn parse(xml: &[u8]) -> Option<Element> {
    let mut reader = quick_xml::Reader::from_str(std::str::from_utf8(xml).ok()?);
    let mut stack: Vec<Element> = Vec::new();
    let open = |e: &quick_xml::events::BytesStart<'_>| Element {
        name: e.local_name().as_ref().to_owned(),
        attributes: e
            .attributes()
            .flatten()
            .map(|a| {
                let value = quick_xml::escape::unescape(&a.value).map(std::borrow::Cow::into_owned).unwrap_or_default();
                (a.key.local_name().as_ref().to_owned(), value)
            })
            .collect(),
        ..Element::default()
    };
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) => {
                if stack.len() >= MAX_DEPTH {
                    return None;
                }
                stack.push(open(&e));
            }
            Event::Empty(e) => {
                let element = open(&e);
                match stack.last_mut() {
                    Some(parent) => parent.children.push(element),
                    None => return Some(element),
                }
            }
            Event::Text(t) => {
                if let Some(current) = stack.last_mut() {
                    current.text.push_str(&quick_xml::escape::unescape(&t).ok()?);
                }
            }
            Event::GeneralRef(r) => {
                if let Some(current) = stack.last_mut() {
                    let entity = format!("&{};", &*r);
                    current.text.push_str(&quick_xml::escape::unescape(&entity).ok()?);
                }
            }
            Event::CData(t) => {
                if let Some(current) = stack.last_mut() {
                    current.text.push_str(&t);
                }
            }
            Event::End(_) => {
                let mut done = stack.pop()?;
                done.text = done.text.trim().to_owned();
                match stack.last_mut() {
                    Some(parent) => parent.children.push(done),
                    None => return Some(done),
                }
            }
            Event::Eof => return None,
            _ => {}
        }
    }
}

/// The question a row stands for: its own id where the export renamed it.
fn question_id(row: &Row) -> &str {
    row.get(ID_COLUMN).map_or_else(|| name(row), String::as_str)
}

/// A field's text as the answer value its question takes; `None` for an empty one, or one
/// that is not of its kind (a number that is none).
fn typed(question: &Question, text: &str) -> Option<Value> {
    if text.is_empty() {
        return None;
    }
    match question.kind {
        Kind::Multi => Some(Value::Array(text.split_whitespace().map(|v| Value::from(v.to_owned())).collect())),
        Kind::Number => {
            if let Ok(n) = text.parse::<i64>() {
                return Some(Value::from(n));
            }
            text.parse::<f64>().ok().and_then(serde_json::Number::from_f64).map(Value::Number)
        }
        // A calculation is worked out again from the answers, not read.
        Kind::Note | Kind::List | Kind::Calculate => None,
        Kind::Single | Kind::Text | Kind::Date => Some(Value::from(text.to_owned())),
        // ODK writes a time as 14:30:00.000+01:00: its hours and minutes are the answer.
        Kind::Time => text.get(..5).filter(|t| crate::interview::typed::is_time(t)).map(Value::from),
        // And a date-time as 2026-11-28T14:30:00.000+01:00.
        Kind::DateTime => text.get(..16).filter(|t| crate::interview::typed::is_datetime(t)).map(Value::from),
    }
}

/// Adds the answers under `element` of the questions `nodes` stand for, in the questionnaire's
/// order.
fn collect(q: &Questionnaire, nodes: &[Node<'_>], element: &Element, out: &mut Vec<(String, Value)>) {
    for node in nodes {
        match node {
            Node::Group(row, children) => {
                if let Some(group) = element.child(name(row)) {
                    collect(q, children, group, out);
                }
            }
            Node::Repeat(row, children) => {
                let Some(list) = q.question(question_id(row)) else { continue };
                let items: Vec<Value> = element
                    .children
                    .iter()
                    .filter(|c| c.name == name(row))
                    .map(|item| {
                        let mut fields = Map::new();
                        for child in children {
                            if let Node::Field(field_row) = child
                                && let Some(field) = list.field(question_id(field_row))
                                && let Some(value) = item.child(name(field_row)).and_then(|e| typed(field, &e.text))
                            {
                                fields.insert(field.id.clone(), value);
                            }
                        }
                        Value::Object(fields)
                    })
                    .filter(|item| item.as_object().is_some_and(|o| !o.is_empty()))
                    .collect();
                if !items.is_empty() {
                    out.push((list.id.clone(), Value::Array(items)));
                }
            }
            Node::Field(row) => {
                if matches!((kind(row), name(row)), ("file", ATTACHMENT_FIELD) | ("note", _)) {
                    continue;
                }
                if let Some(question) = q.question(question_id(row))
                    && let Some(value) = element.child(name(row)).and_then(|e| typed(question, &e.text))
                {
                    out.push((question.id.clone(), value));
                }
            }
        }
    }
}

/// The answers an instance of the questionnaire's form holds, by question id, in the
/// questionnaire's order; `None` when the XML is not an instance.
pub(crate) fn answers(q: &Questionnaire, root: &Element) -> Vec<(String, Value)> {
    let sheets = structure(q);
    let nodes = tree(&sheets.survey);
    let mut out = Vec::new();
    collect(q, &nodes, root, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interview::{Input, answer};
    use crate::testing::{built_in, now, session};
    use crate::xlsform::instance::{Meta, instance};

    #[test]
    fn a_time_of_day_goes_out_as_odk_writes_it_and_comes_back_as_kept() {
        let json = r#"{"format": 1, "id": "visit", "version": "1", "title": "Visit", "languages": ["en"],
            "sections": [{"id": "s", "title": "S", "questions": [
                {"id": "arrived", "kind": "time", "prompt": "When did you arrive?"},
                {"id": "called", "kind": "datetime", "prompt": "When did they call?"}]}]}"#;
        let q = crate::questionnaire::parse(json.as_bytes()).usable().cloned().unwrap();
        let mut s = session(&q, "visit", "Acme");
        answer(&q, &mut s, "arrived", Input::Value(serde_json::json!("14:30")), None, now(), None).unwrap();
        assert!(answer(&q, &mut s, "arrived", Input::Value(serde_json::json!("25:00")), None, now(), None).is_err());
        answer(&q, &mut s, "called", Input::Value(serde_json::json!("2026-11-28T09:05")), None, now(), None).unwrap();
        let not_one = Input::Value(serde_json::json!("2026-11-28 09:05"));
        assert!(answer(&q, &mut s, "called", not_one, None, now(), None).is_err(), "kept with its T");
        let meta =
            Meta { instance_id: "uuid:x".into(), deprecated_id: None, name: "visit".into(), version: "1".into() };
        let xml = instance(&q, &s, &meta);
        assert!(String::from_utf8_lossy(&xml).contains("<arrived>14:30:00.000</arrived>"));
        assert!(String::from_utf8_lossy(&xml).contains("<called>2026-11-28T09:05:00.000</called>"));
        let expected = [
            ("arrived".to_owned(), serde_json::json!("14:30")),
            ("called".to_owned(), serde_json::json!("2026-11-28T09:05")),
        ];
        assert_eq!(answers(&q, &parse(&xml).unwrap()), expected);
        // As Collect writes them, with a time zone.
        let collect = String::from_utf8_lossy(&xml)
            .replace("14:30:00.000<", "14:30:00.000+01:00<")
            .replace("09:05:00.000<", "09:05:00.000-05:00<");
        assert_eq!(answers(&q, &parse(collect.as_bytes()).unwrap()), expected);
    }

    #[test]
    fn an_instance_reads_back_as_the_answers_it_was_written_from() {
        let q = built_in("stakeholder-grid");
        let mut s = session(&q, "grid", "Acme");
        let items = serde_json::json!([
            {"name": "Ministerio de Turismo & <Cultura>", "power": "high", "commitment": "low"},
            {"name": "Hotel Sol", "power": "low", "commitment": "high"}
        ]);
        let list = q.places().find(|(_, x)| x.kind == Kind::List).map(|(_, x)| x.id.clone()).unwrap();
        let mut given = Vec::new();
        // Every question the grid asks before its list, answered with its first choice.
        for (_, question) in q.places() {
            if question.id == list {
                break;
            }
            let value = match question.kind {
                Kind::Single => serde_json::json!(q.choices(question).first().map(|c| c.value.clone())),
                Kind::Text => serde_json::json!("Taller en Cochabamba"),
                _ => continue,
            };
            if answer(&q, &mut s, &question.id, Input::Value(value.clone()), Some("x"), now(), None).is_ok() {
                given.push((question.id.clone(), value));
            }
        }
        let fields = &q.question(&list).unwrap().fields;
        let item = |i: usize| {
            let mut item = Map::new();
            for field in fields {
                if let Some(v) = items[i].get(&field.id) {
                    item.insert(field.id.clone(), v.clone());
                }
            }
            Value::Object(item)
        };
        let items = Value::Array(vec![item(0), item(1)]);
        if answer(&q, &mut s, &list, Input::Value(items.clone()), Some("x"), now(), None).is_ok() {
            given.push((list.clone(), items));
        }
        assert!(given.len() > 1, "something to read back");
        let meta = Meta { instance_id: "uuid:x".into(), deprecated_id: None, name: "grid".into(), version: "1".into() };
        let xml = instance(&q, &s, &meta);
        let root = parse(&xml).unwrap();
        assert_eq!(root.attribute("version"), Some("1"));
        let mut read = answers(&q, &root);
        let mut given = given;
        read.sort_by(|a, b| a.0.cmp(&b.0));
        given.sort_by(|a, b| a.0.cmp(&b.0));
        assert_eq!(read, given);
    }

    #[test]
    fn what_is_not_xml_or_nests_too_deep_is_none() {
        assert!(parse(b"not xml").is_none());
        assert!(parse(b"<data><a>").is_none());
        let deep = format!("{}{}", "<a>".repeat(100), "</a>".repeat(100));
        assert!(parse(deep.as_bytes()).is_none());
        assert_eq!(parse(b"<data><a>x &amp; y</a></data>").unwrap().child("a").unwrap().text, "x & y");
    }
}
