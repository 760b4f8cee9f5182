//! Part of `cargo xtask post-build`, Trunk's hook: writes `lafayette-offline.html`
//! beside `index.html`, one file with the style, the script, the icon, the wasm (which
//! holds the data) and the supporters' rows inlined. Opened from disk (file://) a page may neither import a module nor
//! fetch a sibling file, so everything it needs is inside it.

use crate::process::Result;
use crate::world_map::MAP_FILE;
use std::path::Path;

/// `lafayette_data::downloads::OFFLINE_PAGE`, which the About view links (the end-to-end
/// tests open that link), kept here to spare the build helper the data crate's dependencies.
pub const FILE_NAME: &str = "lafayette-offline.html";

/// Runs in Trunk's hook, on release builds only (a debug wasm would make a huge file).
pub fn run(staging: &Path) -> Result {
    let index = read_text(staging, "index.html")?;
    let rows = supporter_rows_file(staging)?;
    let page = inline(&index, &rows, |name| {
        std::fs::read(staging.join(name))
            .map_err(|e| format!("{}: {e}", staging.join(name).display()))
    })?;
    std::fs::write(staging.join(FILE_NAME), &page).map_err(|e| e.to_string())?;
    println!("offline page: {FILE_NAME} ({} bytes)", page.len());
    Ok(())
}

/// The supporters' rows beside the app (`supporters-<fingerprint>.txt`, written by the
/// prerender step): exactly one.
fn supporter_rows_file(staging: &Path) -> Result<String> {
    let names: Vec<String> = std::fs::read_dir(staging)
        .map_err(|e| format!("{}: {e}", staging.display()))?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.starts_with("supporters-") && name.ends_with(".txt"))
        .collect();
    match &names[..] {
        [one] => Ok(one.clone()),
        _ => Err(format!(
            "{}: expected one supporters-*.txt, found {names:?}",
            staging.display()
        )),
    }
}

fn read_text(folder: &Path, name: &str) -> Result<String> {
    std::fs::read_to_string(folder.join(name))
        .map_err(|e| format!("{}: {e}", folder.join(name).display()))
}

/// The self-contained page for Trunk's `index` (its files read through `read`), with the
/// supporters' rows of `rows_file` and the map's shapes in elements the app reads
/// (src/lazy_file.rs).
pub fn inline(
    index: &str,
    rows_file: &str,
    read: impl Fn(&str) -> Result<Vec<u8>>,
) -> Result<String> {
    let text = |name: &str| {
        read(name)
            .and_then(|bytes| String::from_utf8(bytes).map_err(|_| format!("{name} is not UTF-8")))
    };
    let mut page = String::with_capacity(index.len());
    let mut rest = index;
    while let Some(start) = rest.find('<') {
        page.push_str(&rest[..start]);
        rest = &rest[start..];
        let end = rest.find('>').ok_or("index.html: unclosed tag")? + 1;
        let tag = &rest[..end];
        rest = &rest[end..];
        if tag.starts_with("<script") && attribute(tag, "data-wasm").is_some() {
            let glue = attribute(tag, "data-js").ok_or("the script tag has no data-js")?;
            let wasm = attribute(tag, "data-wasm").ok_or("the script tag has no data-wasm")?;
            let glue = module_body(&text(relative(glue))?)?;
            rest = rest
                .strip_prefix("</script>")
                .ok_or("the script tag is not empty")?;
            page.push_str(&format!(
                "<script type=\"module\">\n{glue}\nconst lafayetteWasm = Uint8Array.from(atob(\"{}\"), (c) => c.charCodeAt(0));\nawait __wbg_init({{ module_or_path: lafayetteWasm }});\n</script>",
                base64(&read(relative(wasm))?)
            ));
        } else if tag.starts_with("<script") && attribute(tag, "src").is_some() {
            // A classic script beside the page (the first paint's): inside it instead.
            let src = attribute(tag, "src").unwrap_or_default();
            rest = rest
                .strip_prefix("</script>")
                .ok_or("the script tag is not empty")?;
            page.push_str(&format!(
                "<script>\n{}\n</script>",
                text(relative(src))?.replace("</script", "<\\/script")
            ));
        } else if tag == "</body>" {
            // The files the app reads when a view needs them, each in an element of its id.
            for (file, id) in [(rows_file, "supporter-rows"), (MAP_FILE, "world-map")] {
                let contents = text(file)?;
                if contents.contains('<') {
                    return Err(format!("{file} holds a '<': it cannot be inlined"));
                }
                page.push_str(&format!(
                    "<script type=\"text/plain\" id=\"{id}\">{contents}</script>"
                ));
            }
            page.push_str(tag);
        } else if tag.starts_with("<html") {
            // The app then keeps to this one file: there are no pages beside it.
            page.push_str(&tag.replacen("<html", "<html data-single-file", 1));
        } else if tag.starts_with("<link") {
            match (attribute(tag, "rel"), attribute(tag, "href")) {
                (Some("stylesheet"), Some(href)) => {
                    page.push_str(&format!(
                        "<style>\n{}\n</style>",
                        text(relative(href))?.replace("</style", "<\\/style")
                    ));
                }
                (Some("icon"), Some(href)) => page.push_str(&format!(
                    "<link rel=\"icon\" href=\"data:image/svg+xml;base64,{}\">",
                    base64(&read(relative(href))?)
                )),
                // Preloads of the files now inlined.
                (Some("modulepreload" | "preload"), _) => {}
                _ => page.push_str(tag),
            }
        } else {
            page.push_str(tag);
        }
    }
    page.push_str(rest);
    Ok(page)
}

fn relative(href: &str) -> &str {
    href.strip_prefix("./").unwrap_or(href)
}

/// The value of `name="…"` in a start tag.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let length = tag[start..].find('"')?;
    Some(&tag[start..start + length])
}

/// wasm-bindgen's ES module as the body of an inline module script: its exports become plain
/// declarations (`__wbg_init` is then called by name).
fn module_body(glue: &str) -> Result<String> {
    let mut body = String::with_capacity(glue.len());
    for line in glue.lines() {
        if line.starts_with("import ") {
            return Err(format!(
                "the wasm-bindgen glue imports another file ({line}): it cannot be inlined"
            ));
        }
        if line.starts_with("export {") {
            continue;
        }
        body.push_str(line.strip_prefix("export ").unwrap_or(line));
        body.push('\n');
    }
    if !body.contains("function __wbg_init") {
        return Err("the wasm-bindgen glue has no __wbg_init".into());
    }
    Ok(body.replace("</script", "<\\/script"))
}

fn base64(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    const INDEX: &str = r#"<!doctype html><html lang="en"><head>
<script src="first-paint.js"></script>
<script type="module" src="./boot.js" data-js="./app-1.js" data-wasm="./app-1_bg.wasm"></script>
<link rel="stylesheet" href="./main-1.css" integrity="sha384-x"/>
<link rel="icon" href="./favicon-1.svg" integrity="sha384-y"/>
<link rel="modulepreload" href="./app-1.js" crossorigin="anonymous"><link rel="preload" href="./app-1_bg.wasm" as="fetch"></head>
<body><noscript><a href="data/x.csv">x</a></noscript></body></html>"#;

    fn files(name: &str) -> Result<Vec<u8>> {
        Ok(match name {
            "app-1.js" => b"export class Sink {}\nfunction __wbg_init(m) { return '</script>'; }\nexport { initSync, __wbg_init as default };\n".to_vec(),
            "app-1_bg.wasm" => b"\0asm".to_vec(),
            "main-1.css" => b"body { color: red }".to_vec(),
            "favicon-1.svg" => b"<svg/>".to_vec(),
            "first-paint.js" => b"var first = 1;".to_vec(),
            "supporters-1.txt" => b"Acme\x1fFR\x1e".to_vec(),
            MAP_FILE => b"viewBox 0 0 1000 439\n".to_vec(),
            other => return Err(format!("unexpected read of {other}")),
        })
    }

    #[test]
    fn inlines_style_script_icon_and_wasm_and_drops_preloads() {
        let page = inline(INDEX, "supporters-1.txt", files).unwrap();
        assert!(
            page.contains("<style>\nbody { color: red }\n</style>"),
            "{page}"
        );
        assert!(page.contains("<link rel=\"icon\" href=\"data:image/svg+xml;base64,PHN2Zy8+\">"));
        assert!(
            page.contains("\nclass Sink {}\n"),
            "exports become declarations"
        );
        assert!(!page.contains("export {"));
        assert!(
            page.contains("'<\\/script>'"),
            "a closing tag in the glue cannot end the script"
        );
        assert!(page.contains("atob(\"AGFzbQ==\")"));
        assert!(page.contains("<script>\nvar first = 1;\n</script>"));
        assert!(page.contains(
            "<script type=\"text/plain\" id=\"supporter-rows\">Acme\u{1f}FR\u{1e}</script><script type=\"text/plain\" id=\"world-map\">viewBox 0 0 1000 439\n</script></body>"
        ));
        assert!(page.contains("<html data-single-file lang=\"en\">"));
        assert!(page.contains("await __wbg_init({ module_or_path: lafayetteWasm });"));
        for gone in [
            "src=\"./boot.js\"",
            "modulepreload",
            "rel=\"preload\"",
            "main-1.css",
            "integrity",
        ] {
            assert!(!page.contains(gone), "{gone} left in {page}");
        }
        assert!(
            page.contains("<noscript><a href=\"data/x.csv\">x</a></noscript>"),
            "the rest is kept"
        );
    }

    #[test]
    fn says_which_file_is_missing_or_cannot_be_inlined() {
        let missing = inline(INDEX, "supporters-1.txt", |name| {
            if name == "main-1.css" {
                Err("main-1.css: not found".into())
            } else {
                files(name)
            }
        });
        assert_eq!(missing.unwrap_err(), "main-1.css: not found");
        let importing = inline(INDEX, "supporters-1.txt", |name| {
            if name == "app-1.js" {
                Ok(b"import x from './snippet.js';\n".to_vec())
            } else {
                files(name)
            }
        });
        assert!(importing.unwrap_err().contains("imports another file"));
        let closing = inline(INDEX, "supporters-1.txt", |name| {
            if name == "supporters-1.txt" {
                Ok(b"</script>\x1e".to_vec())
            } else {
                files(name)
            }
        });
        assert!(closing.unwrap_err().contains("cannot be inlined"));
    }
}
