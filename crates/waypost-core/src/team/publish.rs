//! Publishing a questionnaire's form on the team's project (`waypost publish`, staff): created
//! when the project lacks it, a new version (draft, then publish) when the questionnaire's version
//! changed, and given to the project's app users, since Central gives a new app user no form.

use super::staff::{Staff, StaffError, json};

/// What to publish, and where.
pub struct Publishing<'a> {
    /// The project's number.
    pub project: u64,
    /// The form's id (`csr_self_assessment`).
    pub form: &'a str,
    /// The version the XForm carries.
    pub version: &'a str,
    /// The XForm.
    pub xml: &'a [u8],
    /// The app users to give it to by name; empty: every app user of the project.
    pub app_users: &'a [String],
}

/// What the server holds now.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Outcome {
    /// The form is new on the project.
    Created,
    /// A new version replaced `was`.
    NewVersion {
        /// The version published before.
        was: String,
    },
    /// The project already had this version: nothing was published.
    Current,
}

/// What publishing did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    /// The form.
    pub outcome: Outcome,
    /// The app users given the form now.
    pub given: Vec<String>,
    /// The app users who had it already.
    pub had: Vec<String>,
}

/// Why publishing stopped.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PublishError {
    /// The login, or the server.
    #[error(transparent)]
    Staff(#[from] StaffError),
    /// The server refused the XForm.
    #[error("{}", crate::tr!("publish-refused", form = crate::text::line(form).into_owned(), message = crate::text::line(message).into_owned()))]
    FormRefused {
        /// The form.
        form: String,
        /// The server's words.
        message: String,
    },
    /// The version was published before, with other content.
    #[error("{}", crate::tr!("publish-version-taken", form = crate::text::line(form).into_owned(), version = crate::text::line(version).into_owned()))]
    VersionTaken {
        /// The form.
        form: String,
        /// The version.
        version: String,
    },
    /// An app user named on the command line is not in the project.
    #[error("{}", crate::tr!("publish-no-app-user", name = crate::text::line(name).into_owned(), project = *project, known = crate::text::line(known).into_owned()))]
    NoAppUser {
        /// The name.
        name: String,
        /// The project.
        project: u64,
        /// The app users the project has, by name.
        known: String,
    },
}

/// The version of the form the project publishes, `None` when it has no such form.
fn published(staff: &Staff, at: &str) -> Result<Option<String>, PublishError> {
    let answer = staff.call("GET", at, None)?;
    match answer.status {
        200 => Ok(Some(json(&answer)?.get("version").and_then(|v| v.as_str()).unwrap_or_default().to_owned())),
        404 => Ok(None),
        status => Err(StaffError::Refused { status, message: super::central::message(&answer.body) }.into()),
    }
}

/// The server's answer to a step, with the form's refusal told apart.
fn step(staff: &Staff, path: &str, xml: Option<&[u8]>, p: &Publishing<'_>) -> Result<(), PublishError> {
    let answer = staff.call("POST", path, xml.map(|x| ("application/xml", x)))?;
    let said = || super::central::message(&answer.body);
    match answer.status {
        200 | 201 => Ok(()),
        400 => Err(PublishError::FormRefused { form: p.form.to_owned(), message: said() }),
        409 => Err(PublishError::VersionTaken { form: p.form.to_owned(), version: p.version.to_owned() }),
        status => Err(StaffError::Refused { status, message: said() }.into()),
    }
}

/// Publishes the form and gives it to the app users; the names given are checked first, so a
/// wrong one publishes nothing.
pub fn publish(staff: &Staff, p: &Publishing<'_>) -> Result<Published, PublishError> {
    let users = app_users(staff, p)?;
    let at = format!("projects/{}/forms/{}", p.project, p.form);
    let outcome = match published(staff, &at)? {
        None => {
            step(staff, &format!("projects/{}/forms?publish=true", p.project), Some(p.xml), p)?;
            Outcome::Created
        }
        // Managed encryption writes `[encrypted:…]` after the version it was given.
        Some(was) if was == p.version || was.starts_with(&format!("{}[encrypted:", p.version)) => Outcome::Current,
        Some(was) => {
            step(staff, &format!("{at}/draft"), Some(p.xml), p)?;
            step(staff, &format!("{at}/draft/publish"), None, p)?;
            Outcome::NewVersion { was }
        }
    };
    let (given, had) = give(staff, p, users)?;
    Ok(Published { outcome, given, had })
}

/// The project's app users the form goes to (those named, or all), by actor id and name.
fn app_users(staff: &Staff, p: &Publishing<'_>) -> Result<Vec<(u64, String)>, PublishError> {
    let users = staff.app_users(p.project)?;
    for name in p.app_users {
        if !users.iter().any(|(_, n)| n == name) {
            let known = users.iter().map(|(_, n)| n.as_str()).collect::<Vec<_>>().join(", ");
            return Err(PublishError::NoAppUser { name: name.clone(), project: p.project, known });
        }
    }
    Ok(users.into_iter().filter(|(_, n)| p.app_users.is_empty() || p.app_users.contains(n)).collect())
}

/// Gives the form to the app users; says who got it now and who had it.
fn give(
    staff: &Staff,
    p: &Publishing<'_>,
    users: Vec<(u64, String)>,
) -> Result<(Vec<String>, Vec<String>), PublishError> {
    let (mut given, mut had) = (Vec::new(), Vec::new());
    for (id, name) in users {
        let path = format!("projects/{}/forms/{}/assignments/app-user/{id}", p.project, p.form);
        let answer = staff.call("POST", &path, None)?;
        match answer.status {
            200 => given.push(name),
            // The assignment exists already.
            409 => had.push(name),
            status => {
                return Err(StaffError::Refused { status, message: super::central::message(&answer.body) }.into());
            }
        }
    }
    Ok((given, had))
}
