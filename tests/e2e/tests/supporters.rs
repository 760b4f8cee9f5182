//! The Paris Call supporters view end to end: search in both languages, facets, sort,
//! export content, deep links, a DOM that grows only as the reader scrolls.

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
            Ok(status(s) == "1,222 of 1,222 supporters shown")
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
        let wanted = format!("{expected} of 1,222 supporters shown");
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
            Ok(status(s) == "81 of 1,222 supporters shown")
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
            Ok(status(s) == "1,222 of 1,222 supporters shown")
        })
        .unwrap();
}

#[test]
fn sorting_by_join_date_puts_the_launch_first_and_sets_aria_sort() {
    let session = browser();
    open(&session, "#/supporters?lang=en");
    click_joined(&session, "sort=joined", "ascending");
    let first_date = text_of(
        &session,
        ".supporter-table tbody tr:first-child td.col-joined",
    );
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
            Ok(status(s).starts_with("8 soutiens affichés sur"))
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
            && detail.contains("sur la liste officielle depuis le 16 septembre 2019 au plus tard"),
        "{detail}"
    );
}

/// The table scrolls with the page (no scroll box of its own) and holds a page of rows at a
/// time: more arrive as the reader nears its end.
#[test]
fn rows_arrive_as_the_page_scrolls() {
    let session = browser();
    open(&session, "#/supporters?lang=en");
    let rows = |s: &Session| {
        s.execute(
            "return document.querySelectorAll('.supporter-table tbody tr').length",
            vec![],
        )
        .unwrap()
        .as_u64()
        .unwrap()
    };
    let first = rows(&session);
    assert!(
        (20..=60).contains(&first),
        "{first} rows rendered at first for 1,222 supporters"
    );
    let scroll_boxes = session
        .execute(
            "return [...document.querySelectorAll('main *')].filter(e => {
               const style = getComputedStyle(e);
               return /(auto|scroll)/.test(style.overflowY) && e.scrollHeight > e.clientHeight + 1
                 && e.closest('.supporter-table, .results');
             }).length",
            vec![],
        )
        .unwrap();
    assert_eq!(
        scroll_boxes.as_u64(),
        Some(0),
        "no scroll box around the results"
    );
    for _ in 0..3 {
        session
            .execute("window.scrollTo(0, document.body.scrollHeight)", vec![])
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(300));
    }
    session
        .wait_until("more rows", STEP_TIMEOUT, |s| Ok(rows(s) > first))
        .unwrap();
}

/// The country of each row rendered, in order.
fn row_countries(session: &Session) -> Vec<String> {
    session
        .find_all(".supporter-table tbody .col-country")
        .unwrap()
        .iter()
        .map(|e| session.text(e).unwrap())
        .collect()
}

#[test]
fn a_country_code_lists_that_countrys_supporters_first() {
    let session = browser();
    open(&session, "#/supporters?lang=en");
    search(&session, "MAR");
    session
        .wait_until("the search for MAR", STEP_TIMEOUT, |s| {
            Ok(s.current_url()?.contains("q=MAR") && row_countries(s).len() > 5)
        })
        .unwrap();
    let countries = row_countries(&session);
    let moroccan = countries.iter().take_while(|c| *c == "Morocco").count();
    assert!(
        moroccan >= 2,
        "Morocco's supporters come first: {countries:?}"
    );
    assert!(
        !countries[moroccan..].iter().any(|c| c == "Morocco"),
        "all of them, before the names that only contain \"mar\" (Denmark, Colmar…): {countries:?}"
    );
    assert!(countries.len() > moroccan, "{countries:?}");
}

#[test]
fn a_world_region_narrows_in_one_click_and_shows_as_a_chip() {
    let session = browser();
    open(&session, "#/supporters?lang=en");
    // Regions come by name: Africa first, its sub-regions after it.
    let first = "fieldset.regions > div:first-of-type";
    assert!(text_of(&session, first).starts_with("Africa"));
    let count = text_of(&session, &format!("{first} .count"));
    session
        .click(&session.find(&format!("{first} input")).unwrap())
        .unwrap();
    let wanted = format!("{count} of 1,222 supporters shown");
    session
        .wait_until(&wanted, STEP_TIMEOUT, |s| Ok(status(s) == wanted))
        .unwrap();
    assert!(session.current_url().unwrap().contains("region=002"));
    assert_eq!(text_of(&session, ".chips .chip span"), "Africa");
    let countries = row_countries(&session);
    assert!(countries.iter().any(|c| c == "Nigeria"), "{countries:?}");
    assert!(
        !countries
            .iter()
            .any(|c| ["France", "United States", "Japan"].contains(&c.as_str())),
        "{countries:?}"
    );
}

#[test]
fn a_name_that_is_no_supporter_says_so_and_leads_to_where_it_appears() {
    let session = browser();
    open(&session, "#/supporters?lang=fr");
    search(&session, "Jordanie");
    session
        .wait_until("the explanation", STEP_TIMEOUT, |s| {
            Ok(!s.find_all(".not-supporters a").unwrap().is_empty())
        })
        .unwrap();
    assert_eq!(
        text_of(&session, ".not-supporters p"),
        "Jordanie ne fait pas partie des soutiens de l’Appel de Paris."
    );
    let link = session.find(".not-supporters a").unwrap();
    let promised = session.text(&link).unwrap();
    assert!(
        promised.starts_with("Jordanie dans la chronologie"),
        "{promised}"
    );
    session.click(&link).unwrap();
    session
        .wait_until("the timeline of Jordan", STEP_TIMEOUT, |s| {
            let url = s.current_url()?;
            Ok(url.contains("#/timeline") && url.contains("actor=jordan"))
        })
        .unwrap();
    let items = session.find_all(".event-item a").unwrap();
    let events = promised
        .rsplit(':')
        .next()
        .and_then(|tail| tail.split_whitespace().next())
        .and_then(|n| n.parse::<usize>().ok())
        .expect("the link says how many events");
    assert_eq!(items.len(), events, "{promised}");
}
