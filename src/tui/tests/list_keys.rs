//! A list's items by keys: back one field, keep or discard an item left half-filled, a removal
//! undone, digits in a multi-select field.

use ratatui::crossterm::event::KeyCode;
use serde_json::json;

use super::*;
use crate::tui::keys::Mode;

/// The example session at its "stakeholders" list.
fn at_list() -> (App, std::rc::Rc<MemoryStore>, String) {
    let (mut app, store) = interview("learning-review-example");
    let id = session(&app).id.clone();
    press(&mut app, KeyCode::Enter); // the note
    press(&mut app, KeyCode::Char('2')); // ICT
    for _ in 0..4 {
        press(&mut app, KeyCode::PageDown);
    }
    assert_eq!(current(&app), "stakeholders");
    (app, store, id)
}

fn items(app: &App) -> usize {
    match &app.screen {
        crate::tui::app::Screen::Interview(it) => match &it.editor {
            crate::tui::screens::interview::editor::Editor::List(l) => l.items.len(),
            _ => 0,
        },
        _ => 0,
    }
}

#[test]
fn esc_goes_back_one_field_and_leaving_a_filled_item_asks() {
    let (mut app, _, _) = at_list();
    press(&mut app, KeyCode::Char('+'));
    type_text(&mut app, "Eva");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('2')); // power: high, on to commitment
    press(&mut app, KeyCode::Esc); // back to power
    press(&mut app, KeyCode::Esc); // back to name
    assert_eq!(app.mode(), Mode::Typing, "the name field again");
    press(&mut app, KeyCode::Esc); // out of the item: asks
    assert_eq!(app.mode(), Mode::ConfirmItem);
    insta::assert_snapshot!(draw(&mut app, 100, 30).backend());
    press(&mut app, KeyCode::Esc); // go on entering
    assert_eq!(app.mode(), Mode::Typing);
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('d')); // discard
    assert_eq!((app.mode(), items(&app)), (Mode::ListTable, 0));
    press(&mut app, KeyCode::Char('+'));
    type_text(&mut app, "Bo");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Enter); // keep
    assert_eq!((app.mode(), items(&app)), (Mode::ListTable, 1));
}

#[test]
fn a_removed_item_comes_back_with_u() {
    let (mut app, store, id) = at_list();
    press(&mut app, KeyCode::Char('+'));
    type_text(&mut app, "Eva");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('1'));
    press(&mut app, KeyCode::Char('2'));
    assert_eq!(items(&app), 1);
    press(&mut app, KeyCode::Char('-'));
    assert_eq!(items(&app), 0);
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(items(&app), 1);
    press(&mut app, KeyCode::Enter);
    let saved = store.get(&id).unwrap();
    assert_eq!(
        saved.answers()["stakeholders"].value,
        Some(json!([{"name": "Eva", "power": "low", "commitment": "champion"}]))
    );
}
