//! `cargo xtask bench`: builds the release and the benchmark variant, installs the rivals'
//! npm packages, and runs the browser half (`browser_bench` in tests/e2e), which prints the
//! sizes, timings and the side-by-side table and writes BENCHMARKS.md.

use crate::process::{step, Result};
use crate::{dist, dist_dir, tools, Driver};

pub fn run() -> Result {
    tools::ensure_build_tools()?;
    tools::ensure_packages(&tools::BENCH_PACKAGES)?;
    tools::ensure_npm_packages(&tools::RIVALS)?;
    dist()?;

    step("building the benchmark variant (feature `synthetic`) into target/bench-dist");
    let bench_dist = tools::root().join("target/bench-dist");
    crate::process::run(
        tools::trunk()?
            .args(["build", "--release", "--features", "synthetic", "--dist"])
            .arg(&bench_dist),
    )?;

    step("in headless Chromium: sizes, first render, the tools people use instead, scale cases");
    tools::ensure_chromium()?;
    let driver = Driver::start(std::process::Command::new(tools::CHROMEDRIVER))?;
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
            .env(
                "RIVALS_NODE_MODULES",
                tools::tools_dir().join("node_modules"),
            )
            .env("RIVAL_PAGES", tools::root().join("target/bench-rivals"))
            .env("BENCHMARKS_MD", tools::root().join("BENCHMARKS.md"))
            .env("CHROMIUM", tools::CHROMIUM),
    )
}
