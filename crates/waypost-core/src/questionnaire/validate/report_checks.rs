//! The checks of what a questionnaire reports: scoring and bands, item tables, workshop time,
//! views.

use super::*;

impl<'a> Validator<'a> {
    pub(super) fn scoring(&mut self) {
        let Some(scoring) = &self.q.scoring else {
            // Scores on choices count only under a `scoring` block, or where a condition compares
            // the answer with a number: otherwise they are lost.
            let scored = self
                .q
                .places()
                .find(|(_, q)| !self.compared.contains(&q.id) && self.q.choices(q).iter().any(|c| c.score.is_some()));
            if let Some((place, question)) = scored {
                let at = format!("sections[{}].questions[{}]", place.section, place.question);
                self.warning(at, tr!("val-scores-unused", id = question.id.as_str()));
            }
            return;
        };
        if scoring.scale.is_nan() || scoring.scale <= 0.0 {
            self.error("scoring.scale", tr!("val-scale"));
        }
        let mut last = f64::NEG_INFINITY;
        for (i, band) in scoring.bands.iter().enumerate() {
            if band.max <= last {
                self.error(format!("scoring.bands[{i}].max"), tr!("val-bands-order"));
            }
            last = band.max;
        }
        // Bands reach the top of the scale, or with `sum` the highest total possible.
        let top = match scoring.method {
            ScoreMethod::Mean => scoring.scale,
            ScoreMethod::Sum => self.highest_total(),
        };
        if !scoring.bands.is_empty() && last < top {
            self.warning("scoring.bands", tr!("val-bands-gap", last = last.to_string(), scale = top.to_string()));
        }
        // A band reaching past the highest score promises what no session can score.
        let lang = self.q.default_language();
        if let Some((i, band)) = scoring.bands.iter().enumerate().find(|(_, b)| b.max > top) {
            let label = band.label.get(lang, lang);
            self.warning(
                format!("scoring.bands[{i}].max"),
                tr!("val-band-above-scale", band = label, max = band.max.to_string(), top = top.to_string()),
            );
        }
        if let Some(at) = scoring.actions_at_most
            && (at < 0.0 || at > scoring.scale)
        {
            self.error("scoring.actions_at_most", tr!("val-actions-at-most", scale = scoring.scale.to_string()));
        }
        if !self.q.sections.iter().any(|s| self.q.section_scored(s)) {
            self.warning("scoring", tr!("val-nothing-scored"));
        }
    }

    /// The highest total a session can score with `method: "sum"`, every question shown.
    pub(super) fn highest_total(&self) -> f64 {
        let q = self.q;
        q.sections
            .iter()
            .filter(|s| q.section_scored(s))
            .map(|s| {
                let questions = s.questions.iter().filter(|x| q.score_range(x).is_some());
                let total: f64 = questions.map(|x| q.most_points(x) * x.weight.unwrap_or(1.0)).sum();
                total * s.weight.unwrap_or(1.0)
            })
            .sum()
    }

    /// Checks a table view: lists that exist, columns and sort field in each, a condition on
    /// their fields.
    pub(super) fn item_table(&mut self, path: &str, table: &'a crate::questionnaire::ItemTable) {
        for (n, id) in table.lists.iter().enumerate() {
            let at = format!("{path}.lists[{n}]");
            let Some(list) = self.q.question(id).filter(|x| x.kind == Kind::List) else {
                let lists = self.q.places().filter(|(_, x)| x.kind == Kind::List).map(|(_, x)| x.id.as_str());
                self.error(at, tr!("val-not-list", id = id.as_str(), hint = suggestion(id, lists)));
                continue;
            };
            for field in table.columns.iter().chain(&table.sort_by) {
                if list.field(field).is_none() {
                    let hint = suggestion(field, list.fields.iter().map(|f| f.id.as_str()));
                    self.error(
                        format!("{path}.columns"),
                        tr!("val-no-field", list = id.as_str(), field = field.as_str(), hint = hint),
                    );
                }
            }
            if let Some(cond) = &table.when {
                let scope = Scope {
                    order: 0,
                    self_allowed: false,
                    siblings: Some((list.fields.as_slice(), list.fields.len())),
                };
                self.condition(&format!("{path}.when"), cond, &scope, None);
            }
        }
    }

    /// The period a summary reviews workshops in is bounded by date questions.
    pub(super) fn workshop_time(&mut self) {
        let Some(period) = &self.q.workshop_time else { return };
        let scope = Scope { order: usize::MAX, self_allowed: true, siblings: None };
        for (name, id) in [("from", &period.from), ("to", &period.to)] {
            let Some(id) = id else { continue };
            let at = format!("workshop_time.{name}");
            if let Some(source) = self.resolve(&at, id, &scope, None)
                && source.kind != Kind::Date
            {
                self.error(at, tr!("val-workshop-time-date", id = id.as_str(), kind = source.kind.name()));
            }
        }
    }

    pub(super) fn views(&mut self) {
        for (i, view) in self.q.views.iter().enumerate() {
            let path = format!("views[{i}]");
            let grid = match view {
                View::Grid(grid) => grid,
                View::Table(table) => {
                    self.item_table(&path, table);
                    continue;
                }
            };

            let lists: Vec<&str> =
                self.q.places().filter(|(_, q)| q.kind == Kind::List).map(|(_, q)| q.id.as_str()).collect();
            let Some(list) = self.q.question(&grid.list) else {
                self.error(
                    format!("{path}.list"),
                    tr!("val-unknown-question", id = grid.list.as_str(), hint = suggestion(&grid.list, lists)),
                );
                continue;
            };
            if list.kind != Kind::List {
                self.error(
                    format!("{path}.list"),
                    tr!("val-kind-not-list", id = list.id.as_str(), kind = list.kind.name()),
                );
                continue;
            }
            for (axis, id) in [("x", &grid.x), ("y", &grid.y)] {
                let apath = format!("{path}.{axis}");
                match list.field(id) {
                    None => {
                        let hint = suggestion(id, list.fields.iter().map(|f| f.id.as_str()));
                        self.error(
                            apath,
                            tr!("val-no-field", list = list.id.as_str(), field = id.as_str(), hint = hint),
                        );
                    }
                    Some(f) if f.kind != Kind::Single || self.q.choices(f).len() < 2 => {
                        self.error(apath, tr!("val-axis", field = id.as_str()));
                    }
                    Some(_) => {}
                }
            }
            if grid.x == grid.y {
                self.error(format!("{path}.y"), tr!("val-axes-same"));
            }
            for (c, id) in grid.columns.iter().enumerate() {
                if list.field(id).is_none() {
                    let hint = suggestion(id, list.fields.iter().map(|f| f.id.as_str()));
                    self.error(
                        format!("{path}.columns[{c}]"),
                        tr!("val-no-field", list = list.id.as_str(), field = id.as_str(), hint = hint),
                    );
                }
            }
            if let Some(mark) = &grid.mark {
                let scope = Scope {
                    order: 0,
                    self_allowed: false,
                    siblings: Some((list.fields.as_slice(), list.fields.len())),
                };
                self.condition(&format!("{path}.mark.when"), &mark.when, &scope, None);
            }
        }
    }
}
