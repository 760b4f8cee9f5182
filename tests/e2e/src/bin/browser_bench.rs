//! `cargo xtask bench`'s browser half: time to first render of each view, keystroke-to-updated
//! list in the supporters search, DOM size and JS heap, medians of several runs, in headless
//! Chromium against the release dist/. Prints numbers; asserts nothing.

use lafayette_e2e::server::StaticServer;
use lafayette_e2e::webdriver::Session;
use lafayette_e2e::{browser, open, server};
use serde_json::json;

const RUNS: usize = 5;

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(|a, b| a.total_cmp(b));
    values[values.len() / 2]
}

fn main() {
    println!("served at {}", server().url());
    println!(
        "\n{:<12} {:>16} {:>12} {:>14}",
        "view", "first render ms", "DOM nodes", "JS heap KB"
    );
    let session = browser();
    for view in ["timeline", "supporters", "matrix", "sources", "about"] {
        let mut renders = Vec::new();
        let mut nodes = 0.0;
        let mut heap = 0.0;
        for _ in 0..RUNS {
            open(&session, &format!("#/{view}?lang=en"));
            let measured = session
                .execute(
                    "const m = performance.getEntriesByName('lafayette:rendered')[0];
                     return [m ? m.startTime : -1, document.getElementsByTagName('*').length,
                             performance.memory ? performance.memory.usedJSHeapSize / 1024 : -1];",
                    vec![],
                )
                .expect("measures");
            renders.push(measured[0].as_f64().unwrap_or(-1.0));
            nodes = measured[1].as_f64().unwrap_or(0.0);
            heap = measured[2].as_f64().unwrap_or(-1.0);
            session.goto("about:blank").expect("reset");
        }
        println!(
            "{view:<12} {:>16.1} {:>12.0} {:>14.0}",
            median(renders),
            nodes,
            heap
        );
    }

    keystrokes(
        &session,
        &format!("{}#/supporters?lang=en", server().url()),
        1222,
    );
    // The scale case: a benchmark build (feature `synthetic`) listing 100,000 supporters.
    if let Ok(dist) = std::env::var("LAFAYETTE_BENCH_DIST") {
        let synthetic = StaticServer::start(dist.into(), "/", Vec::new());
        keystrokes(
            &session,
            &format!("{}#/supporters?lang=en&synthetic=100000", synthetic.url()),
            100_000,
        );
        timeline_at_scale(
            &session,
            &format!("{}#/timeline?lang=en&synthetic=10000", synthetic.url()),
        );
    }
}

/// The timeline with 10,000 synthetic events: first render, DOM size, and zoom steps.
fn timeline_at_scale(session: &Session, url: &str) {
    let mut renders = Vec::new();
    for _ in 0..RUNS {
        session.goto("about:blank").expect("reset");
        session.goto(url).expect("navigation");
        session
            .wait_for(".event-list", std::time::Duration::from_secs(120))
            .expect("the timeline");
        let mark = session
            .execute("const m = performance.getEntriesByName('lafayette:rendered')[0]; return m ? m.startTime : -1;", vec![])
            .expect("mark");
        renders.push(mark.as_f64().unwrap_or(-1.0));
    }
    let nodes = |s: &Session| {
        s.execute("return document.getElementsByTagName('*').length", vec![])
            .expect("nodes")
    };
    let initial_nodes = nodes(session);
    let zoom = "const [id, done] = arguments;
        const axis = document.querySelector('.axis');
        const before = axis.textContent;
        const start = performance.now();
        document.getElementById(id).click();
        const wait = () => (axis.textContent !== before) ? done(performance.now() - start) : requestAnimationFrame(wait);
        requestAnimationFrame(wait);";
    let mut steps = Vec::new();
    let mut most_nodes = 0.0_f64;
    for _ in 0..RUNS {
        for id in ["zoom-out", "zoom-out", "zoom-in", "zoom-in"] {
            steps.push(
                session
                    .execute_async(zoom, vec![json!(id)])
                    .expect("a zoom step")
                    .as_f64()
                    .unwrap_or(-1.0),
            );
            most_nodes = most_nodes.max(nodes(session).as_f64().unwrap_or(0.0));
        }
    }
    println!(
        "\ntimeline at 10000 events: first render median {:.1} ms; {initial_nodes} DOM nodes at first (at most {most_nodes} while zooming); zoom step median {:.1} ms, max {:.1} ms over {} steps",
        median(renders),
        median(steps.clone()),
        steps.iter().cloned().fold(0.0, f64::max),
        steps.len()
    );
}

/// Types queries into the supporters search and times each until the list's count changes.
fn keystrokes(session: &Session, url: &str, count: usize) {
    session.goto(url).expect("navigation");
    session
        .wait_for("#supporter-search", std::time::Duration::from_secs(120))
        .expect("the supporters view");
    let script = "const [text, done] = arguments;
        const input = document.getElementById('supporter-search');
        const status = document.getElementById('supporters-status');
        const before = status.textContent;
        const start = performance.now();
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const wait = () => (status.textContent !== before) ? done(performance.now() - start) : requestAnimationFrame(wait);
        requestAnimationFrame(wait);";
    let queries = [
        "etats unis",
        "germany",
        "universite",
        "microsoft",
        "secteur prive",
        "",
    ];
    let mut times = Vec::new();
    for _ in 0..RUNS {
        for query in queries {
            let elapsed = session
                .execute_async(script, vec![json!(query)])
                .expect("a timed keystroke");
            times.push(elapsed.as_f64().unwrap_or(-1.0));
        }
    }
    let rows = session
        .execute(
            "return document.querySelectorAll('.supporter-table tbody tr').length",
            vec![],
        )
        .expect("rows");
    println!(
        "\nsupporters search at {count}: keystroke to updated list median {:.1} ms, max {:.1} ms over {} keystrokes; {rows} table rows in the DOM",
        median(times.clone()),
        times.iter().cloned().fold(0.0, f64::max),
        times.len()
    );
}
