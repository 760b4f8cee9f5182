//! The supporters' rows in the browser: read from the page when it carries them (the single
//! offline file does), else fetched from their file beside the page. Views wait on `arrival`.

use crate::dataset::{read_supporters, supporters, SUPPORTER_ROWS_FILE};
pub use crate::lazy_file::Arrival;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

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
    let rows = crate::lazy_file::read(SUPPORTER_ROWS_FILE, IN_PAGE_ID).await;
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
