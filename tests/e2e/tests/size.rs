//! What a first visit downloads does not grow unnoticed: the gzip total of the files a fresh
//! page load requests must stay at or under the ceiling recorded in `first-visit-ceiling.txt`,
//! which comes down to the total whenever the total falls (commit the file then) and goes up
//! only by hand, in a commit that says which content earned the bytes.
//! Sizes are deterministic, so this is a test; speed is measured by `cargo xtask bench`.

use lafayette_e2e::server::StaticServer;
use lafayette_e2e::sizes::{gzip_size, requested_files};
use lafayette_e2e::*;
use std::path::{Path, PathBuf};

fn ceiling_file() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("first-visit-ceiling.txt")
}

/// The ceiling: the first line that is a number.
fn read_ceiling(text: &str) -> Option<u64> {
    text.lines().find_map(|line| line.trim().parse().ok())
}

#[test]
fn the_first_visit_stays_under_its_ceiling() {
    if Engine::current() != Engine::Chromium {
        // The same files in every engine: counted once, in the first engine's run.
        println!("SKIPPED: sizes are counted in the Chromium run");
        return;
    }
    let dist = PathBuf::from(std::env::var("LAFAYETTE_DIST").expect("LAFAYETTE_DIST"));
    // A server of its own: its log holds this page load's requests only.
    let server = StaticServer::start(dist.clone(), SUB_PATH, Vec::new());
    let session = browser();
    open_at(&session, &format!("{}#/timeline?lang=en", server.url()));
    // The icon is asked for apart from the page's own loading, at a moment of the browser's
    // choosing: wait for it, or the total would depend on the race.
    let asked_icon = |requests: &[String]| requests.iter().any(|r| r.contains("favicon"));
    let deadline = std::time::Instant::now() + STEP_TIMEOUT;
    while !asked_icon(&server.requests.lock().unwrap()) && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let requests = server.requests.lock().unwrap().clone();
    assert!(
        asked_icon(&requests),
        "the icon was asked for: {requests:?}"
    );
    let files = requested_files(&dist, SUB_PATH, &requests);
    assert!(
        files
            .iter()
            .any(|f| f.extension().is_some_and(|e| e == "wasm")),
        "the page loaded its wasm: {files:?}"
    );
    let total: u64 = files
        .iter()
        .map(|file| gzip_size(&std::fs::read(file).unwrap()))
        .sum();
    let text = std::fs::read_to_string(ceiling_file()).expect("first-visit-ceiling.txt");
    let ceiling = read_ceiling(&text).expect("a ceiling in first-visit-ceiling.txt");
    println!("first visit: {total} bytes gzip (ceiling {ceiling}) in {files:?}");
    assert!(
        total <= ceiling,
        "a first visit downloads {total} bytes gzip, over the ceiling of {ceiling}: \
         make it smaller, or raise the ceiling in a commit that says why"
    );
    if total < ceiling {
        let lowered = text.replacen(&ceiling.to_string(), &total.to_string(), 1);
        std::fs::write(ceiling_file(), lowered).expect("the ceiling written");
        println!("the ceiling comes down to {total}: commit tests/e2e/first-visit-ceiling.txt");
    }
}

#[test]
fn the_ceiling_file_reads_its_number() {
    assert_eq!(read_ceiling("# a comment\n339000\n"), Some(339_000));
    assert_eq!(read_ceiling("no number"), None);
}
