//! The map of supporters by country end to end: shown on demand and kept in the URL, each
//! country coloured by the class of its count as the legend says, its number on focus, the
//! same numbers in its table, the shared filters, and an SVG export with title, legend and
//! source.

use lafayette_e2e::webdriver::{keys, Session};
use lafayette_e2e::*;

fn wait_for_map(session: &Session) {
    session
        .wait_until("the map's countries", STEP_TIMEOUT, |s| {
            Ok(s.find_all(".supporters-map svg a").unwrap().len() > 100)
        })
        .unwrap();
}

/// The colour class of a country's shape (`c-none`, `c-0`…).
fn class_of(session: &Session, name: &str) -> String {
    let path = session
        .find(&format!(".supporters-map a[aria-label^='{name}'] path"))
        .unwrap();
    let class = session
        .attribute(&path, "class")
        .unwrap()
        .unwrap_or_default();
    class
        .split(' ')
        .find(|c| c.starts_with("c-"))
        .unwrap_or_default()
        .to_string()
}

#[test]
fn each_country_has_the_colour_of_its_count_and_says_its_number() {
    let session = browser();
    open(&session, "#/supporters?lang=en");
    session
        .click(&session.find("button.map-toggle").unwrap())
        .unwrap();
    wait_for_map(&session);
    assert!(session.current_url().unwrap().contains("map=1"));
    let morocco = session
        .find(".supporters-map a[aria-label^='Morocco']")
        .unwrap();
    let label = session.attribute(&morocco, "aria-label").unwrap().unwrap();
    let count: usize = label
        .split(": ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("a number in {label:?}"));
    // The legend's range for Morocco's colour holds its count.
    let class = class_of(&session, "Morocco");
    let range = session
        .execute(
            "return [...document.querySelectorAll('.map-legend li')]\
             .find(li => li.querySelector('.swatch.' + arguments[0])).textContent",
            vec![class.clone().into()],
        )
        .unwrap()
        .as_str()
        .unwrap_or_default()
        .to_string();
    let bounds: Vec<usize> = range
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    let in_range = match bounds[..] {
        [low, high] => (low..=high).contains(&count),
        [low] => count >= low,
        _ => false,
    };
    assert!(in_range, "{count} supporters, coloured {class} = {range:?}");
    assert_eq!(
        session
            .attribute(&session.find("button.map-toggle").unwrap(), "aria-pressed")
            .unwrap()
            .as_deref(),
        Some("true")
    );
    // The keyboard reaches the countries, and the one in focus says its number: from the
    // map's title, Tab goes to the first country with supporters.
    session
        .execute(
            "const title = document.getElementById('map-title');\
             title.tabIndex = -1; title.focus();",
            vec![],
        )
        .unwrap();
    session.press(&[keys::TAB]).unwrap();
    let focused = session.active_element().unwrap();
    let focused_label = session
        .attribute(&focused, "aria-label")
        .unwrap()
        .unwrap_or_default();
    assert!(
        focused_label.contains("supporter"),
        "{focused_label:?} {:?}",
        session.execute(
            "return document.activeElement.outerHTML.slice(0, 150)",
            vec![]
        )
    );
    session
        .wait_until("the readout", STEP_TIMEOUT, |s| {
            Ok(text_of(s, ".map-readout") == focused_label)
        })
        .unwrap();
    // The table has the same numbers: one row per country with supporters, each reachable.
    session
        .click(&session.find(".map-table summary").unwrap())
        .unwrap();
    let rows = session.find_all(".map-table tbody tr").unwrap();
    let focusable = session
        .find_all(".supporters-map svg a[tabindex='0']")
        .unwrap();
    assert_eq!(rows.len(), focusable.len());
    let morocco_count = session
        .execute(
            "return [...document.querySelectorAll('.map-table tbody tr')]\
             .find(row => row.querySelector('th').textContent.startsWith('Morocco'))\
             .querySelector('td').textContent",
            vec![],
        )
        .unwrap();
    assert_eq!(morocco_count.as_str(), Some(count.to_string().as_str()));
    save_screenshot(&session, "supporters-map");
}

#[test]
fn the_map_follows_the_filters_and_exports_what_it_shows() {
    let session = browser();
    open(&session, "#/supporters?lang=fr&map=1&region=002");
    wait_for_map(&session);
    assert_eq!(class_of(&session, "France"), "c-none", "Africa only");
    assert_ne!(class_of(&session, "Maroc"), "c-none");
    let svg = read_export(&session, "map-svg");
    for expected in [
        "Soutiens de l’Appel de Paris par pays",
        "Natural Earth",
        "100 et plus",
        "L’État lui-même soutient l’Appel",
    ] {
        assert!(svg.contains(expected), "{expected} in the export");
    }
    let shapes = session.find_all(".supporters-map svg path").unwrap().len();
    assert_eq!(svg.matches("<path").count(), shapes);
    // A reload shows the same map.
    session.refresh().unwrap();
    wait_for_app(&session);
    wait_for_map(&session);
    assert_eq!(class_of(&session, "France"), "c-none");
}
