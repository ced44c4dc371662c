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
        let ours = String::from_utf8(waypost_core::xlsform::xform::xform(q, None).unwrap().bytes).unwrap();
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
    let xml = String::from_utf8(waypost_core::xlsform::xform::xform(&q, None).unwrap().bytes).unwrap();
    assert!(xml.contains(r#"<data id="learning_review" version="2.0.0">"#), "{}", &xml[..400]);
    assert!(xml.contains("<h:title>Review &lt;&amp;&gt; &quot;quoted&quot;</h:title>"));
    // Well-formed: read to the end without an error.
    let mut reader = quick_xml::Reader::from_str(&xml);
    while reader.read_event().unwrap() != Event::Eof {}
    // Two languages, each its own translation, the default marked.
    let es = waypost_core::testing::built_in("csr-self-assessment");
    let xml = String::from_utf8(waypost_core::xlsform::xform::xform(&es, None).unwrap().bytes).unwrap();
    assert!(xml.contains(r#"<translation lang="English (en)" default="true()">"#));
    assert!(
        xml.contains(r#"<translation lang="Spanish (es)">"#) || xml.contains(r#"<translation lang="Español (es)">"#)
    );
}

/// The element paths of an XML document, `data/about/review_type`, in order.
fn paths(xml: &str) -> Vec<String> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let (mut path, mut out): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) => {
                path.push(e.name().0.to_owned());
                out.push(path.join("/"));
            }
            Event::Empty(e) => out.push(format!("{}/{}", path.join("/"), e.name().0)),
            Event::End(_) => {
                path.pop();
            }
            Event::Eof => return out,
            _ => {}
        }
    }
}

#[test]
fn a_session_s_instance_has_its_form_s_structure_and_says_who_it_is() {
    use serde_json::json;
    use waypost_core::xlsform::instance::{Meta, instance};
    let q = waypost_core::testing::built_in("learning-review");
    let mut s = waypost_core::testing::session(&q, "20261128-0930-learning-review-a1f2c3d4", "Acme");
    waypost_core::testing::give(
        &q,
        &mut s,
        &[
            ("review_type", json!("periodic")),
            ("participants", json!([{"role": "Ana"}, {"role": "Bo & Co"}])),
            ("funding", json!(["company", "government"])),
        ],
    );
    let meta = Meta {
        instance_id: "uuid:0193c1a2-7b40-7c3e-9d51-4be0a1f2c3d4".into(),
        deprecated_id: Some("uuid:0193c1a2-7b40-7c3e-9d51-000000000001".into()),
        name: s.id.clone(),
        version: q.version.clone(),
    };
    let xml = String::from_utf8(instance(&q, &s, &meta)).unwrap();
    let form = shape(&String::from_utf8(waypost_core::xlsform::xform::xform(&q, None).unwrap().bytes).unwrap());
    let mut known: std::collections::BTreeSet<String> = form.instance.iter().map(|(p, _)| p.clone()).collect();
    known.insert("data".into());
    let sent = paths(&xml);
    // Every element the instance has is one the form declares (the meta's deprecatedID aside,
    // which an edit adds).
    for path in &sent {
        assert!(known.contains(path) || path == "data/meta/deprecatedID", "{path} is not in the form");
    }
    // Two items of the list, each its own element; the multi-select's values space separated.
    assert_eq!(sent.iter().filter(|p| *p == "data/about/participants").count(), 2);
    assert!(xml.contains("<role>Bo &amp; Co</role>"), "{xml}");
    assert!(xml.contains("<funding>company government</funding>"), "{xml}");
    assert!(xml.contains(r#"id="learning_review" version="2.0.0""#));
    assert!(xml.contains("<instanceID>uuid:0193c1a2-7b40-7c3e-9d51-4be0a1f2c3d4</instanceID><deprecatedID>"));
    assert!(xml.contains("<instanceName>20261128-0930-learning-review-a1f2c3d4</instanceName>"));
}
