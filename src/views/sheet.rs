//! The panel that shows one item's details: a modal dialog (a side sheet on wide screens, a
//! bottom sheet on phones) whose close control comes first, which Escape and a click on the
//! backdrop close, which keeps focus inside while open and gives it back when it closes.

use crate::document_sync::use_lang;
use crate::i18n;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn Sheet<C>(
    /// The dialog's id.
    id: &'static str,
    /// The id of the heading that names it.
    labelled_by: &'static str,
    /// Where the close control leads (the state without the selection).
    close_href: Signal<String>,
    /// Closes it (Escape, the backdrop).
    on_close: C,
    /// Keys pressed inside it, for what the content adds (e.g. stepping through events).
    #[prop(optional)]
    on_key: Option<Callback<leptos::ev::KeyboardEvent>>,
    children: Children,
) -> impl IntoView
where
    C: Fn() + Copy + Send + Sync + 'static,
{
    let lang = use_lang();
    let dialog = NodeRef::<html::Dialog>::new();
    // What had focus before, to give it back; set in the browser only.
    let opener = StoredValue::new_local(None::<web_sys::HtmlElement>);
    Effect::new(move |_| {
        if let Some(dialog) = dialog.get() {
            if !dialog.open() {
                let focused = document()
                    .active_element()
                    .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
                opener.set_value(focused);
                let _ = dialog.show_modal();
            }
        }
    });
    on_cleanup(move || {
        // Closed before it leaves the page: while a modal dialog is open the rest of the page
        // cannot take focus.
        if let Some(dialog) = dialog.try_get_untracked().flatten() {
            dialog.close();
        }
        let focused = opener.try_get_value().flatten();
        if let Some(element) = focused.filter(|element| element.is_connected()) {
            let _ = element.focus();
        }
    });
    let on_cancel = move |event: leptos::ev::Event| {
        // Escape: the state decides what is open, so close through it.
        event.prevent_default();
        on_close();
    };
    let on_click = move |event: leptos::ev::MouseEvent| {
        // A click on the dialog itself, not on its content, is a click on the backdrop.
        let target = event.target();
        let current = event.current_target();
        if target.is_some() && target == current {
            on_close();
        }
    };
    view! {
        <dialog
            class="sheet"
            id=id
            aria-labelledby=labelled_by
            node_ref=dialog
            on:cancel=on_cancel
            on:click=on_click
            on:keydown=move |event| {
                keep_focus_inside(&event);
                if let Some(on_key) = on_key {
                    on_key.run(event);
                }
            }
        >
            <div class="sheet-body">
                <div class="sheet-bar">
                    <a class="sheet-close" href=close_href aria-label=i18n::tr(lang, &i18n::CLOSE)>
                        <span aria-hidden="true">"×"</span>
                    </a>
                </div>
                {children()}
            </div>
        </dialog>
    }
}

/// What Tab can reach inside the sheet.
const FOCUSABLE: &str = "a[href], button:not([disabled]), input:not([disabled]), select, textarea, summary, [tabindex]:not([tabindex='-1'])";

/// Tab from the last control goes back to the first, Shift+Tab from the first to the last:
/// browsers would otherwise move on to their own toolbars.
fn keep_focus_inside(event: &leptos::ev::KeyboardEvent) {
    if event.key() != "Tab" {
        return;
    }
    let Some(sheet) = event
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let Ok(found) = sheet.query_selector_all(FOCUSABLE) else {
        return;
    };
    let controls: Vec<web_sys::HtmlElement> = (0..found.length())
        .filter_map(|i| found.item(i))
        .filter_map(|node| node.dyn_into::<web_sys::HtmlElement>().ok())
        .collect();
    let (Some(first), Some(last)) = (controls.first(), controls.last()) else {
        return;
    };
    let focused = document().active_element();
    let at = |control: &web_sys::HtmlElement| {
        focused
            .as_ref()
            .is_some_and(|f| f == control.unchecked_ref::<web_sys::Element>())
    };
    let wrap_to = match (event.shift_key(), at(first), at(last)) {
        (true, true, _) => last,
        (false, _, true) => first,
        _ => return,
    };
    event.prevent_default();
    let _ = wrap_to.focus();
}
