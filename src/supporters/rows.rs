//! The supporters' rows in the browser: read from the page when it carries them (the single
//! offline file does), else fetched from their file beside the page. Views wait on `arrival`.

use crate::dataset::{read_supporters, supporters, SUPPORTER_ROWS_FILE};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Where the rows stand.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arrival {
    Pending,
    Ready,
    /// Why they could not be read (for the reader, and for whoever reports it).
    Failed(String),
}

thread_local! {
    static ARRIVAL: ArcRwSignal<Arrival> = ArcRwSignal::new(if supporters().is_empty() {
        Arrival::Pending
    } else {
        Arrival::Ready
    });
}

/// Where the rows stand, tracked: a view that reads it shows them once they are in.
pub fn arrival() -> Arrival {
    ARRIVAL.with(|arrival| arrival.get())
}

/// The element of the single offline file that holds the rows (see xtask/src/offline_page.rs).
pub const IN_PAGE_ID: &str = "supporter-rows";

thread_local! {
    static ASKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Reads the rows, from the page or their file; does nothing once asked.
pub async fn load() {
    if ASKED.with(|asked| asked.replace(true))
        || ARRIVAL.with(|arrival| arrival.get_untracked()) == Arrival::Ready
    {
        return;
    }
    let rows = match in_page() {
        Some(rows) => Ok(rows),
        None => fetch().await,
    };
    receive(rows.map(|rows| &*rows.leak()));
}

/// Takes the rows (or why they could not come) and tells the views.
pub fn receive(rows: Result<&'static str, String>) {
    let read = rows.and_then(read_supporters);
    ARRIVAL.with(|arrival| {
        arrival.set(match read {
            Ok(()) => Arrival::Ready,
            Err(reason) => Arrival::Failed(reason),
        })
    });
}

/// Starts loading the rows when the reader heads for them: a pointer over, a touch on or the
/// focus on a link to the supporters, so that the click finds them in or on their way. A
/// first visit to another view does not pay for them.
pub fn load_on_intent() {
    let heading_for_supporters = |event: web_sys::Event| {
        let to_supporters = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|element| element.closest("a[href*='supporters']").ok().flatten())
            .is_some();
        if to_supporters {
            leptos::task::spawn_local(load());
        }
    };
    for name in ["pointerover", "touchstart", "focusin"] {
        // For the page's lifetime, like the app.
        let _ = window_event_listener_untyped(name, heading_for_supporters);
    }
}

fn in_page() -> Option<String> {
    document()
        .get_element_by_id(IN_PAGE_ID)
        .and_then(|element| element.text_content())
}

async fn fetch() -> Result<String, String> {
    use wasm_bindgen_futures::JsFuture;
    let failed = |error: wasm_bindgen::JsValue| {
        format!(
            "{SUPPORTER_ROWS_FILE}: {}",
            error
                .dyn_ref::<web_sys::js_sys::Error>()
                .map(|error| String::from(error.message()))
                .unwrap_or_default()
        )
    };
    let response: web_sys::Response = JsFuture::from(window().fetch_with_str(SUPPORTER_ROWS_FILE))
        .await
        .map_err(failed)?
        .unchecked_into();
    if !response.ok() {
        return Err(format!(
            "{SUPPORTER_ROWS_FILE}: {} {}",
            response.status(),
            response.status_text()
        ));
    }
    JsFuture::from(response.text().map_err(failed)?)
        .await
        .map_err(failed)?
        .as_string()
        .ok_or_else(|| format!("{SUPPORTER_ROWS_FILE}: not text"))
}
