//! Quotes as the reader sees them everywhere: in the source's own language (marked with its
//! `lang`), with the project's translation into the reader's language when that differs, and
//! never a translation into the language the reader did not choose.

use crate::dataset::source;
use crate::document_sync::use_lang;
use crate::i18n;
use crate::ids::QuoteId;
use crate::provenance::{quote_mark_classes, Holder};
use crate::route::Page;
use crate::url_state::use_url_state;
use lafayette_data::{Citation, Lang};
use leptos::prelude::*;

/// One quote: the verbatim words, then the translation when the reader reads another language.
#[component]
pub fn Quote(citation: &'static Citation) -> impl IntoView {
    let lang = use_lang();
    let original = source(&citation.source).map_or(Lang::En, |s| s.language);
    let translation = move || {
        let reader = lang.get();
        (reader != original)
            .then_some(citation.translation.as_deref())
            .flatten()
            .map(|text| {
                view! {
                    <p class="translation" lang=reader.code()>
                        <span class="label">
                            {move || i18n::labelled(
                                i18n::OUR_TRANSLATION.get(lang.get()),
                                "",
                                lang.get(),
                            )}
                        </span>
                        {text}
                    </p>
                }
            })
    };
    view! {
        <blockquote lang=original.code() class=quote_mark_classes(&citation.quote)>
            {citation.quote.as_ref()}
        </blockquote>
        {translation}
    }
}

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
            {citations
                .iter()
                .enumerate()
                .map(|(index, citation)| {
                    let document = source(&citation.source);
                    let id = QuoteId { holder, record, index };
                    view! {
                        <li class="quote">
                            <Quote citation=citation />
                            <p class="supports">
                                <a href=move || {
                                    url.state.with(|s| url.link(&s.on(Page::quote(id))))
                                }>
                                    {move || {
                                        document
                                            .map(|d| d.title.get(lang.get()).to_string())
                                            .unwrap_or_default()
                                    }}
                                </a>
                            </p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
