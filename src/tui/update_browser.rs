//! What actions do in the session browser and on the report screens.

use super::action::Action;
use super::app::Effect;
use super::browser::Browser;
use super::reports::{Compared, Page, Report};

/// Updates the browser for an action.
pub fn browser(b: &mut Browser, action: Action) -> Option<Effect> {
    if b.trash.is_some() {
        return match action {
            Action::Yes => b.trash.take().map(Effect::Trash),
            Action::Back => {
                b.trash = None;
                None
            }
            _ => None,
        };
    }
    if let Some(area) = b.search_box.as_mut() {
        match action {
            Action::Type(key) => {
                area.input(key);
            }
            Action::Paste(text) => {
                area.insert_str(crate::text::line(&text));
            }
            Action::Confirm => return Some(Effect::RunSearch),
            Action::Back => b.search_box = None,
            _ => {}
        }
        return None;
    }
    let selected = b.selected();
    match action {
        Action::Up => b.step(-1),
        Action::Down => b.step(1),
        Action::Confirm => return selected.map(Effect::Resume),
        Action::View => return selected.map(Effect::View),
        Action::Summary => return selected.map(Effect::Summary),
        Action::Grid => return selected.map(Effect::Grid),
        Action::FollowUp => return selected.map(Effect::FollowUp),
        Action::Mark => b.marked = if b.marked == selected { None } else { selected },
        Action::Compare => {
            return match (b.marked.clone(), selected) {
                (Some(a), Some(s)) if a != s => Some(Effect::Compare(a, s)),
                _ => Some(Effect::Tell("Mark one session with m, then highlight another and press c.".into())),
            };
        }
        Action::Trash => b.trash = selected,
        Action::Search => b.open_search(),
        Action::FilterQuestionnaire => b.cycle_questionnaire(),
        Action::FilterStatus => b.cycle_status(),
        Action::FilterOrganisation => b.cycle_organisation(),
        Action::Back if b.search.is_some() => {
            b.search = None;
            b.cursor = 0;
        }
        Action::Back => return Some(Effect::Home),
        _ => {}
    }
    None
}

/// Updates a session's report screen for an action.
pub fn report(r: &mut Report, action: Action) -> Option<Effect> {
    match (action, r.page) {
        (Action::Up, Page::Grid(i)) => r.page = Page::Grid(i.saturating_sub(1)),
        (Action::Down, Page::Grid(i)) => {
            // Placing the points is needed only to know where the last one is.
            let plot = r.grid().and_then(|g| crate::report::grid::plot(&r.q, g, &r.session));
            let points = plot.map_or(0, |p| p.points.len());
            r.page = Page::Grid((i + 1).min(points.saturating_sub(1)));
        }
        (Action::Up, Page::Summary) => r.scroll = r.scroll.saturating_sub(1),
        (Action::Down, Page::Summary) => r.scroll = r.scroll.saturating_add(1),
        (Action::Grid, _) if r.grid().is_some() => r.page = Page::Grid(0),
        (Action::Grid, _) => return Some(Effect::Tell("This questionnaire has no grid view.".into())),
        (Action::Summary, _) => r.page = Page::Summary,
        (Action::Export, _) => return Some(Effect::Export),
        (Action::Back, _) => return Some(Effect::Browser),
        _ => {}
    }
    None
}

/// Updates the comparison screen for an action.
pub fn compared(c: &mut Compared, action: Action) -> Option<Effect> {
    match action {
        Action::Up => c.scroll = c.scroll.saturating_sub(1),
        Action::Down => c.scroll = c.scroll.saturating_add(1),
        Action::Export => return Some(Effect::Export),
        Action::Back => return Some(Effect::Browser),
        _ => {}
    }
    None
}
