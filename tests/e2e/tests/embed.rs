//! Embedding end to end: the Embed dialog's code pasted into a page on another origin (both
//! under a strict CSP served as a real header), automatic height, the message protocol and
//! what it ignores, no request to another origin, and the single-file offline page.

use lafayette_e2e::server::StaticServer;
use lafayette_e2e::webdriver::{keys, Session};
use lafayette_e2e::*;
use serde_json::{json, Value};
use std::path::PathBuf;
use std::time::Duration;

/// How long to give a message that must be ignored to (wrongly) take effect.
const IGNORED_GRACE: Duration = Duration::from_millis(800);

fn number(session: &Session, script: &str) -> f64 {
    session
        .execute(script, vec![])
        .unwrap()
        .as_f64()
        .unwrap_or_else(|| panic!("{script} gave no number"))
}

fn frame_height(session: &Session) -> f64 {
    number(
        session,
        "return document.getElementById('lafayette').getBoundingClientRect().height",
    )
}

/// Runs `check` inside the embedded app's frame.
fn in_frame<T>(session: &Session, check: impl FnOnce(&Session) -> T) -> T {
    let frame = session.find("#lafayette").unwrap();
    session.enter_frame(&frame).unwrap();
    let result = check(session);
    session.leave_frames().unwrap();
    result
}

fn app_hash(session: &Session) -> String {
    in_frame(session, |s| {
        s.execute("return location.hash", vec![])
            .unwrap()
            .as_str()
            .unwrap()
            .to_string()
    })
}

/// The page height the app measures inside its frame.
fn content_height(session: &Session) -> f64 {
    in_frame(session, |s| {
        number(
            s,
            "return document.documentElement.getBoundingClientRect().height",
        )
    })
}

/// Waits until the frame has left the height `previous` and fits its content: the page inside
/// may still measure the old height for a moment while the app replaces what it shows.
fn wait_for_fitted_frame(session: &Session, previous: f64) {
    session
        .wait_until("the frame to fit its new content", STEP_TIMEOUT, |s| {
            let frame = frame_height(s);
            Ok(frame != previous && (frame - content_height(s)).abs() <= 1.0)
        })
        .unwrap();
}

/// The snippet the Embed dialog gives for `hash`.
fn snippet_from_dialog(session: &Session, app: &StaticServer, hash: &str) -> String {
    open_at(session, &format!("{}{hash}", app.url()));
    open_embed_dialog(session);
    let code = session.find("#embed-code").unwrap();
    session
        .property(&code, "value")
        .unwrap()
        .as_str()
        .unwrap()
        .to_string()
}

/// A host page on its own origin, with its own strict policy allowing only the app's origin.
fn host_server(app: &StaticServer, body: &str) -> StaticServer {
    let folder =
        PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("embed-host-{}", app.port));
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(
        folder.join("host.html"),
        format!("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Host page</title></head><body><h1>A host page</h1>\n{body}\n</body></html>"),
    )
    .unwrap();
    // Columns of an article, one of them in a page's dark colour scheme.
    std::fs::write(
        folder.join("host.css"),
        ".column { margin: 1rem 0; }\n.wide { width: 760px; }\n.narrow { width: 320px; }\n.dark { color-scheme: dark; }\n",
    )
    .unwrap();
    // Browsers ask every page's server for one; an empty icon keeps the console clean.
    std::fs::write(folder.join("favicon.ico"), b"").unwrap();
    std::fs::write(
        folder.join("intruder.html"),
        "<!doctype html><title>intruder</title><script src=\"intruder.js\"></script>",
    )
    .unwrap();
    // Navigated into the app's frame, this page tries to resize and re-point the host's frame.
    std::fs::write(
        folder.join("intruder.js"),
        "parent.postMessage({ type: 'lafayette:resize', height: 7 }, '*');\n\
         parent.postMessage({ type: 'lafayette:state', hash: '#/matrix?intruded=1' }, '*');\n\
         document.documentElement.dataset.posted = 'yes';",
    )
    .unwrap();
    let origin = app.origin();
    StaticServer::start(
        folder,
        "/",
        vec![(
            "Content-Security-Policy".into(),
            format!("default-src 'self'; script-src 'self' {origin}; frame-src 'self' {origin} http://localhost:*; style-src 'self'; report-uri /csp-report"),
        )],
    )
}

#[test]
fn the_dialog_code_embeds_the_view_on_another_origin_and_talks_safely() {
    let session = browser();
    let app = &strict_server();
    let snippet = snippet_from_dialog(&session, app, "#/about?lang=en");
    assert!(
        snippet.contains("#/about?lang=en&amp;embed=1\""),
        "{snippet}"
    );
    assert!(
        snippet.contains("loading=\"lazy\"") && snippet.contains("title=\"About · Lafayette\""),
        "{snippet}"
    );
    assert!(
        snippet.contains(&format!("src=\"{}embed.js\"", app.url())),
        "{snippet}"
    );

    let body = format!(
        "{}\n<p><a id=\"full\" data-lafayette-link=\"lafayette\" href=\"#\">Open in Lafayette</a></p>",
        snippet.replacen("<iframe ", "<iframe id=\"lafayette\" ", 1)
    );
    let host = host_server(app, &body);
    session.goto(&format!("{}host.html", host.url())).unwrap();
    assert_ne!(host.origin(), app.origin());
    session
        .execute(
            "window.states = []; document.getElementById('lafayette').addEventListener('lafayette:state', e => states.push(e.detail.hash))",
            vec![],
        )
        .unwrap();

    // Auto-resize: the frame takes its content's height, not the snippet's 800 pixels.
    wait_for_fitted_frame(&session, 800.0);
    let about_height = frame_height(&session);
    assert_ne!(about_height, 800.0);
    assert!(in_frame(&session, |s| s
        .find("html[data-embed] main h2")
        .is_ok()));

    // The host steers the app; the app reports its state; the host's link follows it.
    session
        .execute(
            "LafayetteEmbed.navigate(document.getElementById('lafayette'), '#/supporters?lang=fr')",
            vec![],
        )
        .unwrap();
    session
        .wait_until("the host link to follow the app", STEP_TIMEOUT, |s| {
            let link = s.find("#full")?;
            Ok(s.attribute(&link, "href")?.unwrap_or_default()
                == format!("{}supporters.fr.html#/supporters?lang=fr", app.url()))
        })
        .unwrap();
    let states = session.execute("return window.states", vec![]).unwrap();
    assert!(
        states
            .as_array()
            .unwrap()
            .contains(&json!("#/supporters?lang=fr")),
        "{states}"
    );
    assert_eq!(
        app_hash(&session),
        "#/supporters?lang=fr&embed=1",
        "still embedded"
    );
    wait_for_fitted_frame(&session, about_height);
    assert_ne!(
        frame_height(&session),
        about_height,
        "the new view resized the frame"
    );

    // Malformed messages from the parent, and well-formed ones from windows that are not it.
    session
        .execute(
            "const app = document.getElementById('lafayette').contentWindow;\n\
             for (const message of [null, 42, 'lafayette:navigate #/matrix', [], {}, { type: 42 },\n\
                  { type: 'lafayette:navigate' }, { type: 'lafayette:navigate', hash: 42 },\n\
                  { type: 'lafayette:navigate', hash: 'https://evil.example/#/matrix' },\n\
                  { type: 'LAFAYETTE:NAVIGATE', hash: '#/matrix' },\n\
                  { type: 'lafayette:navigate', hash: '#/matrix?q=' + 'x'.repeat(5000) }]) {\n\
               app.postMessage(message, '*');\n\
             }\n\
             const stranger = document.createElement('iframe');\n\
             stranger.id = 'stranger';\n\
             document.body.append(stranger);",
            vec![],
        )
        .unwrap();
    let stranger = session.find("#stranger").unwrap();
    session.enter_frame(&stranger).unwrap();
    // Same origin as the host, but not the app's parent: the app must not obey it.
    session
        .execute(
            "parent.frames[0].postMessage({ type: 'lafayette:navigate', hash: '#/matrix' }, '*');\n\
             parent.postMessage({ type: 'lafayette:resize', height: 7 }, '*');",
            vec![],
        )
        .unwrap();
    session.leave_frames().unwrap();
    std::thread::sleep(IGNORED_GRACE);
    assert_eq!(app_hash(&session), "#/supporters?lang=fr&embed=1");
    assert!((frame_height(&session) - content_height(&session)).abs() <= 1.0);

    // The channel still works after all that.
    session
        .execute(
            "LafayetteEmbed.navigate(document.getElementById('lafayette'), '#/matrix?lang=en')",
            vec![],
        )
        .unwrap();
    session
        .wait_until("the matrix in the frame", STEP_TIMEOUT, |s| {
            Ok(app_hash(s) == "#/matrix?lang=en&embed=1")
        })
        .unwrap();

    // Nothing but the app's own origin, in the frame; nothing but the two origins in the host.
    let frame_resources = in_frame(&session, loaded_resources);
    assert!(!frame_resources.is_empty());
    for resource in &frame_resources {
        assert!(
            resource.starts_with(&app.origin()),
            "the app loaded {resource}"
        );
    }
    for resource in loaded_resources(&session) {
        assert!(
            resource.starts_with(&app.origin()) || resource.starts_with(&host.origin()),
            "the host loaded {resource}"
        );
    }
    assert_eq!(console_errors(&session), Vec::<String>::new());
    assert_eq!(csp_reports(app), Vec::<String>::new());
    assert_eq!(csp_reports(&host), Vec::<String>::new());

    // A page of another origin inside the same frame cannot resize it or move the host's link.
    let fitted = frame_height(&session);
    let link_before = session
        .attribute(&session.find("#full").unwrap(), "href")
        .unwrap();
    session
        .execute(
            "document.getElementById('lafayette').contentWindow.location = arguments[0]",
            vec![json!(format!(
                "{}intruder.html",
                host_intruder_origin(&host)
            ))],
        )
        .unwrap();
    session
        .wait_until("the intruder to post", STEP_TIMEOUT, |s| {
            Ok(in_frame(s, |s| s.find("html[data-posted]").is_ok()))
        })
        .unwrap();
    std::thread::sleep(IGNORED_GRACE);
    assert_eq!(frame_height(&session), fitted);
    assert_eq!(
        session
            .attribute(&session.find("#full").unwrap(), "href")
            .unwrap(),
        link_before
    );
}

/// The host's files, reached through `localhost` rather than 127.0.0.1: another origin again.
fn host_intruder_origin(host: &StaticServer) -> String {
    format!("http://localhost:{}/", host.port)
}

#[test]
fn every_view_runs_under_the_strict_policy_and_stays_on_its_origin() {
    let session = browser();
    let app = &strict_server();
    for hash in [
        "#/timeline?lang=en&sel=elysee-meeting",
        "#/supporters?lang=fr&country=USA",
        "#/matrix?lang=en",
        "#/sources?lang=fr",
        "#/about?lang=en",
        "#/timeline?embed=1&theme=dark",
        "#/supporters?embed=1",
        "#/matrix?embed=1&lang=fr",
    ] {
        open_at(&session, &format!("{}{hash}", app.url()));
        for resource in loaded_resources(&session) {
            assert!(resource.starts_with(&app.url()), "{hash} loaded {resource}");
        }
    }
    // The views' dynamic styles (timeline positions, the table's spacers) go through the CSSOM.
    open_at(&session, &format!("{}#/supporters?lang=en", app.url()));
    session
        .execute(
            "document.querySelector('.table-scroll, .supporter-table').scrollIntoView()",
            vec![],
        )
        .unwrap();
    open_embed_dialog(&session);
    std::thread::sleep(IGNORED_GRACE);
    assert_eq!(csp_reports(app), Vec::<String>::new(), "no CSP violation");
    assert_eq!(console_errors(&session), Vec::<String>::new());

    // The check itself works: a request to another origin is blocked and reported.
    session
        .execute("new Image().src = 'http://localhost:9/probe.png'", vec![])
        .unwrap();
    session
        .wait_until("the probe's violation report", STEP_TIMEOUT, |_| {
            Ok(csp_reports(app)
                .iter()
                .any(|report| report.contains("probe.png") || report.contains("localhost")))
        })
        .unwrap();
}

#[test]
fn the_embed_dialog_is_keyboard_operable_and_follows_its_options() {
    let session = browser();
    let snippet = snippet_from_dialog(&session, server(), "#/supporters?lang=en&country=FRA");
    assert!(
        snippet.contains("#/supporters?lang=en&amp;country=FRA&amp;embed=1\""),
        "{snippet}"
    );
    assert!(snippet.contains("height=\"820\""), "{snippet}");
    let height = session.find("#embed-height").unwrap();
    session.clear(&height).unwrap();
    session
        .type_into(&height, &format!("500{}", keys::TAB))
        .unwrap();
    let checkbox = session.find(".embed-options input[type=checkbox]").unwrap();
    session.click(&checkbox).unwrap();
    let code = session.find("#embed-code").unwrap();
    session
        .wait_until("the code to follow the options", STEP_TIMEOUT, |s| {
            let value = s.property(&code, "value")?;
            let value = value.as_str().unwrap_or_default();
            Ok(value.contains("height=\"500\"") && !value.contains("embed.js"))
        })
        .unwrap();
    // Escape closes the dialog and gives focus back to the button that opened it.
    session.press(&[keys::ESCAPE]).unwrap();
    session
        .wait_until("the dialog to close", STEP_TIMEOUT, |s| {
            Ok(s.find("dialog.embed-dialog[open]").is_err())
        })
        .unwrap();
    // Its preview, a second copy of the app, goes with it.
    assert!(session
        .find_all(".embed-preview iframe")
        .unwrap()
        .is_empty());
    let focused = session.active_element().unwrap();
    assert_eq!(
        session.attribute(&focused, "class").unwrap().as_deref(),
        Some("embed-button")
    );
    // The French interface has the dialog in French.
    open(&session, "#/supporters?lang=fr");
    assert_eq!(text_of(&session, "button.embed-button"), "Intégrer");
}

#[test]
fn the_offline_page_works_alone_from_disk() {
    let dist = PathBuf::from(std::env::var("LAFAYETTE_DIST").expect("LAFAYETTE_DIST"));
    let single =
        std::fs::read(dist.join("lafayette-offline.html")).expect("dist/lafayette-offline.html");
    // Alone in an empty folder: nothing beside it to load.
    let folder = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("offline-alone");
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).unwrap();
    let file = folder.join("lafayette.html");
    std::fs::write(&file, single).unwrap();

    let session = browser();
    open_at(
        &session,
        &format!("file://{}#/supporters?lang=fr", file.display()),
    );
    assert_eq!(text_of(&session, "main h2"), "Soutiens de l’Appel de Paris");
    session
        .wait_until("the supporter rows", STEP_TIMEOUT, |s| {
            Ok(s.find_all(".supporter-table tbody tr:not(.spacer)")?.len() > 10)
        })
        .unwrap();
    let link = session.find("nav.nav a[href*='timeline']").unwrap();
    session.click(&link).unwrap();
    session
        .wait_until("the timeline", STEP_TIMEOUT, |s| {
            Ok(text_of(s, "main h2") == "Chronologie")
        })
        .unwrap();
    let remote: Vec<String> = loaded_resources(&session)
        .into_iter()
        .filter(|name| name.starts_with("http"))
        .collect();
    assert_eq!(remote, Vec::<String>::new());
    let styled: Value = session
        .execute(
            "return getComputedStyle(document.querySelector('.nav a')).textDecorationLine",
            vec![],
        )
        .unwrap();
    assert_eq!(styled, json!("none"), "the style is inlined");
    // The map's shapes travel inside the file too.
    open_at(
        &session,
        &format!("file://{}#/supporters?lang=fr&map=1", file.display()),
    );
    session
        .wait_until("the map", STEP_TIMEOUT, |s| {
            Ok(s.find_all(".supporters-map svg a").unwrap().len() > 100)
        })
        .unwrap();
    // No embed code that would point at the disk: the dialog says where to get one.
    open_embed_dialog(&session);
    assert!(text_of(&session, "#embed-offline").contains("copie hors ligne"));
    assert_eq!(
        session
            .execute(
                "return document.querySelector('.embed-online').hidden",
                vec![]
            )
            .unwrap(),
        json!(true),
        "no code, no preview"
    );
    session.press(&[keys::ESCAPE]).unwrap();
    // The About view warns that the downloads need data/, and does not offer the file itself.
    open_at(
        &session,
        &format!("file://{}#/about?lang=en", file.display()),
    );
    assert!(text_of(&session, "#offline-data-note").contains("data/ folder"));
    assert!(session.find_all("#offline-page").unwrap().is_empty());
    assert_eq!(console_errors(&session), Vec::<String>::new());
}

#[test]
fn the_embed_dialog_previews_the_embed_at_the_chosen_width() {
    let session = browser();
    open(&session, "#/timeline?lang=fr&area=space");
    open_embed_dialog(&session);
    let frame = session.find(".embed-preview iframe").unwrap();
    let src = session
        .attribute(&frame, "src")
        .unwrap()
        .unwrap_or_default();
    assert!(
        src.contains("embed=1") && src.contains("lang=fr") && src.contains("area=space"),
        "the preview shows the embed with the reader's state: {src}"
    );
    let width = |s: &Session| {
        number(
            s,
            "return document.querySelector('.embed-preview iframe').getBoundingClientRect().width",
        )
    };
    assert_eq!(width(&session), 760.0);
    session
        .click(
            &session
                .find("input[name='embed-preview-width'][value='320']")
                .unwrap(),
        )
        .unwrap();
    session
        .wait_until("a phone-wide preview", STEP_TIMEOUT, |s| {
            Ok(width(s) == 320.0)
        })
        .unwrap();
    // The embed runs inside the dialog, as it will in the host's page.
    session.enter_frame(&frame).unwrap();
    session
        .wait_until("the embedded app", STEP_TIMEOUT, |s| {
            Ok(!s.find_all("html[data-embed] main").unwrap().is_empty())
        })
        .unwrap();
    session.leave_frames().unwrap();
}

/// Each figure with a state away from the defaults (a filter, a mode, a language) and the
/// texts its description then shows (the chosen filters named after it).
const FIGURES: [(&str, &str, &[&str]); 5] = [
    (
        "timeline",
        "#/timeline?lang=en&area=space",
        &["the filter keeps", "Chosen filters: Space"],
    ),
    // Ten lanes, every event: the tallest timeline.
    (
        "timeline",
        "#/timeline?lang=fr&lanes=area",
        &["Par domaine"],
    ),
    ("over-time", "#/timeline?lang=fr", &["soutiens"]),
    (
        "map",
        "#/supporters?lang=en&region=002",
        &["supporters in", "Chosen filters: Africa"],
    ),
    (
        "matrix",
        "#/matrix?lang=en&order=total",
        &["each initiative"],
    ),
];

/// The height of the frame `id` in the host page, and of the page inside it.
fn fitted_height(session: &Session, id: &str) -> f64 {
    let frame_height = |s: &Session| {
        number(
            s,
            &format!("return document.getElementById('{id}').getBoundingClientRect().height"),
        )
    };
    let inside = |s: &Session| -> lafayette_e2e::webdriver::Result<(f64, bool)> {
        let frame = s.find(&format!("#{id}"))?;
        s.enter_frame(&frame)?;
        let measured = s.execute(
            "return [document.documentElement.getBoundingClientRect().height,
                     !!document.querySelector('main .figure-embed h1') && !document.querySelector('.loading')]",
            vec![],
        );
        s.leave_frames()?;
        let measured = measured?;
        Ok((
            measured[0].as_f64().unwrap_or_default(),
            measured[1].as_bool().unwrap_or_default(),
        ))
    };
    // Fitted, and still the same a moment later: parts drawn late (the map's shapes) have
    // arrived and the frame has followed them.
    let mut last = f64::NAN;
    session
        .wait_until(
            &format!("the {id} frame to fit its figure"),
            LOAD_TIMEOUT,
            |s| {
                let (content, drawn) = inside(s)?;
                let fitted = drawn && (frame_height(s) - content).abs() <= 1.0;
                let settled = fitted && content == last;
                last = if fitted { content } else { f64::NAN };
                std::thread::sleep(Duration::from_millis(250));
                Ok(settled)
            },
        )
        .unwrap();
    frame_height(session)
}

#[test]
fn each_figure_fits_a_wide_and_a_narrow_column_on_another_origin() {
    let session = browser();
    let app = &strict_server();
    for (figure, hash, described) in FIGURES {
        open_at(&session, &format!("{}{hash}", app.url()));
        open_embed_dialog(&session);
        let choice = session
            .find(&format!("input[name='embed-what'][value='{figure}']"))
            .unwrap();
        session.click(&choice).unwrap();
        let code = |s: &Session| -> String {
            let area = s.find("#embed-code").unwrap();
            s.property(&area, "value")
                .unwrap()
                .as_str()
                .unwrap_or_default()
                .to_string()
        };
        session
            .wait_until("the code of the figure", STEP_TIMEOUT, |s| {
                Ok(code(s).contains(&format!("figure={figure}")))
            })
            .unwrap();
        let snippet = code(&session);
        let state = hash.split_once('?').unwrap().1;
        for part in state.split('&') {
            assert!(snippet.contains(part), "{figure}: {part} kept in {snippet}");
        }
        let (frame, script) = snippet.split_once('\n').expect("a frame and the script");
        let body = format!(
            "<link rel=\"stylesheet\" href=\"host.css\">\n<div class=\"column wide\">{}</div>\n<div class=\"column narrow dark\">{}</div>\n{script}",
            frame.replacen("<iframe ", "<iframe id=\"wide\" ", 1),
            frame.replacen("<iframe ", "<iframe id=\"narrow\" ", 1),
        );
        let host = host_server(app, &body);
        session.goto(&format!("{}host.html", host.url())).unwrap();
        assert_ne!(host.origin(), app.origin());
        let wide = fitted_height(&session, "wide");
        let narrow = fitted_height(&session, "narrow");
        assert!(
            wide <= 600.0,
            "{figure}: {wide} px tall in a 760 px column, at most 600"
        );
        let lang = if hash.contains("lang=fr") { "fr" } else { "en" };
        save_screenshot(&session, &format!("figure-{figure}-{lang}-host"));
        for (id, width) in [("wide", 760.0), ("narrow", 320.0)] {
            let frame = session.find(&format!("#{id}")).unwrap();
            session.enter_frame(&frame).unwrap();
            let seen = session
                .execute(
                    "return {
                        width: document.documentElement.clientWidth,
                        heights: [document.documentElement.scrollHeight, document.documentElement.clientHeight,
                                  document.documentElement.getBoundingClientRect().height],
                        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
                        chrome: document.querySelectorAll('.site-header, .embed-bar, .filter-bar, nav, .site-footer, .exports').length,
                        title: document.querySelector('#figure-title').textContent,
                        description: document.querySelector('.figure-description').textContent,
                        source: document.querySelector('.figure-footer .source-line').textContent,
                        full: document.querySelector('.figure-footer a').href,
                        theme: document.documentElement.getAttribute('data-theme'),
                    }",
                    vec![],
                )
                .unwrap();
            session.leave_frames().unwrap();
            let text = |key: &str| seen[key].as_str().unwrap_or_default().to_string();
            assert_eq!(
                seen["width"].as_f64(),
                Some(width),
                "{figure} in {id}: {seen}"
            );
            assert!(
                seen["overflow"].as_f64() <= Some(0.0),
                "{figure}: nothing runs out of the {width} px column: {seen}"
            );
            assert_eq!(
                seen["chrome"].as_u64(),
                Some(0),
                "{figure}: the figure alone"
            );
            assert!(!text("title").is_empty(), "{seen}");
            assert!(
                described
                    .iter()
                    .all(|part| text("description").contains(part)),
                "{figure}: {described:?} in {seen}"
            );
            assert_eq!(
                ["chosen filters", "filtres choisis"]
                    .iter()
                    .any(|named| text("description").to_lowercase().contains(named)),
                described.iter().any(|part| part.contains("filters")),
                "{figure}: the chosen filters named only when there are some: {seen}"
            );
            assert!(
                text("source").starts_with("Source")
                    || text("source").starts_with("Data")
                    || text("source").starts_with("Donn"),
                "{seen}"
            );
            let full = text("full");
            assert!(
                state.split('&').all(|part| full.contains(part))
                    && !full.contains("figure=")
                    && !full.contains("embed="),
                "{figure}: the full view keeps the state: {full}"
            );
            // The dark column's page declares dark; the other declares nothing.
            let theme = if id == "narrow" { Some("dark") } else { None };
            assert_eq!(seen["theme"].as_str(), theme, "{figure} in {id}");
        }
        assert!(narrow > 0.0);
        // A reload shows the same figure, exactly.
        let frame = session.find("#wide").unwrap();
        session.enter_frame(&frame).unwrap();
        let before = session
            .execute(
                "return [location.hash, document.querySelector('.figure-embed').innerText]",
                vec![],
            )
            .unwrap();
        session.execute("location.reload()", vec![]).unwrap();
        session
            .wait_until("the reloaded figure", LOAD_TIMEOUT, |s| {
                let after = s.execute(
                    "return performance.getEntriesByName('lafayette:rendered').length > 0
                       ? [location.hash, document.querySelector('.figure-embed').innerText] : null",
                    vec![],
                )?;
                Ok(after == before)
            })
            .unwrap();
        session.leave_frames().unwrap();
    }
}
