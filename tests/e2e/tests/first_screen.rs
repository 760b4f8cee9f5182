//! Content before code: each view's first screen arrives as HTML built from the same
//! components, so a reader sees real events, rows and numbers before the wasm; a link to any
//! view shows that view first; then the app takes over with no jump, no flash of another view
//! or language, and no lost input. Readers without JavaScript get the same content.

use lafayette_e2e::server::StaticServer;
use lafayette_e2e::webdriver::Session;
use lafayette_e2e::*;
use serde_json::json;
use std::path::PathBuf;
use std::time::Duration;

/// Long enough to look at the page before the code arrives.
const WASM_DELAY: Duration = Duration::from_secs(4);

fn dist() -> PathBuf {
    PathBuf::from(std::env::var("LAFAYETTE_DIST").expect("LAFAYETTE_DIST"))
}

/// Whether the app has started (its first mark).
fn app_started(session: &Session) -> bool {
    session
        .execute(
            "return performance.getEntriesByName('lafayette:start').length > 0",
            vec![],
        )
        .unwrap()
        == json!(true)
}

/// Opens `address` and waits for the page to be parsed, not for the app.
fn open_early(session: &Session, address: &str) {
    session.goto(address).expect("navigation");
    session
        .wait_for("#prerendered main h2", LOAD_TIMEOUT)
        .expect("the prerendered view");
}

/// What each view's first screen holds, in each language: its heading and real content.
const FIRST_SCREENS: [(&str, &str, &str, &str); 12] = [
    (
        "timeline",
        "en",
        "Timeline",
        "Harris and Macron meet at the Élysée",
    ),
    (
        "timeline",
        "fr",
        "Chronologie",
        "Rencontre Harris–Macron à l’Élysée",
    ),
    (
        "supporters",
        "en",
        "Paris Call supporters",
        "Aapti Institute",
    ),
    (
        "supporters",
        "fr",
        "Soutiens de l’Appel de Paris",
        "1 222 soutiens dans 112 pays",
    ),
    (
        "matrix",
        "en",
        "Cooperation matrix",
        "Space Climate Observatory",
    ),
    (
        "matrix",
        "fr",
        "Matrice de coopération",
        "Observatoire spatial du climat",
    ),
    (
        "sources",
        "en",
        "Sources",
        "will establish a regular bilateral dialogue",
    ),
    ("sources", "fr", "Sources", "Troisième cyber dialogue"),
    (
        "follow-through",
        "en",
        "What became of each promise",
        "Host the next cyber dialogue in Washington",
    ),
    (
        "follow-through",
        "fr",
        "Suites données aux engagements",
        "Aucune trace publique",
    ),
    ("about", "en", "About", "How the dataset was built"),
    (
        "about",
        "fr",
        "À propos",
        "Comment le jeu de données a été construit",
    ),
];

#[test]
fn each_view_shows_its_first_screen_before_the_code() {
    let server = StaticServer::slow_wasm(dist(), SUB_PATH, WASM_DELAY);
    let session = browser();
    for (view, lang, heading, content) in FIRST_SCREENS {
        open_early(&session, &format!("{}{view}.{lang}.html", server.url()));
        assert!(
            !app_started(&session),
            "{view} {lang}: the code is held back"
        );
        assert_eq!(text_of(&session, "main h2"), heading, "{view} {lang}");
        let html_lang = session
            .execute("return document.documentElement.lang", vec![])
            .unwrap();
        assert_eq!(html_lang, json!(lang));
        let main = words_of(&session, "main");
        assert!(main.contains(content), "{view} {lang}: {content}");
    }
    save_screenshot(&session, "before-the-code-about-fr");
}

#[test]
fn a_link_to_any_view_shows_that_view_first() {
    let server = StaticServer::slow_wasm(dist(), SUB_PATH, WASM_DELAY);
    let session = browser();
    // An address from before the built pages: the root page with a view in its hash.
    open_early(&session, &format!("{}#/matrix?lang=fr", server.url()));
    assert!(!app_started(&session));
    assert_eq!(text_of(&session, "main h2"), "Matrice de coopération");
    assert!(session
        .current_url()
        .unwrap()
        .ends_with("matrix.fr.html#/matrix?lang=fr"));
}

/// The boxes of the page's landmarks, to compare before and after the app takes over.
const LANDMARKS: &str = "return ['main h2', 'nav.nav', '.filter-bar, .finder, .matrix-view .lead, .source-card, .prose .lead',
    '.event-list li, .supporter-table tbody tr, table.matrix tbody tr, .quote, .counts']
    .map(css => { const e = document.querySelector(css); if (!e) return null;
      const box = e.getBoundingClientRect(); return [css, Math.round(box.left), Math.round(box.top), Math.round(box.width)]; });";

#[test]
fn the_app_takes_over_without_a_jump_or_a_flash() {
    let server = StaticServer::slow_wasm(dist(), SUB_PATH, Duration::from_secs(2));
    let session = browser();
    resize(&session, 1366, 768);
    for (view, lang, heading, _) in FIRST_SCREENS {
        open_early(&session, &format!("{}{view}.{lang}.html", server.url()));
        // Record every heading the page shows, and the lang, as the app arrives.
        session
            .execute(
                "window.seen = new Set(); const note = () => { const h = document.querySelector('main h2');
                   if (h) seen.add(h.textContent + '|' + document.documentElement.lang); };
                 note(); new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });",
                vec![],
            )
            .unwrap();
        let before = session.execute(LANDMARKS, vec![]).unwrap();
        session
            .wait_until("the app", LOAD_TIMEOUT, |s| {
                Ok(app_started(s) && s.find_all("#prerendered")?.is_empty())
            })
            .unwrap();
        let after = session.execute(LANDMARKS, vec![]).unwrap();
        assert_eq!(
            before, after,
            "{view} {lang}: the page moved as the app took over"
        );
        let seen = session.execute("return [...window.seen]", vec![]).unwrap();
        assert_eq!(
            seen,
            json!([format!("{heading}|{lang}")]),
            "{view} {lang}: no other view or language showed"
        );
    }
}

#[test]
fn what_the_reader_types_before_the_code_is_kept() {
    let server = StaticServer::slow_wasm(dist(), SUB_PATH, Duration::from_secs(3));
    let session = browser();
    open_early(&session, &format!("{}supporters.fr.html", server.url()));
    let search = session.find("#prerendered #supporter-search").unwrap();
    session.click(&search).unwrap();
    session.type_into(&search, "Maroc").unwrap();
    session
        .wait_until("the app", LOAD_TIMEOUT, |s| {
            Ok(app_started(s) && s.find_all("#prerendered")?.is_empty())
        })
        .unwrap();
    session
        .wait_until("the search to apply", STEP_TIMEOUT, |s| {
            Ok(s.current_url()?.contains("q=Maroc"))
        })
        .unwrap();
    let value = session
        .execute(
            "return document.getElementById('supporter-search').value",
            vec![],
        )
        .unwrap();
    assert_eq!(value, json!("Maroc"));
    assert!(!text_of(&session, "#supporters-status").starts_with("1\u{202f}222"));
    let focused = session
        .execute("return document.activeElement.id", vec![])
        .unwrap();
    assert_eq!(
        focused,
        json!("supporter-search"),
        "focus stays in the search box"
    );
}

/// Readers without JavaScript, search engines and link previews: the built pages hold the
/// content, their title and description, and the data links.
#[test]
fn without_javascript_every_page_holds_its_content() {
    for (view, lang, heading, content) in FIRST_SCREENS {
        let file = dist().join(format!("{view}.{lang}.html"));
        let html = std::fs::read_to_string(&file).unwrap();
        assert!(html.contains(&format!(">{heading}</h2>")), "{view} {lang}");
        assert!(
            html.replace('\u{202f}', " ").contains(content),
            "{view} {lang}: {content}"
        );
        assert!(html.contains(&format!("<html lang=\"{lang}\"")));
        assert!(html.contains("<meta property=\"og:title\""));
        assert!(
            html.contains("href=\"data/lafayette-dataset.json\""),
            "the noscript links"
        );
        assert!(
            !html.contains(" style=\""),
            "no inline style for a strict CSP"
        );
    }
}
