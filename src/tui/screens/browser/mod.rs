//! The session browser: every session newest first, filtered by questionnaire, status and a
//! search over organisations, answers and notes; damaged files listed with their error.

pub(crate) mod picker;
pub(crate) mod update;
pub(crate) mod view;

use std::collections::{HashMap, HashSet};

use ratatui_textarea::TextArea;
use waypost_core::questionnaire::Catalog;
use waypost_core::session::{Session, Status};
use waypost_core::store::{Listed, Store, StoreError};
use waypost_core::team::outbox::Standing;

use crate::tui::widgets::text_input::text_area;
use waypost_core::store::rows::{Damaged, Row, Trashed, collect};
use waypost_core::text::fold;

use picker::{Choice, Filter, Picker};

use super::{Around, ScreenView, Updated};
use crate::tui::action::Action;
use crate::tui::keys::Mode;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// The browser's state.
pub struct Browser {
    /// Every session, newest first.
    pub all: Vec<Row>,
    /// The store's stamp when the sessions were read (see [`Store::stamp`]).
    pub stamp: Option<String>,
    /// Damaged files with their error.
    pub damaged: Vec<Damaged>,
    /// Only sessions of this questionnaire.
    pub questionnaire: Option<String>,
    /// Only sessions with this status.
    pub status: Option<Status>,
    /// Only sessions of this organisation.
    pub organisation: Option<String>,
    /// Only sessions from this laptop (`Some(None)`) or sent by this team member.
    pub origin: Option<Option<String>>,
    /// The search being typed, when the search box has the focus.
    pub search_box: Option<TextArea<'static>>,
    /// The search in force, with the ids of the sessions it matches.
    pub search: Option<(String, HashSet<String>)>,
    /// The highlighted row of the filtered list.
    pub cursor: usize,
    /// The session marked for comparison.
    pub marked: Option<String>,
    /// The session waiting for the trash confirmation.
    pub trash: Option<String>,
    /// The session moved to the trash last, to bring back.
    pub trashed: Option<String>,
    /// The sessions in the trash, while they are shown instead of the others.
    pub trash_view: Option<Vec<Trashed>>,
    /// A filter's picker, while it is open.
    pub picker: Option<Picker>,
    /// Where each session stands with the team's server (empty outside a team).
    pub sending: HashMap<String, Standing>,
}

/// Whether a session mentions `needle` (folded: see [`fold`]) in its organisation, facilitator,
/// participants, id, answers or notes; accents and case do not matter ("lucia" finds "Lucía").
pub(crate) fn mentions(session: &Session, needle: &str) -> bool {
    let has = |s: &str| fold(s).contains(needle);
    let subject = &session.subject;
    has(&session.id)
        || has(&subject.organisation)
        || has(&subject.facilitator)
        || subject.participants.iter().any(|p| has(p))
        || session.answers().values().any(|a| {
            a.note.as_deref().is_some_and(has)
                || a.override_reason.as_deref().is_some_and(has)
                || a.value.as_ref().is_some_and(|v| has(&v.to_string()))
        })
}

/// Whether a listing row holds `needle` (folded) in what the browser shows of it.
fn row_mentions(row: &Row, needle: &str) -> bool {
    [&row.organisation, &row.facilitator, &row.questionnaire.id, &row.id].iter().any(|s| fold(s).contains(needle))
}

impl Browser {
    /// The browser over the store's sessions.
    pub fn load(store: &dyn Store, catalog: &Catalog) -> Result<Browser, StoreError> {
        let stamp = store.stamp();
        let (all, damaged) = collect(store, catalog, None, None)?;
        Ok(Browser {
            all,
            stamp,
            damaged,
            questionnaire: None,
            status: None,
            organisation: None,
            origin: None,
            search_box: None,
            search: None,
            cursor: 0,
            marked: None,
            trash: None,
            trashed: None,
            trash_view: None,
            picker: None,
            sending: HashMap::new(),
        })
    }

    /// Reads the sessions again, keeping the filters, the search and the highlight.
    pub fn reload(&mut self, store: &dyn Store, catalog: &Catalog) -> Result<(), StoreError> {
        self.stamp = store.stamp();
        let (all, damaged) = collect(store, catalog, None, None)?;
        self.all = all;
        self.damaged = damaged;
        self.trash = None;
        self.trash_view = None;
        self.search_box = None;
        self.cursor = self.cursor.min(self.rows().len().saturating_sub(1));
        Ok(())
    }

    /// Whether the sessions changed on disk since they were read, and nothing is being typed or
    /// chosen here that reading them again would take away (a search, a filter, the trash view).
    pub fn outdated(&self, store: &dyn Store) -> bool {
        let busy =
            self.search_box.is_some() || self.picker.is_some() || self.trash_view.is_some() || self.trash.is_some();
        !busy && store.stamp() != self.stamp
    }

    /// The sessions that pass the filters (in the trash view, every session in the trash).
    pub fn rows(&self) -> Vec<&Row> {
        if let Some(trashed) = &self.trash_view {
            return trashed.iter().map(|t| &t.row).collect();
        }
        self.all
            .iter()
            .filter(|r| self.questionnaire.as_ref().is_none_or(|q| r.questionnaire.id == *q))
            .filter(|r| self.status.is_none_or(|s| r.status == s))
            .filter(|r| self.organisation.as_ref().is_none_or(|o| r.organisation == *o))
            .filter(|r| self.origin.as_ref().is_none_or(|o| r.from_team == *o))
            .filter(|r| self.search.as_ref().is_none_or(|(_, ids)| ids.contains(&r.id)))
            .filter(|r| self.typed().is_none_or(|needle| row_mentions(r, &needle)))
            .collect()
    }

    /// The search being typed, folded, while the search box is open: the list narrows to the
    /// sessions whose organisation, facilitator, questionnaire or id hold it as it is typed
    /// (Enter then searches answers and notes too).
    fn typed(&self) -> Option<String> {
        let area = self.search_box.as_ref()?;
        let needle = fold(area.lines().join(" ").trim());
        (!needle.is_empty()).then_some(needle)
    }

    /// Whether any session was pulled from the team's server: the browser then says where the
    /// highlighted one came from, and offers the filter by origin.
    pub fn has_team(&self) -> bool {
        self.all.iter().any(|r| r.from_team.is_some())
    }

    /// The highlighted session's id.
    pub fn selected(&self) -> Option<String> {
        self.rows().get(self.cursor).map(|r| r.id.clone())
    }

    /// The highlighted file of the trash view.
    pub fn selected_trashed(&self) -> Option<String> {
        self.trash_view.as_ref()?.get(self.cursor).map(|t| t.name.clone())
    }

    /// Moves the highlight.
    pub fn step(&mut self, delta: isize) {
        let n = self.rows().len();
        self.cursor = self.cursor.saturating_add_signed(delta).min(n.saturating_sub(1));
    }

    /// Opens the picker of a filter, on the value in force.
    pub fn open_picker(&mut self, filter: Filter) {
        let text = |v: &Option<String>| v.clone().map_or(Choice::All, Choice::Text);
        let current = match filter {
            Filter::Questionnaire => text(&self.questionnaire),
            Filter::Organisation => text(&self.organisation),
            Filter::Status => self.status.map_or(Choice::All, Choice::Status),
            Filter::Origin => self.origin.clone().map_or(Choice::All, Choice::Origin),
        };
        self.picker = Some(Picker::new(filter, &self.all, &current));
    }

    /// Sets the filter to the picker's highlighted value and closes it.
    pub fn apply_picker(&mut self) {
        let Some(picker) = self.picker.take() else { return };
        let text = |c: Choice| if let Choice::Text(t) = c { Some(t) } else { None };
        match picker.filter {
            Filter::Questionnaire => self.questionnaire = text(picker.chosen()),
            Filter::Organisation => self.organisation = text(picker.chosen()),
            Filter::Status => self.status = if let Choice::Status(s) = picker.chosen() { Some(s) } else { None },
            Filter::Origin => self.origin = if let Choice::Origin(o) = picker.chosen() { Some(o) } else { None },
        }
        self.cursor = 0;
    }

    /// Opens the search box.
    pub fn open_search(&mut self) {
        let current = self.search.as_ref().map(|(s, _)| s.as_str()).unwrap_or("");
        self.search_box = Some(text_area(current, false));
    }

    /// Runs the search typed (an empty one clears it), reading the sessions one at a time.
    pub fn run_search(&mut self, store: &dyn Store) -> Result<(), StoreError> {
        let Some(area) = self.search_box.take() else { return Ok(()) };
        let needle = fold(area.lines().join(" ").trim());
        if needle.is_empty() {
            self.search = None;
            return Ok(());
        }
        let mut ids = HashSet::new();
        store.scan(&mut |listed| {
            if let Listed::Session(s) = listed
                && mentions(&s, &needle)
            {
                ids.insert(s.id.clone());
            }
        })?;
        self.search = Some((needle, ids));
        self.cursor = 0;
        Ok(())
    }
}

impl ScreenView for Browser {
    fn mode(&self) -> Mode {
        if self.trash.is_some() {
            Mode::ConfirmTrash
        } else if self.picker.is_some() {
            Mode::Picker
        } else if self.trash_view.is_some() {
            Mode::Trash
        } else if self.search_box.is_some() {
            Mode::Form
        } else {
            Mode::Browser
        }
    }

    fn update(&mut self, action: Action, _: &Around<'_>) -> Updated {
        update::update(self, action).into()
    }

    fn render(&self, around: &Around<'_>, area: Rect, buf: &mut Buffer) {
        view::render(self, around.theme, area, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn search_looks_in_answers_and_notes() {
        let with = |answers: serde_json::Value| -> Session {
            serde_json::from_value(json!({
                "format": 1, "id": "s-1", "questionnaire": {"id": "x", "version": "1"}, "language": "en",
                "status": "in_progress", "created_at": "2026-11-28T09:30:00+01:00",
                "updated_at": "2026-11-28T09:30:00+01:00", "subject": {"organisation": "Acme"}, "answers": answers
            }))
            .unwrap()
        };
        let s = with(json!({"a": {"value": "Champion of change"}, "b": {"note": "HR will confirm"}}));
        assert!(mentions(&s, "champion"));
        assert!(mentions(&s, "hr will"));
        assert!(mentions(&s, "acme"));
        assert!(!mentions(&s, "zebra"));
        assert!(!mentions(&with(json!({})), "champion"));
        let mut lucia = with(json!({"a": {"note": "Habló con la Sra. Quispe"}}));
        lucia.subject.organisation = "Fundación Lucía".into();
        assert!(mentions(&lucia, &fold("lucia")) && mentions(&lucia, &fold("FUNDACION")));
        assert!(mentions(&lucia, &fold("hablo")), "accents aside in answers and notes too");
    }
}
