//! The views, one per file.

pub mod about;
pub mod filter_bar;
pub mod matrix;
pub mod provenance_legend;
pub mod sources;
pub mod supporters;
pub mod timeline;

use crate::document_sync::use_lang;
use crate::i18n;
use crate::route::View;
use leptos::prelude::*;

/// A view that is not built yet says so plainly.
#[component]
pub fn NotBuilt(view: View) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section aria-labelledby="view-title">
            <h2 id="view-title">{move || view.title().get(lang.get())}</h2>
            <p class="notice">{move || i18n::NOT_BUILT_YET.get(lang.get())}</p>
        </section>
    }
}
