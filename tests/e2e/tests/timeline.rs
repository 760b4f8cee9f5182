//! The timeline end to end: zoom, filter, selection, deep link, keyboard, narrow layout,
//! and the table behind the supporters chart.

use lafayette_e2e::webdriver::{keys, Session};
use lafayette_e2e::*;

fn marks(session: &Session) -> usize {
    session.find_all(".chart .mark").unwrap().len()
}

#[test]
fn zooming_to_the_paris_trip_shows_its_days_and_fewer_marks() {
    let session = browser();
    open(&session, "#/timeline?lang=en");
    let before = marks(&session);
    session.click(&session.find("#zoom-trip").unwrap()).unwrap();
    session
        .wait_until("day ticks", STEP_TIMEOUT, |s| {
            Ok(text_of(s, ".axis").contains("10 November 2021"))
        })
        .unwrap();
    let during = marks(&session);
    assert!(
        during > 0 && during < before,
        "{during} marks in the trip, {before} before"
    );
    assert!(text_of(&session, ".chart").contains("Harris and Macron meet at the Élysée"));
    let axis = text_of(&session, ".axis");
    session.click(&session.find("#zoom-out").unwrap()).unwrap();
    session
        .wait_until("a wider axis", STEP_TIMEOUT, |s| {
            Ok(text_of(s, ".axis") != axis)
        })
        .unwrap();
    assert!(
        marks(&session) >= during,
        "zooming out never hides what was in view"
    );
}

#[test]
fn the_shared_filter_narrows_the_timeline_and_lives_in_the_url() {
    let session = browser();
    open(&session, "#/timeline?lang=en");
    let area = session.find("#filter-area option[value='space']").unwrap();
    session
        .click(&session.find("#filter-area").unwrap())
        .unwrap();
    session.click(&area).unwrap();
    session
        .wait_until("the space filter", STEP_TIMEOUT, |s| {
            Ok(s.current_url()?.contains("area=space"))
        })
        .unwrap();
    let status = text_of(&session, "#filter-status");
    assert!(
        status.contains("(the filter keeps")
            && status.contains(&format!("of {})", dataset_events())),
        "{status}"
    );
    let items: Vec<String> = session
        .find_all(".event-item a")
        .unwrap()
        .iter()
        .map(|e| session.text(e).unwrap())
        .collect();
    assert!(
        items
            .iter()
            .any(|t| t.contains("Comprehensive Dialogue on Space")),
        "{items:?}"
    );
    assert!(!items.iter().any(|t| t.contains("Libya")));
    // The filter follows to another view and back.
    open(&session, "#/sources?lang=en&area=space");
    open(&session, "#/timeline?lang=en&area=space");
    assert_eq!(text_of(&session, "#filter-status"), status);
}

#[test]
fn selecting_an_event_opens_its_details_with_quotes_and_deep_links_to_it() {
    let session = browser();
    open(&session, "#/timeline?lang=en&sel=sco-commitment");
    session.wait_for("#event-detail", STEP_TIMEOUT).unwrap();
    let detail = text_of(&session, "#event-detail");
    assert!(detail.contains("10 November 2021"));
    assert!(
        detail.contains("the United States is committed to joining the Space Climate Observatory")
    );
    let quote_link = session.find("#event-detail .quote a").unwrap();
    let href = session.attribute(&quote_link, "href").unwrap().unwrap();
    assert!(
        href.contains("#/sources") && href.contains("sel=q.event.sco-commitment.0"),
        "{href}"
    );
    session.click(&quote_link).unwrap();
    session
        .wait_until("the quote in Sources", STEP_TIMEOUT, |s| {
            Ok(!s.find_all("li.quote.selected")?.is_empty())
        })
        .unwrap();
    let back = session.find("li.quote.selected .supports a").unwrap();
    session.click(&back).unwrap();
    session.wait_for("#event-detail", STEP_TIMEOUT).unwrap();
    assert!(text_of(&session, "#event-detail h3").contains("Space Climate Observatory"));
}

#[test]
fn keyboard_moves_between_events_opens_and_closes() {
    let session = browser();
    open(&session, "#/timeline?lang=en");
    session
        .execute("document.querySelector('.event-list').focus()", vec![])
        .unwrap();
    let list = session.find(".event-list").unwrap();
    let first = session
        .attribute(&list, "aria-activedescendant")
        .unwrap()
        .unwrap();
    assert_eq!(
        first, "item-space-cooperation-begins",
        "chronological: c. 1961 first"
    );
    session.press(&[keys::DOWN, keys::DOWN]).unwrap();
    let third = session
        .attribute(&list, "aria-activedescendant")
        .unwrap()
        .unwrap();
    assert_ne!(third, first);
    session.press(&[keys::ENTER]).unwrap();
    session.wait_for("#event-detail", STEP_TIMEOUT).unwrap();
    let id = third.trim_start_matches("item-");
    assert!(session
        .current_url()
        .unwrap()
        .contains(&format!("sel={id}")));
    session.press(&[keys::ESCAPE]).unwrap();
    session
        .wait_until("closed", STEP_TIMEOUT, |s| {
            Ok(s.find_all("#event-detail")?.is_empty())
        })
        .unwrap();
    session.press(&[keys::END]).unwrap();
    let last = session
        .execute(
            "const items = document.querySelectorAll('.event-list .event-item');
             return items[items.length - 1].id",
            vec![],
        )
        .unwrap();
    assert_eq!(
        session
            .attribute(&list, "aria-activedescendant")
            .unwrap()
            .as_deref(),
        last.as_str(),
        "End goes to the latest event"
    );
    assert_ne!(last.as_str(), Some(first.as_str()));
}

#[test]
fn narrow_screens_get_the_vertical_chronological_list() {
    let session = browser();
    session.set_window_size(400, 900).unwrap();
    open(&session, "#/timeline?lang=fr");
    let chart_shown = session
        .execute(
            "return getComputedStyle(document.querySelector('.chart')).display",
            vec![],
        )
        .unwrap();
    assert_eq!(chart_shown.as_str(), Some("none"));
    let times: Vec<String> = session
        .find_all(".event-item time")
        .unwrap()
        .iter()
        .map(|t| session.attribute(t, "datetime").unwrap().unwrap())
        .collect();
    assert_eq!(
        times.len(),
        dataset_events(),
        "every event, on a narrow screen"
    );
    assert_eq!(times[0], "1961");
    let dates = text_of(&session, ".event-list");
    assert!(
        dates.contains("vers 1961") && dates.contains("avant le 10 novembre 2021"),
        "honest dates in French"
    );
    save_screenshot(&session, "timeline-narrow-fr");
}

#[test]
fn the_supporters_chart_has_a_table_alternative() {
    let session = browser();
    open(&session, "#/timeline?lang=en");
    let summary = session.find(".supporters-over-time summary").unwrap();
    session.click(&summary).unwrap();
    session
        .wait_for(".supporters-over-time table", STEP_TIMEOUT)
        .unwrap();
    let rows = session
        .find_all(".supporters-over-time table tbody tr")
        .unwrap();
    assert_eq!(rows.len(), 77, "one row per count");
    assert_eq!(
        session
            .find_all(".supporters-over-time svg path")
            .unwrap()
            .len(),
        5,
        "one area per category"
    );
    let annotations = text_of(&session, ".supporters-over-time .plot");
    assert!(annotations.contains("Launch") && annotations.contains("US joins"));
    // A reading of any date, by keyboard.
    let plot = session.find(".supporters-over-time .plot").unwrap();
    session.click(&plot).unwrap();
    session
        .press(&[lafayette_e2e::webdriver::keys::END])
        .unwrap();
    session
        .wait_until("the latest count", STEP_TIMEOUT, |s| {
            Ok(text_of(s, ".supporters-over-time .reading").contains("1,222 supporters"))
        })
        .unwrap();
    session
        .press(&[lafayette_e2e::webdriver::keys::HOME])
        .unwrap();
    session
        .wait_until("the first count", STEP_TIMEOUT, |s| {
            Ok(text_of(s, ".supporters-over-time .reading").starts_with("16 September 2019"))
        })
        .unwrap();
}
