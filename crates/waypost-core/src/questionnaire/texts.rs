//! Every text of a questionnaire with its place: what the validator checks for translations, and
//! what a translator's PO file holds, walked once in the order the file gives them.

use super::model::{Choice, Choices, Question, Questionnaire};
use super::scores_and_views::View;
use crate::text::Text;

/// A text and where it is.
#[derive(Debug, Clone, Copy)]
pub struct TextAt<'a> {
    /// The text.
    pub text: &'a Text,
    /// Whether the format requires it not to be empty (titles, prompts, labels, messages).
    pub required: bool,
}

/// Every text of `q` with its JSON path (`sections[1].questions[2].prompt`), in file order.
pub fn texts<'a>(q: &'a Questionnaire) -> Vec<(String, TextAt<'a>)> {
    let mut out = Vec::new();
    let mut add = |path: String, text: Option<&'a Text>, required: bool| {
        if let Some(text) = text {
            out.push((path, TextAt { text, required }));
        }
    };
    add("title".into(), Some(&q.title), true);
    add("description".into(), q.description.as_ref(), false);
    add("source".into(), q.source.as_ref(), false);
    for (name, set) in &q.choice_sets {
        choices(&mut add, &format!("choice_sets.{name}"), set);
    }
    for (s, section) in q.sections.iter().enumerate() {
        add(format!("sections[{s}].title"), Some(&section.title), true);
        add(format!("sections[{s}].guidance"), section.guidance.as_ref(), false);
        for (i, question) in section.questions.iter().enumerate() {
            self::question(&mut add, &format!("sections[{s}].questions[{i}]"), question);
        }
    }
    if let Some(scoring) = &q.scoring {
        for (i, band) in scoring.bands.iter().enumerate() {
            add(format!("scoring.bands[{i}].label"), Some(&band.label), true);
        }
    }
    for (i, view) in q.views.iter().enumerate() {
        match view {
            View::Table(table) => add(format!("views[{i}].title"), Some(&table.title), true),
            View::Grid(grid) => {
                add(format!("views[{i}].title"), grid.title.as_ref(), false);
                add(format!("views[{i}].mark.label"), grid.mark.as_ref().map(|m| &m.label), true);
                for (name, quadrant) in grid.quadrants.named() {
                    add(format!("views[{i}].quadrants.{name}.name"), Some(quadrant.name()), true);
                    add(format!("views[{i}].quadrants.{name}.strategy"), quadrant.strategy(), true);
                }
            }
        }
    }
    out
}

fn choices<'a>(add: &mut impl FnMut(String, Option<&'a Text>, bool), path: &str, list: &'a [Choice]) {
    for (i, choice) in list.iter().enumerate() {
        add(format!("{path}[{i}].label"), Some(&choice.label), true);
        add(format!("{path}[{i}].help"), choice.help.as_ref(), false);
    }
}

fn question<'a>(add: &mut impl FnMut(String, Option<&'a Text>, bool), path: &str, question: &'a Question) {
    add(format!("{path}.prompt"), Some(&question.prompt), true);
    // Most questions have few of these: a path is made only for a text there is.
    let optional = [
        ("help", &question.help),
        ("unit", &question.unit),
        ("unit_one", &question.unit_one),
        ("item_label", &question.item_label),
        ("limits_message", &question.limits_message),
        ("action", &question.action),
    ];
    for (field, text) in optional {
        if let Some(text) = text {
            add(format!("{path}.{field}"), Some(text), false);
        }
    }
    if let Some(Choices::Inline(list)) = &question.choices {
        choices(add, &format!("{path}.choices"), list);
    }
    for (i, field) in question.fields.iter().enumerate() {
        self::question(add, &format!("{path}.fields[{i}]"), field);
    }
    for (i, warn) in question.warn_if.iter().enumerate() {
        add(format!("{path}.warn_if[{i}].message"), Some(&warn.message), true);
    }
    for (i, rule) in question.constraint.iter().enumerate() {
        add(format!("{path}.constraint[{i}].message"), Some(&rule.message), true);
    }
    for (i, flag) in question.flag_if.iter().enumerate() {
        add(format!("{path}.flag_if[{i}].message"), Some(&flag.message), true);
    }
}
