//! The names an expression of the form may use (the questions before it, a repeat's fields),
//! and the calculations arithmetic in a condition makes, put before what comes next.

use super::*;

impl Names for Form<'_> {
    fn resolve(&self, name: &str) -> Option<(String, Shape)> {
        self.fields.get(name).or_else(|| self.names.get(name)).cloned()
    }

    fn calculated(&self, calculation: &str) -> Option<String> {
        // A list's fields hold no calculation.
        if self.in_repeat() || crate::questionnaire::calculation::Calculation::parse(calculation).is_err() {
            return None;
        }
        let mut pending = self.calculations.borrow_mut();
        let taken = |id: &str| {
            self.ids.contains_key(id)
                || self.all_names.values().any(|x| x == id)
                || pending.iter().any(|c| c["id"] == id)
        };
        let id = (1..).map(|n| format!("calculation_{n}")).find(|id| !taken(id))?;
        let prompt = self.own_text("imp-calculation-prompt", &[("calculation", calculation.into())]);
        pending.push(json!({"id": id, "kind": "calculate", "prompt": prompt, "calculation": calculation}));
        Some(id)
    }
}

impl Form<'_> {
    /// Puts the calculations conditions made before what comes next at the top level.
    pub(super) fn flush_calculations(&mut self) {
        let made = std::mem::take(&mut *self.calculations.borrow_mut());
        self.section.extend(made);
    }
}
