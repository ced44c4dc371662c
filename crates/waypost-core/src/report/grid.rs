//! Placing the items of a list on a grid view (a stakeholder power/commitment grid): each axis
//! runs over its field's choices from low to high, split at the middle into quadrants.

use serde_json::Value;

use crate::interview::{Flow, item_fields};
use crate::questionnaire::{Grid, Kind, Quadrant, Question, Questionnaire};
use crate::session::Session;
use crate::session::answer_text::{field_heading, field_text, shown_cells};

/// A quadrant of the grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Corner {
    /// High on x, high on y.
    HighHigh,
    /// High on x, low on y.
    HighLow,
    /// Low on x, high on y.
    LowHigh,
    /// Low on x, low on y.
    LowLow,
}

impl Corner {
    /// Every corner, in reading order: top right, top left, bottom right, bottom left.
    pub const ALL: [Corner; 4] = [Corner::HighHigh, Corner::LowHigh, Corner::HighLow, Corner::LowLow];

    fn of(high_x: bool, high_y: bool) -> Corner {
        match (high_x, high_y) {
            (true, true) => Corner::HighHigh,
            (true, false) => Corner::HighLow,
            (false, true) => Corner::LowHigh,
            (false, false) => Corner::LowLow,
        }
    }

    /// The quadrant's definition in the view.
    pub fn of_grid(self, grid: &Grid) -> &Quadrant {
        match self {
            Corner::HighHigh => &grid.quadrants.high_high,
            Corner::HighLow => &grid.quadrants.high_low,
            Corner::LowHigh => &grid.quadrants.low_high,
            Corner::LowLow => &grid.quadrants.low_low,
        }
    }
}

/// One item placed on the grid.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    /// The item's index in the list.
    pub index: usize,
    /// Its name (its first text field).
    pub label: String,
    /// Position on x, 0.0–1.0, spread a little when several items share a cell.
    pub x: f64,
    /// Position on y, 0.0–1.0.
    pub y: f64,
    /// Its quadrant.
    pub corner: Corner,
    /// Every field of the item as (prompt, answer), for its details.
    pub details: Vec<(String, String)>,
    /// The grid's mark when it holds for the item ("could block it"), in the session's language.
    pub mark: Option<String>,
}

impl Point {
    /// The name with the mark beside it: `Cy (Finance) (could block it)`.
    pub fn marked_label(&self) -> String {
        match &self.mark {
            Some(mark) => format!("{} ({mark})", self.label),
            None => self.label.clone(),
        }
    }
}

/// A grid with its items placed.
#[derive(Debug, Clone)]
pub struct Plot<'q> {
    /// The view.
    pub grid: &'q Grid,
    /// The axes' titles (the fields' prompts).
    pub x_title: String,
    /// The y axis title.
    pub y_title: String,
    /// The choice labels along x, low to high.
    pub x_ticks: Vec<String>,
    /// The choice labels along y, low to high.
    pub y_ticks: Vec<String>,
    /// The placed items.
    pub points: Vec<Point>,
    /// Items without a value on one of the axes, by label.
    pub unplaced: Vec<String>,
}

/// The choice values of an axis field from low to high (by score where every choice has one),
/// with their labels in `lang`.
fn axis<'a>(q: &'a Questionnaire, field: &'a Question, lang: &str) -> Vec<(&'a str, &'a str)> {
    let mut choices: Vec<_> = q.choices(field).iter().collect();
    if choices.iter().all(|c| c.score.is_some()) {
        choices.sort_by(|a, b| a.score.unwrap_or(0.0).total_cmp(&b.score.unwrap_or(0.0)));
    }
    choices.iter().map(|c| (c.value.as_str(), c.label.get(lang, q.default_language()))).collect()
}

/// Places the items of a session's list on a grid; `None` if the list is hidden or the view does
/// not fit the questionnaire.
pub fn plot<'q>(q: &'q Questionnaire, grid: &'q Grid, session: &Session) -> Option<Plot<'q>> {
    let lang = session.language.as_str();
    let (place, list) = q.find(&grid.list)?;
    let (xf, yf) = (list.field(&grid.x)?, list.field(&grid.y)?);
    let (xs, ys) = (axis(q, xf, lang), axis(q, yf, lang));
    let flow = Flow::new(q, &session.answers);
    let shown = flow.is_visible(place);
    let items = session
        .answers
        .get(&list.id)
        .filter(|_| shown)
        .and_then(|a| a.value.as_ref())
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let outside = |id: &str| flow.seen(q, &session.answers, id);
    let mut points = Vec::new();
    let mut unplaced = Vec::new();
    for (index, item) in items.iter().enumerate() {
        // The first text shown and given names the item: a person's name, or a group's
        // description where the questionnaire asks for one instead (children are never named; a
        // name typed before the type changed is hidden, and stays unsaid).
        let fields = item.as_object().map(|o| item_fields(q, list, o, &outside)).unwrap_or_default();
        let label = fields
            .iter()
            .filter(|f| f.kind == Kind::Text)
            .find_map(|f| item.get(&f.id).and_then(Value::as_str).filter(|t| !t.trim().is_empty()))
            .map_or_else(|| format!("#{}", index + 1), str::to_owned);
        let at = |axis: &[(&str, &str)], id: &str| {
            let v = item.get(id)?.as_str()?;
            axis.iter().position(|(value, _)| *value == v)
        };
        let (Some(xi), Some(yi)) = (at(&xs, &grid.x), at(&ys, &grid.y)) else {
            unplaced.push(label);
            continue;
        };
        let (x, y) = (coordinate(xi, xs.len()), coordinate(yi, ys.len()));
        let details = fields
            .iter()
            .filter_map(|f| Some((field_heading(q, f, lang), field_text(q, f, item.as_object()?, lang)?)))
            .collect();
        let high = |i: usize, n: usize| i >= n.div_ceil(2);
        let corner = Corner::of(high(xi, xs.len()), high(yi, ys.len()));
        let mark = grid.mark.as_ref().filter(|m| {
            m.when.holds(&|field| crate::interview::observe_value(q, list.field(field), item.get(field), false))
        });
        let mark = mark.map(|m| m.label.get(lang, q.default_language()).to_owned());
        points.push(Point { index, label, x, y, corner, details, mark });
    }
    spread(&mut points, 0.5 / ys.len().div_ceil(2) as f64);
    Some(Plot {
        grid,
        x_title: field_heading(q, xf, lang),
        y_title: field_heading(q, yf, lang),
        x_ticks: xs.iter().map(|(_, l)| l.to_string()).collect(),
        y_ticks: ys.iter().map(|(_, l)| l.to_string()).collect(),
        points,
        unplaced,
    })
}

/// A grid as a compact table: one row per placed item, and each quadrant with its people and
/// strategy, for `show` and the reports.
#[derive(Debug, Clone, PartialEq)]
pub struct Compact {
    /// The view's title.
    pub title: String,
    /// The column headings: name, the y and x fields, the quadrant, the view's columns.
    pub header: Vec<String>,
    /// One row per placed item, quadrant by quadrant (top right first).
    pub rows: Vec<Vec<String>>,
    /// Each quadrant that holds someone: its name, its strategy, the names in it.
    pub quadrants: Vec<(String, Option<String>, Vec<String>)>,
}

/// The compact table of a grid; `None` when the grid's list is hidden or the view does not fit.
pub fn compact(q: &Questionnaire, grid: &Grid, session: &Session) -> Option<Compact> {
    let (lang, default) = (session.language.as_str(), q.default_language());
    let plot = plot(q, grid, session)?;
    let list = q.question(&grid.list)?;
    let items = session.answers.get(&list.id).and_then(|a| a.value.as_ref()).and_then(Value::as_array);
    // Only what an item shows: a value kept from before a change is never printed.
    let flow = Flow::new(q, &session.answers);
    let outside = |id: &str| flow.seen(q, &session.answers, id);
    // An item's cells worked out once; a column picks its field's.
    let cells = |item: Option<&Value>| {
        item.and_then(Value::as_object).map(|item| shown_cells(q, list, item, &outside, lang)).unwrap_or_default()
    };
    let text = |cells: &[Option<String>], id: &str| -> String {
        let at = list.fields.iter().position(|f| f.id == id);
        at.and_then(|at| cells.get(at).cloned().flatten()).unwrap_or_default()
    };
    let prompt = |id: &str| list.field(id).map(|f| field_heading(q, f, lang)).unwrap_or_default();
    let name_field = list.fields.iter().find(|f| f.kind == Kind::Text).map(|f| f.id.as_str()).unwrap_or_default();
    let mut header = vec![prompt(name_field), prompt(&grid.y), prompt(&grid.x), crate::tr_in!(lang, "rep-box")];
    header.extend(grid.columns.iter().map(|c| prompt(c)));
    let mut rows = Vec::new();
    let mut quadrants = Vec::new();
    for corner in Corner::ALL {
        let quadrant = corner.of_grid(grid);
        let name = quadrant.name().get(lang, default).to_owned();
        let mut names = Vec::new();
        for point in plot.points.iter().filter(|p| p.corner == corner) {
            let cells = cells(items.and_then(|all| all.get(point.index)));
            let mut row = vec![point.marked_label(), text(&cells, &grid.y), text(&cells, &grid.x), name.clone()];
            row.extend(grid.columns.iter().map(|c| text(&cells, c)));
            rows.push(row);
            names.push(point.marked_label());
        }
        if !names.is_empty() {
            quadrants.push((name, quadrant.strategy().map(|s| s.get(lang, default).to_owned()), names));
        }
    }
    let title = grid.title.as_ref().map(|t| t.get(lang, default).to_owned()).unwrap_or_default();
    Some(Compact { title, header, rows, quadrants })
}

/// Where the i-th of n choices sits on an axis: the lower half of the choices (with an odd
/// number, the middle one too) spread over 0–0.5, the rest over 0.5–1, so no point sits on the
/// midline.
fn coordinate(i: usize, n: usize) -> f64 {
    let low = n.div_ceil(2);
    if i < low { (i as f64 + 0.5) / low as f64 * 0.5 } else { 0.5 + ((i - low) as f64 + 0.5) / (n - low) as f64 * 0.5 }
}

/// Stacks points that share a cell one under another around it, so each label stays readable
/// (labels run sideways, so they are spread up and down).
fn spread(points: &mut [Point], cell: f64) {
    // Places are between 0 and 1: a millionth is finer than any two cells a screen can tell apart.
    #[allow(clippy::cast_possible_truncation, reason = "places are between 0 and 1")]
    let keys: Vec<(i64, i64)> = points.iter().map(|p| ((p.x * 1e6) as i64, (p.y * 1e6) as i64)).collect();
    for (i, key) in keys.iter().enumerate() {
        let group: Vec<usize> = (0..points.len()).filter(|j| keys[*j] == *key).collect();
        if group.len() < 2 {
            continue;
        }
        let rank = group.iter().position(|j| *j == i).unwrap_or(0) as f64;
        let step = (cell * 0.8 / group.len() as f64).min(0.045);
        points[i].y -= (rank - (group.len() as f64 - 1.0) / 2.0) * step;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::{View, parse};
    use serde_json::json;

    #[test]
    fn items_land_in_their_quadrants_and_shared_cells_are_spread() {
        let q = parse(include_bytes!("../../../../tests/fixtures/example.json")).questionnaire.unwrap();
        let View::Grid(grid) = &q.views[0] else { panic!("the example's first view is a grid") };
        let mut s: Session = serde_json::from_value(json!({
            "format": 1, "id": "s", "questionnaire": {"id": "x", "version": "1"}, "language": "en",
            "status": "in_progress", "created_at": "2026-11-28T09:30:00+01:00", "updated_at": "2026-11-28T09:30:00+01:00",
            "subject": {}, "answers": {}
        }))
        .unwrap();
        s.answers.insert(
            "stakeholders".into(),
            serde_json::from_value(json!({"value": [
                {"name": "CEO", "power": "high", "commitment": "opposed"},
                {"name": "HR", "power": "low", "commitment": "champion"},
                {"name": "CFO", "power": "high", "commitment": "opposed"},
                {"name": "Nobody"}
            ]}))
            .unwrap(),
        );
        let plot = plot(&q, grid, &s).unwrap();
        assert_eq!(plot.points.len(), 3);
        assert_eq!(plot.unplaced, ["Nobody"]);
        assert_eq!(plot.points[0].corner, Corner::LowHigh);
        assert_eq!(plot.points[1].corner, Corner::HighLow);
        assert_eq!(plot.points[2].corner, Corner::LowHigh);
        assert_ne!((plot.points[0].x, plot.points[0].y), (plot.points[2].x, plot.points[2].y), "spread apart");
        assert_eq!(Corner::LowHigh.of_grid(grid).name().get("en", "en"), "Persuade");
        let key = Corner::HighHigh.of_grid(grid);
        assert_eq!(
            (key.name().get("en", "en"), key.strategy().map(|s| s.get("en", "en"))),
            ("Key partners", Some("Manage closely"))
        );
        assert_eq!(plot.x_ticks, ["Opposed", "Champion"]);
        assert_eq!([coordinate(0, 5), coordinate(2, 5), coordinate(3, 5)], [0.5 / 6.0, 2.5 / 6.0, 0.625]);
        assert!(coordinate(1, 2) > 0.5 && coordinate(0, 2) < 0.5);
    }

    #[test]
    fn a_marked_item_is_pointed_out_in_its_language_wherever_it_is_placed() {
        let q = crate::testing::built_in("stakeholder-grid");
        let View::Grid(grid) = &q.views[0] else { panic!("the grid") };
        let mut s = crate::testing::session(&q, "s", "Acme");
        s.language = "es".into();
        s.answers.insert(
            "stakeholders".into(),
            serde_json::from_value(json!({"value": [
                {"name": "CFO", "power": "decides", "commitment": "sceptical", "roles": ["fund", "block"]},
                {"name": "HR", "power": "some", "commitment": "champion", "roles": ["champion"]}
            ]}))
            .unwrap(),
        );
        let plot = plot(&q, grid, &s).unwrap();
        assert_eq!(plot.points[0].mark.as_deref(), Some("podría bloquearlo"));
        assert_eq!(plot.points[1].mark, None);
        let table = compact(&q, grid, &s).unwrap();
        assert!(table.rows.iter().any(|r| r[0] == "CFO (podría bloquearlo)"), "{:?}", table.rows);
        assert!(table.quadrants.iter().any(|(_, _, who)| who.contains(&"HR".to_owned())));
    }
}
