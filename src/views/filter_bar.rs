//! The shared filter's controls (area, actor, initiative, source), a view's own search box,
//! the count of what is shown, and the chosen filters as removable chips. The filter lives in
//! the URL, so every view follows it.

use crate::dataset::{actor, area, country, data, initiative, region_name, source};
use crate::document_sync::use_lang;
use crate::i18n;
use crate::route::{Filter, FilterList};
use crate::supporters::query::category_label;
use crate::url_state::{use_filter, use_url_state};
use lafayette_data::follow_through::Status;
use lafayette_data::{Category, Lang, Text};
use leptos::prelude::*;

/// The name of a chosen filter value, in the reader's language.
pub fn chip_label(list: FilterList, id: &str, lang: Lang) -> String {
    let text = |found: Option<&'static Text>| found.map(|t| t.get(lang).to_string());
    let name = match list {
        FilterList::Areas => text(area(id).map(|a| &a.name)),
        FilterList::Actors => text(actor(id).map(|a| &a.name)),
        FilterList::Initiatives => text(initiative(id).map(|i| &i.name)),
        FilterList::Sources => text(source(id).map(|s| &s.title)),
        FilterList::Countries => text(country(id).map(|c| &c.name)),
        FilterList::Categories => text(Category::from_code(id).map(category_label)),
        FilterList::Years if id == "unknown" => Some(i18n::DATE_UNKNOWN.get(lang).to_string()),
        FilterList::Years => None,
        FilterList::Regions => text(region_name(id)),
        FilterList::Statuses => text(Status::from_code(id).map(i18n::status_label)),
    };
    name.unwrap_or_else(|| id.to_string())
}

/// Every chosen value of `filter`, list by list.
pub fn chosen_values(filter: &Filter) -> Vec<(FilterList, String)> {
    FilterList::ALL
        .into_iter()
        .flat_map(|list| filter.get(list).iter().map(move |id| (list, id.clone())))
        .collect()
}

/// "Chosen filters: Africa, State", or nothing when none is chosen.
pub fn chosen_line(filter: &Filter, lang: Lang) -> Option<String> {
    let names: Vec<String> = chosen_values(filter)
        .into_iter()
        .map(|(list, id)| chip_label(list, &id, lang))
        .collect();
    (!names.is_empty()).then(|| {
        format!(
            "{}{}{}",
            i18n::CHOSEN_FILTERS.get(lang),
            i18n::colon(lang),
            names.join(", ")
        )
    })
}

/// The chosen filter values as chips that remove themselves, and one "clear all".
#[component]
pub fn FilterChips() -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let filter = use_filter();
    let chips = move || filter.with(chosen_values);
    view! {
        <Show when=move || filter.with(|f| !f.is_empty())>
            <div class="chips" role="group" aria-label=i18n::tr(lang, &i18n::CHOSEN_FILTERS)>
                <For each=chips key=|chip| chip.clone() let:chip>
                    {
                        let (list, id) = chip;
                        let label = {
                            let id = id.clone();
                            move || chip_label(list, &id, lang.get())
                        };
                        let remove_label = {
                            let label = label.clone();
                            move || i18n::remove_filter(&label(), lang.get())
                        };
                        view! {
                            <button
                                type="button"
                                class="chip"
                                aria-label=remove_label
                                on:click=move |_| url.push_filter(|f| f.toggle(list, &id))
                            >
                                <span>{label}</span>
                                <span class="chip-x" aria-hidden="true">
                                    "×"
                                </span>
                            </button>
                        }
                    }
                </For>
                <button
                    type="button"
                    class="clear"
                    on:click=move |_| url.push_filter(|f| *f = Filter::default())
                >
                    {i18n::tr(lang, &i18n::CLEAR_ALL)}
                </button>
            </div>
        </Show>
    }
}

/// One select of the shared filter: every option of a list, or "all".
#[component]
fn ListSelect(
    id: &'static str,
    label: &'static Text,
    list: FilterList,
    options: Vec<(&'static str, &'static Text)>,
) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let filter = use_filter();
    let current = move || filter.with(|f| f.get(list).first().cloned().unwrap_or_default());
    let on_change = move |event: leptos::ev::Event| {
        let value = event_target_value(&event);
        let ids = if value.is_empty() {
            Vec::new()
        } else {
            vec![value]
        };
        url.push_filter(|f| f.set(list, ids));
    };
    view! {
        <div class="field">
            <label for=id>{i18n::tr(lang, label)}</label>
            <select id=id on:change=on_change prop:value=current>
                <option value="">{move || i18n::all_of(list, lang.get())}</option>
                {options
                    .into_iter()
                    .map(|(value, text)| {
                        view! {
                            <option value=value selected=move || current() == value>
                                {i18n::tr(lang, text)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// A view's search box, the shared filter's selects, the count of what is shown and the chips.
#[component]
pub fn FilterBar<T>(text: Memo<String>, on_text: T, status: Signal<String>) -> impl IntoView
where
    T: Fn(String) + Copy + Send + Sync + 'static,
{
    let lang = use_lang();
    let data = data();
    let filter = use_filter();
    let (open, set_open) = signal(false);
    let chosen = move || {
        filter.with(|f| {
            [
                FilterList::Areas,
                FilterList::Actors,
                FilterList::Initiatives,
                FilterList::Sources,
                FilterList::Statuses,
            ]
            .into_iter()
            .map(|list| f.get(list).len())
            .sum::<usize>()
        })
    };
    view! {
        <div class="filter-bar">
            <div class="field">
                <label for="filter-text">{i18n::tr(lang, &i18n::SEARCH)}</label>
                <input
                    id="filter-text"
                    type="search"
                    autocomplete="off"
                    prop:value=text
                    on:input=move |event| on_text(event_target_value(&event))
                />
            </div>
            <button
                type="button"
                class="facets-toggle"
                aria-controls="filter-lists"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                on:click=move |_| set_open.update(|open| *open = !*open)
            >
                {move || i18n::filters_chosen(chosen(), lang.get())}
            </button>
            <div id="filter-lists" class="filter-lists" class:open=open>
                <ListSelect
                    id="filter-area"
                    label=&i18n::AREA
                    list=FilterList::Areas
                    options=data.areas.iter().map(|a| (a.id.as_ref(), &a.name)).collect()
                />
                <ListSelect
                    id="filter-actor"
                    label=&i18n::ACTOR
                    list=FilterList::Actors
                    options=data.actors.iter().map(|a| (a.id.as_ref(), &a.name)).collect()
                />
                <ListSelect
                    id="filter-initiative"
                    label=&i18n::INITIATIVE
                    list=FilterList::Initiatives
                    options=data.initiatives.iter().map(|i| (i.id.as_ref(), &i.name)).collect()
                />
                <ListSelect
                    id="filter-source"
                    label=&i18n::SOURCE
                    list=FilterList::Sources
                    options=data.sources.iter().map(|s| (s.id.as_ref(), &s.title)).collect()
                />
                <ListSelect
                    id="filter-follow-through"
                    label=&i18n::STATUS
                    list=FilterList::Statuses
                    options=Status::ALL
                        .into_iter()
                        .map(|status| (status.code(), i18n::status_label(status)))
                        .collect()
                />
            </div>
            <p class="status" role="status" aria-live="polite" id="filter-status">
                {status}
            </p>
        </div>
        <FilterChips />
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chosen_line_names_every_chosen_value_in_the_readers_language() {
        assert_eq!(chosen_line(&Filter::default(), Lang::En), None);
        let mut filter = Filter::only(FilterList::Regions, "002");
        filter.toggle(FilterList::Categories, "state");
        assert_eq!(
            chosen_line(&filter, Lang::En).as_deref(),
            Some("Chosen filters: State, Africa")
        );
        assert_eq!(
            chosen_line(&filter, Lang::Fr).as_deref(),
            Some("Filtres choisis\u{a0}: État, Afrique")
        );
    }
}
