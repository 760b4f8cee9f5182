//! A record's quotes, in their original language with any translation, each linking to its
//! place in the Sources view (where a link leads back to the record).

use crate::dataset::source;
use crate::document_sync::use_lang;
use crate::provenance::{quote_anchor, quote_mark_classes, Holder};
use crate::route::View;
use crate::url_state::use_url_state;
use lafayette_data::Citation;
use leptos::prelude::*;

/// The quotes behind a record, each linking to its place in the Sources view.
#[component]
pub fn QuoteList(
    citations: &'static [Citation],
    holder: Holder,
    record: &'static str,
) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    view! {
        <ul class="quotes">
            {citations.iter().enumerate().map(|(index, citation)| {
                let document = source(&citation.source);
                let anchor = quote_anchor(holder, record, index);
                view! {
                    <li class="quote">
                        <blockquote lang=document.map(|d| d.language.code()).unwrap_or("en") class=quote_mark_classes(&citation.quote)>{citation.quote.as_ref()}</blockquote>
                        {citation.translation.as_ref().map(|t| view! { <p class="translation">{t.as_ref()}</p> })}
                        <p class="supports">
                            <a href=move || url.state.with(|s| s.showing(View::Sources, &anchor).to_hash())>
                                {move || document.map(|d| d.title.get(lang.get()).to_string()).unwrap_or_default()}
                            </a>
                        </p>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
