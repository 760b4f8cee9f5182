//! Export links that get their file when clicked: a `data:` URL set on the link just before
//! the browser follows it, so nothing is generated until the reader asks, and no Blob or
//! script is needed.

use leptos::ev::MouseEvent;
use wasm_bindgen::JsCast;

/// The link the reader clicked.
fn clicked_link(event: &MouseEvent) -> Option<web_sys::Element> {
    event
        .current_target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
}

/// Fills the clicked link's `href` with `contents` as a `data:` URL of type `mime`.
pub fn fill_on_click(event: &MouseEvent, mime: &str, contents: &str) {
    let href = format!(
        "data:{mime};charset=utf-8,{}",
        crate::route::encode(contents)
    );
    fill_with(event, &href);
}

/// Fills the clicked link's `href` with a ready `data:` URL (e.g. a canvas's PNG).
pub fn fill_with(event: &MouseEvent, href: &str) {
    if let Some(link) = clicked_link(event) {
        let _ = link.set_attribute("href", href);
    }
}

/// Names the file the clicked link downloads.
pub fn name_download(event: &MouseEvent, name: &str) {
    if let Some(link) = clicked_link(event) {
        let _ = link.set_attribute("download", name);
    }
}
