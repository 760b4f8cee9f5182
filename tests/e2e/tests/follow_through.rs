//! What became of each promise, end to end: the status filter shared with the timeline, the
//! links from a commitment to its outcomes and back, the order by days, the export.

use lafayette_e2e::webdriver::Session;
use lafayette_e2e::*;

fn rows(session: &Session) -> usize {
    session.find_all("#follow-table tbody tr").unwrap().len()
}

fn open_table(session: &Session, hash: &str) {
    open(session, hash);
    session
        .wait_for("#follow-table tbody tr", STEP_TIMEOUT)
        .unwrap();
}

fn script(session: &Session, js: &str) -> serde_json::Value {
    session.execute(js, vec![]).unwrap()
}

#[test]
fn a_status_narrows_the_table_and_the_timeline_alike() {
    let session = browser();
    open_table(&session, "#/follow-through?lang=en");
    let total = rows(&session);
    assert!(total >= 30, "{total} commitments");
    assert_eq!(
        text_of(&session, "#follow-status"),
        format!("{total} of {total} commitments shown")
    );
    let toggle = session.find(".status-toggle.status-not-done").unwrap();
    let wanted: usize = text_of(&session, ".status-toggle.status-not-done .count")
        .parse()
        .unwrap();
    assert!(wanted > 0 && wanted < total);
    session.click(&toggle).unwrap();
    session
        .wait_until("only the commitments not done", STEP_TIMEOUT, |s| {
            Ok(s.find_all("#follow-table tbody tr")?.len() == wanted)
        })
        .unwrap();
    let badges = script(
        &session,
        "return [...document.querySelectorAll('#follow-table tbody tr')]
           .map(row => row.querySelector('.col-status .badge').className)",
    );
    for badge in badges.as_array().unwrap() {
        assert!(
            badge.as_str().unwrap().contains("status-not-done"),
            "{badge}"
        );
    }
    assert_eq!(
        session
            .attribute(&toggle, "aria-pressed")
            .unwrap()
            .as_deref(),
        Some("true")
    );
    assert!(session.current_url().unwrap().contains("status=not-done"));
    save_screenshot(&session, "follow-through-not-done-en");
    // The same choice holds on the timeline: a chip says so, and only outcomes that did not
    // keep a promise, or the events where such a promise was made, are listed.
    session
        .click(&session.find("nav.nav a[href*='timeline']").unwrap())
        .unwrap();
    session
        .wait_for(".chips .chip, .chip", STEP_TIMEOUT)
        .unwrap();
    assert!(text_of(&session, "main").contains("Not done"));
    let listed = script(
        &session,
        "return document.querySelectorAll('.event-item').length",
    );
    let listed = listed.as_u64().unwrap();
    assert!(listed > 0, "some events stand for a promise not kept");
    let outcomes = script(
        &session,
        "return [...document.querySelectorAll('.event-item .badge[class*=effect-]')]
           .map(badge => badge.className)",
    );
    for badge in outcomes.as_array().unwrap() {
        assert!(
            badge.as_str().unwrap().contains("effect-not-done"),
            "{badge}"
        );
    }
}

#[test]
fn a_commitment_leads_to_its_outcome_and_the_outcome_back_to_it() {
    let session = browser();
    open_table(&session, "#/follow-through?lang=fr&sel=space-norms-us");
    let seen = script(
        &session,
        "const row = document.getElementById('commitment-space-norms-us');
         const box = row.getBoundingClientRect();
         return [row.classList.contains('selected'), box.top >= 0 && box.top < innerHeight];",
    );
    assert_eq!(
        seen,
        serde_json::json!([true, true]),
        "the named row, in view"
    );
    let outcome = session
        .find("#commitment-space-norms-us .outcomes a")
        .unwrap();
    let title = session.text(&outcome).unwrap();
    session.click(&outcome).unwrap();
    session
        .wait_for("#event-detail[open]", STEP_TIMEOUT)
        .unwrap();
    assert_eq!(text_of(&session, "#event-detail-title"), title);
    assert!(text_of(&session, "#event-detail").contains("Ce à quoi cette suite répond"));
    save_screenshot(&session, "follow-through-outcome-detail-fr");
    let back = session
        .find("#event-detail .answers a[href*='sel=space-norms-us']")
        .unwrap();
    session.click(&back).unwrap();
    session
        .wait_for("#commitment-space-norms-us.selected", STEP_TIMEOUT)
        .unwrap();
    assert!(session.current_url().unwrap().contains("lang=fr"));
}

#[test]
fn days_sort_in_order_with_unknown_last_and_the_export_holds_what_is_shown() {
    let session = browser();
    open_table(&session, "#/follow-through?lang=en");
    session
        .click(&session.find("th.col-days button").unwrap())
        .unwrap();
    session
        .wait_until("sorted by days", STEP_TIMEOUT, |s| {
            Ok(s.current_url()?.contains("sort=days"))
        })
        .unwrap();
    let days = script(
        &session,
        "return [...document.querySelectorAll('#follow-table tbody .col-days')]
           .map(cell => cell.textContent.replace(/[^0-9−]/g, ''))",
    );
    let days: Vec<Option<i64>> = days
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let d = d.as_str().unwrap().replace('−', "-");
            (!d.is_empty()).then(|| d.parse().unwrap())
        })
        .collect();
    let known: Vec<i64> = days.iter().flatten().copied().collect();
    assert!(known.windows(2).all(|w| w[0] <= w[1]), "{days:?}");
    let first_unknown = days.iter().position(Option::is_none).unwrap_or(days.len());
    assert!(
        days[first_unknown..].iter().all(Option::is_none),
        "unknown last: {days:?}"
    );
    // Only the commitments with no public record, exported as shown.
    session
        .click(&session.find(".status-toggle.status-no-record").unwrap())
        .unwrap();
    let wanted: usize = text_of(&session, ".status-toggle.status-no-record .count")
        .parse()
        .unwrap();
    session
        .wait_until("the commitments with no record", STEP_TIMEOUT, |s| {
            Ok(s.find_all("#follow-table tbody tr")?.len() == wanted)
        })
        .unwrap();
    let csv = read_export(&session, "follow-export-csv");
    let lines: Vec<&str> = csv.lines().collect();
    assert!(
        lines[0].contains("commitment,promise,who,promised,status"),
        "{csv}"
    );
    assert_eq!(lines.len(), wanted + 1, "{csv}");
    assert!(lines[1..].iter().all(|line| line.contains(",no-record,")));
}
