//! Bytes as a reader downloads them: raw, gzip -9 and brotli -q 11 (what a static host would
//! serve precompressed). The test suite's size ceiling counts gzip; the benchmark all three.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

/// Raw, gzip and brotli sizes of one file.
#[derive(Clone, Copy, Default, Debug)]
pub struct Sizes {
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
}

impl Sizes {
    pub fn of(path: &Path) -> Sizes {
        let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        Sizes::of_bytes(&bytes)
    }

    pub fn of_bytes(bytes: &[u8]) -> Sizes {
        Sizes {
            raw: bytes.len() as u64,
            gzip: gzip_size(bytes),
            brotli: compressed("brotli", &["-c", "-q", "11"], bytes),
        }
    }

    pub fn add(&mut self, other: Sizes) {
        self.raw += other.raw;
        self.gzip += other.gzip;
        self.brotli += other.brotli;
    }
}

/// The size of `bytes` compressed with `gzip -9`.
pub fn gzip_size(bytes: &[u8]) -> u64 {
    compressed("gzip", &["-9", "-n", "-c"], bytes)
}

fn compressed(program: &str, args: &[&str], bytes: &[u8]) -> u64 {
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("`{program}`: {e}"));
    let mut input = child.stdin.take().expect("piped");
    // Fed from another thread: the compressor writes while it reads.
    let bytes = bytes.to_vec();
    let feeder = std::thread::spawn(move || input.write_all(&bytes));
    // The compressed bytes are binary: count them as bytes, not as text.
    let result = child.wait_with_output().expect("compressor output");
    feeder.join().expect("feeder").expect("compressor input");
    assert!(result.status.success(), "`{program}` failed");
    result.stdout.len() as u64
}

/// Sizes of the wasm module's code (function bodies) and data (static bytes: the dataset,
/// texts) sections.
pub fn wasm_code_and_data(module: &[u8]) -> (Sizes, Sizes) {
    let (code, data) = code_and_data_sections(module);
    (Sizes::of_bytes(&code), Sizes::of_bytes(&data))
}

fn code_and_data_sections(module: &[u8]) -> (Vec<u8>, Vec<u8>) {
    let (mut code, mut data) = (Vec::new(), Vec::new());
    let mut at = 8; // magic number and version
    while at < module.len() {
        let id = module[at];
        let (length, start) = leb128(module, at + 1);
        let body = &module[start..start + length];
        match id {
            10 => code.extend_from_slice(body),
            11 => data.extend_from_slice(body),
            _ => {}
        }
        at = start + length;
    }
    (code, data)
}

/// An unsigned LEB128 number at `at`, and where the bytes after it start.
fn leb128(bytes: &[u8], mut at: usize) -> (usize, usize) {
    let (mut value, mut shift) = (0usize, 0);
    loop {
        let byte = bytes[at];
        at += 1;
        value |= usize::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return (value, at);
        }
        shift += 7;
    }
}

/// The total of the files a page load requested from `root` (paths as the server logged them,
/// under `prefix`), each counted once.
pub fn of_requests(root: &Path, prefix: &str, requests: &[String]) -> Sizes {
    let mut total = Sizes::default();
    for file in requested_files(root, prefix, requests) {
        total.add(Sizes::of(&file));
    }
    total
}

/// The files of `root` a page load requested (paths as the server logged them, under
/// `prefix`), each once.
pub fn requested_files(root: &Path, prefix: &str, requests: &[String]) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
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
        if !files.contains(&file) && file.is_file() {
            files.push(file);
        }
    }
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_a_module_into_its_code_and_data_sections() {
        let mut module = b"\0asm\x01\0\0\0".to_vec();
        module.extend([1, 2, 0x60, 0]); // a type section of 2 bytes
        module.extend([10, 0x83, 0x01]); // a code section of 131 bytes (a two-byte length)
        module.extend(vec![7; 131]);
        module.extend([11, 3, 1, 2, 3]); // a data section of 3 bytes
        let (code, data) = code_and_data_sections(&module);
        assert_eq!((code, data), (vec![7; 131], vec![1, 2, 3]));
    }
}
