//! Answers typed in Thai, Bengali and Devanagari (Hindi) into an English questionnaire: the
//! editing keys take whole grapheme clusters, a long answer wraps at 80 columns without a cluster
//! coming apart, and what is stored is byte for byte what was typed.

use insta::assert_snapshot;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use serde_json::json;

use super::*;

// Children's right to protection, in each script (what a facilitator in Bangkok, Dhaka or Delhi
// might type while the room talks).
const THAI: &str = "สิทธิของเด็กที่จะได้รับการคุ้มครองจากการแสวงหาประโยชน์ทางเพศ ";
const BENGALI: &str = "শিশুদের সুরক্ষার অধিকার নিশ্চিত করা ";
const HINDI: &str = "बच्चों की सुरक्षा का अधिकार सुनिश्चित करना";

#[test]
fn answers_in_thai_bengali_and_devanagari_are_stored_as_typed_and_wrap_whole() {
    let mut app = at_the_summary();
    let typed = format!("{THAI}{BENGALI}{HINDI}");
    type_text(&mut app, &typed);
    assert_snapshot!("scripts_typed_80x24", draw(&mut app, 80, 24).backend());
    press(&mut app, KeyCode::Enter);
    assert_eq!(session(&app).answers()["summary"].value, Some(json!(typed)), "byte for byte");
}

#[test]
fn editing_keys_take_whole_clusters_in_an_answer() {
    let mut app = at_the_summary();
    type_text(&mut app, "ที่นี่ क्षमा");
    // Left twice: over मा and over क्ष, each at once; Backspace then takes the space.
    press(&mut app, KeyCode::Left);
    press(&mut app, KeyCode::Left);
    press(&mut app, KeyCode::Backspace);
    // Ctrl-W deletes นี่ and ที่ whole, Delete then takes क्ष whole.
    chord(&mut app, KeyCode::Char('w'), KeyModifiers::CONTROL);
    press(&mut app, KeyCode::Delete);
    assert_snapshot!("scripts_edited_80x24", draw(&mut app, 80, 24).backend());
    press(&mut app, KeyCode::Enter);
    assert_eq!(session(&app).answers()["summary"].value, Some(json!("मा")));
}
