//! The tools people use instead, from their npm packages, given the same data as the app:
//! TimelineJS and vis-timeline the dataset's events, List.js its supporters. Each gets a page
//! in a folder of its own, with its library files copied beside it and the data as a script,
//! so its first visit can be counted like ours. Each page marks `rival:rendered` when the
//! library's first item is in the DOM (a MutationObserver: no frame of delay), as the app
//! marks `lafayette:rendered` when mounted. `#n=N` repeats the data to N items (scale cases).

use serde_json::{json, Value};
use std::path::{Path, PathBuf};

pub struct Rival {
    pub name: String,
    /// Its folder under the pages folder; the page is `index.html`.
    pub folder: &'static str,
}

/// Writes the three rivals' pages under `pages` from the npm packages in `node_modules` and
/// the app's dataset download (`dataset`). Returns (timeline rivals, list rival).
pub fn write_pages(node_modules: &Path, dataset: &Path, pages: &Path) -> (Vec<Rival>, Rival) {
    let data: Value = serde_json::from_str(
        &std::fs::read_to_string(dataset).unwrap_or_else(|e| panic!("{}: {e}", dataset.display())),
    )
    .expect("the dataset download is JSON");
    let _ = std::fs::remove_dir_all(pages);

    let timelinejs = node_modules.join("@knight-lab/timelinejs");
    let folder = pages.join("timelinejs");
    copy_dir(&timelinejs.join("dist"), &folder.join("dist"));
    write_page(
        &folder,
        &["dist/css/timeline.css"],
        &["dist/js/timeline.js"],
        &format!("const EVENTS = {};", timelinejs_events(&data)),
        ".tl-timemarker",
        "const all = repeat(EVENTS, (e, i) => ({ ...e, unique_id: 'e' + i }));\n\
         new TL.Timeline('view', { events: all });",
    );
    let vis = node_modules.join("vis-timeline");
    let folder = pages.join("vis-timeline");
    copy_file(
        &vis.join("standalone/umd/vis-timeline-graph2d.min.js"),
        &folder.join("vis-timeline-graph2d.min.js"),
    );
    copy_file(
        &vis.join("dist/vis-timeline-graph2d.min.css"),
        &folder.join("vis-timeline-graph2d.min.css"),
    );
    write_page(
        &folder,
        &["vis-timeline-graph2d.min.css"],
        &["vis-timeline-graph2d.min.js"],
        &format!("const EVENTS = {};", vis_events(&data)),
        ".vis-item",
        "const all = repeat(EVENTS, (e, i) => ({ ...e, id: i }));\n\
         new vis.Timeline(document.getElementById('view'), all, {});",
    );
    let list = node_modules.join("list.js");
    let folder = pages.join("listjs");
    copy_file(&list.join("dist/list.min.js"), &folder.join("list.min.js"));
    write_page(
        &folder,
        &[],
        &["list.min.js"],
        &format!("const SUPPORTERS = {};", list_values(&data)),
        "#view tbody tr",
        "document.getElementById('view').innerHTML =\n\
           '<label for=\"supporter-search\">Search</label> <input id=\"supporter-search\" class=\"search\" type=\"search\">' +\n\
           '<p id=\"supporters-status\"></p><table><thead><tr><th>Name</th><th>Country</th><th>Category</th></tr></thead><tbody class=\"list\"></tbody></table>';\n\
         const all = repeat(SUPPORTERS, (s, i) => i < SUPPORTERS.length ? s : { ...s, name: s.name + ' ' + i });\n\
         const list = new List('view', { valueNames: ['name', 'country', 'category'],\n\
           item: '<tr><td class=\"name\"></td><td class=\"country\"></td><td class=\"category\"></td></tr>' }, all);\n\
         const status = document.getElementById('supporters-status');\n\
         const count = () => { status.textContent = list.matchingItems.length + ' of ' + all.length + ' shown'; };\n\
         list.on('updated', count); count();",
    );
    let version = |package: &Path| -> String {
        let manifest: Value = serde_json::from_str(
            &std::fs::read_to_string(package.join("package.json")).expect("package.json"),
        )
        .expect("JSON");
        manifest["version"].as_str().unwrap_or("?").to_string()
    };
    (
        vec![
            Rival {
                name: format!("TimelineJS {}", version(&timelinejs)),
                folder: "timelinejs",
            },
            Rival {
                name: format!("vis-timeline {}", version(&vis)),
                folder: "vis-timeline",
            },
        ],
        Rival {
            name: format!("List.js {}", version(&list)),
            folder: "listjs",
        },
    )
}

fn write_page(
    folder: &Path,
    styles: &[&str],
    scripts: &[&str],
    data: &str,
    marker: &str,
    start: &str,
) {
    std::fs::create_dir_all(folder).expect("page folder");
    std::fs::write(folder.join("data.js"), data).expect("data.js");
    std::fs::write(
        folder.join("start.js"),
        format!(
            "const wanted = Number(new URLSearchParams(location.hash.slice(1)).get('n')) || 0;\n\
             const repeat = (items, make) => Array.from({{ length: Math.max(wanted, items.length) }}, (_, i) => make(items[i % items.length], i));\n\
             new MutationObserver((_, observer) => {{\n\
               if (document.querySelector({marker:?})) {{ performance.mark('rival:rendered'); observer.disconnect(); }}\n\
             }}).observe(document.body, {{ childList: true, subtree: true }});\n\
             {start}\n"
        ),
    )
    .expect("start.js");
    let links: String = styles
        .iter()
        .map(|href| format!("<link rel=\"stylesheet\" href=\"{href}\">"))
        .collect();
    let tags: String = scripts
        .iter()
        .chain(&["data.js", "start.js"])
        .map(|src| format!("<script src=\"{src}\"></script>"))
        .collect();
    std::fs::write(
        folder.join("index.html"),
        format!("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>rival</title>{links}</head><body><div id=\"view\" style=\"height: 600px\"></div>{tags}</body></html>"),
    )
    .expect("index.html");
}

/// `YYYY[-MM[-DD]]` as TimelineJS's date object.
fn timelinejs_date(date: &str) -> Value {
    let parts: Vec<&str> = date.split('-').collect();
    let mut value = json!({ "year": parts[0] });
    for (key, part) in ["month", "day"].iter().zip(parts.iter().skip(1)) {
        value[key] = json!(part);
    }
    value
}

fn events(data: &Value) -> impl Iterator<Item = &Value> {
    data["events"].as_array().expect("events").iter()
}

fn timelinejs_events(data: &Value) -> Value {
    events(data)
        .map(|event| {
            let mut item = json!({
                "start_date": timelinejs_date(event["when"]["date"].as_str().unwrap_or("2021")),
                "text": { "headline": event["title"]["en"], "text": event["summary"]["en"] },
            });
            if let Some(end) = event["when"]["end"].as_str() {
                item["end_date"] = timelinejs_date(end);
            }
            item
        })
        .collect()
}

fn vis_events(data: &Value) -> Value {
    events(data)
        .map(|event| {
            let date = event["when"]["date"].as_str().unwrap_or("2021");
            let padded = match date.len() {
                4 => format!("{date}-01-01"),
                7 => format!("{date}-01"),
                _ => date.to_string(),
            };
            json!({ "content": event["title"]["en"], "start": padded })
        })
        .collect()
}

fn list_values(data: &Value) -> Value {
    let countries = data["countries"].as_array().expect("countries");
    let country_name = |code: &str| {
        countries
            .iter()
            .find(|country| country["iso3"] == code)
            .and_then(|country| country["name"]["en"].as_str())
            .unwrap_or(code)
            .to_string()
    };
    data["supporters"]
        .as_array()
        .expect("supporters")
        .iter()
        .map(|supporter| {
            json!({
                "name": supporter["name"],
                "country": supporter["country"].as_str().map(country_name).unwrap_or_default(),
                "category": supporter["category"],
            })
        })
        .collect()
}

fn copy_file(from: &Path, to: &Path) {
    std::fs::create_dir_all(to.parent().expect("a folder")).expect("folder");
    std::fs::copy(from, to).unwrap_or_else(|e| panic!("{}: {e}", from.display()));
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display())) {
        let path: PathBuf = entry.expect("entry").path();
        let target = to.join(path.file_name().expect("a name"));
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            copy_file(&path, &target);
        }
    }
}
