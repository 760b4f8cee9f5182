//! The Paris Call supporters: summary, highlights, one search box, facets with live counts,
//! a sortable table that renders only the rows on screen, a detail panel, and export.

mod detail;
mod facets;
pub mod query;
mod summary;
mod table;

use crate::dataset::data;
use crate::document_sync::use_lang;
use crate::i18n;
use crate::ids::SupporterId;
use crate::route::{AppState, Filter, FilterList, SupportersState};
use crate::url_state::{use_filter, use_page};
use crate::views::filter_bar::FilterChips;
use lafayette_data::{Category, Lang, Supporter};
use leptos::prelude::*;
use query::{normalise, Index, Query};
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
    data().supporters.iter().collect()
}

/// A supporter's name in the reader's language: the official site writes states in French,
/// which French readers get; everyone else is named as listed.
pub fn supporter_name(supporter: &Supporter, lang: Lang) -> &str {
    match lang {
        Lang::Fr => supporter.name_on_site.as_deref().unwrap_or(&supporter.name),
        Lang::En => &supporter.name,
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
        sort: page.sort,
    }
}

#[component]
pub fn SupportersView() -> impl IntoView {
    let lang = use_lang();
    let page = use_page::<SupportersState>();
    let filter = use_filter();
    let query = Memo::new(move |_| page.with(|p| filter.with(|f| query_of(p, f))));
    let shown = Memo::new(move |_| query.with(|q| index().search(q, lang.get())));
    let selected = Memo::new(move |_| page.with(|p| p.selected));
    view! {
        <section aria-labelledby="view-title" class="supporters">
            <h2 id="view-title">{i18n::tr(lang, &i18n::VIEW_SUPPORTERS)}</h2>
            <summary::Summary query=query />
            <summary::Highlights />
            <div class="supporters-layout">
                <div class="finder">
                    <facets::SearchBox />
                    <facets::Facets query=query />
                </div>
                <div class="results">
                    <FilterChips />
                    <table::ResultsBar shown=shown />
                    <table::SupporterTable shown=shown query=query />
                </div>
            </div>
            <detail::SupporterDetail selected=selected />
        </section>
    }
}
