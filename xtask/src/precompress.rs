//! Part of `cargo xtask post-build`, last: a `.gz` and a `.br` copy beside every text and wasm
//! file of the build, so that a host set up for it (README: "Hosting") sends the compressed
//! bytes without compressing on every request, at the strongest settings (brotli 11, gzip 9).

use crate::process::Result;
use std::io::Write;
use std::path::Path;

/// What compresses: text and wasm. Images other than SVG are compressed already.
const COMPRESSIBLE: [&str; 9] = [
    "html", "js", "css", "wasm", "svg", "txt", "json", "csv", "md",
];

/// Writes the compressed copies of every compressible file under `folder`; returns how many
/// files and their total bytes, raw and brotli.
pub fn run(folder: &Path) -> Result<(usize, u64, u64)> {
    let mut totals = (0, 0, 0);
    for path in files(folder)? {
        let compressible = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| COMPRESSIBLE.contains(&e));
        if !compressible {
            continue;
        }
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let brotli = brotli(&bytes)?;
        for (suffix, compressed) in [("gz", gzip(&bytes)?), ("br", brotli.clone())] {
            let mut name = path.clone().into_os_string();
            name.push(".");
            name.push(suffix);
            std::fs::write(&name, compressed)
                .map_err(|e| format!("{}: {e}", Path::new(&name).display()))?;
        }
        totals = (
            totals.0 + 1,
            totals.1 + bytes.len() as u64,
            totals.2 + brotli.len() as u64,
        );
    }
    Ok(totals)
}

/// Every file under `folder`, in sub-folders too.
fn files(folder: &Path) -> Result<Vec<std::path::PathBuf>> {
    let mut found = Vec::new();
    let entries = std::fs::read_dir(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            found.extend(files(&path)?);
        } else {
            found.push(path);
        }
    }
    Ok(found)
}

pub fn gzip(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).map_err(|e| e.to_string())?;
    encoder.finish().map_err(|e| e.to_string())
}

pub fn brotli(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    let settings = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &settings).map_err(|e| e.to_string())?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn copies_read_back_as_the_file_and_only_text_and_wasm_get_them() {
        let folder = std::env::temp_dir().join(format!("precompress-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&folder);
        std::fs::create_dir_all(folder.join("data")).unwrap();
        let page = "<p>Lafayette</p>\n".repeat(200);
        std::fs::write(folder.join("index.html"), &page).unwrap();
        std::fs::write(folder.join("data/events.csv"), "id,title\n").unwrap();
        std::fs::write(folder.join("photo.png"), [0x89, b'P', b'N', b'G']).unwrap();

        let (count, raw, brotli_total) = run(&folder).unwrap();
        assert_eq!(count, 2, "the page and the table, not the image");
        assert_eq!(raw, page.len() as u64 + 9);
        assert!(brotli_total < raw);
        let mut unzipped = String::new();
        flate2::read::GzDecoder::new(&std::fs::read(folder.join("index.html.gz")).unwrap()[..])
            .read_to_string(&mut unzipped)
            .unwrap();
        assert_eq!(unzipped, page);
        let mut unbrotli = String::new();
        brotli::Decompressor::new(
            &std::fs::read(folder.join("index.html.br")).unwrap()[..],
            4096,
        )
        .read_to_string(&mut unbrotli)
        .unwrap();
        assert_eq!(unbrotli, page);
        assert!(folder.join("data/events.csv.br").is_file());
        assert!(!folder.join("photo.png.gz").exists());
        std::fs::remove_dir_all(&folder).unwrap();
    }
}
