//! Keyboard-only walkthroughs, one per view: from page load, Tab reaches the view's main
//! control with a visible focus ring at every stop, and the keys alone do the view's job.

use lafayette_e2e::webdriver::{keys, Session};
use lafayette_e2e::*;
use serde_json::json;

/// Most Tab presses a walk may take to reach its target.
const MAX_TABS: usize = 120;

/// Presses Tab until the focused element matches `target` (CSS), checking at every stop that
/// focus is on a visible element with a visible focus indicator. Returns the stops' names.
fn tab_to(session: &Session, target: &str) -> Vec<String> {
    let mut stops = Vec::new();
    for _ in 0..MAX_TABS {
        session.press(&[keys::TAB]).unwrap();
        let stop = session
            .execute(
                "const el = document.activeElement; const style = getComputedStyle(el);\n\
                 const box = el.getBoundingClientRect();\n\
                 const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2)\n\
                   || style.boxShadow !== 'none';\n\
                 const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' ' +\n\
                   (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 40);\n\
                 return [name, ring, box.width > 0 && box.height > 0, el.matches(arguments[0]), el === document.body];",
                vec![json!(target)],
            )
            .unwrap();
        let name = stop[0].as_str().unwrap().to_string();
        assert_eq!(
            stop[4],
            json!(false),
            "focus fell to the page after {stops:?}"
        );
        assert_eq!(stop[1], json!(true), "no visible focus indicator on {name}");
        assert_eq!(
            stop[2],
            json!(true),
            "focus on an invisible element: {name}"
        );
        stops.push(name);
        if stop[3] == json!(true) {
            return stops;
        }
    }
    panic!("{target} not reached in {MAX_TABS} Tab presses: {stops:?}");
}

fn focused_matches(session: &Session, css: &str) -> bool {
    session
        .execute(
            "return document.activeElement.matches(arguments[0])",
            vec![json!(css)],
        )
        .unwrap()
        == json!(true)
}

#[test]
fn timeline_by_keyboard() {
    let session = browser();
    open(&session, "#/timeline?lang=en");
    let stops = tab_to(&session, ".event-list");
    assert_eq!(stops[0], "a Skip to content", "the skip link comes first");
    session
        .press(&[keys::DOWN, keys::DOWN, keys::ENTER])
        .unwrap();
    session.wait_for("#event-detail", STEP_TIMEOUT).unwrap();
    assert!(session.current_url().unwrap().contains("sel="));
    session.press(&[keys::ESCAPE]).unwrap();
    session
        .wait_until("the detail to close", STEP_TIMEOUT, |s| {
            Ok(s.find_all("#event-detail")?.is_empty())
        })
        .unwrap();
}

#[test]
fn supporters_by_keyboard() {
    let session = browser();
    open(&session, "#/supporters?lang=en");
    tab_to(&session, "input[type=search]");
    let before = text_of(&session, "#supporters-status");
    session
        .type_into(&session.active_element().unwrap(), "france")
        .unwrap();
    session
        .wait_until("the list to narrow", STEP_TIMEOUT, |s| {
            Ok(text_of(s, "#supporters-status") != before)
        })
        .unwrap();
    tab_to(&session, ".supporter-table tbody th a");
    session.press(&[keys::ENTER]).unwrap();
    session.wait_for("#supporter-detail", STEP_TIMEOUT).unwrap();
    session.press(&[keys::ESCAPE]).unwrap();
    session
        .wait_until("the detail to close", STEP_TIMEOUT, |s| {
            Ok(s.find_all("#supporter-detail")?.is_empty())
        })
        .unwrap();
}

#[test]
fn matrix_by_keyboard() {
    let session = browser();
    open(&session, "#/matrix?lang=en");
    tab_to(&session, "td.heat button");
    let first = session.active_element().unwrap();
    let first_label = session.attribute(&first, "aria-label").unwrap();
    session.press(&[keys::RIGHT, keys::DOWN]).unwrap();
    assert!(focused_matches(&session, "td.heat button"));
    let moved = session.active_element().unwrap();
    assert_ne!(
        session.attribute(&moved, "aria-label").unwrap(),
        first_label
    );
    session.press(&[keys::ENTER]).unwrap();
    session.wait_for("#matrix-evidence", STEP_TIMEOUT).unwrap();
}

#[test]
fn sources_by_keyboard() {
    let session = browser();
    open(&session, "#/sources?lang=en");
    tab_to(&session, "main .quote a[href*='sel=']");
    session.press(&[keys::ENTER]).unwrap();
    session
        .wait_until("the record the quote supports", STEP_TIMEOUT, |s| {
            Ok(!s.current_url()?.contains("#/sources"))
        })
        .unwrap();
}

#[test]
fn about_and_the_embed_dialog_by_keyboard() {
    let session = browser();
    open(&session, "#/about?lang=fr");
    tab_to(&session, "#offline-page");
    // Back up to the header's Embed button, open the dialog, stay inside it, leave with Escape.
    for _ in 0..MAX_TABS {
        if focused_matches(&session, "button.embed-button") {
            break;
        }
        session.press_with(keys::SHIFT, keys::TAB).unwrap();
    }
    assert!(focused_matches(&session, "button.embed-button"));
    session.press(&[keys::ENTER]).unwrap();
    session
        .wait_for("dialog.embed-dialog[open]", STEP_TIMEOUT)
        .unwrap();
    wait_for_preview(&session);
    // Through its five other controls (not past the last: browsers then move to their own UI).
    for _ in 0..5 {
        session.press(&[keys::TAB]).unwrap();
        assert!(
            focused_matches(&session, "dialog.embed-dialog *"),
            "a modal dialog keeps focus"
        );
    }
    session.press(&[keys::ESCAPE]).unwrap();
    session
        .wait_until("the dialog to close", STEP_TIMEOUT, |s| {
            Ok(s.find_all("dialog.embed-dialog[open]")?.is_empty())
        })
        .unwrap();
    assert!(focused_matches(&session, "button.embed-button"));
}
