//! On paper only: what the page shows (view and filters), where it lives, when it was printed
//! and from which version of the dataset.

use crate::dataset::data;
use crate::document_sync::use_lang;
use crate::i18n;
use crate::route::FilterList;
use crate::today::today;
use crate::url_state::use_url_state;
use crate::views::filter_bar::chip_label;
use leptos::prelude::*;

#[component]
pub fn PrintHeader() -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let filters = move || {
        let lang = lang.get();
        url.state.with(|s| {
            let mut parts: Vec<String> = FilterList::ALL
                .into_iter()
                .flat_map(|list| {
                    s.filter
                        .get(list)
                        .iter()
                        .map(move |id| chip_label(list, id, lang))
                })
                .collect();
            if !s.page.text().is_empty() {
                parts.insert(0, i18n::quoted(s.page.text(), lang));
            }
            parts
        })
    };
    // Read in the browser when the page prints: the address, and the day.
    let (printed, set_printed) = signal(None::<(String, String)>);
    if cfg!(target_arch = "wasm32") {
        let on_print = window_event_listener(leptos::ev::beforeprint, move |_| {
            let address = url.state.with_untracked(|s| url.shareable(s));
            set_printed.set(Some((address, today().format(lang.get_untracked()))));
        });
        on_cleanup(move || on_print.remove());
    }
    view! {
        <div class="print-header">
            <p>
                <strong>
                    {move || url.state.with(|s| s.view().title().get(lang.get()).to_string())}
                </strong>
                " · "
                {move || {
                    let parts = filters();
                    if parts.is_empty() {
                        i18n::NO_FILTER.get(lang.get()).to_string()
                    } else {
                        i18n::labelled(i18n::FILTERS.get(lang.get()), &parts.join(", "), lang.get())
                    }
                }}
            </p>
            <p>
                {move || {
                    printed
                        .get()
                        .map(|(address, day)| i18n::printed_from(
                            &address,
                            &day,
                            &data().version,
                            lang.get(),
                        ))
                }}
            </p>
        </div>
    }
}
