//! The app takes over a page whose first screen was rendered ahead of it: what the reader
//! typed there is kept (put in the state), the focus stays where it was, and the prerendered
//! markup goes in the same task as the app arrives, so nothing flashes in between.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The search boxes a prerendered page offers (each view's own search).
const SEARCH_BOXES: [&str; 2] = ["supporter-search", "filter-text"];

/// What the prerendered page held when the app started.
pub struct Handover {
    prerendered: Option<web_sys::Element>,
    typed: Option<String>,
    focused: Option<String>,
}

impl Handover {
    pub fn read() -> Handover {
        let prerendered = document().get_element_by_id("prerendered");
        let in_page = |id: &str| {
            prerendered
                .as_ref()
                .and_then(|p| p.query_selector(&format!("#{id}")).ok().flatten())
        };
        let typed = SEARCH_BOXES
            .iter()
            .filter_map(|id| in_page(id))
            .filter_map(|input| input.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|input| input.value())
            .find(|text| !text.trim().is_empty());
        let focused = document()
            .active_element()
            .filter(|element| {
                prerendered
                    .as_ref()
                    .is_some_and(|p| p.contains(Some(element.unchecked_ref())))
            })
            .map(|element| element.id())
            .filter(|id| !id.is_empty());
        Handover {
            prerendered,
            typed,
            focused,
        }
    }

    /// Removes the prerendered screen (the app now shows the same), keeps the reader's text
    /// and focus.
    pub fn complete(self) {
        let Some(prerendered) = self.prerendered else {
            return;
        };
        prerendered.remove();
        if let Some(html) = document().document_element() {
            let _ = html.remove_attribute("data-pending");
        }
        if let Some(text) = self.typed {
            typed_into_app(&text);
        }
        if let Some(id) = self.focused {
            if let Some(element) = document()
                .get_element_by_id(&id)
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = element.focus();
            }
        }
    }
}

/// Puts text typed before the app arrived into the app's search box, as if typed there.
fn typed_into_app(text: &str) {
    for id in SEARCH_BOXES {
        if let Some(input) = document()
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.set_value(text);
            if let Ok(event) = web_sys::Event::new("input") {
                let _ = input.dispatch_event(&event);
            }
        }
    }
}
