//! What the server lists: a form's submissions (the first and current instance id, who sent
//! it, when, its review state) and an edited one's versions.

use std::collections::HashMap;

use serde_json::Value;

use super::Pulling;
use crate::questionnaire::Questionnaire;
use crate::session::{Timestamp, Version};
use crate::team::central::Unreached;
use crate::team::staff::{Staff, StaffError, json};
use crate::xlsform::form_id;

/// A submission as the server lists it.
pub(super) struct Submission<'q> {
    pub(super) q: &'q Questionnaire,
    pub(super) form: String,
    /// The first instance id: the server's name for the submission.
    pub(super) first: String,
    /// The current version's instance id.
    pub(super) current: String,
    pub(super) submitter: String,
    pub(super) device: Option<String>,
    pub(super) review_state: Option<String>,
    /// When the server got the current version.
    pub(super) at: Timestamp,
}

fn time(value: Option<&Value>) -> Option<Timestamp> {
    value.and_then(Value::as_str).and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
}

fn text(value: Option<&Value>) -> Option<String> {
    value.and_then(Value::as_str).filter(|t| !t.is_empty()).map(str::to_owned)
}

/// Who an actor is: the app user's name (one per laptop), or `#N` when the server does not say.
fn name_of(names: &HashMap<u64, String>, actor: u64) -> String {
    names.get(&actor).cloned().unwrap_or_else(|| format!("#{actor}"))
}

/// The submissions of one form, as its list gives them; `None` when the form is not on the server.
pub(super) fn listed<'q>(
    staff: &Staff,
    p: &Pulling<'_>,
    q: &'q Questionnaire,
    names: &HashMap<u64, String>,
) -> Result<Option<Vec<Submission<'q>>>, StaffError> {
    let form = form_id(q);
    let answer = staff.call("GET", &format!("projects/{}/forms/{form}/submissions", p.project), None)?;
    match answer.status {
        200 => {}
        404 => return Ok(None),
        status => return Err(StaffError::Refused { status, message: crate::team::central::message(&answer.body) }),
    }
    let rows = json(&answer)?;
    let rows = rows.as_array().ok_or(StaffError::Unreached(Unreached::NotCentral))?;
    let mut out = Vec::new();
    for row in rows {
        if row.get("deletedAt").is_some_and(|d| !d.is_null()) {
            continue;
        }
        let current = row.get("currentVersion");
        let (Some(first), Some(created)) = (text(row.get("instanceId")), time(row.get("createdAt"))) else {
            return Err(StaffError::Unreached(Unreached::NotCentral));
        };
        let at = time(current.and_then(|c| c.get("createdAt"))).unwrap_or(created);
        if p.since.is_some_and(|since| at.max(time(row.get("updatedAt")).unwrap_or(at)) < since) {
            continue;
        }
        let submitter = row.get("submitterId").and_then(Value::as_u64).unwrap_or_default();
        out.push(Submission {
            q,
            form: form.clone(),
            current: text(current.and_then(|c| c.get("instanceId"))).unwrap_or_else(|| first.clone()),
            first,
            submitter: name_of(names, submitter),
            device: text(current.and_then(|c| c.get("deviceId")))
                .or_else(|| text(current.and_then(|c| c.get("userAgent"))))
                .or_else(|| text(row.get("userAgent"))),
            review_state: text(row.get("reviewState")),
            at,
        });
    }
    Ok(Some(out))
}

/// The submission's versions on the server, newest first (one call, only for an edited one).
pub(super) fn versions(
    staff: &Staff,
    p: &Pulling<'_>,
    s: &Submission<'_>,
    names: &HashMap<u64, String>,
) -> Result<Vec<Version>, StaffError> {
    if s.first == s.current {
        return Ok(vec![Version { instance: s.current.clone(), at: s.at, submitter: s.submitter.clone() }]);
    }
    let path = format!("projects/{}/forms/{}/submissions/{}/versions", p.project, s.form, s.first);
    let answer = staff.call("GET", &path, None)?;
    if answer.status != 200 {
        return Ok(Vec::new());
    }
    Ok(json(&answer)?
        .as_array()
        .map(|all| {
            all.iter()
                .filter_map(|v| {
                    Some(Version {
                        instance: text(v.get("instanceId"))?,
                        at: time(v.get("createdAt"))?,
                        submitter: v
                            .get("submitterId")
                            .and_then(Value::as_u64)
                            .map_or_else(String::new, |n| name_of(names, n)),
                    })
                })
                .collect()
        })
        .unwrap_or_default())
}
