//! The supporters' search box and facets (category, world region, country, join year), each value with its
//! live count. On a phone the facets fold into a panel that a button opens and closes.

use super::index;
use super::query::{category_label, normalise, year_key, FacetCounts};
use crate::dataset::{country, region_name};
use crate::document_sync::use_lang;
use crate::i18n::{self, format_count};
use crate::route::{FilterList, SupportersState};
use crate::typing::Typing;
use crate::url_state::{use_filter, use_page, use_url_state};
use leptos::prelude::*;

/// The search box: the supporters view's own search text.
#[component]
pub fn SearchBox(
    /// Told of each keystroke, so that what waits for a pause in the typing knows of it.
    typing: Typing,
) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let page = use_page::<SupportersState>();
    let on_input = move |event: leptos::ev::Event| {
        typing.keystroke();
        // Typing refines one search: replace the history entry instead of adding one per key.
        let text = event_target_value(&event);
        url.replace(&url.state.with_untracked(|s| s.with_text(&text)));
    };
    view! {
        <div class="field search-field">
            <label for="supporter-search">{i18n::tr(lang, &i18n::SEARCH_SUPPORTERS)}</label>
            <input
                id="supporter-search"
                type="search"
                autocomplete="off"
                spellcheck="false"
                aria-describedby="supporter-search-hint"
                aria-controls="supporters-results"
                prop:value=move || page.with(|p| p.text.clone())
                on:input=on_input
                on:blur=move |_| typing.stop()
                on:focus=|_| {
                    index().words();
                }
            />
            <p id="supporter-search-hint" class="hint">
                {i18n::tr(lang, &i18n::SEARCH_SUPPORTERS_HINT)}
            </p>
        </div>
    }
}

/// The live count of the facet value `key` among `counts`. An option is keyed by its value
/// alone and reads its count here, so that a keystroke updates the numbers of the options it
/// keeps instead of building each of them again.
fn live_count<T, K>(counts: Memo<Vec<T>>, key: K, parts: fn(&T) -> (K, usize)) -> Signal<usize>
where
    T: PartialEq + Send + Sync + 'static,
    K: PartialEq + Send + Sync + 'static,
{
    Signal::derive(move || {
        counts.with(|all| {
            all.iter()
                .map(parts)
                .find(|(k, _)| *k == key)
                .map_or(0, |(_, count)| count)
        })
    })
}

/// One facet value: a checkbox that follows the shared filter, with its live count.
#[component]
fn FacetOption(
    list: FilterList,
    value: String,
    label: Signal<String>,
    count: Signal<usize>,
) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    // The state itself, not a memo of its filter: a hundred options would each clone and
    // compare the whole filter at every keystroke.
    let checked = {
        let value = value.clone();
        move || url.state.with(|s| s.filter.contains(list, &value))
    };
    view! {
        <label class="check">
            <input
                type="checkbox"
                prop:checked=checked
                on:change=move |_| url.push_filter(|f| f.toggle(list, &value))
            />
            <span>{label}</span>
            <span class="count">{move || format_count(count.get(), lang.get())}</span>
        </label>
    }
}

/// The facets, in a panel that folds away on narrow screens.
#[component]
pub fn Facets(counts: Memo<FacetCounts>) -> impl IntoView {
    let lang = use_lang();
    let filter = use_filter();
    let (open, set_open) = signal(false);
    let chosen = move || {
        filter.with(|f| {
            [
                FilterList::Categories,
                FilterList::Countries,
                FilterList::Years,
                FilterList::Regions,
            ]
            .into_iter()
            .map(|list| f.get(list).len())
            .sum::<usize>()
        })
    };
    view! {
        <button
            type="button"
            class="facets-toggle"
            aria-controls="supporter-facets"
            aria-expanded=move || if open.get() { "true" } else { "false" }
            on:click=move |_| set_open.update(|open| *open = !*open)
        >
            {move || i18n::filters_chosen(chosen(), lang.get())}
        </button>
        <section
            id="supporter-facets"
            class="facets"
            class:open=open
            aria-label=i18n::tr(lang, &i18n::FILTERS)
        >
            <CategoryFacet all=counts />
            <RegionFacet all=counts />
            <CountryFacet all=counts />
            <YearFacet all=counts />
        </section>
    }
}

#[component]
fn CategoryFacet(all: Memo<FacetCounts>) -> impl IntoView {
    let lang = use_lang();
    let counts = Memo::new(move |_| all.with(|c| c.categories.clone()));
    view! {
        <fieldset>
            <legend>{i18n::tr(lang, &i18n::CATEGORY)}</legend>
            <For each=move || counts.get() key=|item| item.0 let:item>
                <FacetOption
                    list=FilterList::Categories
                    value=item.0.code().to_string()
                    label=Signal::derive(move || category_label(item.0).get(lang.get()).to_string())
                    count=live_count(counts, item.0, |&(category, count)| (category, count))
                />
            </For>
        </fieldset>
    }
}

/// World regions, each followed by its sub-regions (UN M49): Africa in one click.
#[component]
fn RegionFacet(all: Memo<FacetCounts>) -> impl IntoView {
    let lang = use_lang();
    let counts = Memo::new(move |_| all.with(|c| c.regions.clone()));
    view! {
        <fieldset class="regions">
            <legend>{i18n::tr(lang, &i18n::REGION)}</legend>
            <For each=move || counts.get() key=|item| item.code let:item>
                <div class:subregion=item.parent.is_some()>
                    <FacetOption
                        list=FilterList::Regions
                        value=item.code.to_string()
                        label=Signal::derive(move || {
                            region_name(item.code)
                                .map(|name| name.get(lang.get()).to_string())
                                .unwrap_or_default()
                        })
                        count=live_count(counts, item.code, |region| (region.code, region.count))
                    />
                </div>
            </For>
        </fieldset>
    }
}

#[component]
fn CountryFacet(all: Memo<FacetCounts>) -> impl IntoView {
    let lang = use_lang();
    let (wanted, set_wanted) = signal(String::new());
    let counts = Memo::new(move |_| all.with(|c| c.countries.clone()));
    let shown = move || {
        let wanted = normalise(&wanted.get());
        counts
            .get()
            .into_iter()
            .filter(|(code, _)| {
                wanted.is_empty()
                    || country(code).is_some_and(|c| {
                        normalise(&format!("{} {} {code}", c.name.en, c.name.fr)).contains(&wanted)
                    })
            })
            .collect::<Vec<_>>()
    };
    view! {
        <fieldset>
            <legend>{i18n::tr(lang, &i18n::COUNTRY)}</legend>
            <label for="country-search" class="visually-hidden">
                {i18n::tr(lang, &i18n::SEARCH_COUNTRIES)}
            </label>
            <input
                id="country-search"
                type="search"
                autocomplete="off"
                placeholder=i18n::tr(lang, &i18n::SEARCH_COUNTRIES)
                prop:value=wanted
                on:input=move |event| set_wanted.set(event_target_value(&event))
            />
            <div class="country-list">
                <For each=shown key=|item| item.0 let:item>
                    <FacetOption
                        list=FilterList::Countries
                        value=item.0.to_string()
                        label=Signal::derive(move || {
                            country(item.0)
                                .map(|c| c.name.get(lang.get()).to_string())
                                .unwrap_or_default()
                        })
                        count=live_count(counts, item.0, |&(code, count)| (code, count))
                    />
                </For>
            </div>
        </fieldset>
    }
}

#[component]
fn YearFacet(all: Memo<FacetCounts>) -> impl IntoView {
    let lang = use_lang();
    let counts = Memo::new(move |_| all.with(|c| c.years.clone()));
    view! {
        <fieldset>
            <legend>{i18n::tr(lang, &i18n::JOIN_YEAR)}</legend>
            <For each=move || counts.get() key=|item| item.0 let:item>
                <FacetOption
                    list=FilterList::Years
                    value=year_key(item.0)
                    label=Signal::derive(move || match item.0 {
                        Some(year) => year.to_string(),
                        None => i18n::DATE_UNKNOWN.get(lang.get()).to_string(),
                    })
                    count=live_count(counts, item.0, |&(year, count)| (year, count))
                />
            </For>
        </fieldset>
    }
}
