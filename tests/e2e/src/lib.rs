//! The end-to-end harness: the release dist/ on a loopback static server under a sub-path,
//! and browser sessions over WebDriver. `cargo xtask test` builds dist/, starts the driver
//! and sets the environment this reads.

pub mod server;
pub mod sizes;
pub mod webdriver;

use serde_json::{json, Value};
use server::StaticServer;
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Duration;
use webdriver::Session;

/// How long the app may take to start in a test.
pub const LOAD_TIMEOUT: Duration = Duration::from_secs(30);
/// How long a reaction to input may take in a test (generous: CI machines are small).
pub const STEP_TIMEOUT: Duration = Duration::from_secs(10);
/// A deep sub-path: the build must work from anywhere on a static host.
pub const SUB_PATH: &str = "/hosting/any/sub-path/";

fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| {
        panic!("{name} is not set: run the end-to-end tests with `cargo xtask test`")
    })
}

/// The static server for dist/, started once per test binary.
pub fn server() -> &'static StaticServer {
    static SERVER: OnceLock<StaticServer> = OnceLock::new();
    SERVER.get_or_init(|| {
        let dist = PathBuf::from(env("LAFAYETTE_DIST"));
        assert!(
            dist.join("index.html").is_file(),
            "{} has no index.html: build it with `cargo xtask dist`",
            dist.display()
        );
        StaticServer::start(dist, SUB_PATH, Vec::new())
    })
}

/// Chromium's capabilities for a CI machine with no network but loopback.
pub fn chrome_capabilities() -> Value {
    json!({
        "browserName": "chrome",
        "goog:loggingPrefs": { "browser": "ALL" },
        "goog:chromeOptions": {
            "binary": env("CHROMIUM"),
            "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run", "--window-size=1280,900",
                     "--lang=en-US"]
        }
    })
}

/// Firefox ESR's capabilities: headless, English, nothing phoning home.
pub fn firefox_capabilities() -> Value {
    json!({
        "browserName": "firefox",
        "moz:firefoxOptions": {
            "binary": env("FIREFOX"),
            "args": ["-headless", "-width=1280", "-height=900"],
            "prefs": {
                "intl.accept_languages": "en-US",
                "app.update.enabled": false,
                "browser.shell.checkDefaultBrowser": false,
                "datareporting.policy.dataSubmissionEnabled": false,
                "network.captive-portal-service.enabled": false,
                "network.connectivity-service.enabled": false,
                "browser.safebrowsing.malware.enabled": false,
                "browser.safebrowsing.phishing.enabled": false
            }
        }
    })
}

/// WebKit's capabilities: MiniBrowser (WebKitGTK, Safari's engine) in full-screen mode, which
/// drops its toolbar so that the window size is the viewport size (a window with the toolbar
/// cannot be narrower than 447 px).
pub fn webkit_capabilities() -> Value {
    json!({
        "browserName": "MiniBrowser",
        "webkitgtk:browserOptions": {
            "binary": env("MINIBROWSER"),
            "args": ["--automation", "--full-screen"]
        }
    })
}

/// The browser engine this run drives (`BROWSER`: chromium, firefox or webkit).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Chromium,
    Firefox,
    WebKit,
}

impl Engine {
    pub fn current() -> Engine {
        match std::env::var("BROWSER").as_deref() {
            Ok("firefox") => Engine::Firefox,
            Ok("webkit") => Engine::WebKit,
            _ => Engine::Chromium,
        }
    }

    fn capabilities(self) -> Value {
        match self {
            Engine::Chromium => chrome_capabilities(),
            Engine::Firefox => firefox_capabilities(),
            Engine::WebKit => webkit_capabilities(),
        }
    }
}

/// How many times a session is asked for before the test fails: on a loaded CI machine,
/// MiniBrowser has once failed to reach its virtual display ("cannot open display") and the
/// driver never answered; the next session started normally.
const SESSION_ATTEMPTS: u32 = 3;

/// A new session of `engine`, asked for again when the browser fails to start.
fn new_session(engine: Engine) -> Session {
    let mut attempt = 1;
    loop {
        match Session::new(&env("WEBDRIVER_URL"), engine.capabilities()) {
            Ok(session) => return session,
            Err(error) if attempt < SESSION_ATTEMPTS => {
                eprintln!("browser session attempt {attempt} failed ({error}); asking again");
                std::thread::sleep(Duration::from_secs(2));
                attempt += 1;
            }
            Err(error) => panic!("no browser session after {attempt} attempts: {error}"),
        }
    }
}

/// The desktop window every test starts with.
pub const DESKTOP: (u32, u32) = (1280, 900);

/// A new browser session in the browser this run tests, with a desktop-sized viewport.
pub fn browser() -> Session {
    let session = new_session(Engine::current());
    resize(&session, DESKTOP.0, DESKTOP.1);
    session
}

/// A phone-sized viewport: the iPhone 12–15 class, and the small Android class.
pub const PHONE: (u32, u32) = (390, 844);
pub const SMALL_PHONE: (u32, u32) = (360, 640);
/// A tablet in landscape (the iPad class): the wide layout under a finger.
pub const TABLET: (u32, u32) = (1024, 768);

/// Firefox's windows are at least this wide, even headless.
const FIREFOX_MIN_WINDOW: u32 = 500;
/// Firefox's own bars above the page, in CSS pixels, even headless.
const FIREFOX_CHROME_HEIGHT: u32 = 86;

/// The window size and page zoom that give Firefox a page of `width` × `height` CSS pixels:
/// its windows are at least 500 px wide, so the page is zoomed in as a reader would, and
/// Firefox's zoom levels are 60/n (60 layout units per CSS pixel, n per device pixel).
pub fn firefox_phone(width: u32, height: u32) -> (u32, u32, f64) {
    let units = 60 * width / FIREFOX_MIN_WINDOW;
    let window_width = (60 * width).div_ceil(units);
    let page_height = (60 * height).div_ceil(units);
    (
        window_width,
        page_height + FIREFOX_CHROME_HEIGHT,
        60.0 / f64::from(units),
    )
}

/// A new session whose page is `width` × `height` CSS pixels, as on a phone: Chromium emulates
/// a touch phone (DevTools), WebKit sizes its window to it (full screen, no toolbar), and
/// Firefox zooms the page (its windows cannot be narrower than 500 px).
pub fn phone_browser((width, height): (u32, u32)) -> Session {
    let engine = Engine::current();
    let session = new_session(engine);
    match engine {
        Engine::Chromium => {
            session.set_window_size(width, height).expect("window size");
            session
                .cdp(
                    "Emulation.setDeviceMetricsOverride",
                    json!({ "width": width, "height": height, "deviceScaleFactor": 3, "mobile": true }),
                )
                .expect("phone metrics");
            session
                .cdp(
                    "Emulation.setTouchEmulationEnabled",
                    json!({ "enabled": true, "maxTouchPoints": 5 }),
                )
                .expect("touch");
        }
        Engine::Firefox => {
            let (window_width, window_height, _) = firefox_phone(width, height);
            session
                .set_window_size(window_width, window_height)
                .expect("window size");
        }
        Engine::WebKit => session.set_window_size(width, height).expect("window size"),
    }
    // The zoom is the site's: set on its page, it stays for every page of the site.
    session.goto(&server().url()).expect("a first page");
    if engine == Engine::Firefox {
        let (_, _, zoom) = firefox_phone(width, height);
        session
            .in_firefox_chrome(
                "ZoomManager.setZoomForBrowser(gBrowser.selectedBrowser, arguments[0])",
                vec![json!(zoom)],
            )
            .expect("page zoom");
    }
    session
        .wait_until("the phone viewport", STEP_TIMEOUT, |s| {
            let size = s.execute("return [innerWidth, innerHeight]", vec![])?;
            let (w, h) = (
                size[0].as_f64().unwrap_or(0.0),
                size[1].as_f64().unwrap_or(0.0),
            );
            Ok((w - f64::from(width)).abs() <= 1.0 && (h - f64::from(height)).abs() <= 2.0)
        })
        .expect("the page is phone-sized");
    session
}

/// Sets the window to `width` × `height` and waits until the page sees it.
pub fn resize(session: &Session, width: u32, height: u32) {
    session.set_window_size(width, height).expect("window size");
    // WebKit applies the new size a frame later; a window may keep a scroll bar's width.
    session
        .wait_until("the new window size", STEP_TIMEOUT, |s| {
            let inner = s.execute("return innerWidth", vec![])?;
            Ok(inner
                .as_u64()
                .is_some_and(|w| w <= u64::from(width) && w + 20 >= u64::from(width)))
        })
        .expect("the window resizes");
}

/// Opens the app at `hash` (e.g. `#/supporters?lang=fr`) and waits until it has rendered.
pub fn open(session: &Session, hash: &str) {
    open_at(session, &format!("{}{hash}", server().url()));
}

/// Opens the app at `url` and waits until the app runs it (not only its prerendered first
/// screen, whose controls wait for the app).
pub fn open_at(session: &Session, url: &str) {
    session.goto(url).expect("navigation");
    if let Err(first) = app_running(session) {
        // CI saw WebKit once (2 December 2026, in the screenshot walk) hold a page 30 s without
        // its app; 336 navigations of the same walk by hand never did. Navigating once more
        // tells a load that stalled from an app that does not start, and the log keeps both.
        eprintln!("the app did not start at {url} ({first}); navigating once more");
        session.goto(url).expect("navigation");
        if let Err(second) = app_running(session) {
            panic!("the app renders its view: {first}; navigated again: {second}");
        }
    }
}

/// Waits until the app runs the page (not only its prerendered first screen), the supporters'
/// rows included when the view needs them (they arrive in a file of their own, after the app
/// starts).
pub fn wait_for_app(session: &Session) {
    app_running(session).expect("the app renders its view");
}

/// Waits until the app runs the page; on a timeout, says what the page held.
fn app_running(session: &Session) -> Result<(), String> {
    session
        .wait_until("the app", LOAD_TIMEOUT, |s| {
            let running = s.execute(
                "return performance.getEntriesByName('lafayette:rendered').length > 0
                   && !document.getElementById('prerendered') && !!document.querySelector('main#main h2')
                   && !document.querySelector('main#main .loading')",
                vec![],
            )?;
            Ok(running == serde_json::json!(true))
        })
        .map_err(|timeout| {
            let held = session.execute(
                "return JSON.stringify({ url: location.href, readyState: document.readyState,
                   rendered: performance.getEntriesByName('lafayette:rendered').length,
                   prerendered: !!document.getElementById('prerendered'),
                   heading: !!document.querySelector('main#main h2'),
                   loading: document.querySelector('main#main .loading')?.textContent,
                   files: performance.getEntriesByType('resource')
                     .map(file => file.name.split('/').pop() + ' ' + Math.round(file.duration) + ' ms') })",
                vec![],
            );
            format!("{timeout}; the page held {held:?}")
        })
}

/// Clicks the header's Embed button and waits for its dialog, and for the preview inside it
/// to run the app (the offline file's dialog has no preview).
pub fn open_embed_dialog(session: &Session) {
    let button = session
        .find("button.embed-button")
        .expect("the Embed button");
    session.click(&button).expect("click");
    session
        .wait_for("dialog.embed-dialog[open]", STEP_TIMEOUT)
        .expect("the Embed dialog opens");
    wait_for_preview(session);
}

/// Waits until the Embed dialog's preview, a second copy of the app in a frame, has arrived
/// and runs. A test must not close the dialog (which removes the frame) before: WebKitWebDriver
/// stops answering for good when a frame is removed or sent elsewhere while it is still
/// navigating (reproduced on 2 December 2026 with a bare page and no app: 6 of 10 tries hung
/// when the frame went within a second, none when it stayed), which CI saw twice.
pub fn wait_for_preview(session: &Session) {
    session
        .wait_until("the preview to run the app", LOAD_TIMEOUT, |s| {
            let settled = s.execute(
                "if (document.querySelector('.embed-online')?.hidden) return true;
                 const doc = document.querySelector('.embed-preview iframe')?.contentDocument;
                 return !!doc && doc.readyState === 'complete'
                   && doc.defaultView.performance.getEntriesByName('lafayette:rendered').length > 0;",
                vec![],
            )?;
            Ok(settled == serde_json::json!(true))
        })
        .expect("the preview runs the app");
}

/// The policy README.md tells hosts to send: no inline script or style, no other origin.
pub const STRICT_CSP: &str =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/// dist/ served with `STRICT_CSP` as a real header; violations are reported to the server
/// (`posts`), so none can go unseen. One per test: its reports are that test's alone.
pub fn strict_server() -> StaticServer {
    StaticServer::start(
        PathBuf::from(env("LAFAYETTE_DIST")),
        SUB_PATH,
        vec![(
            "Content-Security-Policy".into(),
            format!("{STRICT_CSP}; report-uri /csp-report"),
        )],
    )
}

/// The CSP violation reports `server` has received.
pub fn csp_reports(server: &StaticServer) -> Vec<String> {
    server.posts.lock().expect("post log").clone()
}

/// The addresses of every resource the current document (or frame) has loaded.
pub fn loaded_resources(session: &Session) -> Vec<String> {
    let names = session
        .execute(
            "return performance.getEntriesByType('resource').map(e => e.name)",
            vec![],
        )
        .expect("resource timing");
    names
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|name| name.as_str().map(str::to_string))
        .collect()
}

/// The errors logged to the console since the last call. Only chromedriver exposes the
/// console over WebDriver: in Firefox and WebKit this is empty, and the suite's other checks
/// (visible results, CSP reports) carry the weight.
pub fn console_errors(session: &Session) -> Vec<String> {
    if Engine::current() != Engine::Chromium {
        return Vec::new();
    }
    session
        .console_messages()
        .expect("console log")
        .into_iter()
        .filter(|(level, _)| level == "SEVERE")
        .map(|(_, message)| message)
        .collect()
}

/// Saves a screenshot for review under $SCREENSHOT_DIR.
pub fn save_screenshot(session: &Session, name: &str) -> PathBuf {
    let dir = PathBuf::from(
        std::env::var("SCREENSHOT_DIR").unwrap_or_else(|_| "target/screenshots".into()),
    );
    std::fs::create_dir_all(&dir).expect("screenshot folder");
    let path = dir.join(format!("{name}.png"));
    let png = session.screenshot().expect("a screenshot");
    assert!(png.starts_with(b"\x89PNG"), "the screenshot is a PNG");
    std::fs::write(&path, png).expect("screenshot written");
    path
}

/// The text of the first element matching `css`. The app may replace the element between
/// finding it and reading it (a re-render): then it is found again.
pub fn text_of(session: &Session, css: &str) -> String {
    let mut last_error = String::new();
    for _ in 0..3 {
        let element = session.find(css).unwrap_or_else(|e| panic!("{e}"));
        match session.text(&element) {
            Ok(text) => return text,
            Err(error) => last_error = error,
        }
    }
    panic!("the text of {css}: {last_error}")
}

/// The words of the first element matching `css`, one space apart: a name the page breaks
/// over several lines (the matrix's column names) reads whole.
pub fn words_of(session: &Session, css: &str) -> String {
    text_of(session, css)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Clicks an export link (`#id`) without letting the browser download it, and returns the file
/// the link now holds (a `data:` URL), decoded.
pub fn read_export(session: &Session, id: &str) -> String {
    session
        .execute(&format!("document.getElementById('{id}').addEventListener('click', e => e.preventDefault())"), vec![])
        .expect("export link");
    let link = session.find(&format!("#{id}")).expect("export link");
    session.click(&link).expect("click");
    let href = session
        .attribute(&link, "href")
        .expect("href")
        .expect("an href");
    let contents = session
        .execute(
            "return decodeURIComponent(arguments[0].split(',').slice(1).join(','))",
            vec![json!(href)],
        )
        .expect("decoded");
    contents.as_str().expect("text").to_string()
}

/// How many events the built dataset holds, read from its download (`data/lafayette-dataset.json`
/// in dist/), so that tests follow the dataset as it grows.
pub fn dataset_events() -> usize {
    let path = PathBuf::from(env("LAFAYETTE_DIST")).join("data/lafayette-dataset.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    let dataset: Value = serde_json::from_str(&text).expect("the dataset download is JSON");
    dataset["events"].as_array().expect("an events array").len()
}

/// Every view's address slug, in the navigation's order.
pub const VIEWS: [&str; 6] = [
    "timeline",
    "supporters",
    "matrix",
    "follow-through",
    "sources",
    "about",
];
