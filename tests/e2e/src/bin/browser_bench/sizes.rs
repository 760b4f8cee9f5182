//! Bytes as a reader downloads them: raw, gzip -9 and brotli -q 11 (what a static host would
//! serve precompressed).

use std::path::Path;
use std::process::Command;

/// Raw, gzip and brotli sizes of one file.
#[derive(Clone, Copy, Default, Debug)]
pub struct Sizes {
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
}

impl Sizes {
    pub fn of(path: &Path) -> Sizes {
        Sizes {
            raw: std::fs::metadata(path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
                .len(),
            gzip: compressed("gzip", &["-9", "-c"], path),
            brotli: compressed("brotli", &["-c", "-q", "11"], path),
        }
    }

    pub fn add(&mut self, other: Sizes) {
        self.raw += other.raw;
        self.gzip += other.gzip;
        self.brotli += other.brotli;
    }
}

fn compressed(program: &str, args: &[&str], path: &Path) -> u64 {
    // The compressed bytes are binary: count them as bytes, not as text.
    match Command::new(program).args(args).arg(path).output() {
        Ok(result) if result.status.success() => result.stdout.len() as u64,
        _ => panic!("`{program}` could not compress {}", path.display()),
    }
}

/// The total of the files a page load requested from `root` (paths as the server logged them,
/// under `prefix`), each counted once.
pub fn of_requests(root: &Path, prefix: &str, requests: &[String]) -> Sizes {
    let mut seen: Vec<&str> = Vec::new();
    let mut total = Sizes::default();
    for request in requests {
        let path = request.split(['?', '#']).next().unwrap_or_default();
        let Some(relative) = path.strip_prefix(prefix) else {
            continue;
        };
        let relative = if relative.is_empty() {
            "index.html"
        } else {
            relative
        };
        let file = root.join(relative);
        if !seen.contains(&relative) && file.is_file() {
            seen.push(relative);
            total.add(Sizes::of(&file));
        }
    }
    total
}
