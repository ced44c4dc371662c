//! One row of the survey sheet made a question: its kind, texts, condition, range and constraint.

use super::*;
use crate::questionnaire::Kind;

impl Form<'_> {
    /// A condition column read into a condition, or a note saying why it was not.
    pub(super) fn condition(&mut self, row: &Row, column: &str, own: Option<(String, Shape)>) -> Option<Value> {
        let text = row.get(column);
        if text.is_empty() {
            return None;
        }
        match expression::condition(text, self, own) {
            Ok(c) => Some(c),
            Err(part) => {
                // A crafted expression can be long: the note quotes its start.
                let quoted = crate::text::clip(text, 200);
                self.note(self.sheet, row, column, tr!("imp-expression", part = part.0.as_str(), expression = quoted));
                None
            }
        }
    }

    pub(super) fn question(&mut self, row: &Row, kind: &str) -> Option<Value> {
        let mut words = kind.split(' ');
        let head = words.next().unwrap_or_default();
        if METADATA.contains(&head) {
            self.note(self.sheet, row, "type", tr!("imp-metadata", kind = head));
            self.dropped.insert(row.get("name").to_owned(), head.to_owned());
            return None;
        }
        // A calculation waypost cannot work out is left out, and texts naming it say so.
        let calculation = match head {
            "calculate" => match self.calculation(row) {
                Ok(calculation) => Some(calculation),
                Err(why) => {
                    self.note(self.sheet, row, "calculation", why);
                    self.dropped.insert(row.get("name").to_owned(), head.to_owned());
                    return None;
                }
            },
            _ => None,
        };
        let name = row.get("name").to_owned();
        if name.is_empty() && head != "note" {
            self.note(self.sheet, row, "name", tr!("imp-no-name"));
            return None;
        }
        let id = match row.get(ID_COLUMN) {
            // A field a waypost export renamed to be unique in the form: its own id again.
            own if !own.is_empty() && self.in_repeat() => item_id(own),
            _ => self.unique_id(row, if name.is_empty() { "note" } else { &name }),
        };
        let mut q = Map::new();
        q.insert("id".into(), json!(id));
        let (waypost_kind, shape) = match head {
            "select_one" | "select_multiple" => {
                let list = words.next().unwrap_or_default();
                let or_other = words.next() == Some("or_other");
                if !self.choice_lists.contains_key(list) {
                    self.note(self.sheet, row, "type", tr!("imp-no-choice-list", list = list));
                    return None;
                }
                let filter = row.get("choice_filter");
                // A cascading select: the choices offered after the answers before it.
                let filtered = match filter {
                    "" => None,
                    _ if self.in_repeat() => {
                        self.note(self.sheet, row, "choice_filter", tr!("imp-filter-in-repeat"));
                        None
                    }
                    _ => match self.filtered(list, filter) {
                        Ok(offered) => Some(offered),
                        Err(part) => {
                            let quoted = crate::text::clip(filter, 200);
                            let message = tr!("imp-expression", part = part.0.as_str(), expression = quoted);
                            self.note(self.sheet, row, "choice_filter", message);
                            None
                        }
                    },
                };
                match (filtered, or_other) {
                    (None, false) => {
                        q.insert("choices".into(), json!(item_id(list)));
                    }
                    (filtered, _) => {
                        let mut inline = filtered.unwrap_or_else(|| self.choice_lists[list].clone());
                        if or_other {
                            let other = self.own_text("imp-other", &[]);
                            inline.push(json!({"value": "other", "label": other, "other": true}));
                        }
                        q.insert("choices".into(), Value::Array(inline));
                    }
                }
                if head == "select_one" { (Kind::Single, Shape::Single) } else { (Kind::Multi, Shape::Multi) }
            }
            "integer" | "int" => (Kind::Number, Shape::Integer),
            "decimal" => (Kind::Number, Shape::Decimal),
            "range" => {
                self.range(row, &mut q);
                (Kind::Number, Shape::Decimal)
            }
            "text" | "string" => (Kind::Text, Shape::Other),
            // pyxform's older "phone number": a text of digits; the digits-only check is not kept.
            "phone" if kind == "phone number" => {
                self.note(self.sheet, row, "type", tr!("imp-as-text", kind = kind));
                (Kind::Text, Shape::Other)
            }
            "date" => (Kind::Date, Shape::Date),
            "time" => (Kind::Time, Shape::Other),
            "datetime" | "dateTime" => (Kind::DateTime, Shape::Other),
            "note" => (Kind::Note, Shape::Other),
            // Compared as a number unless it makes a text.
            "calculate" if calculation.as_ref().is_some_and(|c| c.contains(['\'', '"']) || c.contains("concat")) => {
                (Kind::Calculate, Shape::Other)
            }
            "calculate" => (Kind::Calculate, Shape::Decimal),
            "acknowledge" => {
                q.insert("choices".into(), json!([{"value": "OK", "label": "OK"}]));
                (Kind::Single, Shape::Single)
            }
            h if AS_TEXT.contains(&h) => {
                self.note(self.sheet, row, "type", tr!("imp-as-text", kind = h));
                (Kind::Text, Shape::Other)
            }
            h if MEDIA.contains(&h) => {
                self.note(self.sheet, row, "type", tr!("imp-as-note", kind = h));
                (Kind::Note, Shape::Other)
            }
            // Named whole ("select one external L", not "select").
            _ => {
                self.note(self.sheet, row, "type", tr!("imp-unknown-type", kind = kind));
                return None;
            }
        };
        q.insert("kind".into(), json!(waypost_kind.name()));
        if let Some(calculation) = calculation {
            q.insert("calculation".into(), json!(calculation));
        }
        if shape == Shape::Integer {
            q.insert("integer".into(), json!(true));
        }
        let prompt = match self.text(row, "label") {
            Some(label) => label,
            // A calculation is rarely labelled: it is shown by its name.
            None if waypost_kind == Kind::Calculate => json!(name),
            None if !name.is_empty() => {
                self.note(self.sheet, row, "label", tr!("imp-no-label", name = name.as_str()));
                json!(name)
            }
            None => {
                self.note(self.sheet, row, "label", tr!("imp-empty-note"));
                return None;
            }
        };
        q.insert("prompt".into(), prompt);
        if let Some(help) = self.help(row) {
            q.insert("help".into(), help);
        }
        let required = row.get("required").to_lowercase();
        match required.as_str() {
            "" | "no" | "false" | "false()" | "0" => {}
            "yes" | "true" | "true()" | "1" => {
                if waypost_kind != Kind::Note {
                    q.insert("required".into(), json!(true));
                }
            }
            // An expression: required when it holds (a note says so where it cannot be read).
            _ => {
                if let Some(when) = self.condition(row, "required", None) {
                    q.insert("required_if".into(), when);
                }
            }
        }
        // Shown, never changed (its default is what it shows).
        if matches!(row.get("read_only").to_lowercase().as_str(), "yes" | "true" | "true()" | "1")
            && waypost_kind != Kind::Note
        {
            q.insert("read_only".into(), json!(true));
        }
        if !row.get("required_message").is_empty() {
            self.note(self.sheet, row, "required_message", tr!("imp-required-message"));
        }
        if let Some(show_if) = self.condition(row, "relevant", None) {
            q.insert("show_if".into(), show_if);
        }
        self.constraint(row, &mut q, (&id, shape));
        self.default(row, &mut q, shape);
        // What a waypost export kept of its own comes back as it was.
        q.extend(self.kept(self.sheet, row, QUESTION_KEPT));
        self.all_names.insert(name.clone(), id.clone());
        let known = if self.in_repeat() { &mut self.fields } else { &mut self.names };
        known.insert(name, (id, shape));
        Some(Value::Object(q))
    }

    /// `default`: the value the input starts with, read as its kind takes it; a computed one
    /// (`today()`, `${x}`) or one that is no answer of its kind is noted and left out.
    fn default(&mut self, row: &Row, q: &mut Map<String, Value>, shape: Shape) {
        let text = row.get("default").trim();
        if text.is_empty() {
            return;
        }
        let is_choice = |v: &str| {
            let list = q.get("choices");
            let named = list.and_then(Value::as_str).and_then(|name| self.choice_lists.get(name));
            let choices = named.or_else(|| list.and_then(Value::as_array));
            choices.is_some_and(|c| c.iter().any(|c| c.get("value").and_then(Value::as_str) == Some(v)))
        };
        let value = match shape {
            Shape::Single => is_choice(text).then(|| json!(text)),
            Shape::Multi => {
                let values: Vec<&str> = text.split_whitespace().collect();
                values.iter().all(|v| is_choice(v)).then(|| json!(values))
            }
            Shape::Integer => text.parse::<i64>().ok().map(|n| json!(n)),
            Shape::Decimal => text.parse::<f64>().ok().filter(|n| n.is_finite()).map(|n| json!(n)),
            Shape::Date => chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").ok().map(|_| json!(text)),
            Shape::Other if q.get("kind").and_then(Value::as_str) == Some("note") => None,
            Shape::Other => (!text.contains("${") && !text.contains("()")).then(|| json!(text)),
        };
        match value {
            Some(v) => {
                q.insert("default".into(), v);
            }
            None => {
                self.note(self.sheet, row, "default", tr!("imp-not-converted", what = crate::text::clip(text, 200)));
            }
        }
    }

    /// `hint` and `guidance_hint`, one after the other.
    pub(super) fn help(&self, row: &Row) -> Option<Value> {
        match (self.text(row, "hint"), self.text(row, "guidance_hint")) {
            (Some(h), None) | (None, Some(h)) => Some(h),
            (Some(Value::String(a)), Some(Value::String(b))) => Some(json!(format!("{a}\n\n{b}"))),
            (Some(a), Some(_)) => Some(a),
            (None, None) => None,
        }
    }

    pub(super) fn range(&mut self, row: &Row, q: &mut Map<String, Value>) {
        for part in row.get("parameters").split_whitespace() {
            let (key, value) = part.split_once('=').unwrap_or((part, ""));
            let Ok(n) = value.trim().parse::<f64>() else { continue };
            match key.trim() {
                "start" => q.insert("min".into(), json!(n)),
                "end" => q.insert("max".into(), json!(n)),
                _ => None,
            };
        }
    }

    /// `constraint`: a number's limits as `min`/`max`, anything else as a hard rule with its
    /// `constraint_message`.
    pub(super) fn constraint(&mut self, row: &Row, q: &mut Map<String, Value>, (id, shape): (&str, Shape)) {
        // `string-length(.) <= 200` on a text: its longest answer.
        if shape == Shape::Other
            && let Some(most) = max_length(row.get("constraint"))
        {
            q.insert("max_length".into(), json!(most));
            self.bound_message(row, q);
            return;
        }
        let Some(rule) = self.condition(row, "constraint", Some((id.to_owned(), shape))) else { return };
        let parts: Vec<Value> = match &rule {
            Value::Object(o) if o.contains_key("all") => o["all"].as_array().cloned().unwrap_or_default(),
            other => vec![other.clone()],
        };
        let limit = |part: &Value, key: &str| {
            (part.get("answer").and_then(Value::as_str) == Some(id))
                .then(|| part.get(key).filter(|b| b.is_number() || b.is_string()).cloned())
                .flatten()
        };
        let number = matches!(shape, Shape::Integer | Shape::Decimal | Shape::Date);
        if number && parts.iter().all(|p| limit(p, "at_least").is_some() || limit(p, "at_most").is_some()) {
            for part in &parts {
                if let Some(b) = limit(part, "at_least") {
                    q.insert("min".into(), b);
                }
                if let Some(b) = limit(part, "at_most") {
                    q.insert("max".into(), b);
                }
            }
            self.bound_message(row, q);
            return;
        }
        let message =
            self.text(row, "constraint_message").unwrap_or_else(|| self.own_text("imp-constraint-message", &[]));
        q.insert("constraint".into(), json!({"when": rule, "message": message}));
    }

    /// A constraint made limits (`min`, `max`, `max_length`) keeps the form's message: it is said
    /// when an answer is outside them.
    fn bound_message(&mut self, row: &Row, q: &mut Map<String, Value>) {
        if let Some(message) = self.text(row, "constraint_message") {
            q.insert("limits_message".into(), message);
        }
    }
}

/// The N of `string-length(.) <= N` (or `< N + 1`), the whole constraint.
fn max_length(constraint: &str) -> Option<usize> {
    let compact: String = constraint.chars().filter(|c| !c.is_whitespace()).collect();
    let rest = compact.strip_prefix("string-length(.)")?;
    if let Some(n) = rest.strip_prefix("<=") {
        return n.parse().ok();
    }
    rest.strip_prefix('<')?.parse::<usize>().ok()?.checked_sub(1)
}

impl Form<'_> {
    /// A `calculate` row's calculation with its names made waypost ids, or why it cannot be
    /// worked out: a function waypost does not have, or a name that is no earlier question.
    fn calculation(&mut self, row: &Row) -> Result<String, String> {
        let text = row.get("calculation");
        let quoted = crate::text::clip(text, 200);
        if self.in_repeat() {
            return Err(tr!("imp-calculate-in-repeat"));
        }
        crate::questionnaire::calculation::Calculation::parse(text)
            .map_err(|part| tr!("imp-calculation", part = part.0.as_str(), expression = quoted.as_str()))?;
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(start) = rest.find("${") {
            out.push_str(&rest[..start]);
            let end = rest[start..].find('}').map_or(rest.len(), |e| start + e);
            let name = rest[start + 2..end].trim();
            let Some((id, _)) = self.names.get(name) else {
                return Err(tr!("imp-calculation", part = format!("${{{name}}}"), expression = quoted.as_str()));
            };
            out.push_str(&format!("${{{id}}}"));
            rest = rest.get(end + 1..).unwrap_or_default();
        }
        out.push_str(rest);
        Ok(out)
    }
}
