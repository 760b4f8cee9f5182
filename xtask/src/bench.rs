//! `cargo xtask bench`: the release's size, file by file, raw, gzip -9 and brotli,
//! and what a first visit downloads.

use crate::process::{step, Result};
use crate::{dist, dist_dir, tools, Driver};
use std::path::Path;
use std::process::Command;

pub fn run() -> Result {
    tools::ensure_build_tools()?;
    tools::ensure_packages(&tools::BENCH_PACKAGES)?;
    dist()?;
    step("sizes of dist/ (bytes)");
    let mut files = Vec::new();
    let mut folders = vec![dist_dir()];
    while let Some(folder) = folders.pop() {
        for path in std::fs::read_dir(&folder)
            .map_err(|e| e.to_string())?
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
    let index =
        std::fs::read_to_string(dist_dir().join("index.html")).map_err(|e| e.to_string())?;
    println!(
        "{:<44} {:>10} {:>10} {:>10}  first visit",
        "file", "raw", "gzip -9", "brotli"
    );
    let mut first_visit = [0u64; 3];
    let mut all = [0u64; 3];
    for path in &files {
        let name = path
            .strip_prefix(dist_dir())
            .unwrap_or(path)
            .to_string_lossy()
            .into_owned();
        let sizes = [
            std::fs::metadata(path).map_err(|e| e.to_string())?.len(),
            compressed("gzip", &["-9", "-c"], path)?,
            compressed("brotli", &["-c", "-q", "11"], path)?,
        ];
        // A first visit loads the page and everything it names; downloads come later, on request.
        let loaded = name == "index.html" || index.contains(&format!("./{name}"));
        for (total, size) in all.iter_mut().zip(sizes) {
            *total += size;
        }
        if loaded {
            for (total, size) in first_visit.iter_mut().zip(sizes) {
                *total += size;
            }
        }
        println!(
            "{name:<44} {:>10} {:>10} {:>10}  {}",
            sizes[0],
            sizes[1],
            sizes[2],
            if loaded { "yes" } else { "" }
        );
    }
    println!(
        "{:<44} {:>10} {:>10} {:>10}",
        "all files", all[0], all[1], all[2]
    );
    println!(
        "{:<44} {:>10} {:>10} {:>10}",
        "first visit downloads", first_visit[0], first_visit[1], first_visit[2]
    );

    step("building the benchmark variant (feature `synthetic`) into target/bench-dist");
    let bench_dist = tools::root().join("target/bench-dist");
    crate::process::run(
        tools::trunk()?
            .args(["build", "--release", "--features", "synthetic", "--dist"])
            .arg(&bench_dist),
    )?;

    step("in headless Chromium: first render, DOM size, heap, search keystrokes");
    tools::ensure_browsers()?;
    let driver = Driver::start(std::path::Path::new(tools::CHROMEDRIVER))?;
    crate::process::run(
        tools::command("cargo")
            .args([
                "run",
                "--quiet",
                "--release",
                "-p",
                "lafayette-e2e",
                "--bin",
                "browser_bench",
            ])
            .env("WEBDRIVER_URL", driver.url())
            .env("LAFAYETTE_DIST", dist_dir())
            .env("LAFAYETTE_BENCH_DIST", &bench_dist)
            .env("CHROMIUM", tools::CHROMIUM),
    )
}

fn compressed(program: &str, args: &[&str], path: &Path) -> Result<u64> {
    // The compressed bytes are binary: count them as bytes, not as text.
    match Command::new(program).args(args).arg(path).output() {
        Ok(result) if result.status.success() => Ok(result.stdout.len() as u64),
        _ => Err(format!("`{program}` could not compress {}", path.display())),
    }
}
