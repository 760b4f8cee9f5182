//! `cargo xtask <command>`: everything a newcomer needs, installing what is missing first.
//!
//!   serve   build the app and serve it on http://127.0.0.1:8080
//!   test    every test: native, component (headless Chromium), end-to-end (release dist/,
//!           Chromium, Firefox ESR and WebKit)
//!   dist    build the release into dist/ for static hosting
//!   bench   build the release and print the size of every file (raw, gzip -9, brotli)
//!   setup   only install the tools
//!   geography  write data/dataset/regions.csv and public/world-map.txt from their published
//!              packages (see src/geography.rs)
//!   post-build     (Trunk's hook) prerender each view's first screen into its page, then
//!                  write dist/lafayette-offline.html

mod bench;
mod geography;
mod offline_page;
mod precompress;
mod process;
mod tools;
mod world_map;

use process::{run, run_tests, step, Result, Tally};
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, ExitCode};
use std::time::{Duration, Instant};

fn main() -> ExitCode {
    let command = std::env::args().nth(1).unwrap_or_default();
    let result = match command.as_str() {
        "setup" => tools::ensure_build_tools().and_then(|_| tools::ensure_browsers()),
        "serve" => serve(),
        "dist" => tools::ensure_build_tools().and_then(|_| dist()),
        "test" => test(),
        "bench" => bench::run(),
        "geography" => geography::write(),
        "post-build" => post_build(),
        _ => Err("usage: cargo xtask serve | test | dist | bench | setup | geography".to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nerror: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Trunk's post-build hook: the prerendered pages first (the offline page includes the
/// timeline's), then, for release builds, the offline page and the compressed copies of
/// every file.
fn post_build() -> Result {
    run(tools::command("cargo").args([
        "run",
        "--quiet",
        "--package",
        "lafayette",
        "--bin",
        "prerender",
    ]))?;
    if std::env::var("TRUNK_PROFILE").as_deref() != Ok("release") {
        println!("offline page and compressed copies: skipped (not a release build)");
        return Ok(());
    }
    let staging = PathBuf::from(
        std::env::var("TRUNK_STAGING_DIR")
            .map_err(|_| "TRUNK_STAGING_DIR is not set: run as Trunk's hook")?,
    );
    offline_page::run(&staging)?;
    let (files, raw, brotli) = precompress::run(&staging)?;
    println!("compressed copies: .gz and .br of {files} files ({raw} bytes; {brotli} as brotli)");
    Ok(())
}

pub fn dist_dir() -> PathBuf {
    tools::root().join("dist")
}

/// Builds the optimised release into dist/.
pub fn dist() -> Result {
    step(
        "building the release into dist/ (trunk build --release; a cold build takes 5-10 minutes)",
    );
    run(tools::trunk()?.args(["build", "--release"]))
}

fn serve() -> Result {
    tools::ensure_build_tools()?;
    step("building and serving the app on http://127.0.0.1:8080/ (Ctrl-C stops)");
    run(tools::trunk()?.args(["serve", "--release"]))
}

fn test() -> Result {
    let started = Instant::now();
    tools::ensure_build_tools()?;
    tools::ensure_formatters()?;
    tools::ensure_browsers()?;
    let mut tally = Tally::default();
    let result = run_all_tests(&mut tally);
    println!("\ntests took {:.0} s", started.elapsed().as_secs_f64());
    println!("{}", tally.summary());
    result?;
    if tally.failed > 0 {
        return Err(format!("{} test(s) failed", tally.failed));
    }
    Ok(())
}

fn run_all_tests(tally: &mut Tally) -> Result {
    step("formatting: rustfmt, and leptosfmt for the view! macros (leptosfmt.toml)");
    run(tools::command("cargo").args(["fmt", "--all", "--check"]))
        .map_err(|_| "unformatted code: run `cargo fmt --all`".to_string())?;
    run(tools::command("leptosfmt").args(["--check", "--quiet", "src", "tests"]))
        .map_err(|_| "unformatted view! macros: run `leptosfmt src tests`".to_string())?;

    geography::check()?;

    step("1/5 native tests: dataset, URL state, logic (cargo test)");
    run_tests(
        tools::command("cargo").args(["test", "--workspace", "--exclude", "lafayette-e2e"]),
        tally,
    )?;

    step("2/5 component tests in headless Chromium (wasm-bindgen-test)");
    let capabilities = tools::root().join("target/webdriver.json");
    std::fs::create_dir_all(capabilities.parent().expect("target/")).map_err(|e| e.to_string())?;
    std::fs::write(&capabilities, chrome_capabilities()).map_err(|e| e.to_string())?;
    run_tests(
        tools::command("cargo")
            .args([
                "test",
                "-p",
                "lafayette",
                "--target",
                tools::WASM_TARGET,
                "--test",
                "components",
            ])
            .env("CHROMEDRIVER", tools::CHROMEDRIVER)
            .env("WASM_BINDGEN_TEST_WEBDRIVER_JSON", &capabilities)
            .env("WASM_BINDGEN_TEST_TIMEOUT", "120"),
        tally,
    )?;

    step("3/5 end-to-end tests: the release dist/ served on 127.0.0.1 in headless Chromium");
    dist()?;
    let chromedriver = Driver::start(Command::new(tools::CHROMEDRIVER))?;
    run_tests(&mut end_to_end(&chromedriver, "chromium"), tally)?;
    drop(chromedriver);

    step("4/5 the same end-to-end tests in headless Firefox ESR (geckodriver)");
    // System access lets the phone tests zoom Firefox's page, as a reader would.
    let mut geckodriver = Command::new(tools::geckodriver());
    geckodriver.arg("--allow-system-access");
    let geckodriver = Driver::start(geckodriver)?;
    run_tests(&mut end_to_end(&geckodriver, "firefox"), tally)?;
    drop(geckodriver);

    step("5/5 the same end-to-end tests in WebKit, Safari's engine (WebKitWebDriver driving MiniBrowser on a virtual display)");
    let display = VirtualDisplay::start()?;
    let mut webkit_driver = Command::new(tools::WEBKIT_DRIVER);
    webkit_driver.env("DISPLAY", display.name());
    let webkit_driver = Driver::start(webkit_driver)?;
    run_tests(
        end_to_end(&webkit_driver, "webkit").env("MINIBROWSER", tools::minibrowser()?),
        tally,
    )
}

/// `cargo test` of the end-to-end suite against `driver`'s `browser`.
fn end_to_end(driver: &Driver, browser: &str) -> Command {
    // geckodriver and WebKitWebDriver run one session at a time.
    let threads = if browser == "chromium" { 2 } else { 1 };
    let mut command = tools::command("cargo");
    command
        .args(["test", "-p", "lafayette-e2e", "--"])
        .arg(format!("--test-threads={threads}"))
        .env("WEBDRIVER_URL", driver.url())
        .env("BROWSER", browser)
        .env("LAFAYETTE_DIST", dist_dir())
        .env("CHROMIUM", tools::CHROMIUM)
        .env("FIREFOX", tools::FIREFOX)
        .env("AXE_CORE_JS", tools::AXE_CORE.dir().join("axe.min.js"))
        .env(
            "SCREENSHOT_DIR",
            tools::root().join("target/screenshots").join(browser),
        );
    command
}

/// Chromium flags for a sandboxed CI machine with no network but loopback.
fn chrome_args() -> Vec<&'static str> {
    vec![
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
    ]
}

fn chrome_capabilities() -> String {
    let args: Vec<String> = chrome_args().iter().map(|arg| format!("{arg:?}")).collect();
    format!(
        r#"{{"goog:chromeOptions":{{"binary":"{}","args":[{}]}}}}"#,
        tools::CHROMIUM,
        args.join(",")
    )
}

/// Waits up to 20 s for `ready`, checking every 100 ms.
fn wait_for(what: &str, ready: impl Fn() -> bool) -> Result {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !ready() {
        if Instant::now() > deadline {
            return Err(format!("{what} did not start within 20 s"));
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    Ok(())
}

/// A WebDriver server (chromedriver, geckodriver, WebKitWebDriver) on a free loopback port,
/// stopped when dropped.
pub struct Driver {
    child: Child,
    port: u16,
}

impl Driver {
    pub fn start(mut command: Command) -> Result<Driver> {
        let program = command.get_program().to_string_lossy().into_owned();
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map_err(|e| e.to_string())?
            .port();
        let child = command
            .arg(format!("--port={port}"))
            .stdout(std::process::Stdio::null())
            .spawn()
            .map_err(|e| format!("could not start {program}: {e}"))?;
        let driver = Driver { child, port };
        wait_for(&program, || {
            std::net::TcpStream::connect(("127.0.0.1", port)).is_ok()
        })?;
        Ok(driver)
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An X server with no screen (Xvfb) for WebKitGTK, which has no headless mode; stopped when
/// dropped. Big enough for the widest window a test asks for.
pub struct VirtualDisplay {
    child: Child,
    number: u32,
}

impl VirtualDisplay {
    pub fn start() -> Result<VirtualDisplay> {
        let socket = |number: u32| PathBuf::from(format!("/tmp/.X11-unix/X{number}"));
        let lock = |number: u32| PathBuf::from(format!("/tmp/.X{number}-lock"));
        let number = (90..200)
            .find(|&n| !socket(n).exists() && !lock(n).exists())
            .ok_or("no free X display number between :90 and :199")?;
        let child = Command::new(tools::XVFB)
            .arg(format!(":{number}"))
            .args(["-screen", "0", "1920x1080x24", "-nolisten", "tcp"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .map_err(|e| format!("could not start {}: {e}", tools::XVFB))?;
        let display = VirtualDisplay { child, number };
        wait_for("Xvfb", || socket(number).exists())?;
        Ok(display)
    }

    /// The `DISPLAY` value, e.g. `:90`.
    pub fn name(&self) -> String {
        format!(":{}", self.number)
    }
}

impl Drop for VirtualDisplay {
    fn drop(&mut self) {
        // Asked to end (SIGTERM) rather than killed, Xvfb removes its socket and lock file, so
        // the display numbers of earlier runs stay free.
        let terminated = Command::new("kill")
            .arg(self.child.id().to_string())
            .status()
            .is_ok_and(|status| status.success());
        if !terminated {
            let _ = self.child.kill();
        }
        let _ = self.child.wait();
    }
}
