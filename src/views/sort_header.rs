//! A table's sortable column header: a button that says which way the column is sorted
//! (`aria-sort` on the header cell, an arrow for the eye).

use crate::document_sync::use_lang;
use crate::i18n;
use leptos::prelude::*;

/// `aria_sort` is "ascending", "descending" or "none"; a click calls `on_sort`.
#[component]
pub fn SortHeader(
    class: String,
    label: &'static lafayette_data::Text,
    #[prop(into)] aria_sort: Signal<&'static str>,
    on_sort: Callback<()>,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        <th scope="col" role="columnheader" aria-sort=aria_sort class=class>
            <button type="button" class="sort" on:click=move |_| on_sort.run(())>
                {i18n::tr(lang, label)}
                <span aria-hidden="true" class="arrow">
                    {move || match aria_sort.get() {
                        "ascending" => " ▲",
                        "descending" => " ▼",
                        _ => "",
                    }}
                </span>
            </button>
        </th>
    }
}

/// The `aria-sort` value of a column: sorted by it or not, and in which direction.
pub fn aria_sort(sorted_by_it: bool, descending: bool) -> &'static str {
    match (sorted_by_it, descending) {
        (true, false) => "ascending",
        (true, true) => "descending",
        (false, _) => "none",
    }
}
