//! The Paris Call supporters view end to end: search in both languages, facets, sort,
//! export content, deep links, bounded DOM.

use lafayette_e2e::webdriver::Session;
use lafayette_e2e::*;

fn status(session: &Session) -> String {
    text_of(session, "#supporters-status")
}

fn first_names(session: &Session, count: usize) -> Vec<String> {
    session
        .find_all(".supporter-table tbody th a")
        .unwrap()
        .iter()
        .take(count)
        .map(|e| session.text(e).unwrap())
        .collect()
}

fn search(session: &Session, text: &str) {
    let input = session.find("#supporter-search").unwrap();
    session.clear(&input).unwrap();
    session.type_into(&input, text).unwrap();
}

#[test]
fn search_ignores_case_and_accents_and_works_in_both_languages() {
    let session = browser();
    open(&session, "#/supporters?lang=en");
    session
        .wait_until("all supporters", STEP_TIMEOUT, |s| {
            Ok(status(s) == "1,222 of 1,222 shown")
        })
        .unwrap();
    // The same 35 supporters based in Germany, found in French, by code, and in English (which
    // also finds the "American Chamber of Commerce in Germany", a name with the word in it).
    for (query, expected) in [
        ("etats unis", 155),
        ("États-Unis", 155),
        ("Allemagne", 35),
        ("DEU", 35),
        ("GERMANY", 36),
    ] {
        search(&session, query);
        let wanted = format!("{expected} of 1,222 shown");
        session
            .wait_until(&format!("{wanted} for {query}"), STEP_TIMEOUT, |s| {
                Ok(status(s) == wanted)
            })
            .unwrap();
    }
    search(&session, "allemagne etat");
    session
        .wait_until("the state itself", STEP_TIMEOUT, |s| {
            Ok(first_names(s, 5) == vec!["Germany".to_string()])
        })
        .unwrap();
    search(&session, "université");
    session
        .wait_until("universities", STEP_TIMEOUT, |s| {
            Ok(!status(s).starts_with("1,222") && !status(s).starts_with("0 "))
        })
        .unwrap();
    assert!(
        session.current_url().unwrap().contains("q=universit%C3%A9"),
        "the search is in the URL"
    );
}

#[test]
fn facets_narrow_with_live_counts_and_the_empty_state_leads_back() {
    let session = browser();
    open(&session, "#/supporters?lang=en");
    let state_box = session
        .find(".facets fieldset:nth-of-type(1) label:nth-of-type(1) input")
        .unwrap();
    session.click(&state_box).unwrap();
    session
        .wait_until("81 states", STEP_TIMEOUT, |s| {
            Ok(status(s) == "81 of 1,222 shown")
        })
        .unwrap();
    assert!(session.current_url().unwrap().contains("category=state"));
    search(&session, "zzzz-nothing");
    session
        .wait_until("the empty state", STEP_TIMEOUT, |s| {
            Ok(!s.find_all(".empty button").unwrap().is_empty())
        })
        .unwrap();
    session
        .click(&session.find(".empty button").unwrap())
        .unwrap();
    session
        .wait_until("everything again", STEP_TIMEOUT, |s| {
            Ok(status(s) == "1,222 of 1,222 shown")
        })
        .unwrap();
}

#[test]
fn sorting_by_join_date_puts_the_launch_first_and_sets_aria_sort() {
    let session = browser();
    open(&session, "#/supporters?lang=en");
    click_joined(&session, "sort=joined", "ascending");
    let first_date = text_of(&session, ".supporter-table tbody tr:nth-child(2) td.joined");
    assert!(
        first_date.contains("2018"),
        "the earliest join date comes first: {first_date}"
    );
    click_joined(&session, "sort=-joined", "descending");
}

/// Clicks the "Joined" column's sort button and checks that the URL and aria-sort follow.
fn click_joined(session: &Session, in_url: &str, aria_sort: &str) {
    let button = session
        .find(".supporter-table thead th:nth-child(4) button")
        .unwrap();
    session.click(&button).unwrap();
    session
        .wait_until(in_url, STEP_TIMEOUT, |s| {
            Ok(s.current_url()?.contains(in_url))
        })
        .unwrap();
    let header = session
        .find(".supporter-table thead th:nth-child(4)")
        .unwrap();
    assert_eq!(
        session.attribute(&header, "aria-sort").unwrap().as_deref(),
        Some(aria_sort)
    );
}

#[test]
fn export_holds_exactly_the_rows_shown() {
    let session = browser();
    open(
        &session,
        "#/supporters?lang=fr&country=USA&category=state,public-authority",
    );
    session
        .wait_until("the filter", STEP_TIMEOUT, |s| {
            Ok(status(s).starts_with("8 sur"))
        })
        .unwrap();
    let csv = read_export(&session, "export-csv");
    let link = session.find("#export-csv").unwrap();
    assert!(csv.starts_with('\u{feff}'), "a BOM for spreadsheets");
    let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
    assert_eq!(lines.len(), 9, "a header and the 8 rows shown");
    assert!(lines
        .iter()
        .any(|l| l.starts_with("United States,États-Unis,state")));
    assert!(lines[1..].iter().all(|l| l.contains(",USA,")));
    let file = session.attribute(&link, "download").unwrap().unwrap();
    assert!(
        file.starts_with("paris-call-supporters-20") && file.ends_with(".csv"),
        "{file}"
    );
}

#[test]
fn a_supporter_has_its_own_link_with_its_details_and_escape_closes_it() {
    let session = browser();
    open(&session, "#/supporters?lang=en&sel=united_states-state-USA");
    session.wait_for("#supporter-detail", STEP_TIMEOUT).unwrap();
    let detail = text_of(&session, "#supporter-detail");
    assert!(
        detail.contains("10 November 2021") && detail.contains("high confidence"),
        "{detail}"
    );
    session
        .press(&[lafayette_e2e::webdriver::keys::ESCAPE])
        .unwrap();
    session
        .wait_until("closed", STEP_TIMEOUT, |s| {
            Ok(s.find_all("#supporter-detail")?.is_empty())
        })
        .unwrap();
    open(&session, "#/supporters?lang=fr&sel=albanie-state-ALB");
    let detail = text_of(&session, "#supporter-detail");
    assert!(
        detail.contains("Date inconnue")
            && detail.contains("inscrit au plus tard le 16 septembre 2019"),
        "{detail}"
    );
}

#[test]
fn only_the_rows_on_screen_are_in_the_dom() {
    let session = browser();
    open(&session, "#/supporters?lang=en");
    let rows = session
        .find_all(".supporter-table tbody tr:not(.spacer)")
        .unwrap()
        .len();
    assert!(
        rows > 10 && rows < 60,
        "{rows} rows rendered for 1,222 supporters"
    );
    session
        .execute(
            "document.querySelector('.table-scroll').scrollTop = 20000",
            vec![],
        )
        .unwrap();
    session
        .wait_until("rows further down", STEP_TIMEOUT, |s| {
            // One script: the rows are replaced while scrolling, so an element found in one
            // command may be gone by the next.
            let index = s.execute(
                "const row = document.querySelector('.supporter-table tbody tr:not(.spacer)');
                 return row ? Number(row.getAttribute('aria-rowindex')) : 0;",
                vec![],
            )?;
            Ok(index.as_u64().unwrap_or(0) > 400)
        })
        .unwrap();
}
