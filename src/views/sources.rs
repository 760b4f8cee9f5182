//! The Sources view: each document, and every quote taken from it, linked both ways.

use crate::dataset::data;
use crate::document_sync::use_lang;
use crate::i18n;
use crate::provenance::{events_supported_by, quotes_of, Quoted};
use crate::route::{Filter, FilterList, SourcesState, View};
use crate::url_state::{use_page, use_url_state};
use crate::views::provenance_legend::ProvenanceLegend;
use crate::views::quote_list::Quote;
use lafayette_data::{Source, SourceKind, Text, When};
use leptos::prelude::*;

#[component]
pub fn SourcesView() -> impl IntoView {
    let lang = use_lang();
    let page = use_page::<SourcesState>();
    // A quote named in the URL (linked from elsewhere) is brought into view.
    Effect::new(move |_| {
        if let Some(quote) = page.with(|p| p.selected) {
            if let Some(element) = document().get_element_by_id(&quote.slug()) {
                element.scroll_into_view();
            }
        }
    });
    view! {
        <section aria-labelledby="view-title">
            <h2 id="view-title">{i18n::tr(lang, &i18n::VIEW_SOURCES)}</h2>
            <p class="lead">{i18n::tr(lang, &i18n::SOURCES_INTRO)}</p>
            <ProvenanceLegend />
            <SourceGroup
                title=&i18n::SOURCES_BUILT_FROM
                lead=&i18n::SOURCES_BUILT_FROM_LEAD
                outside=false
            />
            <SourceGroup
                title=&i18n::SOURCES_OUTSIDE
                lead=&i18n::SOURCES_OUTSIDE_LEAD
                outside=true
            />
        </section>
    }
}

/// The documents the dataset is built from, or the pages read since for what became of each
/// commitment: a reader judges the two differently, so they are listed apart.
#[component]
fn SourceGroup(title: &'static Text, lead: &'static Text, outside: bool) -> impl IntoView {
    let lang = use_lang();
    let id = if outside {
        "sources-outside"
    } else {
        "sources-built-from"
    };
    view! {
        <section class="source-group" aria-labelledby=id>
            <h3 id=id>{i18n::tr(lang, title)}</h3>
            <p>{i18n::tr(lang, lead)}</p>
            {data()
                .sources
                .iter()
                .filter(|source| (source.kind == SourceKind::Outside) == outside)
                .map(|source| view! { <SourceCard source=source /> })
                .collect_view()}
        </section>
    }
}

#[component]
fn SourceCard(source: &'static Source) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let quotes = quotes_of(&source.id);
    let count = quotes.len();
    let quote_list = (count > 0).then(|| {
        view! {
            <h5>{move || i18n::quotes_from_source(count, lang.get())}</h5>
            <ol class="quotes">
                {quotes.into_iter().map(|quote| view! { <QuoteItem quote=quote /> }).collect_view()}
            </ol>
        }
    });
    let supported = events_supported_by(&source.id).len();
    let filter_link = move || {
        url.state.with(|s| {
            url.link(
                &s.with_view(View::Timeline)
                    .with_filter(Filter::only(FilterList::Sources, &source.id)),
            )
        })
    };
    // The public address, with how it was checked; or, plainly, that there is none.
    let address = match &source.url {
        Some(address) => view! {
            <a href=address.as_ref() rel="noopener">
                {address.as_ref()}
            </a>
        }
        .into_any(),
        None => view! { {i18n::tr(lang, &i18n::NO_ADDRESS)} }.into_any(),
    };
    view! {
        <article
            class="source-card"
            id=format!("source-{}", source.id)
            aria-labelledby=format!("source-title-{}", source.id)
        >
            <h4 id=format!("source-title-{}", source.id)>{i18n::tr(lang, &source.title)}</h4>
            <dl class="facts">
                {source
                    .published_title
                    .as_ref()
                    .map(|title| {
                        view! {
                            <dt>{i18n::tr(lang, &i18n::PUBLISHED_TITLE)}</dt>
                            <dd>
                                <cite lang=source.language.code()>{title.as_ref()}</cite>
                            </dd>
                        }
                    })} <dt>{i18n::tr(lang, &i18n::PUBLISHER)}</dt>
                <dd>{i18n::tr(lang, &source.publisher)}</dd> <dt>{i18n::tr(lang, &i18n::DATE)}</dt>
                <dd>
                    <time datetime=source
                        .date
                        .datetime()>{move || source.date.format(lang.get())}</time>
                </dd> <dt>{i18n::tr(lang, &i18n::LANGUAGE_OF_SOURCE)}</dt>
                <dd>{move || i18n::language_in(source.language, lang.get())}</dd>
                <dt>{i18n::tr(lang, &i18n::ADDRESS)}</dt>
                <dd>
                    {address}
                    {source
                        .address_check
                        .as_ref()
                        .map(|check| {
                            view! { <span class="address-check">{i18n::tr(lang, check)}</span> }
                        })}
                </dd>
                {source
                    .read
                    .map(When::on)
                    .map(|read| {
                        let datetime = read.datetime();
                        view! {
                            <dt>{i18n::tr(lang, &i18n::READ_ON)}</dt>
                            <dd>
                                <time datetime=datetime>{move || read.format(lang.get())}</time>
                            </dd>
                        }
                    })} <dt>{i18n::tr(lang, &i18n::LICENCE)}</dt>
                <dd>{i18n::tr(lang, &source.licence)}</dd>
            </dl>
            {(source.summary != Text::default())
                .then(|| view! { <p>{i18n::tr(lang, &source.summary)}</p> })}
            <p>
                <a href=filter_link>{move || i18n::supported_events(supported, lang.get())}</a>
            </p>
            {quote_list}
        </article>
    }
}

#[component]
fn QuoteItem(quote: Quoted) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let page = use_page::<SourcesState>();
    let id = quote.id();
    let record_link = move || url.state.with(|s| url.link(&quote.record_link(s)));
    view! {
        <li id=id.slug() class="quote" class:selected=move || page.with(|p| p.selected == Some(id))>
            <Quote citation=quote.citation />
            <p class="supports">
                {move || i18n::labelled(i18n::SUPPORTS.get(lang.get()), "", lang.get())}
                <a href=record_link>{move || quote.label(lang.get())}</a>
            </p>
        </li>
    }
}
