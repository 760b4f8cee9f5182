//! Readable at a glance, measured in the browser: no label cut short in the timeline, the
//! matrix and the supporters views, at 1366×768 and on a 390×844 phone, in both languages;
//! timeline marks and axis labels neither overlap nor run out of the chart; the exports show
//! what the screen shows.

use lafayette_e2e::webdriver::Session;
use lafayette_e2e::*;
use serde_json::{json, Value};

const VIEWS: [&str; 4] = ["timeline", "matrix", "supporters", "follow-through"];

/// Elements whose text is cut: clipped or ellipsised where it is wider or taller than its box.
const CUT_TEXT: &str = "
    return [...document.querySelectorAll('main *')].filter(e => {
        if (!e.getClientRects().length || e.closest('.visually-hidden, dialog:not([open])')) return false;
        if (![...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) return false;
        const style = getComputedStyle(e);
        const clips = style.textOverflow === 'ellipsis' || /(hidden|clip)/.test(style.overflowX + style.overflowY);
        return clips && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1);
    }).map(e => e.tagName.toLowerCase() + '.' + e.className + ': ' + e.textContent.trim().slice(0, 40));";

/// Pairs of timeline marks (or ticks) that overlap, and labels that run out of the chart.
const CHART_CLASHES: &str = "
    const chart = document.querySelector('.chart');
    if (!chart || !chart.getClientRects().length) return [];
    const bounds = chart.getBoundingClientRect();
    const found = [];
    const groups = [...chart.querySelectorAll('.lane-marks')].map(lane => [...lane.querySelectorAll('.mark')]);
    groups.push([...chart.querySelectorAll('.axis .tick, .axis .gap')]);
    for (const group of groups) {
        const boxes = group.map(e => [e, e.getBoundingClientRect()]);
        for (let i = 0; i < boxes.length; i++) {
            const [e, a] = boxes[i];
            if (a.left < bounds.left - 1 || a.right > bounds.right + 1)
                found.push('outside: ' + e.textContent.trim().slice(0, 40));
            for (let j = i + 1; j < boxes.length; j++) {
                const b = boxes[j][1];
                if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
                    found.push('overlap: ' + e.textContent.trim().slice(0, 30) + ' / ' + boxes[j][0].textContent.trim().slice(0, 30));
            }
        }
    }
    return found;";

fn problems(session: &Session, script: &str) -> Vec<String> {
    session
        .execute(script, vec![])
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .map(str::to_string)
        .collect()
}

fn check_views(session: &Session, size: &str) {
    let mut found = Vec::new();
    for view in VIEWS {
        for lang in ["en", "fr"] {
            for hash in [
                format!("#/{view}?lang={lang}"),
                format!("#/{view}?lang={lang}&cols=actors"),
                format!("#/{view}?lang={lang}&from=2021-11-08&to=2021-11-14"),
            ] {
                if (view != "matrix" && hash.contains("cols="))
                    || (view != "timeline" && hash.contains("from="))
                {
                    continue;
                }
                open(session, &hash);
                session.execute("window.scrollTo(0, 0)", vec![]).unwrap();
                for problem in problems(session, CUT_TEXT)
                    .into_iter()
                    .chain(problems(session, CHART_CLASHES))
                {
                    found.push(format!("{size} {hash}: {problem}"));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "labels cut or clashing:\n{}",
        found.join("\n")
    );
}

#[test]
fn no_label_is_cut_on_a_laptop() {
    let session = browser();
    resize(&session, 1366, 768);
    check_views(&session, "1366×768");
}

#[test]
fn no_label_is_cut_on_a_phone() {
    check_views(&phone_browser(PHONE), "390×844");
}

/// The default timeline shows every event, each title whole and apart from the others.
#[test]
fn the_timeline_shows_every_event_readably_by_default() {
    let session = browser();
    resize(&session, 1366, 768);
    open(&session, "#/timeline?lang=en");
    let marks = session
        .execute(
            "return document.querySelectorAll('.chart .mark').length",
            vec![],
        )
        .unwrap();
    let listed = session
        .execute(
            "return document.querySelectorAll('.event-list .event-item').length",
            vec![],
        )
        .unwrap();
    assert_eq!(marks, listed, "every event of the list is on the chart");
    let all = format!("{listed} of {listed} events in view");
    assert!(text_of(&session, "#filter-status").starts_with(&all));
    // Zoomed to the trip: the count says what is left out, and so does the list.
    open(&session, "#/timeline?lang=en&from=2021-11-08&to=2021-11-14");
    let status = text_of(&session, "#filter-status");
    assert!(
        status.contains(" earlier, ") && !status.starts_with(&all),
        "{status}"
    );
    assert!(text_of(&session, "#outside-window").contains("left out"));
    let legend = text_of(&session, ".chart-legend");
    assert!(
        legend.contains("worked out") && legend.contains("several days"),
        "{legend}"
    );
}

/// The matrix's picture exports keep the order on screen and say what they are.
#[test]
fn the_matrix_exports_what_the_screen_shows() {
    let session = browser();
    open(&session, "#/matrix?lang=en&sort=name");
    let svg = read_export(&session, "matrix-svg");
    let first_row = text_of(&session, "table.matrix tbody tr:first-child th");
    let last_row = text_of(&session, "table.matrix tbody tr:last-child th");
    let word = |row: &str| {
        row.trim_end_matches(" ⇆")
            .split_whitespace()
            .next()
            .unwrap()
            .to_string()
    };
    let (first, last) = (word(&first_row), word(&last_row));
    assert!(
        svg.find(&format!(">{first}")).unwrap() < svg.rfind(&format!(">{last}")).unwrap(),
        "rows in the screen's order"
    );
    for part in ["US–France cooperation", "Source: Lafayette", "Exported on"] {
        assert!(svg.contains(part), "{part}");
    }
    let png = session
        .execute(
            "const link = document.getElementById('matrix-png');
             link.addEventListener('click', e => e.preventDefault());
             link.click();
             return link.getAttribute('href').slice(0, 22);",
            vec![],
        )
        .unwrap();
    assert_eq!(png, json!("data:image/png;base64,"));
}
