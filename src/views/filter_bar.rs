//! The shared filter's controls: text, area, actor, initiative and source, with the count of
//! what is shown. The filter lives in the URL, so every view follows it.

use crate::dataset::data;
use crate::document_sync::use_lang;
use crate::i18n::{self, format_count};
use crate::route::Filter;
use crate::url_state::use_url_state;
use lafayette_data::Text;
use leptos::prelude::*;

type Options = Vec<(&'static str, &'static Text)>;

#[component]
pub fn FilterBar(shown: Signal<usize>, total: usize, noun: &'static Text) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let data = data();
    let on_text = move |event: leptos::ev::Event| {
        url.replace(
            &url.state
                .get_untracked()
                .with_text(&event_target_value(&event)),
        );
    };
    let select = move |id: &'static str,
                       label: &'static Text,
                       options: Options,
                       list: fn(&mut Filter) -> &mut Vec<String>| {
        let current = move || {
            let mut filter = url.state.with(|s| s.filter.clone());
            list(&mut filter).first().cloned().unwrap_or_default()
        };
        let on_change = move |event: leptos::ev::Event| {
            let value = event_target_value(&event);
            let mut state = url.state.get_untracked();
            *list(&mut state.filter) = if value.is_empty() {
                Vec::new()
            } else {
                vec![value]
            };
            url.push(&state);
        };
        view! {
            <div class="field">
                <label for=id>{i18n::tr(lang, label)}</label>
                <select id=id on:change=on_change prop:value=current>
                    <option value="">{i18n::tr(lang, &i18n::ANY)}</option>
                    {options.into_iter().map(|(value, text)| view! {
                        <option value=value selected=move || current() == value>{i18n::tr(lang, text)}</option>
                    }).collect_view()}
                </select>
            </div>
        }
    };
    let areas: Options = data
        .areas
        .iter()
        .map(|a| (a.id.as_ref(), &a.name))
        .collect();
    let actors: Options = data
        .actors
        .iter()
        .map(|a| (a.id.as_ref(), &a.name))
        .collect();
    let initiatives: Options = data
        .initiatives
        .iter()
        .map(|i| (i.id.as_ref(), &i.name))
        .collect();
    let sources: Options = data
        .sources
        .iter()
        .map(|s| (s.id.as_ref(), &s.title))
        .collect();
    let clear = move |_| {
        let state = url.state.get_untracked();
        url.push(&state.with_filter(Filter::default()));
    };
    view! {
        <div class="filter-bar">
            <div class="field">
                <label for="filter-text">{i18n::tr(lang, &i18n::SEARCH)}</label>
                <input id="filter-text" type="search" autocomplete="off" prop:value=move || url.state.with(|s| s.filter.text.clone()) on:input=on_text/>
            </div>
            {select("filter-area", &i18n::AREA, areas, |f| &mut f.areas)}
            {select("filter-actor", &i18n::ACTOR, actors, |f| &mut f.actors)}
            {select("filter-initiative", &i18n::INITIATIVE, initiatives, |f| &mut f.initiatives)}
            {select("filter-source", &i18n::SOURCE, sources, |f| &mut f.sources)}
            <p class="status" role="status" aria-live="polite" id="filter-status">
                {move || {
                    let lang = lang.get();
                    format!("{} {} {} {} {}", format_count(shown.get(), lang), i18n::OF.get(lang), format_count(total, lang), noun.get(lang), i18n::SHOWN.get(lang))
                }}
            </p>
            <Show when=move || url.state.with(|s| !s.filter.is_empty())>
                <button type="button" class="clear" on:click=clear>{i18n::tr(lang, &i18n::CLEAR_FILTERS)}</button>
            </Show>
        </div>
    }
}
