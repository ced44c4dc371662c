//! The reading side of the stand-in Central, as `recorded-responses-2.txt` shows it: a form's
//! submissions listed by their first instance id with the current version's, a submission's XML
//! and versions, and the files its instance names (an edit that does not send a file again keeps
//! the earlier version's copy).

use std::net::TcpStream;

use super::{Held, Kept, respond};

const JSON: &str = "application/json; charset=utf-8";

const NOT_FOUND: &str = "{\"message\":\"Could not find the resource you were looking for.\",\"code\":404.1}";

/// The time the server stamps its `n`th submission with: one second apart, in order.
pub(crate) fn stamp(n: usize) -> String {
    let at = chrono::DateTime::parse_from_rfc3339("2026-12-06T20:19:39.788Z").expect("a time")
        + chrono::Duration::seconds(i64::try_from(n).unwrap_or_default());
    at.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

/// Each submission of `form`, or only the one first sent as `first`: its versions, oldest
/// first. (An index of who replaced whom, so a thousand submissions cost a thousand steps.)
pub(crate) fn chains(held: &Held, form: &str, first: Option<&str>) -> Vec<Vec<Kept>> {
    let next: std::collections::HashMap<&str, &Kept> =
        held.kept.iter().filter_map(|k| Some((k.deprecated.as_deref()?, k))).collect();
    let mut out = Vec::new();
    for start in held.kept.iter().filter(|k| k.form == form && k.deprecated.is_none()) {
        if first.is_some_and(|f| f != start.id) {
            continue;
        }
        let mut chain = vec![start.clone()];
        while let Some(k) = next.get(chain[chain.len() - 1].id.as_str()) {
            chain.push((*k).clone());
        }
        out.push(chain);
    }
    out
}

fn version(k: &Kept, current: bool) -> serde_json::Value {
    serde_json::json!({
        "submitterId": k.submitter, "createdAt": k.at, "instanceName": null, "instanceId": k.id,
        "current": current, "deviceId": null, "userAgent": "waypost/test"
    })
}

/// Answers `GET /v1/projects/1/forms/FORM/submissions[/…]` (`rest` is what follows).
pub(crate) fn serve(stream: &mut TcpStream, form: &str, rest: &[&str], held: &mut Held) {
    let first = match rest {
        [] => None,
        [xml] => Some(xml.trim_end_matches(".xml")),
        [first, ..] => Some(*first),
    };
    let all = chains(held, form, first);
    let find = |id: &str| all.iter().find(|c| c[0].id == id);
    match rest {
        [] => {
            let rows: Vec<serde_json::Value> = all
                .iter()
                .map(|chain| {
                    let (first, current) = (&chain[0], &chain[chain.len() - 1]);
                    let edited = chain.len() > 1;
                    serde_json::json!({
                        "instanceId": first.id, "submitterId": first.submitter, "deviceId": null,
                        "createdAt": first.at, "updatedAt": if edited { Some(&current.at) } else { None },
                        "reviewState": if edited { Some("edited") } else { None }, "userAgent": "waypost/test",
                        "deletedAt": null, "currentVersion": version(current, true)
                    })
                })
                .collect();
            respond(stream, "200 OK", JSON, &serde_json::Value::Array(rows).to_string());
        }
        [xml] if xml.strip_suffix(".xml").is_some() => match find(xml.trim_end_matches(".xml")) {
            Some(chain) => respond(stream, "200 OK", "application/xml; charset=utf-8", &chain[chain.len() - 1].xml),
            None => respond(stream, "404 Not Found", JSON, NOT_FOUND),
        },
        [first, "versions"] => match find(first) {
            Some(chain) => {
                let all: Vec<serde_json::Value> =
                    chain.iter().rev().enumerate().map(|(i, k)| version(k, i == 0)).collect();
                respond(stream, "200 OK", JSON, &serde_json::Value::Array(all).to_string());
            }
            None => respond(stream, "404 Not Found", JSON, NOT_FOUND),
        },
        [_, "attachments", _] if held.files_before_failing.is_some_and(|n| held.files_given >= n) => {
            respond(stream, "500 Internal Server Error", JSON, "{}");
        }
        [first, "attachments", name] => {
            held.files_given += 1;
            // The newest version's copy of the file, as Central keeps it across edits.
            let file = find(first).and_then(|chain| {
                chain.iter().rev().find_map(|k| k.files.iter().find(|(n, _)| n == name).map(|(_, b)| b.clone()))
            });
            match file {
                Some(bytes) => {
                    let head = format!(
                        "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                        bytes.len()
                    );
                    let _ = std::io::Write::write_all(stream, head.as_bytes());
                    let _ = std::io::Write::write_all(stream, &bytes);
                }
                None => respond(stream, "404 Not Found", JSON, NOT_FOUND),
            }
        }
        _ => respond(stream, "404 Not Found", JSON, NOT_FOUND),
    }
}
