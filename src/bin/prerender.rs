//! Trunk's post-build hook (release builds): writes a page per view and language beside
//! `index.html` (`supporters.fr.html`…), each with its first screen rendered ahead of the
//! code, and renders the timeline into `index.html` itself.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use lafayette::dataset::{SUPPORTER_ROWS, SUPPORTER_ROWS_FILE};
    use lafayette::prerender::{app_html, move_styles, page, styles_sheet};
    use lafayette::route::{page_file, View};
    use lafayette_data::Lang;
    use std::path::PathBuf;

    let run = || -> Result<usize, String> {
        let staging = PathBuf::from(
            std::env::var("TRUNK_STAGING_DIR")
                .map_err(|_| "TRUNK_STAGING_DIR is not set: run as Trunk's hook")?,
        );
        let index_path = staging.join("index.html");
        let index = std::fs::read_to_string(&index_path)
            .map_err(|e| format!("{}: {e}", index_path.display()))?;
        let write = |name: &str, html: String| {
            std::fs::write(staging.join(name), html).map_err(|e| format!("{name}: {e}"))
        };
        // Every page, then the one stylesheet of their moved styles (named by its content,
        // so a new build never meets an old copy in a cache).
        let mut rules = Vec::new();
        let mut pages = Vec::new();
        for view in View::ALL {
            for lang in Lang::ALL {
                let app = move_styles(&app_html(view, lang), &mut rules);
                pages.push((page_file(view, lang), (view, lang, false), app));
            }
        }
        let root = pages
            .iter()
            .find(|(_, (view, lang, _), _)| *view == View::Timeline && *lang == Lang::En)
            .map(|(_, _, app)| app.clone())
            .unwrap_or_default();
        pages.push((
            "index.html".to_string(),
            (View::Timeline, Lang::En, true),
            root,
        ));
        // The supporters' rows, which the app fetches when a view needs them.
        write(SUPPORTER_ROWS_FILE, SUPPORTER_ROWS.to_string())?;
        let sheet = styles_sheet(&rules);
        let styles = format!(
            "prerendered-{:016x}.css",
            lafayette_data::fingerprint(sheet.as_bytes())
        );
        write(&styles, sheet)?;
        for (name, which, app) in &pages {
            write(name, page(&index, *which, app, &styles)?)?;
        }
        let written = pages.len();
        Ok(written)
    };
    match run() {
        Ok(pages) => {
            println!("prerender: {pages} pages with their first screen");
            std::process::ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("prerender: {message}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
