//! Reports on paper: the stakeholder grid's HTML printed by headless Chromium on A4 and Letter in
//! portrait, then read back with pdftotext, holds the text of every cell; nothing is cut at the
//! right margin.

// A test, benchmark or example: a failed unwrap is its failure report.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "common/browser.rs"]
mod browser;

use std::path::Path;
use std::process::Command;

use serde_json::json;
use waypost_core::report::html;
use waypost_core::testing::{built_in, give, session};

/// The page printed to PDF on `paper` (a CSS page size), and the PDF's text.
fn printed(browser: &str, pdftotext: &str, page: &str, paper: &str, dir: &Path) -> String {
    let html_file = dir.join(format!("{paper}.html"));
    // The paper size the way a user's browser print dialog sets it.
    let sized = page.replacen("<style>", &format!("<style>@page{{size:{paper} portrait}}"), 1);
    std::fs::write(&html_file, sized).unwrap();
    let pdf = dir.join(format!("{paper}.pdf"));
    let out = browser::headless(browser, &dir.join(format!("profile-{paper}")))
        .arg("--no-pdf-header-footer")
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html_file.display()))
        .output()
        .unwrap();
    assert!(pdf.exists(), "no PDF: {}", String::from_utf8_lossy(&out.stderr));
    let text = Command::new(pdftotext).arg(&pdf).arg("-").output().unwrap();
    assert!(text.status.success(), "{}", String::from_utf8_lossy(&text.stderr));
    String::from_utf8_lossy(&text.stdout).into_owned()
}

/// Whether `cell` is whole in the words of `page`: its first word (unique to it) and then each of
/// its words in order, within a few lines' worth of words. pdftotext reads a table row by row, so
/// a cell wrapped beside a wrapped heading comes out interleaved with that heading.
fn holds(page: &[&str], cell: &str) -> bool {
    let words: Vec<&str> = cell.split_whitespace().collect();
    page.iter().enumerate().filter(|(_, w)| **w == words[0]).any(|(start, _)| {
        let mut rest = page[start..].iter().take(words.len() * 3);
        words.iter().all(|w| rest.any(|p| p == w))
    })
}

#[test]
fn the_grid_report_holds_every_cell_on_a4_and_letter_in_portrait() {
    let Some(browser) = browser::chromium() else { return };
    let Some(pdftotext) = browser::tool(&["pdftotext"], "-v", "pdftotext (poppler-utils)") else { return };
    let q = built_in("stakeholder-grid");
    let mut s = session(&q, "g", "Minera Andina");
    let people: Vec<serde_json::Value> = (1..=6)
        .map(|i| {
            json!({
                "type": "manager",
                "name": format!("Person{i} Surname{i}"),
                "role": format!("Role{i} responsible for procurement and the supplier contracts of the region"),
                "organisation": format!("Unit{i} of the mining company in the southern highlands"),
                "power": "decides",
                "commitment": "sceptical",
                "roles": ["decide", "fund"],
                "concerns": format!("Concern{i}: the costs of training every shift and what the union will say about it"),
                "arguments": ["reputation", "compliance"],
                "contact_by": format!("Contact{i} the programme officer who knows the plant"),
                "next_step": format!("Step{i}: a meeting with the plant manager before the end of the quarter"),
                "next_date": "2027-01-15"
            })
        })
        .collect();
    give(&q, &mut s, &[("scope", json!("company")), ("stakeholders", json!(people))]);
    let page = html(&q, &s);
    let dir = tempfile::tempdir().unwrap();
    for paper in ["A4", "letter"] {
        let printed = printed(browser, pdftotext, &page, paper, dir.path());
        // To look at what was printed: WAYPOST_KEEP_PDF=folder keeps each PDF there.
        if let Some(keep) = std::env::var_os("WAYPOST_KEEP_PDF") {
            std::fs::copy(dir.path().join(format!("{paper}.pdf")), Path::new(&keep).join(format!("{paper}.pdf")))
                .unwrap();
        }
        let text: Vec<&str> = printed.split_whitespace().collect();
        for i in 1..=6 {
            for cell in [
                format!("Person{i} Surname{i}"),
                format!("Role{i} responsible for procurement and the supplier contracts of the region"),
                format!("Unit{i} of the mining company in the southern highlands"),
                format!("Concern{i}: the costs of training every shift and what the union will say about it"),
                format!("Contact{i} the programme officer who knows the plant"),
                format!("Step{i}: a meeting with the plant manager before the end of the quarter"),
            ] {
                assert!(holds(&text, &cell), "{paper}: \"{cell}\" is not whole on paper");
            }
        }
        assert!(text.contains(&"Mendelow's"), "{paper}: the sources are printed");
    }
}
