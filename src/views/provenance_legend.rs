//! What "stated", "derived" and "unknown" mean, shown wherever facts are listed.

use crate::document_sync::use_lang;
use crate::i18n;
use leptos::prelude::*;

#[component]
pub fn ProvenanceLegend() -> impl IntoView {
    let lang = use_lang();
    view! {
        <dl class="legend">
            <div><dt class="badge stated">{move || i18n::STATED.get(lang.get())}</dt><dd>{move || i18n::METHOD_STATED.get(lang.get())}</dd></div>
            <div><dt class="badge derived">{move || i18n::DERIVED.get(lang.get())}</dt><dd>{move || i18n::METHOD_DERIVED.get(lang.get())}</dd></div>
            <div><dt class="badge unknown">{move || i18n::UNKNOWN.get(lang.get())}</dt><dd>{move || i18n::METHOD_UNKNOWN.get(lang.get())}</dd></div>
        </dl>
    }
}
