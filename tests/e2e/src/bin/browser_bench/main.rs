//! `cargo xtask bench`'s browser half, in headless Chromium against the release dist/: the
//! size of every file, each view's first render, and the app side by side with the tools
//! people use instead (TimelineJS, vis-timeline, List.js from npm, given the same data) on a
//! desktop and on Lighthouse's mobile profile, every load a first visit, then the scale cases.
//! Medians of several runs. Prints numbers, writes BENCHMARKS.md, asserts nothing.

mod profile;
mod rivals;

use lafayette_e2e::server::StaticServer;
use lafayette_e2e::sizes::{self, Sizes};
use lafayette_e2e::webdriver::Session;
use lafayette_e2e::{browser, open, server, VIEWS};
use profile::Profile;
use serde_json::json;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Duration;

const RUNS: usize = 5;
/// The search at 100,000 supporters: the median keystroke it must stay under.
const BUDGET_SCALE_KEYSTROKE_MS: f64 = 30.0;

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(|a, b| a.total_cmp(b));
    values[values.len() / 2]
}

fn env_path(name: &str) -> PathBuf {
    PathBuf::from(
        std::env::var(name)
            .unwrap_or_else(|_| panic!("{name} is not set: run `cargo xtask bench`")),
    )
}

/// One contender on one task, on one profile.
struct Row {
    task: &'static str,
    tool: String,
    first_visit: Sizes,
    bytes_before_content: f64,
    readable_ms: f64,
    interactive_ms: f64,
    /// Desktop only: the search's keystroke, the memory after load and how it was read.
    keystroke_ms: Option<f64>,
    memory: Option<(f64, String)>,
}

fn main() {
    let dist = env_path("LAFAYETTE_DIST");
    let mut report = String::new();
    file_sizes(&dist, &mut report);
    let session = browser();
    views(&session);

    println!("\n== side by side (same data, same headless browser, medians of {RUNS} runs)");
    let (timeline_rivals, list_rival) = rivals::write_pages(
        &env_path("RIVALS_NODE_MODULES"),
        &dist.join("data/lafayette-dataset.json"),
        &env_path("RIVAL_PAGES"),
    );
    let ours = Served::new(&dist, "/app/");
    let theirs = Served::new(&env_path("RIVAL_PAGES"), "/");
    // Each view's own page, as links and shared addresses open it.
    let mut contenders = vec![(
        &ours,
        "timeline",
        "Lafayette".to_string(),
        "index.html".to_string(),
    )];
    for rival in &timeline_rivals {
        contenders.push((
            &theirs,
            "timeline",
            rival.name.clone(),
            format!("{}/index.html", rival.folder),
        ));
    }
    contenders.push((
        &ours,
        "supporters",
        "Lafayette".to_string(),
        "supporters.en.html".to_string(),
    ));
    contenders.push((
        &theirs,
        "supporters",
        list_rival.name.clone(),
        format!("{}/index.html", list_rival.folder),
    ));
    for profile in [Profile::Desktop, Profile::Mobile] {
        println!(
            "\n== side by side, {} (first visits, medians of {} runs)",
            profile.name(),
            profile.runs()
        );
        let rows: Vec<Row> = contenders
            .iter()
            .map(|(served, task, tool, page)| served.measure(&session, profile, task, tool, page))
            .collect();
        comparison(profile, &rows, &mut report);
    }

    println!("\n== scale cases");
    let mut scale = String::new();
    // The benchmark build (feature `synthetic`) lists synthetic data on request.
    let synthetic = StaticServer::start(env_path("LAFAYETTE_BENCH_DIST"), "/", Vec::new());
    let (line, ours_at_scale) = keystrokes(
        &session,
        &format!("{}#/supporters?lang=en&synthetic=100000", synthetic.url()),
        100_000,
        "Lafayette",
    );
    writeln!(scale, "- {line}").unwrap();
    writeln!(
        scale,
        "- Budget: a median under {BUDGET_SCALE_KEYSTROKE_MS:.0} ms at 100,000: {}",
        if ours_at_scale < BUDGET_SCALE_KEYSTROKE_MS {
            "met"
        } else {
            "NOT met"
        }
    )
    .unwrap();
    let (line, _) = keystrokes(
        &session,
        &format!(
            "{}{}/index.html#n=100000",
            theirs.server.url(),
            list_rival.folder
        ),
        100_000,
        &list_rival.name,
    );
    writeln!(scale, "- {line}").unwrap();
    let line = timeline_at_scale(
        &session,
        &format!("{}#/timeline?lang=en&synthetic=10000", synthetic.url()),
    );
    writeln!(scale, "- {line}").unwrap();
    let vis = &timeline_rivals[1];
    let vis_render = theirs.render_times(&session, &format!("{}/index.html#n=10000", vis.folder));
    let line = format!(
        "{} at 10000 events: first render median {:.1} ms",
        vis.name,
        median(vis_render)
    );
    println!("{line}");
    writeln!(scale, "- {line}").unwrap();
    write!(report, "\n## Scale cases\n\n{scale}\nTimelineJS is left out at 10,000 events: it builds a slide per event and does not finish in a usable time.\n").unwrap();
    write_benchmarks_md(&session, &report);
}

/// Every file of dist/, raw, gzip and brotli, and what a first visit downloads.
fn file_sizes(dist: &Path, report: &mut String) {
    println!("== sizes of dist/ (bytes)");
    let index = std::fs::read_to_string(dist.join("index.html")).expect("dist/index.html");
    let mut files = Vec::new();
    let mut folders = vec![dist.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for path in std::fs::read_dir(&folder)
            .expect("dist/")
            .filter_map(|entry| entry.ok().map(|e| e.path()))
        {
            if path.is_dir() {
                folders.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    println!(
        "{:<44} {:>10} {:>10} {:>10}  first visit",
        "file", "raw", "gzip -9", "brotli"
    );
    let (mut all, mut first_visit) = (Sizes::default(), Sizes::default());
    for path in &files {
        let name = path
            .strip_prefix(dist)
            .unwrap_or(path)
            .to_string_lossy()
            .into_owned();
        let size = Sizes::of(path);
        // A first visit loads the page and everything it names; downloads come later, on request.
        let loaded = name == "index.html" || index.contains(&format!("./{name}"));
        all.add(size);
        if loaded {
            first_visit.add(size);
        }
        println!(
            "{name:<44} {:>10} {:>10} {:>10}  {}",
            size.raw,
            size.gzip,
            size.brotli,
            if loaded { "yes" } else { "" }
        );
    }
    println!(
        "{:<44} {:>10} {:>10} {:>10}",
        "all files", all.raw, all.gzip, all.brotli
    );
    println!(
        "{:<44} {:>10} {:>10} {:>10}",
        "first visit downloads", first_visit.raw, first_visit.gzip, first_visit.brotli
    );
    let wasm = files
        .iter()
        .find(|path| path.extension().is_some_and(|e| e == "wasm"))
        .expect("dist/ holds the wasm");
    let (code, data) = sizes::wasm_code_and_data(&std::fs::read(wasm).expect("the wasm"));
    let line = format!(
        "The wasm, compressed section by section: code {} / {} / {} KB (raw / gzip / brotli), data {} / {} / {} KB (the embedded dataset and every text).",
        kb(code.raw), kb(code.gzip), kb(code.brotli), kb(data.raw), kb(data.gzip), kb(data.brotli)
    );
    println!("{line}");
    write!(
        report,
        "## What a first visit downloads

{} KB gzip in all ({} raw, {} brotli). {line}

",
        kb(first_visit.gzip),
        kb(first_visit.raw),
        kb(first_visit.brotli)
    )
    .unwrap();
}

/// Each view's render, DOM size and JS heap, as repeat visits in one session (the cache warm).
fn views(session: &Session) {
    println!(
        "\nserved at {}; repeat visits in one session",
        server().url()
    );
    println!(
        "\n{:<12} {:>16} {:>16} {:>12} {:>14}",
        "view", "wasm running ms", "first render ms", "DOM nodes", "JS heap KB"
    );
    for view in VIEWS {
        let (mut starts, mut renders) = (Vec::new(), Vec::new());
        let mut nodes = 0.0;
        let mut heap = 0.0;
        for _ in 0..RUNS {
            open(session, &format!("#/{view}?lang=en"));
            let measured = session
                .execute(
                    "const at = name => { const m = performance.getEntriesByName(name)[0]; return m ? m.startTime : -1; };
                     return [at('lafayette:start'), at('lafayette:rendered'), document.getElementsByTagName('*').length,
                             performance.memory ? performance.memory.usedJSHeapSize / 1024 : -1];",
                    vec![],
                )
                .expect("measures");
            starts.push(measured[0].as_f64().unwrap_or(-1.0));
            renders.push(measured[1].as_f64().unwrap_or(-1.0));
            nodes = measured[2].as_f64().unwrap_or(0.0);
            heap = measured[3].as_f64().unwrap_or(-1.0);
            session.goto("about:blank").expect("reset");
        }
        println!(
            "{view:<12} {:>16.1} {:>16.1} {:>12.0} {:>14.0}",
            median(starts),
            median(renders),
            nodes,
            heap
        );
    }
}

/// A folder served twice. Timings and bytes come from a plain server, as any static host serves
/// it. Memory comes from a cross-origin isolated one: only there may the page measure everything
/// it holds (JS, wasm, DOM) with `measureUserAgentSpecificMemory`, but isolation makes the
/// browser swap processes on each load, a cost no real visit pays, so it stays out of timings.
struct Served {
    server: StaticServer,
    isolated: StaticServer,
    root: PathBuf,
    prefix: &'static str,
}

impl Served {
    fn new(root: &Path, prefix: &'static str) -> Served {
        let isolation = vec![
            (
                "Cross-Origin-Opener-Policy".to_string(),
                "same-origin".to_string(),
            ),
            (
                "Cross-Origin-Embedder-Policy".to_string(),
                "require-corp".to_string(),
            ),
        ];
        Served {
            server: StaticServer::start(root.to_path_buf(), prefix, Vec::new()),
            isolated: StaticServer::start(root.to_path_buf(), prefix, isolation),
            root: root.to_path_buf(),
            prefix,
        }
    }

    /// Opens `page` (relative to the prefix) `RUNS` times: first render of each.
    fn render_times(&self, session: &Session, page: &str) -> Vec<f64> {
        (0..RUNS)
            .map(|_| open_rendered(session, &format!("{}{page}", self.server.url())))
            .collect()
    }

    /// `page` as first visits under `profile`, medians; on the desktop, with the keystroke (on
    /// pages with a search) and the memory after load.
    fn measure(
        &self,
        session: &Session,
        profile: Profile,
        task: &'static str,
        tool: &str,
        page: &str,
    ) -> Row {
        let driver = std::env::var("WEBDRIVER_URL").expect("WEBDRIVER_URL");
        let url = format!("{}{page}", self.server.url());
        let loads: Vec<profile::Load> = (0..profile.runs())
            .map(|_| {
                self.server.requests.lock().expect("log").clear();
                profile.load(&driver, &url)
            })
            .collect();
        let requests = self.server.requests.lock().expect("log").clone();
        let first_visit = sizes::of_requests(&self.root, self.prefix, &requests);
        let median_of = |pick: fn(&profile::Load) -> f64| median(loads.iter().map(pick).collect());
        let desktop = profile == Profile::Desktop;
        let memory = desktop.then(|| {
            open_rendered(session, &format!("{}{page}", self.isolated.url()));
            memory_mb(session)
        });
        let keystroke_ms =
            (desktop && task == "supporters").then(|| keystroke_median(session, &url));
        let row = Row {
            task,
            tool: tool.to_string(),
            first_visit,
            bytes_before_content: median_of(|l| l.bytes_before_content),
            readable_ms: median_of(|l| l.readable_ms),
            interactive_ms: median_of(|l| l.interactive_ms),
            keystroke_ms,
            memory,
        };
        println!(
            "{task:<11} {tool:<22} readable {:>8.1} ms  interactive {:>8.1} ms  {:>6} KB before content",
            row.readable_ms,
            row.interactive_ms,
            kb(row.bytes_before_content as u64)
        );
        row
    }
}

/// Opens `url` from a blank page and waits for its rendered mark: the milliseconds from
/// navigation start to that mark.
fn open_rendered(session: &Session, url: &str) -> f64 {
    session.goto("about:blank").expect("reset");
    session.goto(url).expect("navigation");
    let script =
        "const m = performance.getEntriesByType('mark').find(m => m.name.endsWith(':rendered'));
                  return m ? m.startTime : null;";
    let mut time = None;
    session
        .wait_until("the page's rendered mark", Duration::from_secs(120), |s| {
            time = s.execute(script, vec![])?.as_f64();
            Ok(time.is_some())
        })
        .expect("rendered");
    time.unwrap_or(-1.0)
}

/// Memory after load in MB, and how it was measured: everything the page holds when the
/// browser can tell (JS and wasm), else the JS heap alone.
fn memory_mb(session: &Session) -> (f64, String) {
    std::thread::sleep(Duration::from_millis(300));
    let measured = session
        .execute_async(
            "const done = arguments[0];
             const heap = () => done([performance.memory ? performance.memory.usedJSHeapSize : -1, 'usedJSHeapSize']);
             if (self.crossOriginIsolated && performance.measureUserAgentSpecificMemory) {
               performance.measureUserAgentSpecificMemory().then(m => done([m.bytes, 'measureUserAgentSpecificMemory']), heap);
             } else { heap(); }",
            vec![],
        )
        .expect("memory");
    (
        measured[0].as_f64().unwrap_or(-1.0) / 1_048_576.0,
        measured[1].as_str().unwrap_or("?").to_string(),
    )
}

fn kb(bytes: u64) -> String {
    format!("{:.0}", bytes as f64 / 1024.0)
}

fn ratio(ours: f64, theirs: f64) -> String {
    if ours > 0.0 && theirs > 0.0 {
        format!("{:.2}", ours / theirs)
    } else {
        "–".into()
    }
}

/// Prints one profile's side-by-side table with our/their ratios and what the budgets ask,
/// and adds them to the report.
fn comparison(profile: Profile, rows: &[Row], report: &mut String) {
    let mut table = String::from(
        "| task | tool | first visit KB raw / gzip / brotli | KB before content | readable ms | interactive ms | keystroke ms | memory MB | ours/theirs: readable, interactive, keystroke |\n|---|---|---|---|---|---|---|---|---|\n",
    );
    let ours_on = |task: &str| {
        rows.iter()
            .find(|r| r.task == task && r.tool == "Lafayette")
            .expect("our row")
    };
    for row in rows {
        let ours = ours_on(row.task);
        let ratios = if row.tool == "Lafayette" {
            "–".to_string()
        } else {
            format!(
                "{}, {}, {}",
                ratio(ours.readable_ms, row.readable_ms),
                ratio(ours.interactive_ms, row.interactive_ms),
                ratio(
                    ours.keystroke_ms.unwrap_or(0.0),
                    row.keystroke_ms.unwrap_or(0.0)
                ),
            )
        };
        writeln!(
            table,
            "| {} | {} | {} / {} / {} | {} | {:.0} | {:.0} | {} | {} | {} |",
            row.task,
            row.tool,
            kb(row.first_visit.raw),
            kb(row.first_visit.gzip),
            kb(row.first_visit.brotli),
            kb(row.bytes_before_content as u64),
            row.readable_ms,
            row.interactive_ms,
            row.keystroke_ms.map_or("–".into(), |ms| format!("{ms:.1}")),
            row.memory
                .as_ref()
                .map_or("–".into(), |(mb, method)| format!("{mb:.1} ({method})")),
            ratios
        )
        .unwrap();
    }
    println!("{table}");
    let timelinejs = rows
        .iter()
        .find(|r| r.tool.starts_with("TimelineJS"))
        .expect("TimelineJS row");
    let list = rows
        .iter()
        .find(|r| r.task == "supporters" && r.tool != "Lafayette")
        .expect("List.js row");
    let (timeline, supporters) = (ours_on("timeline"), ours_on("supporters"));
    let met = |ok: bool| if ok { "met" } else { "NOT met" };
    let mut budgets = format!(
        "Timeline readable in {:.0} ms, half of TimelineJS's is {:.0} ms: {}. Timeline answers input at {:.0} ms, TimelineJS finishes rendering at {:.0} ms: {}.",
        timeline.readable_ms,
        timelinejs.readable_ms / 2.0,
        met(timeline.readable_ms <= timelinejs.readable_ms / 2.0),
        timeline.interactive_ms,
        timelinejs.interactive_ms,
        met(timeline.interactive_ms <= timelinejs.interactive_ms),
    );
    if let Some((ours, theirs)) = supporters.keystroke_ms.zip(list.keystroke_ms) {
        write!(
            budgets,
            " Supporters keystroke {ours:.1} ms, half of {}'s is {:.1} ms: {}.",
            list.tool,
            theirs / 2.0,
            met(ours <= theirs / 2.0)
        )
        .unwrap();
    }
    println!("{budgets}");
    let explained = match profile {
        Profile::Desktop => "Same data (the dataset's events; its 1,222 supporters), same headless Chromium, each load a first visit in a new browser profile (an empty cache). First visit: the files the page requested, compressed as a static host would serve them. KB before content: the page and the files that had arrived by the time it was readable, as sent (compressed). Readable: navigation start to the view's items on screen (ours: the first contentful paint, as the page's HTML holds them; theirs: the library's first item in the DOM). Interactive: to our app mounted, to their library done. Keystroke: a query typed until the list's count on screen has changed and been laid out (a MutationObserver, then a forced layout; no frame of waiting); ours then updates its facets' counts, headline and map once typing pauses (150 ms), which List.js does not have. Memory after load, by the method named in the cell: `measureUserAgentSpecificMemory` (JS and wasm; read on a second, cross-origin isolated server, the only place the browser allows it), else `usedJSHeapSize` (the JS heap alone).",
        Profile::Mobile => "The same pages and measures under Lighthouse's mobile profile, emulated by Chromium: Slow 4G (150 ms round trip, 1.6 Mbps down, 750 kbps up), the CPU slowed 4×, a 390×844 touch screen at 3× density.",
    };
    write!(
        report,
        "## Side by side: {} (medians of {} first visits)\n\n{explained}\n\n{table}\n{budgets}\n\n",
        profile.name(),
        profile.runs()
    )
    .unwrap();
}

fn write_benchmarks_md(session: &Session, report: &str) {
    let agent = session
        .execute("return navigator.userAgent", vec![])
        .expect("user agent");
    let cpu = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpu
        .lines()
        .find_map(|line| line.strip_prefix("model name"))
        .map(|m| m.trim_start_matches([' ', '\t', ':']).to_string())
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = cpu
        .lines()
        .filter(|line| line.starts_with("processor"))
        .count();
    let date = std::process::Command::new("date")
        .args(["-u", "+%Y-%m-%d %H:%M UTC"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    let text = format!(
        "# Benchmarks\n\nWritten by `cargo xtask bench` on {date}: {model}, {cores} cores; {}.\nNumbers move by ±40% between runs on a shared machine; compare ratios within one run.\n\n{report}",
        agent.as_str().unwrap_or("unknown browser")
    );
    let path = env_path("BENCHMARKS_MD");
    std::fs::write(&path, text).expect("BENCHMARKS.md");
    println!("\nwrote {}", path.display());
}

/// The timeline with 10,000 synthetic events: first render, DOM size, and zoom steps.
fn timeline_at_scale(session: &Session, url: &str) -> String {
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
        // In first, then back out: the first view shows every event, so zooming out first
        // would change nothing and wait for ever.
        for id in ["zoom-in", "zoom-in", "zoom-out", "zoom-out"] {
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
    let line = format!(
        "Lafayette: timeline at 10000 events: first render median {:.1} ms; {initial_nodes} DOM nodes at first (at most {most_nodes} while zooming); zoom step median {:.1} ms, max {:.1} ms over {} steps",
        median(renders),
        median(steps.clone()),
        steps.iter().cloned().fold(0.0, f64::max),
        steps.len()
    );
    println!("{line}");
    line
}

/// Types queries into a supporters search (`#supporter-search`, ours or the rival's page)
/// and times each until the count on screen (`#supporters-status`) changes.
fn keystroke_times(session: &Session, url: &str) -> Vec<f64> {
    session.goto("about:blank").expect("reset");
    session.goto(url).expect("navigation");
    session
        .wait_for("#supporter-search", Duration::from_secs(120))
        .expect("the supporters search");
    // Timed to the count's change in the DOM, then the task's end (every update made) and a
    // forced layout: what the next frame would show, without waiting for that frame.
    let script = "const [text, done] = arguments;
        const input = document.getElementById('supporter-search');
        const status = document.getElementById('supporters-status');
        const before = status.textContent;
        const channel = new MessageChannel();
        let start;
        channel.port1.onmessage = () => { document.body.getBoundingClientRect(); done(performance.now() - start); };
        const observer = new MutationObserver(() => {
          if (status.textContent === before) return;
          observer.disconnect();
          channel.port2.postMessage(0);
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        // A reader's typing follows the box taking the focus.
        input.focus();
        start = performance.now();
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true }));";
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
    times
}

fn keystroke_median(session: &Session, url: &str) -> f64 {
    median(keystroke_times(session, url))
}

/// The search at scale, as a line of the report, and its median.
fn keystrokes(session: &Session, url: &str, count: usize, tool: &str) -> (String, f64) {
    let times = keystroke_times(session, url);
    let rows = session
        .execute(
            "return document.querySelectorAll('tbody tr').length",
            vec![],
        )
        .expect("rows");
    let middle = median(times.clone());
    let line = format!(
        "{tool}: supporters search at {count}: keystroke to updated list median {middle:.1} ms, max {:.1} ms over {} keystrokes; {rows} table rows in the DOM",
        times.iter().cloned().fold(0.0, f64::max),
        times.len()
    );
    println!("{line}");
    (line, middle)
}
