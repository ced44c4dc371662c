//! Ways to find things in a loaded questionnaire.

use super::model::{Choice, Choices, Kind, Question, Questionnaire, Section};
use serde_json::Value;

/// Where a question sits: its section's index and its own index in that section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Place {
    /// Index into `sections`.
    pub section: usize,
    /// Index into that section's `questions`.
    pub question: usize,
}

impl Questionnaire {
    /// The default language: the first of `languages`, else `en`.
    pub fn default_language(&self) -> &str {
        self.languages.first().map(String::as_str).unwrap_or("en")
    }

    /// The language to show it in for someone who reads `wanted` (the interface's): that one when
    /// the questionnaire is written in it, else the same language of another country (`pt` for
    /// `pt-BR`), else its default.
    pub fn language_for(&self, wanted: &str) -> &str {
        self.languages
            .iter()
            .find(|l| l.as_str() == wanted)
            .or_else(|| self.languages.iter().find(|l| crate::i18n::same_language(l, wanted)))
            .map_or_else(|| self.default_language(), String::as_str)
    }

    /// The language after `current` in `languages`, round to the first; `None` when the
    /// questionnaire speaks only one.
    pub fn next_language(&self, current: &str) -> Option<&str> {
        if self.languages.len() < 2 {
            return None;
        }
        let at = self.languages.iter().position(|l| l == current).map_or(0, |i| i + 1);
        Some(&self.languages[at % self.languages.len()])
    }

    /// A question's prompt in `language`, told apart from the same words asked elsewhere (the
    /// same statement scored by each side, say) by its section's title: where a reader sees it
    /// without its section and apart from one session's answers, as in a comparison (`${id}`
    /// placeholders show as "…").
    pub fn prompt_in_context(&self, place: Place, language: &str) -> String {
        let default = self.default_language();
        let prompt = self.at(place).prompt.get(language, default);
        let prompt = &*super::piping::fill(prompt, |_| None);
        let repeated = self.places().any(|(p, q)| p != place && q.prompt.get(language, default) == prompt);
        if repeated {
            format!("{prompt} ({})", self.sections[place.section].title.get(language, default))
        } else {
            prompt.to_owned()
        }
    }

    /// Every question with its place, in the order they are asked.
    pub fn places(&self) -> impl Iterator<Item = (Place, &Question)> {
        self.sections.iter().enumerate().flat_map(|(s, section)| {
            section.questions.iter().enumerate().map(move |(q, question)| (Place { section: s, question: q }, question))
        })
    }

    /// The question at a place.
    pub fn at(&self, place: Place) -> &Question {
        &self.sections[place.section].questions[place.question]
    }

    /// The section and place of the question with this id (the first, should ids repeat).
    pub fn find(&self, id: &str) -> Option<(Place, &Question)> {
        let index = self.index.get_or_init(|| {
            let mut map = std::collections::HashMap::new();
            for (place, q) in self.places() {
                map.entry(q.id.clone()).or_insert(place);
            }
            map
        });
        index.get(id).map(|p| (*p, self.at(*p)))
    }

    /// The question with this id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.find(id).map(|(_, q)| q)
    }

    /// The section with this id.
    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// The choices of a question, with a choice set resolved (empty when the set is unknown).
    pub fn choices<'a>(&'a self, question: &'a Question) -> &'a [Choice] {
        match &question.choices {
            Some(Choices::Inline(choices)) => choices,
            Some(Choices::Set(name)) => self.choice_sets.get(name).map(Vec::as_slice).unwrap_or(&[]),
            None => &[],
        }
    }

    /// The choices of a question offered on what `observe` sees of the answers before it: those
    /// with no `show_if`, and those whose `show_if` holds.
    pub fn offered_choices<'a, 'o>(
        &'a self,
        question: &'a Question,
        observe: &dyn Fn(&str) -> super::Observed<'o>,
    ) -> Vec<&'a Choice> {
        self.choices(question).iter().filter(|c| c.show_if.as_ref().is_none_or(|cond| cond.holds(observe))).collect()
    }

    /// The value of a `calculate` question worked out from the answers `answer` gives (another
    /// calculation's worked out in turn); none for another kind, or while it cannot be.
    pub fn calculated(&self, question: &Question, answer: &dyn Fn(&str) -> Option<Value>) -> Option<Value> {
        self.calculated_within(question, answer, &std::cell::RefCell::new(std::collections::HashMap::new()), 0)
    }

    /// [`Questionnaire::calculated`], each calculation worked out once (`worked`), however many
    /// others name it.
    fn calculated_within(
        &self,
        question: &Question,
        answer: &dyn Fn(&str) -> Option<Value>,
        worked: &std::cell::RefCell<std::collections::HashMap<String, Option<Value>>>,
        depth: usize,
    ) -> Option<Value> {
        // Calculations name earlier ones only (validate says so); a file that loops stops here.
        if question.kind != Kind::Calculate || depth > 64 {
            return None;
        }
        if let Some(value) = worked.borrow().get(&question.id) {
            return value.clone();
        }
        let calculation = super::calculation::Calculation::parse(question.calculation.as_deref()?).ok()?;
        let value = calculation.value(&|id| match self.question(id) {
            // Worked out already where `answer` knows it (the interview's flow), else now.
            Some(other) if other.kind == Kind::Calculate => {
                answer(id).or_else(|| self.calculated_within(other, answer, worked, depth + 1))
            }
            _ => answer(id),
        });
        worked.borrow_mut().insert(question.id.clone(), value.clone());
        value
    }

    /// The choice of `question` whose value is `value`.
    pub fn choice<'a>(&'a self, question: &'a Question, value: &str) -> Option<&'a Choice> {
        self.choices(question).iter().find(|c| c.value == value)
    }

    /// The lowest and highest score among a question's choices, when at least two differ.
    pub fn score_range(&self, question: &Question) -> Option<(f64, f64)> {
        if !matches!(question.kind, Kind::Single | Kind::Multi) {
            return None;
        }
        let scores = self.choices(question).iter().filter_map(|c| c.score);
        let (lo, hi) = scores.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), s| (lo.min(s), hi.max(s)));
        (lo < hi).then_some((lo, hi))
    }

    /// The most points a question's answer can get: its highest choice score, or for a
    /// multi-select the positive scores added up.
    pub fn most_points(&self, question: &Question) -> f64 {
        let scores = self.choices(question).iter().filter_map(|c| c.score);
        match question.kind {
            Kind::Multi => scores.filter(|s| *s > 0.0).sum(),
            Kind::Single
            | Kind::Number
            | Kind::Text
            | Kind::Date
            | Kind::Time
            | Kind::DateTime
            | Kind::List
            | Kind::Note
            | Kind::Calculate => scores.fold(0.0, f64::max),
        }
    }

    /// Whether a section is scored: as declared, else when any question has scored choices.
    pub fn section_scored(&self, section: &Section) -> bool {
        self.scoring.is_some()
            && section.scored.unwrap_or_else(|| section.questions.iter().any(|q| self.score_range(q).is_some()))
    }
}

impl Question {
    /// The unit beside the number `n` in `lang`: the singular one for exactly 1 where the
    /// questionnaire gives it ("1 year", "2 years").
    pub fn unit_of(&self, n: f64, lang: &str, default: &str) -> Option<String> {
        let one = self.unit_one.as_ref().filter(|_| (n - 1.0).abs() < f64::EPSILON);
        one.or(self.unit.as_ref()).map(|u| u.get(lang, default).to_owned())
    }

    /// The field of a list question with this id.
    pub fn field(&self, id: &str) -> Option<&Question> {
        self.fields.iter().find(|f| f.id == id)
    }

    /// Whether the question takes an answer (every kind but `note`).
    pub fn takes_answer(&self) -> bool {
        !matches!(self.kind, Kind::Note | Kind::Calculate)
    }
}
