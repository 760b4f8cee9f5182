//! A file the app reads only when a view needs it (the supporters' rows, the map's shapes):
//! from the page when it carries it (the single offline file does, in an element with its
//! id), else fetched from beside the page.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Where a lazily read file stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arrival {
    Pending,
    Ready,
    /// Why it could not be read (for the reader, and for whoever reports it).
    Failed(String),
}

/// The file's text: from the element `in_page_id` of the page if there is one, else `file`.
pub async fn read(file: &str, in_page_id: &str) -> Result<String, String> {
    match in_page(in_page_id) {
        Some(text) => Ok(text),
        None => fetch(file).await,
    }
}

fn in_page(id: &str) -> Option<String> {
    document()
        .get_element_by_id(id)
        .and_then(|element| element.text_content())
}

async fn fetch(file: &str) -> Result<String, String> {
    use wasm_bindgen_futures::JsFuture;
    let failed = |error: wasm_bindgen::JsValue| {
        format!(
            "{file}: {}",
            error
                .dyn_ref::<web_sys::js_sys::Error>()
                .map(|error| String::from(error.message()))
                .unwrap_or_default()
        )
    };
    let response: web_sys::Response = JsFuture::from(window().fetch_with_str(file))
        .await
        .map_err(failed)?
        .unchecked_into();
    if !response.ok() {
        return Err(format!(
            "{file}: {} {}",
            response.status(),
            response.status_text()
        ));
    }
    JsFuture::from(response.text().map_err(failed)?)
        .await
        .map_err(failed)?
        .as_string()
        .ok_or_else(|| format!("{file}: not text"))
}
