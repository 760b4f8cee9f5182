//! axe-core (the npm package `cargo xtask test` installs) on every view, in both languages and
//! both themes, plus the states a reader reaches (a selection, the embed, the Embed dialog).

use lafayette_e2e::webdriver::Session;
use lafayette_e2e::*;
use serde_json::Value;

/// WCAG 2.0–2.2 A and AA, and axe's best practices.
const RULES: &str = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']";

/// axe's violations on the current page, one line each: rule, help, first elements.
fn violations(session: &Session) -> Vec<String> {
    let source = std::fs::read_to_string(
        std::env::var("AXE_CORE_JS")
            .expect("AXE_CORE_JS is not set: run the end-to-end tests with `cargo xtask test`"),
    )
    .expect("axe-core's axe.min.js");
    session.execute(&source, vec![]).expect("axe-core loads");
    let found = session
        .execute_async(
            &format!(
                "const done = arguments[arguments.length - 1];\n\
                 axe.run(document, {{ runOnly: {{ type: 'tag', values: {RULES} }}, iframes: false }})\n\
                   .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' at ' +\n\
                     v.nodes.slice(0, 4).map(n => n.target.join(' ')).join(' | '))))\n\
                   .catch(e => done(['axe failed: ' + e]));"
            ),
            vec![],
        )
        .expect("axe runs");
    found
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(str::to_string)
        .collect()
}

fn audit(session: &Session, hashes: &[String]) {
    let mut problems = Vec::new();
    for hash in hashes {
        open(session, hash);
        // A hash change keeps the scroll of the page before: start each audit at the top, so
        // what a sticky table header covers mid-scroll is not taken for a page's own layout.
        session.execute("window.scrollTo(0, 0)", vec![]).unwrap();
        problems.extend(
            violations(session)
                .into_iter()
                .map(|v| format!("{hash}: {v}")),
        );
    }
    assert!(problems.is_empty(), "axe found:\n{}", problems.join("\n"));
}

fn every_view_lang_theme(extra: &str) -> Vec<String> {
    let mut hashes = Vec::new();
    for view in VIEWS {
        for lang in ["en", "fr"] {
            for theme in ["light", "dark"] {
                hashes.push(format!("#/{view}?lang={lang}&theme={theme}{extra}"));
            }
        }
    }
    hashes
}

#[test]
fn every_view_in_both_languages_and_themes_passes_axe() {
    audit(&browser(), &every_view_lang_theme(""));
}

#[test]
fn selections_and_embeds_pass_axe() {
    let session = browser();
    let mut hashes: Vec<String> = [
        "#/timeline?lang=en&theme=light&sel=us-joins-paris-call",
        "#/timeline?lang=fr&theme=dark&sel=us-joins-paris-call",
        "#/supporters?lang=en&theme=dark&sel=united_states-state-USA",
        "#/supporters?lang=fr&theme=dark&map=1&region=002",
        "#/supporters?lang=en&theme=light&map=1&q=Jordan",
        "#/sources?lang=en&theme=light&sel=q.event.us-joins-paris-call.0",
        "#/follow-through?lang=fr&theme=dark&sel=space-norms-us&status=done,in-progress",
        "#/matrix?lang=fr&theme=light&sel=cell.space.kamala-harris",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    hashes.extend(
        every_view_lang_theme("&embed=1")
            .into_iter()
            .filter(|hash| hash.contains("lang=fr")),
    );
    audit(&session, &hashes);
    // The Embed dialog, open (its preview frame is the embed, audited above on its own).
    open(&session, "#/matrix?lang=en&theme=dark");
    open_embed_dialog(&session);
    assert_eq!(violations(&session), Vec::<String>::new());
}
