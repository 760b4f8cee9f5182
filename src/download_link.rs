//! Export links that get their file when clicked: a `data:` URL set on the link just before
//! the browser follows it, so nothing is generated until the reader asks, and no Blob or
//! script is needed. `ExportLink` is such a link, styled as a button.

use leptos::ev::MouseEvent;
use leptos::prelude::*;
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

/// An export: a link styled as a button whose file, named `file`, is made when it is clicked
/// (`on_click` fills its address, so nothing is built until the reader asks).
#[component]
pub fn ExportLink<F>(
    id: &'static str,
    file: &'static str,
    label: &'static lafayette_data::Text,
    on_click: F,
) -> impl IntoView
where
    F: Fn(MouseEvent) + 'static,
{
    let lang = crate::document_sync::use_lang();
    view! {
        <a class="button" id=id href="#" download=file on:click=on_click>
            {crate::i18n::tr(lang, label)}
        </a>
    }
}
