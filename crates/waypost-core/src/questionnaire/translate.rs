//! Translations for translators who never edit JSON: a questionnaire's texts as a gettext PO
//! catalogue (the source text in its default language, the JSON path as context, the
//! translation there is), and a translated catalogue written back into the questionnaire's own
//! JSON, ids, order and structure kept.

use std::collections::HashMap;
use std::io::BufWriter;

use polib::catalog::Catalog;
use polib::message::Message;
use polib::metadata::CatalogMetadata;
use serde_json::{Map, Value};

use super::model::Questionnaire;
use super::texts::texts;
use crate::text::Text;

/// Why a PO file could not be read back.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ImportError {
    /// Not a PO file gettext tools would read.
    #[error("{}", crate::tr!("err-po-unreadable", message = .0.as_str()))]
    Po(String),
    /// The header names no language.
    #[error("{}", crate::tr!("err-po-no-language"))]
    NoLanguage,
    /// A line longer than the reader takes whole.
    #[error("{}", crate::tr!("err-po-long-line", line = *line, max = *max))]
    LongLine {
        /// The line's number, from 1.
        line: usize,
        /// The longest line taken.
        max: usize,
    },
    /// The header's language is no language tag.
    #[error("{}", crate::tr!("err-po-bad-language", language = crate::text::line(.0).into_owned()))]
    BadLanguage(String),
    /// The language is the one the texts are written in.
    #[error("{}", crate::tr!("err-po-source-language", language = .0.as_str()))]
    SourceLanguage(String),
    /// The catalogue was made from another questionnaire.
    #[error("{}", crate::tr!("err-po-other-questionnaire", found = found.as_str(), expected = expected.as_str()))]
    OtherQuestionnaire {
        /// The questionnaire the header names.
        found: String,
        /// The one it is read into.
        expected: String,
    },
    /// The questionnaire's own JSON could not be read.
    #[error("{}", crate::tr!("err-po-json", message = .0.as_str()))]
    Json(String),
}

/// Something about one entry of an imported catalogue, with the entry's place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportNote {
    /// The JSON path of the text (the entry's context).
    pub place: String,
    /// What is the matter.
    pub kind: NoteKind,
}

/// What an import note says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteKind {
    /// The entry has no translation yet; the text is left as it was.
    Untranslated,
    /// The source text changed since the catalogue was exported; not applied.
    Stale,
    /// The translator marked the entry fuzzy (to be checked); not applied.
    Fuzzy,
    /// The questionnaire has no text at this place (or the entry has no context).
    Unknown,
    /// A text of the questionnaire that the catalogue does not hold.
    Missing,
    /// The file has two entries or more for the place: the last one is applied.
    Duplicate,
}

/// A catalogue read back into a questionnaire.
#[derive(Debug, Clone)]
pub struct Imported {
    /// The questionnaire's JSON with the translations in, pretty-printed, ending in a newline.
    pub json: String,
    /// The language translated into.
    pub language: String,
    /// How many translations were written.
    pub applied: usize,
    /// Entries not applied, and texts left untranslated, in file order.
    pub notes: Vec<ImportNote>,
}

/// The `Project-Id-Version` a catalogue of `q` carries: its id and version.
fn project(q: &Questionnaire) -> String {
    format!("{} {}", q.id, q.version)
}

/// The questionnaire id a catalogue's header names.
pub fn questionnaire_of(po: &[u8]) -> Result<String, ImportError> {
    let catalog = read(po)?;
    Ok(catalog.metadata.project_id_version.split_whitespace().next().unwrap_or_default().to_owned())
}

/// The places (`msgctxt`) that more than one entry of a PO file names: the reader keeps the
/// last of them without a word, so they are found in the file's lines.
fn duplicated(po: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(po);
    let mut seen = std::collections::HashSet::new();
    let mut twice = Vec::new();
    for line in text.lines().map(str::trim_start).filter(|l| !l.starts_with('#')) {
        if let Some(quoted) = line.strip_prefix("msgctxt ") {
            let place = quoted.trim().trim_matches('"').to_owned();
            if !seen.insert(place.clone()) && !twice.contains(&place) {
                twice.push(place);
            }
        }
    }
    twice
}

/// The longest line the PO reader takes whole; a longer one it would cut without a word.
const MAX_LINE: usize = 64 * 1024 - 1;

fn read(po: &[u8]) -> Result<Catalog, ImportError> {
    if let Some(line) = po.split(|b| *b == b'\n').position(|l| l.len() > MAX_LINE) {
        return Err(ImportError::LongLine { line: line + 1, max: MAX_LINE });
    }
    polib::po_file::parse_from_reader(po).map_err(|e| ImportError::Po(e.to_string()))
}

/// Every text of `q` as a PO catalogue for translating into `language`: the source in the
/// questionnaire's default language, the JSON path as context, the translation it has.
pub fn export(q: &Questionnaire, language: &str) -> Vec<u8> {
    let default = q.default_language();
    let metadata = CatalogMetadata {
        project_id_version: project(q),
        language: language.to_owned(),
        // Filled in by the translator's tool; gettext's own placeholders until then.
        po_revision_date: "YEAR-MO-DA HO:MI+ZONE".into(),
        last_translator: "FULL NAME <EMAIL@ADDRESS>".into(),
        language_team: format!("{language} <LL@li.org>"),
        mime_version: "1.0".into(),
        content_type: "text/plain; charset=UTF-8".into(),
        content_transfer_encoding: "8bit".into(),
        ..CatalogMetadata::default()
    };
    let mut catalog = Catalog::new(metadata);
    for (path, at) in texts(q) {
        let source = at.text.get(default, default);
        if source.trim().is_empty() {
            continue;
        }
        let translation = match at.text {
            Text::Translated(map) => map.get(language).cloned().unwrap_or_default(),
            Text::Plain(_) => String::new(),
        };
        let message =
            Message::build_singular().with_msgctxt(path).with_msgid(source.to_owned()).with_msgstr(translation).done();
        catalog.append_or_update(message);
    }
    let mut out = BufWriter::new(Vec::new());
    // Writing to memory cannot fail; an empty catalogue is still a valid file.
    let _ = polib::po_file::write(&catalog, &mut out);
    out.into_inner().unwrap_or_default()
}

/// Reads a translated catalogue into the questionnaire whose JSON file is `original`: each
/// translation whose source still matches goes into its text, the language is added to
/// `languages`, and everything else in the file stays as it was.
pub fn import(q: &Questionnaire, original: &[u8], po: &[u8]) -> Result<Imported, ImportError> {
    let catalog = read(po)?;
    let twice = duplicated(po);
    let written = catalog.metadata.language.trim().to_owned();
    if written.is_empty() {
        return Err(ImportError::NoLanguage);
    }
    // Poedit and gettext write a locale (`pt_BR`); the questionnaire keeps the tag (`pt-BR`).
    let language = crate::i18n::canonical_tag(&written.replace('_', "-")).ok_or(ImportError::BadLanguage(written))?;
    let default = q.default_language().to_owned();
    if language == default {
        return Err(ImportError::SourceLanguage(language));
    }
    let named = catalog.metadata.project_id_version.split_whitespace().next().unwrap_or_default().to_owned();
    if !named.is_empty() && named != q.id {
        return Err(ImportError::OtherQuestionnaire { found: named, expected: q.id.clone() });
    }
    let mut doc: Value = serde_json::from_slice(original).map_err(|e| ImportError::Json(e.to_string()))?;
    let all = texts(q);
    let by_path: HashMap<&str, &Text> = all.iter().map(|(p, at)| (p.as_str(), at.text)).collect();
    let mut notes = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut applied = 0;
    notes.extend(twice.into_iter().map(|place| ImportNote { place, kind: NoteKind::Duplicate }));
    for message in catalog.messages() {
        let place = message.msgctxt().unwrap_or_default().to_owned();
        let note = |kind| ImportNote { place: place.clone(), kind };
        let Some(text) = by_path.get(place.as_str()) else {
            notes.push(note(NoteKind::Unknown));
            continue;
        };
        seen.insert(place.clone());
        let translation = message.msgstr().unwrap_or_default();
        if text.get(&default, &default) != message.msgid() {
            notes.push(note(NoteKind::Stale));
        } else if message.is_fuzzy() {
            notes.push(note(NoteKind::Fuzzy));
        } else if translation.is_empty() {
            notes.push(note(NoteKind::Untranslated));
        } else if let Some(slot) = at_path(&mut doc, &place) {
            set(slot, &default, &language, translation);
            applied += 1;
        } else {
            notes.push(note(NoteKind::Unknown));
        }
    }
    for (path, at) in &all {
        if !seen.contains(path) && !at.text.get(&default, &default).trim().is_empty() {
            notes.push(ImportNote { place: path.clone(), kind: NoteKind::Missing });
        }
    }
    add_language(&mut doc, &default, &language);
    let json = serde_json::to_string_pretty(&doc).map_err(|e| ImportError::Json(e.to_string()))?;
    Ok(Imported { json: format!("{json}\n"), language, applied, notes })
}

/// Puts a translation into the text at `slot`: a plain text becomes translations (its own
/// language first); translations get this language added or replaced, in place.
fn set(slot: &mut Value, default: &str, language: &str, translation: &str) {
    match slot {
        Value::Object(map) => {
            map.insert(language.to_owned(), Value::from(translation));
        }
        other => {
            let source = std::mem::take(other);
            let mut map = Map::new();
            map.insert(default.to_owned(), source);
            map.insert(language.to_owned(), Value::from(translation));
            *other = Value::Object(map);
        }
    }
}

/// Adds the language to `languages` (making the list, default first, when there is none).
fn add_language(doc: &mut Value, default: &str, language: &str) {
    let Some(root) = doc.as_object_mut() else { return };
    let list = root.entry("languages").or_insert_with(|| Value::Array(vec![Value::from(default)]));
    if let Some(items) = list.as_array_mut()
        && !items.iter().any(|l| l == language)
    {
        items.push(Value::from(language));
    }
}

/// The value at a path such as `sections[1].questions[0].warn_if[0].message`. An index into a
/// single object (the format lets `warn_if` be one object instead of a list) is that object.
fn at_path<'a>(doc: &'a mut Value, path: &str) -> Option<&'a mut Value> {
    let mut here = doc;
    for part in path.split('.') {
        let (key, indexes) = part.split_once('[').map_or((part, ""), |(k, rest)| (k, rest));
        here = here.as_object_mut()?.get_mut(key)?;
        for index in indexes.split('[').filter(|s| !s.is_empty()) {
            let n: usize = index.trim_end_matches(']').parse().ok()?;
            here = match here {
                Value::Array(items) => items.get_mut(n)?,
                single @ Value::Object(_) if n == 0 => single,
                _ => return None,
            };
        }
    }
    Some(here)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::parse;

    const SMALL: &str = r#"{
  "format": 1,
  "id": "tiny",
  "version": "1",
  "title": "Tiny",
  "sections": [
    {
      "id": "s",
      "title": {"en": "Start", "es": "Inicio"},
      "questions": [
        {"id": "a", "kind": "single", "prompt": "Ready?", "choices": [{"value": "y", "label": "Yes"}],
         "warn_if": {"when": {"answer": "a", "equals": "y"}, "message": "Sure?"}}
      ]
    }
  ]
}"#;

    fn tiny() -> Questionnaire {
        parse(SMALL.as_bytes()).questionnaire.expect("the example parses")
    }

    #[test]
    fn a_translated_catalogue_comes_back_into_the_json_with_nothing_else_changed() {
        let q = tiny();
        let po = String::from_utf8(export(&q, "es")).unwrap();
        assert!(po.contains("msgctxt \"sections[0].questions[0].prompt\"\nmsgid \"Ready?\"\nmsgstr \"\""), "{po}");
        assert!(po.contains("msgid \"Start\"\nmsgstr \"Inicio\""), "an existing translation is given: {po}");
        let po = po
            .replace("msgid \"Ready?\"\nmsgstr \"\"", "msgid \"Ready?\"\nmsgstr \"¿Listos?\"")
            .replace("msgid \"Sure?\"\nmsgstr \"\"", "msgid \"Sure?\"\nmsgstr \"¿Seguro?\"");
        let imported = import(&q, SMALL.as_bytes(), po.as_bytes()).unwrap();
        let doc: Value = serde_json::from_str(&imported.json).unwrap();
        assert_eq!(doc["languages"], serde_json::json!(["en", "es"]));
        assert_eq!(doc["sections"][0]["questions"][0]["prompt"], serde_json::json!({"en": "Ready?", "es": "¿Listos?"}));
        assert_eq!(
            doc["sections"][0]["questions"][0]["warn_if"]["message"]["es"], "¿Seguro?",
            "one object, not a list"
        );
        assert_eq!(doc["sections"][0]["questions"][0]["choices"][0]["value"], "y", "values stay");
        assert_eq!(imported.applied, 3);
        let untranslated: Vec<&str> =
            imported.notes.iter().filter(|n| n.kind == NoteKind::Untranslated).map(|n| n.place.as_str()).collect();
        assert_eq!(untranslated, ["title", "sections[0].questions[0].choices[0].label"]);
        assert!(parse(imported.json.as_bytes()).usable().is_some());
    }

    #[test]
    fn a_locale_as_poedit_writes_it_is_kept_as_the_language_tag() {
        let q = tiny();
        let po = String::from_utf8(export(&q, "pt-BR")).unwrap();
        assert!(po.contains("Language: pt-BR"), "{po}");
        let po = po
            .replace("Language: pt-BR", "Language: pt_BR")
            .replace("msgid \"Ready?\"\nmsgstr \"\"", "msgid \"Ready?\"\nmsgstr \"Prontos?\"");
        let imported = import(&q, SMALL.as_bytes(), po.as_bytes()).unwrap();
        let doc: Value = serde_json::from_str(&imported.json).unwrap();
        assert_eq!(doc["languages"], serde_json::json!(["en", "pt-BR"]));
        assert_eq!(doc["sections"][0]["questions"][0]["prompt"]["pt-BR"], "Prontos?");
    }

    #[test]
    fn stale_fuzzy_unknown_and_missing_entries_are_reported_with_their_place_and_not_applied() {
        let q = tiny();
        let po = String::from_utf8(export(&q, "es"))
            .unwrap()
            .replace("msgid \"Ready?\"\nmsgstr \"\"", "msgid \"Ready now?\"\nmsgstr \"¿Listos ya?\"")
            .replace("msgctxt \"sections[0].questions[0].warn_if[0].message\"", "msgctxt \"sections[9].prompt\"")
            .replace("msgctxt \"title\"", "#, fuzzy\nmsgctxt \"title\"")
            .replace("msgid \"Tiny\"\nmsgstr \"\"", "msgid \"Tiny\"\nmsgstr \"Mini\"");
        let imported = import(&q, SMALL.as_bytes(), po.as_bytes()).unwrap();
        let notes: Vec<(&str, NoteKind)> = imported.notes.iter().map(|n| (n.place.as_str(), n.kind)).collect();
        assert!(notes.contains(&("title", NoteKind::Fuzzy)), "{notes:?}");
        assert!(notes.contains(&("sections[0].questions[0].prompt", NoteKind::Stale)), "{notes:?}");
        assert!(notes.contains(&("sections[9].prompt", NoteKind::Unknown)), "{notes:?}");
        assert!(notes.contains(&("sections[0].questions[0].warn_if[0].message", NoteKind::Missing)), "{notes:?}");
        let doc: Value = serde_json::from_str(&imported.json).unwrap();
        assert_eq!(doc["title"], "Tiny", "a fuzzy entry is not applied");
        assert_eq!(doc["sections"][0]["questions"][0]["prompt"], "Ready?", "a stale entry is not applied");
    }

    #[test]
    fn a_catalogue_without_a_language_or_for_another_questionnaire_is_refused() {
        let q = tiny();
        let po = String::from_utf8(export(&q, "es")).unwrap();
        let no_language = po.replace("Language: es\\n", "");
        assert_eq!(import(&q, SMALL.as_bytes(), no_language.as_bytes()).unwrap_err(), ImportError::NoLanguage);
        let english = po.replace("Language: es", "Language: en");
        assert!(matches!(import(&q, SMALL.as_bytes(), english.as_bytes()), Err(ImportError::SourceLanguage(_))));
        let other = po.replace("Project-Id-Version: tiny 1", "Project-Id-Version: other 1");
        assert!(matches!(import(&q, SMALL.as_bytes(), other.as_bytes()), Err(ImportError::OtherQuestionnaire { .. })));
        assert!(matches!(import(&q, SMALL.as_bytes(), b"msgid \"unclosed"), Err(ImportError::Po(_))));
        for bad in ["x/../../y", "e\u{1b}s", "Español"] {
            let hostile = po.replace("Language: es", &format!("Language: {bad}"));
            let refused = import(&q, SMALL.as_bytes(), hostile.as_bytes());
            assert!(matches!(refused, Err(ImportError::BadLanguage(_))), "{bad}: {refused:?}");
        }
    }

    #[test]
    fn a_line_the_reader_would_cut_is_refused_and_a_place_given_twice_is_said() {
        let q = tiny();
        let po = String::from_utf8(export(&q, "es")).unwrap();
        let long = po
            .replace("msgid \"Ready?\"\nmsgstr \"\"", &format!("msgid \"Ready?\"\nmsgstr \"{}\"", "a".repeat(70_000)));
        let refused = import(&q, SMALL.as_bytes(), long.as_bytes()).unwrap_err();
        assert!(matches!(refused, ImportError::LongLine { max: 65_535, .. }), "{refused:?}");
        let split = format!("\"\n\"{}", "a".repeat(60_000));
        let wrapped =
            po.replace("msgid \"Ready?\"\nmsgstr \"\"", &format!("msgid \"Ready?\"\nmsgstr \"{split}{split}\""));
        let imported = import(&q, SMALL.as_bytes(), wrapped.as_bytes()).unwrap();
        let doc: Value = serde_json::from_str(&imported.json).unwrap();
        let prompt = doc["sections"][0]["questions"][0]["prompt"]["es"].as_str().unwrap();
        assert_eq!(prompt.len(), 120_000, "a long text in quoted lines comes whole");
        let twice = format!("{po}\nmsgctxt \"title\"\nmsgid \"Tiny\"\nmsgstr \"Mini\"\n");
        let imported = import(&q, SMALL.as_bytes(), twice.as_bytes()).unwrap();
        assert!(
            imported.notes.iter().any(|n| n.place == "title" && n.kind == NoteKind::Duplicate),
            "{:?}",
            imported.notes
        );
    }
}
