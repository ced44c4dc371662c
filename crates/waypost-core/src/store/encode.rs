//! Writing a session file fast: one answer or event per line, and only what changed since the
//! last save serialised again (an answer changes only with an event naming it, and events are only
//! appended), so saving a session with thousands of answers costs little more than the write.

use std::collections::HashMap;

use serde::Serialize;
use serde_json::{Map, Value};

use indexmap::IndexMap;

use crate::session::{Draft, QuestionnaireRef, Session, Status, Subject, Timestamp};

/// Everything of a session but its answers and events, in the file's field order.
#[derive(Serialize)]
struct Header<'a> {
    format: u32,
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    uuid: &'a Option<String>,
    questionnaire: &'a QuestionnaireRef,
    language: &'a str,
    status: Status,
    created_at: Timestamp,
    updated_at: Timestamp,
    subject: &'a Subject,
    position: &'a Option<String>,
    #[serde(skip_serializing_if = "IndexMap::is_empty")]
    drafts: &'a IndexMap<String, Draft>,
    #[serde(skip_serializing_if = "IndexMap::is_empty")]
    spent: &'a IndexMap<String, u64>,
    #[serde(skip_serializing_if = "IndexMap::is_empty")]
    dots: &'a IndexMap<String, Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    dot_vote: &'a Option<crate::session::OpenDotVote>,
    #[serde(skip_serializing_if = "Option::is_none")]
    origin: &'a Option<crate::session::Origin>,
    #[serde(flatten)]
    extra: &'a Map<String, Value>,
}

/// The serialised pieces of one session, kept between saves.
#[derive(Debug, Default)]
pub struct Encoder {
    id: String,
    answers: HashMap<String, Vec<u8>>,
    events: Vec<u8>,
    events_done: usize,
}

fn json<T: Serialize + ?Sized>(value: &T) -> Vec<u8> {
    #[allow(clippy::expect_used, reason = "serialising fails only for maps with non-string keys; sessions have none")]
    serde_json::to_vec(value).expect("session values always serialise")
}

impl Encoder {
    /// The bytes of the session file, reusing what earlier calls serialised.
    pub fn encode(&mut self, s: &Session) -> Vec<u8> {
        // Every field by name and no `..`: a field added to `Session` does not compile here until
        // it is written to the file.
        let Session {
            format,
            id,
            uuid,
            questionnaire,
            language,
            status,
            created_at,
            updated_at,
            subject,
            position,
            answers,
            events,
            drafts,
            spent,
            dots,
            dot_vote,
            origin,
            extra,
        } = s;
        if *id != self.id || events.len() < self.events_done {
            *self = Encoder { id: id.clone(), ..Encoder::default() };
        }
        for event in &events[self.events_done..] {
            if let Some(q) = &event.question {
                self.answers.remove(q);
            }
            if !self.events.is_empty() {
                self.events.extend_from_slice(b",\n");
            }
            self.events.extend_from_slice(&json(event));
        }
        self.events_done = events.len();
        let header = Header {
            format: *format,
            id,
            uuid,
            questionnaire,
            language,
            status: *status,
            created_at: *created_at,
            updated_at: *updated_at,
            subject,
            position,
            drafts,
            spent,
            dots,
            dot_vote,
            origin,
            extra,
        };
        let mut out = Vec::with_capacity(self.answers.values().map(Vec::len).sum::<usize>() + self.events.len() + 4096);
        out.extend_from_slice(&json(&header));
        out.pop(); // the closing brace: answers and events follow
        out.extend_from_slice(b",\n\"answers\":{");
        for (i, (id, answer)) in answers.iter().enumerate() {
            out.extend_from_slice(if i == 0 { b"\n" } else { b",\n" });
            out.extend_from_slice(&json(id));
            out.push(b':');
            match self.answers.get(id) {
                Some(piece) => out.extend_from_slice(piece),
                None => {
                    let piece = json(answer);
                    out.extend_from_slice(&piece);
                    self.answers.insert(id.clone(), piece);
                }
            }
        }
        out.extend_from_slice(b"\n},\n\"events\":[\n");
        out.extend_from_slice(&self.events);
        out.extend_from_slice(b"\n]}\n");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interview::{Input, answer, note};
    use crate::questionnaire::parse;
    use serde_json::json;

    #[test]
    fn the_file_reads_back_as_the_session_after_every_change() {
        let q = parse(include_bytes!("../../../../tests/fixtures/example.json")).questionnaire.unwrap();
        let at = chrono::DateTime::parse_from_rfc3339("2026-11-28T09:30:00+01:00").unwrap();
        let qref = QuestionnaireRef::of(&q);
        let mut s = Session::new("s".into(), qref, "en".into(), Subject::default(), at);
        s.extra.insert("newer".into(), json!({"kept": true}));
        let mut enc = Encoder::default();
        let check = |enc: &mut Encoder, s: &Session| {
            let bytes = enc.encode(s);
            let back: Session = serde_json::from_slice(&bytes).unwrap();
            assert_eq!(&back, s);
        };
        check(&mut enc, &s);
        answer(&q, &mut s, "sector", Input::Value(json!("tourism")), None, at, Some(1.0)).unwrap();
        check(&mut enc, &s);
        answer(&q, &mut s, "member", Input::Value(json!("yes")), None, at, None).unwrap();
        answer(&q, &mut s, "sector", Input::Value(json!("ict")), None, at, None).unwrap();
        check(&mut enc, &s);
        note(&q, &mut s, "member", "kept while hidden", at).unwrap();
        s.position = Some("channels".into());
        check(&mut enc, &s);
        let fresh = Session { id: "other".into(), ..s.clone() };
        check(&mut enc, &fresh);
    }
}
