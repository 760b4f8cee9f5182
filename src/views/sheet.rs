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
