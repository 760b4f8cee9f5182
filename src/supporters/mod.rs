//! The Paris Call supporters: summary, highlights, one search box, facets with live counts,
//! a sortable table that renders only the rows on screen, a detail panel, and export.

mod detail;
pub mod explain;
mod facets;
mod map;
pub mod query;
pub mod rows;
mod summary;
mod table;
mod word_index;
pub mod world_map;

use crate::dataset::{data, supporters};
use crate::document_sync::use_lang;
use crate::embed::figure::FigureFrame;
use crate::i18n;
use crate::ids::SupporterId;
use crate::route::{AppState, Figure, Filter, FilterList, SupportersState};
use crate::typing::Typing;
use crate::url_state::{use_filter, use_page, use_url_state};
use crate::views::filter_bar::FilterChips;
use lafayette_data::{Category, Lang, Supporter};
use leptos::prelude::*;
use query::{normalise, FacetCounts, Index, Query};
use rows::Arrival;
use std::sync::OnceLock;

/// The supporters, indexed once for searching.
pub fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| Index::new(listed_supporters()))
}

/// The dataset's supporters; in benchmark builds, as many synthetic ones as the URL asks for.
fn listed_supporters() -> Vec<&'static Supporter> {
    #[cfg(feature = "synthetic")]
    {
        if let Some(count) = crate::url_state::synthetic_count() {
            return Box::leak(query::synthetic(count).into_boxed_slice())
                .iter()
                .collect();
        }
    }
    supporters().iter().collect()
}

/// A supporter's name in the reader's language: the official site's French spelling where it
/// gives one (states), else the name the dataset gives in each language to the actor of that
/// name (the European Union, US states), else the name as listed, a proper name.
pub fn supporter_name(supporter: &'static Supporter, lang: Lang) -> &'static str {
    let localised = || {
        data()
            .actors
            .iter()
            .find(|actor| actor.name.en == supporter.name)
            .map(|actor| actor.name.get(lang))
    };
    match (lang, supporter.name_on_site.as_deref()) {
        (Lang::Fr, Some(french)) => french,
        _ => localised().unwrap_or(&supporter.name),
    }
}

/// The link that opens a supporter's details, keeping the rest of the state.
pub fn supporter_link(state: &AppState, supporter: &'static Supporter) -> String {
    state
        .changed(|page: &mut SupportersState| page.selected = Some(SupporterId::of(supporter)))
        .to_hash()
}

/// What the supporters view asks of the index: its own text and sort, the shared lists.
fn query_of(page: &SupportersState, filter: &Filter) -> Query {
    Query {
        text: normalise(&page.text),
        categories: filter
            .get(FilterList::Categories)
            .iter()
            .filter_map(|code| Category::from_code(code))
            .collect(),
        countries: filter.get(FilterList::Countries).to_vec(),
        years: filter.get(FilterList::Years).to_vec(),
        regions: filter.get(FilterList::Regions).to_vec(),
        sort: page.sort,
    }
}

/// The view once the supporters' rows are in; until then, what is happening to them.
#[component]
pub fn SupportersView() -> impl IntoView {
    view! { <OnceRowsArrive ready=|| view! { <Supporters /> }.into_any() /> }
}

/// The map alone, as a figure embed, once the rows are in.
#[component]
pub fn MapOnly() -> impl IntoView {
    view! { <OnceRowsArrive ready=|| view! { <MapFigureEmbed /> }.into_any() /> }
}

/// `ready` once the supporters' rows are in; until then, what is happening to them.
#[component]
fn OnceRowsArrive(ready: fn() -> AnyView) -> impl IntoView {
    let lang = use_lang();
    let arrival = Memo::new(|_| rows::arrival());
    move || match arrival.get() {
        Arrival::Ready => ready(),
        Arrival::Pending => {
            leptos::task::spawn_local(rows::load());
            view! {
                <section aria-labelledby="view-title" class="supporters">
                    <h2 id="view-title">{i18n::tr(lang, &i18n::VIEW_SUPPORTERS)}</h2>
                    <p role="status" class="loading">
                        {i18n::tr(lang, &i18n::SUPPORTERS_LOADING)}
                    </p>
                </section>
            }
            .into_any()
        }
        Arrival::Failed(reason) => view! {
            <section aria-labelledby="view-title" class="supporters">
                <h2 id="view-title">{i18n::tr(lang, &i18n::VIEW_SUPPORTERS)}</h2>
                <p role="alert">{i18n::tr(lang, &i18n::SUPPORTERS_NOT_LOADED)}</p>
                <p>
                    <code>{reason}</code>
                </p>
            </section>
        }
        .into_any(),
    }
}

/// The search and filters of the URL, as a query.
fn use_query() -> Memo<Query> {
    let page = use_page::<SupportersState>();
    let filter = use_filter();
    Memo::new(move |_| page.with(|p| filter.with(|f| query_of(p, f))))
}

/// Every facet's live counts and the summary for the query, computed once for all who show
/// them. They hold still while the reader types: a keystroke then searches and redraws the
/// list alone, and the counts (a pass over every supporter, options that come and go), the
/// summary and the map follow once typing pauses.
fn use_counts(query: Memo<Query>, typing: Typing) -> Memo<FacetCounts> {
    let lang = use_lang();
    Memo::new(move |before: Option<&FacetCounts>| match before {
        Some(counts) if typing.get() => counts.clone(),
        _ => query.with(|q| index().facet_counts(q, lang.get())),
    })
}

#[component]
fn MapFigureEmbed() -> impl IntoView {
    let lang = use_lang();
    let query = use_query();
    let counts = use_counts(query, Typing::new());
    let description = move || {
        // The countries of the supporters shown (a country filter keeps its own countries).
        let summary = counts.with(|c| c.summary.clone());
        i18n::supporters_in_countries(summary.supporters, summary.countries, lang.get())
    };
    view! {
        <FigureFrame
            figure=Figure::Map
            description=description
            sources=move || vec![i18n::MAP_SOURCES.get(lang.get())]
        >
            <map::SupportersMap counts=counts alone=true />
        </FigureFrame>
    }
}

#[component]
fn Supporters() -> impl IntoView {
    let lang = use_lang();
    let page = use_page::<SupportersState>();
    let query = use_query();
    let shown = Memo::new(move |_| query.with(|q| index().search(q, lang.get())));
    let typing = Typing::new();
    let counts = use_counts(query, typing);
    let selected = Memo::new(move |_| page.with(|p| p.selected));
    view! {
        <section aria-labelledby="view-title" class="supporters">
            <h2 id="view-title">{i18n::tr(lang, &i18n::VIEW_SUPPORTERS)}</h2>
            <summary::Summary counts=counts />
            <summary::Highlights />
            <div class="supporters-layout">
                <div class="finder">
                    <facets::SearchBox typing=typing />
                    <MapToggle />
                    <facets::Facets counts=counts />
                </div>
                <div class="results">
                    <FilterChips />
                    <Show when=move || page.with(|p| p.map)>
                        <map::SupportersMap counts=counts />
                    </Show>
                    <table::ResultsBar shown=shown query=query />
                    <table::SupporterTable shown=shown query=query />
                </div>
            </div>
            <detail::SupporterDetail selected=selected />
        </section>
    }
}

/// Shows or hides the map of supporters by country above the table. Beside the filters'
/// button on a phone, so that it takes no room from the results.
#[component]
fn MapToggle() -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let page = use_page::<SupportersState>();
    view! {
        <button
            type="button"
            class="map-toggle"
            aria-pressed=move || if page.with(|p| p.map) { "true" } else { "false" }
            on:click=move |_| url.push_page(|p: &mut SupportersState| p.map = !p.map)
        >
            {i18n::tr(lang, &i18n::SHOW_MAP)}
        </button>
    }
}
