//! Readers on phones, in every engine: a 390×844 touch viewport (and 360×640). Results right
//! under the search box, filters in a panel that opens and closes, one page scroll, names that
//! wrap, a compact header, detail panels as sheets, no control that does nothing at that
//! width, and targets a finger can hit (on a touch tablet's wide layout too).

use lafayette_e2e::webdriver::{keys, Session};
use lafayette_e2e::*;
use serde_json::{json, Value};

fn number(value: Value) -> f64 {
    value.as_f64().unwrap_or(f64::NAN)
}

fn script(session: &Session, code: &str) -> Value {
    session.execute(code, vec![]).unwrap()
}

#[test]
fn the_first_supporter_found_sits_right_under_the_search_box() {
    let session = phone_browser(PHONE);
    open(&session, "#/supporters?lang=fr");
    let input = session.find("#supporter-search").unwrap();
    session.type_into(&input, "Maroc").unwrap();
    session
        .wait_until("Morocco's supporters", STEP_TIMEOUT, |s| {
            Ok(!text_of(s, "#supporters-status").starts_with("1\u{202f}222"))
        })
        .unwrap();
    let gap = number(script(
        &session,
        "const search = document.getElementById('supporter-search').getBoundingClientRect();
         const first = document.querySelector('.supporter-table tbody tr').getBoundingClientRect();
         return first.top - search.top;",
    ));
    assert!(
        (0.0..=400.0).contains(&gap),
        "the first result is {gap} px under the search box"
    );
    save_screenshot(&session, "phone-supporters-search-fr");
}

/// The page is as wide as the phone, and nothing inside it scrolls on its own but a row of
/// cards that snaps sideways (the supporters' highlights, the next card peeking in).
#[test]
fn every_view_fits_the_phone_with_one_page_scroll() {
    for size in [PHONE, SMALL_PHONE] {
        let session = phone_browser(size);
        for view in VIEWS {
            for lang in ["en", "fr"] {
                open(&session, &format!("#/{view}?lang={lang}"));
                let overflow = script(
                    &session,
                    "const width = document.documentElement.clientWidth;
                     const wide = [...document.querySelectorAll('body *')]
                       .filter(e => e.getClientRects().length && e.getBoundingClientRect().right > width + 1
                         && !e.closest('.visually-hidden'))
                       .map(e => e.tagName.toLowerCase() + '.' + e.className);
                     const boxes = [...document.querySelectorAll('main *')].filter(e => {
                       const style = getComputedStyle(e);
                       const sideways = style.scrollSnapType.startsWith('x') && e.scrollHeight <= e.clientHeight + 1;
                       return /(auto|scroll)/.test(style.overflowY + style.overflowX) && !sideways
                         && (e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1);
                     }).map(e => e.tagName.toLowerCase() + '.' + e.className);
                     return [document.documentElement.scrollWidth - width, wide.slice(0, 5), boxes];",
                );
                assert_eq!(
                    overflow[0],
                    json!(0),
                    "{view} {lang} at {size:?} is wider than the phone: {}",
                    overflow[1]
                );
                assert_eq!(
                    overflow[2],
                    json!([]),
                    "{view} {lang} at {size:?} has scroll boxes inside the page"
                );
            }
        }
    }
}

#[test]
fn supporter_names_wrap_instead_of_being_cut() {
    let session = phone_browser(SMALL_PHONE);
    open(&session, "#/supporters?lang=fr");
    let cut = script(
        &session,
        "return [...document.querySelectorAll('.supporter-table tbody th, .supporter-table td')]
           .filter(e => e.scrollWidth > e.clientWidth + 1)
           .map(e => e.textContent);",
    );
    assert_eq!(cut, json!([]), "cut cells");
    let joined_lines = number(script(
        &session,
        "const cell = document.querySelector('.supporter-table td.col-joined');
         return cell.getBoundingClientRect().height / parseFloat(getComputedStyle(cell).lineHeight);",
    ));
    assert!(
        joined_lines <= 2.5,
        "the join date takes {joined_lines} lines"
    );
}

#[test]
fn filters_fold_into_a_panel_that_opens_and_closes() {
    phone_filters_fold();
    // On a desktop the filters are always there, and the button that folds them is not.
    let desktop = browser();
    open(&desktop, "#/supporters?lang=en");
    let hidden = script(
        &desktop,
        "return [...document.querySelectorAll('.facets-toggle')].every(e => !e.getClientRects().length)",
    );
    assert_eq!(hidden, json!(true));
}

/// On a phone (its session closes at the end: WebKit drives one session at a time).
fn phone_filters_fold() {
    let session = phone_browser(PHONE);
    for (hash, panel) in [
        ("#/supporters?lang=en", "#supporter-facets"),
        ("#/timeline?lang=en", "#filter-lists"),
    ] {
        open(&session, hash);
        let toggle = session
            .find(&format!(".facets-toggle[aria-controls='{}']", &panel[1..]))
            .unwrap();
        let shown = |s: &Session| {
            s.execute(
                "return document.querySelector(arguments[0]).getClientRects().length > 0",
                vec![json!(panel)],
            )
            .unwrap()
                == json!(true)
        };
        assert!(!shown(&session), "{panel} starts folded");
        assert_eq!(
            session
                .attribute(&toggle, "aria-expanded")
                .unwrap()
                .as_deref(),
            Some("false")
        );
        session.click(&toggle).unwrap();
        session
            .wait_until("the panel to open", STEP_TIMEOUT, |s| Ok(shown(s)))
            .unwrap();
        assert_eq!(
            session
                .attribute(&toggle, "aria-expanded")
                .unwrap()
                .as_deref(),
            Some("true")
        );
        // Each list the panel's full width: the wide layout's rules once right-aligned them
        // at 14rem, leaving the left half of the phone empty.
        let narrow = script(
            &session,
            &format!(
                "const panel = document.querySelector('{panel}').getBoundingClientRect();
                 return [...document.querySelectorAll('{panel} select')]
                   .map(e => e.getBoundingClientRect())
                   .filter(box => box.left > panel.left + 1 || box.width < panel.width - 2).length"
            ),
        );
        assert_eq!(narrow, json!(0), "{panel}: lists narrower than the panel");
        save_screenshot(&session, &format!("phone-filters-{}", &panel[1..]));
        session.click(&toggle).unwrap();
        session
            .wait_until("the panel to fold", STEP_TIMEOUT, |s| Ok(!shown(s)))
            .unwrap();
    }
}

#[test]
fn the_header_leaves_the_screen_to_the_content() {
    let session = phone_browser(PHONE);
    for lang in ["en", "fr"] {
        open(&session, &format!("#/supporters?lang={lang}"));
        let height = number(script(
            &session,
            "return document.querySelector('header.site-header').getBoundingClientRect().height",
        ));
        assert!(
            height <= 844.0 / 5.0,
            "the {lang} header takes {height} px of 844"
        );
    }
}

#[test]
fn a_detail_opens_as_a_sheet_with_its_close_control_first() {
    let session = phone_browser(PHONE);
    open(&session, "#/supporters?lang=fr");
    // The rows arrive in a file of their own after the app starts.
    let link = session
        .wait_for(".supporter-table tbody th a", STEP_TIMEOUT)
        .unwrap();
    session.click(&link).unwrap();
    session
        .wait_for("#supporter-detail[open]", STEP_TIMEOUT)
        .unwrap();
    let sheet = script(
        &session,
        "const sheet = document.getElementById('supporter-detail');
         const close = sheet.querySelector('.sheet-close');
         const box = close.getBoundingClientRect();
         return [sheet.matches(':modal'), document.activeElement === close,
                 box.top - sheet.getBoundingClientRect().top, box.width, box.height,
                 sheet.getBoundingClientRect().bottom, innerHeight];",
    );
    assert_eq!(sheet[0], json!(true), "a modal sheet, with a backdrop");
    assert_eq!(sheet[1], json!(true), "focus starts on the close control");
    assert!(
        number(sheet[2].clone()) < 20.0,
        "the close control is at the top"
    );
    assert!(number(sheet[3].clone()) >= 44.0 && number(sheet[4].clone()) >= 44.0);
    assert!(
        (number(sheet[5].clone()) - number(sheet[6].clone())).abs() <= 1.0,
        "a bottom sheet"
    );
    save_screenshot(&session, "phone-supporter-sheet-fr");
    // Focus stays inside while it is open.
    for _ in 0..6 {
        session.press(&[keys::TAB]).unwrap();
        let inside = script(
            &session,
            "return !!document.activeElement.closest('#supporter-detail')",
        );
        assert_eq!(inside, json!(true), "focus left the sheet");
    }
    session.press(&[keys::ESCAPE]).unwrap();
    session
        .wait_until("the sheet to close", STEP_TIMEOUT, |s| {
            Ok(s.find_all("#supporter-detail")?.is_empty())
        })
        .unwrap();
    let back = script(
        &session,
        "return document.activeElement.matches('.supporter-table tbody th a')",
    );
    assert_eq!(back, json!(true), "focus goes back to the supporter's link");
}

/// A reader who comes to look a supporter up finds the search box on the first screen: the
/// highlights above it scroll sideways on a phone instead of stacking a screen high.
#[test]
fn the_supporters_search_box_is_on_the_first_screen() {
    let session = phone_browser(PHONE);
    for lang in ["en", "fr"] {
        open(&session, &format!("#/supporters?lang={lang}"));
        let (bottom, screen) = (
            number(script(
                &session,
                "return document.getElementById('supporter-search').getBoundingClientRect().bottom",
            )),
            number(script(&session, "return innerHeight")),
        );
        assert!(
            bottom <= screen,
            "in {lang} the search box ends {bottom} px down a {screen} px screen"
        );
    }
}

#[test]
fn no_control_is_shown_that_does_nothing_on_a_phone() {
    let session = phone_browser(PHONE);
    open(&session, "#/timeline?lang=en");
    assert_eq!(
        shown_of(
            &session,
            &[
                ".chart",
                ".overview",
                ".timeline-controls",
                "#timeline-hint"
            ]
        ),
        Vec::<&str>::new(),
        "the chart is not drawn on a phone, so its controls are not shown"
    );
    // The matrix's own controls (its columns, their order, the exports) still serve its cards.
    open(&session, "#/matrix?lang=en");
    let matrix_controls = ["[name=matrix-columns]", "#matrix-csv"];
    assert_eq!(
        shown_of(&session, &matrix_controls),
        matrix_controls,
        "the matrix's controls are shown on a phone"
    );
}

/// Those of `selectors` that match an element drawn on the page.
fn shown_of<'a>(session: &Session, selectors: &[&'a str]) -> Vec<&'a str> {
    selectors
        .iter()
        .copied()
        .filter(|css| {
            session
                .execute(
                    "return [...document.querySelectorAll(arguments[0])].some(e => e.getClientRects().length)",
                    vec![json!(css)],
                )
                .unwrap()
                == json!(true)
        })
        .collect()
}

/// What a finger presses: controls, navigation and list links (links inside running text
/// are exempt, as WCAG's target-size criterion allows).
const TARGETS: &str =
    "button, select, input:not([type=checkbox]):not([type=radio]):not([type=hidden]), \
    summary, a.button, nav a, .chip, .sheet-close, label.check, .segmented label, \
    .supporter-table tbody th a, .event-list a, .highlight h3 a, .downloads a, .steps a";

#[test]
fn every_target_is_at_least_44_px() {
    let small = targets_under_44_px(&phone_browser(PHONE));
    assert!(
        small.is_empty(),
        "targets under 44 px:\n{}",
        small.join("\n")
    );
}

/// A tablet held in landscape gets the wide layout, and a finger is still its pointer: the
/// targets follow the pointer, not the width.
#[test]
fn every_target_is_at_least_44_px_on_a_touch_tablet() {
    if Engine::current() != Engine::Chromium {
        // Only Chromium's DevTools make the pointer a finger (`pointer: coarse`).
        println!("SKIPPED: a touch screen is emulated in the Chromium run only");
        return;
    }
    let session = phone_browser(TABLET);
    let coarse = script(
        &session,
        "return matchMedia('(pointer: coarse)').matches && innerWidth",
    );
    assert_eq!(coarse, json!(TABLET.0), "a touch screen in the wide layout");
    let small = targets_under_44_px(&session);
    assert!(
        small.is_empty(),
        "targets under 44 px on a touch tablet:\n{}",
        small.join("\n")
    );
}

/// Each target under 44 px in either direction, in every view and language.
fn targets_under_44_px(session: &Session) -> Vec<String> {
    let mut small = Vec::new();
    for view in VIEWS {
        for lang in ["en", "fr"] {
            open(session, &format!("#/{view}?lang={lang}"));
            let found = session
                .execute(
                    "return [...document.querySelectorAll(arguments[0])]
                       .filter(e => e.getClientRects().length && !e.closest('.visually-hidden, [hidden], .print-details'))
                       .map(e => [e.getBoundingClientRect(), e])
                       .filter(([box]) => box.width < 43.5 || box.height < 43.5)
                       .map(([box, e]) => `${e.tagName.toLowerCase()}.${e.className} “${e.textContent.trim().slice(0, 30)}” ${Math.round(box.width)}×${Math.round(box.height)}`)",
                    vec![json!(TARGETS)],
                )
                .unwrap();
            for target in found.as_array().unwrap() {
                small.push(format!("{view} {lang}: {}", target.as_str().unwrap()));
            }
        }
    }
    small
}

/// Screenshots for review: every view on a phone and a small phone, in both languages and
/// both themes, per engine (the desktop ones are taken in shell.rs).
#[test]
fn screenshots_of_each_view_on_phones() {
    for (size, name) in [(PHONE, "phone"), (SMALL_PHONE, "small-phone")] {
        let session = phone_browser(size);
        for view in VIEWS {
            for lang in ["en", "fr"] {
                for theme in ["light", "dark"] {
                    open(&session, &format!("#/{view}?lang={lang}&theme={theme}"));
                    let path = save_screenshot(&session, &format!("{name}-{view}-{lang}-{theme}"));
                    assert!(std::fs::metadata(&path).unwrap().len() > 1000);
                }
            }
        }
    }
}
