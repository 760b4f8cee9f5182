//! The cooperation matrix end to end: sorting, drill-down, keyboard, filter sharing, export.

use lafayette_e2e::webdriver::{keys, Session};
use lafayette_e2e::*;

fn row_labels(session: &Session) -> Vec<String> {
    session
        .find_all("table.matrix tbody th")
        .unwrap()
        .iter()
        .map(|e| session.text(e).unwrap())
        .collect()
}

#[test]
fn rows_sort_by_total_name_and_column_with_aria_sort() {
    let session = browser();
    open(&session, "#/matrix?lang=en");
    let by_total = row_labels(&session);
    assert_eq!(
        by_total[0], "Cyber norms and state behaviour",
        "the busiest area first"
    );
    session
        .click(
            &session
                .find("table.matrix thead th:first-child button")
                .unwrap(),
        )
        .unwrap();
    session
        .wait_until("sorted by name", STEP_TIMEOUT, |s| {
            Ok(s.current_url()?.contains("sort=name"))
        })
        .unwrap();
    let by_name = row_labels(&session);
    let mut sorted = by_name.clone();
    sorted.sort();
    assert_eq!(by_name, sorted);
    let first = session.find("table.matrix thead th:first-child").unwrap();
    assert_eq!(
        session.attribute(&first, "aria-sort").unwrap().as_deref(),
        Some("ascending")
    );
    open(
        &session,
        "#/matrix?lang=en&sort=col.space-climate-observatory",
    );
    let labels = row_labels(&session);
    assert!(
        labels[..2].contains(&"Space".to_string()) && labels[..2].contains(&"Climate".to_string()),
        "{labels:?}"
    );
}

#[test]
fn a_cell_opens_its_evidence_and_sets_the_shared_filter() {
    let session = browser();
    open(&session, "#/matrix?lang=en");
    let cell = session
        .find("td.heat button[aria-label^='Space × US–France Comprehensive Dialogue on Space']")
        .unwrap();
    session.click(&cell).unwrap();
    session.wait_for("#matrix-evidence", STEP_TIMEOUT).unwrap();
    let evidence = text_of(&session, "#matrix-evidence");
    let count: usize = session.text(&cell).unwrap().parse().unwrap();
    assert_eq!(
        session
            .find_all("#matrix-evidence .evidence-list > li")
            .unwrap()
            .len(),
        count,
        "the count equals the evidence"
    );
    assert!(evidence.contains("will establish a regular bilateral dialogue"));
    let url = session.current_url().unwrap();
    assert!(
        url.contains("area=space") && url.contains("initiative=comprehensive-dialogue-on-space"),
        "{url}"
    );
    // The evidence is a modal sheet: Escape closes it and gives focus back to the cell.
    session.press(&[keys::ESCAPE]).unwrap();
    session
        .wait_until("the sheet to close", STEP_TIMEOUT, |s| {
            Ok(s.find_all("#matrix-evidence")?.is_empty())
        })
        .unwrap();
    // The timeline follows the filter set here.
    session
        .click(&session.find("nav.nav a[href*='timeline']").unwrap())
        .unwrap();
    let all = dataset_events();
    session
        .wait_until("the filtered timeline", STEP_TIMEOUT, |s| {
            let status = text_of(s, "#filter-status");
            let kept = status
                .split("(the filter keeps ")
                .nth(1)
                .and_then(|rest| rest.split(&format!(" of {all})")).next())
                .and_then(|kept| kept.parse::<usize>().ok());
            Ok(kept.is_some_and(|kept| kept >= 1 && kept < all))
        })
        .unwrap();
}

#[test]
fn arrow_keys_move_between_cells_and_enter_opens() {
    let session = browser();
    open(&session, "#/matrix?lang=en");
    let tabbable = session.find_all("td.heat button[tabindex='0']").unwrap();
    assert_eq!(tabbable.len(), 1, "the grid is one tab stop");
    session
        .execute("document.getElementById('cell-0-0').focus()", vec![])
        .unwrap();
    session
        .press(&[keys::RIGHT, keys::RIGHT, keys::RIGHT, keys::RIGHT])
        .unwrap();
    let focused = session.active_element().unwrap();
    assert_eq!(
        session.attribute(&focused, "id").unwrap().as_deref(),
        Some("cell-0-4")
    );
    assert!(session
        .attribute(&focused, "aria-label")
        .unwrap()
        .unwrap()
        .starts_with("Cyber norms and state behaviour × Paris Call"));
    session.press(&[keys::ENTER]).unwrap();
    session
        .wait_for("#matrix-evidence[open]", STEP_TIMEOUT)
        .unwrap();
    // Escape closes the evidence and gives focus back to the cell, where the keys go on.
    session.press(&[keys::ESCAPE]).unwrap();
    session
        .wait_until("the evidence to close", STEP_TIMEOUT, |s| {
            Ok(s.find_all("#matrix-evidence")?.is_empty())
        })
        .unwrap();
    session.press(&[keys::DOWN]).unwrap();
    assert_eq!(
        session
            .attribute(&session.active_element().unwrap(), "id")
            .unwrap()
            .as_deref(),
        Some("cell-1-4")
    );
}

#[test]
fn the_actor_matrix_splits_columns_by_country_and_exports_csv() {
    let session = browser();
    open(&session, "#/matrix?lang=fr");
    session
        .click(
            &session
                .find("input[name='matrix-columns'][value='actors']")
                .unwrap(),
        )
        .unwrap();
    session
        .wait_until("actor columns", STEP_TIMEOUT, |s| {
            Ok(!s.find_all("th.group-usa")?.is_empty())
        })
        .unwrap();
    assert!(!session.find_all("th.group-fra").unwrap().is_empty());
    let csv = read_export(&session, "matrix-csv");
    assert!(
        csv.contains("Gouvernement des États-Unis"),
        "column names in the reader's language"
    );
    assert_eq!(
        csv.trim_end().split("\r\n").count(),
        16,
        "a header and one line per area"
    );
}

#[test]
fn a_source_filter_keeps_only_what_that_source_supports_and_a_row_orders_the_columns() {
    let session = browser();
    open(
        &session,
        "#/matrix?lang=en&source=state-cyber-dialogue-2020-01-22",
    );
    assert!(text_of(&session, "#matrix-source-filter").contains("Third US–France cyber dialogue"));
    let headers = words_of(&session, "table.matrix thead");
    assert!(
        !headers.contains("Space Climate Observatory"),
        "the 2020 release says nothing of the observatory"
    );
    assert!(headers.contains("US–France cyber dialogue"));
    open(&session, "#/matrix?lang=en");
    let row = session
        .find("table.matrix tbody tr:nth-child(2) th button")
        .unwrap();
    let area = session.text(&row).unwrap();
    session.click(&row).unwrap();
    session
        .wait_until("the row filter", STEP_TIMEOUT, |s| {
            Ok(s.current_url()?.contains("area="))
        })
        .unwrap();
    let sorted = session
        .find("table.matrix tbody th[aria-sort='descending']")
        .unwrap();
    assert_eq!(
        session.text(&sorted).unwrap(),
        area,
        "the chosen area orders the columns"
    );
    let first_column_count = text_of(
        &session,
        "table.matrix tbody th[aria-sort='descending'] + td",
    );
    assert!(
        !first_column_count.is_empty(),
        "its busiest column comes first"
    );
}

/// The column names run upwards in every engine (WebKit ignores writing-mode on table cells
/// and buttons), each in its own column, so the matrix fits its column at the widths readers
/// use.
#[test]
fn the_matrix_fits_its_column() {
    let session = browser();
    for (width, height) in [(1280, 900), (1366, 768)] {
        resize(&session, width, height);
        for lang in ["en", "fr"] {
            open(&session, &format!("#/matrix?lang={lang}"));
            let sizes = session
                .execute(
                    "const table = document.querySelector('table.matrix').getBoundingClientRect();
                     const column = document.querySelector('main').getBoundingClientRect();
                     const header = document.querySelector('table.matrix thead th.column').getBoundingClientRect();
                     return [table.width, column.width, header.width, header.height];",
                    vec![],
                )
                .unwrap();
            let get = |i: usize| sizes[i].as_f64().unwrap();
            assert!(
                get(0) <= get(1),
                "{lang} at {width}: the matrix is {} px wide in a {} px column",
                get(0),
                get(1)
            );
            assert!(
                get(3) > get(2) * 2.0,
                "{lang}: column names run upwards ({}×{})",
                get(2),
                get(3)
            );
            // Every line of every name stays in its own column (WebKit once gave names that
            // wrap while running upwards no width, and they ran into each other).
            let spilled = session
                .execute(
                    "return [...document.querySelectorAll('table.matrix thead th.column')]
                       .filter(th => {
                         const cell = th.getBoundingClientRect();
                         return [...th.querySelectorAll('.line')].some(line => {
                           const box = line.getBoundingClientRect();
                           return box.left < cell.left - 0.5 || box.right > cell.right + 0.5;
                         });
                       })
                       .map(th => th.textContent)",
                    vec![],
                )
                .unwrap();
            assert_eq!(
                spilled.as_array().map(Vec::len),
                Some(0),
                "{lang} at {width}: names that run out of their column: {spilled}"
            );
        }
    }
}
