//! The XForm export: every built-in written as XForm has the primary instance (names, nesting,
//! repeat templates) and the binds (type, required, read-only) that pyxform gives the same
//! questionnaire's XLSForm export, so a server sees one form whichever way it came.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::BTreeMap;

use quick_xml::events::{BytesStart, Event};

/// What a server takes from a form: the primary instance's elements (path, whether a repeat's
/// template) in order, the root's attributes, and each bind's type, required and read-only.
#[derive(Debug, PartialEq)]
struct Shape {
    instance: Vec<(String, bool)>,
    root: Vec<(String, String)>,
    binds: BTreeMap<String, (String, Option<String>, Option<String>)>,
}

fn attribute(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes().flatten().find(|a| a.key.0 == name).map(|a| a.value.into_owned())
}

fn shape(xml: &str) -> Shape {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut path: Vec<String> = Vec::new();
    let (mut instance, mut root, mut binds) = (Vec::new(), Vec::new(), BTreeMap::new());
    // Depth of the primary instance's element, while inside it.
    let mut primary: Option<usize> = None;
    let mut seen_primary = false;
    loop {
        let event = reader.read_event().unwrap();
        let (start, empty) = match &event {
            Event::Start(e) => (Some(e.clone()), false),
            Event::Empty(e) => (Some(e.clone()), true),
            Event::End(_) => {
                path.pop();
                if primary.is_some_and(|d| path.len() < d) {
                    primary = None;
                }
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        let Some(e) = start else { continue };
        let name = e.name().0.to_owned();
        if name == "instance" && attribute(&e, "id").is_none() && !seen_primary {
            seen_primary = true;
            primary = Some(path.len() + 2);
        } else if let Some(depth) = primary
            && path.len() + 1 >= depth
        {
            let at = format!("{}/{name}", path[depth - 1..].join("/"));
            if path.len() + 1 == depth {
                root = e.attributes().flatten().map(|a| (a.key.0.to_owned(), a.value.into_owned())).collect();
            }
            instance.push((at, attribute(&e, "jr:template").is_some()));
        }
        if name == "bind" {
            let nodeset = attribute(&e, "nodeset").unwrap();
            let kind = attribute(&e, "type").unwrap_or_else(|| "string".into());
            binds.insert(nodeset, (kind, attribute(&e, "required"), attribute(&e, "readonly")));
        }
        if !empty {
            path.push(name);
        }
    }
    root.sort();
    Shape { instance, root, binds }
}

#[test]
fn every_built_in_as_xform_has_the_instance_and_binds_pyxform_gives_it() {
    let Some(tool) = common::xls2xform() else { return };
    let dir = tempfile::tempdir().unwrap();
    let catalog = waypost_core::questionnaire::Catalog::load(&[]);
    assert!(catalog.entries().len() >= 8);
    for entry in catalog.entries() {
        let q = &entry.questionnaire;
        let ours = String::from_utf8(waypost_core::xlsform::xform::xform(q).unwrap().bytes).unwrap();
        let form = dir.path().join(format!("{}.xlsx", q.id));
        std::fs::write(&form, waypost_core::xlsform::export::export(q).unwrap().bytes).unwrap();
        let theirs = dir.path().join(format!("{}.xml", q.id));
        let out = std::process::Command::new(&tool).arg("--skip_validate").arg(&form).arg(&theirs).output().unwrap();
        assert!(out.status.success(), "{}: {}", q.id, String::from_utf8_lossy(&out.stderr));
        let (ours, theirs) = (shape(&ours), shape(&std::fs::read_to_string(&theirs).unwrap()));
        assert!(ours.instance.len() > 5, "{}: {:?}", q.id, ours.instance);
        assert!(ours.instance.iter().any(|(p, _)| p.ends_with("/meta/instanceName")));
        assert_eq!(ours, theirs, "{}", q.id);
        // The session's file goes in a binary field, which a server keeps.
        let attachment = format!("/data/{}", waypost_core::xlsform::ATTACHMENT_FIELD);
        assert_eq!(ours.binds[&attachment].0, "binary", "{}", q.id);
    }
}

#[test]
fn an_xform_names_its_form_and_version_and_escapes_what_it_writes() {
    let mut q = waypost_core::testing::built_in("learning-review");
    q.title = waypost_core::text::Text::from("Review <&> \"quoted\"");
    let xml = String::from_utf8(waypost_core::xlsform::xform::xform(&q).unwrap().bytes).unwrap();
    assert!(xml.contains(r#"<data id="learning_review" version="2.0.0">"#), "{}", &xml[..400]);
    assert!(xml.contains("<h:title>Review &lt;&amp;&gt; &quot;quoted&quot;</h:title>"));
    // Well-formed: read to the end without an error.
    let mut reader = quick_xml::Reader::from_str(&xml);
    while reader.read_event().unwrap() != Event::Eof {}
    // Two languages, each its own translation, the default marked.
    let es = waypost_core::testing::built_in("csr-self-assessment");
    let xml = String::from_utf8(waypost_core::xlsform::xform::xform(&es).unwrap().bytes).unwrap();
    assert!(xml.contains(r#"<translation lang="English (en)" default="true()">"#));
    assert!(
        xml.contains(r#"<translation lang="Spanish (es)">"#) || xml.contains(r#"<translation lang="Español (es)">"#)
    );
}
