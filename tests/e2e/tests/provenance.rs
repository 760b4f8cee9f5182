//! Provenance end to end: a quote leads to its source and back; every download serves a file
//! whose content matches the data in the app.

use lafayette_e2e::*;

#[test]
fn a_quote_leads_from_its_source_to_the_record_and_back() {
    let session = browser();
    open(&session, "#/sources?lang=en");
    let quote = session
        .find("li[id='q.event.us-joins-paris-call.0']")
        .unwrap();
    assert!(session.text(&quote).unwrap().contains(
        "Vice President Harris is announcing the U.S. decision to support the Paris Call"
    ));
    let record = session
        .find("li[id='q.event.us-joins-paris-call.0'] .supports a")
        .unwrap();
    let href = session.attribute(&record, "href").unwrap().unwrap();
    assert!(href.contains("sel=us-joins-paris-call"), "{href}");
    // And back: the quote's own link selects it in the Sources view.
    open(
        &session,
        "#/sources?lang=en&sel=q.event.us-joins-paris-call.0",
    );
    let selected = session.find("li.quote.selected").unwrap();
    assert_eq!(
        session.attribute(&selected, "id").unwrap().as_deref(),
        Some("q.event.us-joins-paris-call.0")
    );
}

#[test]
fn every_download_serves_a_file_matching_the_app() {
    let session = browser();
    open(&session, "#/about?lang=en");
    let links = session.find_all(".downloads a").unwrap();
    assert_eq!(
        links.len(),
        17,
        "JSON, README, 14 tables (regions.csv the latest) and the offline page"
    );
    let counts = text_of(&session, ".counts");
    for link in links {
        let href = session
            .property(&link, "href")
            .unwrap()
            .as_str()
            .unwrap()
            .to_string();
        let body = session
            .execute("const r = new XMLHttpRequest(); r.open('GET', arguments[0], false); r.send(); return [r.status, r.responseText];", vec![serde_json::json!(href)])
            .unwrap();
        assert_eq!(body[0], 200, "{href}");
        let text = body[1].as_str().unwrap();
        if href.ends_with("supporters.csv") {
            assert_eq!(
                text.trim_end().split("\r\n").count(),
                1223,
                "1,222 supporters and a header"
            );
            assert!(counts.contains("1,222 Paris Call supporters"));
        }
        if href.ends_with("events.csv") {
            let events = counts.split(" events").next().unwrap().trim().to_string();
            assert_eq!(
                text.trim_end().split("\r\n").count() - 1,
                events.parse::<usize>().unwrap(),
                "{counts}"
            );
        }
        if href.ends_with(".json") {
            assert!(text.contains("\"supporters\""));
            let version = text_of(&session, ".version");
            assert!(text.contains(&format!("\"version\": \"{version}\"")));
        }
    }
}

#[test]
fn without_javascript_the_page_says_what_it_is_and_links_the_data() {
    let session = browser();
    open(&session, "#/about?lang=en");
    // With scripting on, a <noscript> element's content is plain text: its markup can be read.
    let noscript = session
        .execute(
            "return document.querySelector('noscript').textContent",
            vec![],
        )
        .unwrap();
    let noscript = noscript.as_str().unwrap();
    assert!(noscript.contains("Lafayette lets you explore US–France cooperation"));
    for file in ["lafayette-dataset.json", "README.md", "supporters.csv"] {
        assert!(
            noscript.contains(&format!("href=\"data/{file}\"")),
            "{file}"
        );
        let status = session
            .execute("const r = new XMLHttpRequest(); r.open('GET', arguments[0], false); r.send(); return r.status;", vec![serde_json::json!(format!("data/{file}"))])
            .unwrap();
        assert_eq!(status, 200, "{file} is served next to the page");
    }
}
