//! The supporters' summary (counts that follow the filters, the nine principles) and the
//! supporters that matter to this story.

use super::query::{category_label, year_key, FacetCounts};
use super::{supporter_link, supporter_name};
use crate::dataset::{data, supporters};
use crate::document_sync::use_lang;
use crate::i18n::{self, format_count};
use crate::route::{FilterList, SupporterColumn, SupporterSort, SupportersState};
use crate::url_state::use_url_state;
use lafayette_data::{Category, PartialDate, Supporter, Text};
use leptos::prelude::*;

/// How many supporters the filters keep, in how many countries, by category.
#[component]
pub fn Summary(counts: Memo<FacetCounts>) -> impl IntoView {
    let lang = use_lang();
    let summary = Memo::new(move |_| counts.with(|c| c.summary.clone()));
    view! {
        <div class="summary">
            <p class="headline" id="supporters-summary">
                {move || {
                    summary
                        .with(|s| i18n::supporters_in_countries(
                            s.supporters,
                            s.countries,
                            lang.get(),
                        ))
                }}
            </p>
            <ul class="category-counts">
                {Category::ALL
                    .into_iter()
                    .map(|category| {
                        let count = move || summary.with(|s| s.of(category));
                        view! {
                            <li class=format!("cat cat-{}", category.code())>
                                <strong>{move || format_count(count(), lang.get())}</strong>
                                " "
                                {i18n::tr(lang, category_label(category))}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <details class="principles">
                <summary>{i18n::tr(lang, &i18n::NINE_PRINCIPLES)}</summary>
                <ol>
                    {data()
                        .principles
                        .iter()
                        .map(|principle| {
                            view! {
                                <li>
                                    <strong>{i18n::tr(lang, &principle.short_name)}</strong>
                                    {move || i18n::colon(lang.get())}
                                    {i18n::tr(lang, &principle.text)}
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            </details>
        </div>
    }
}

/// A highlight naming one supporter: its name links to its details.
#[component]
fn SupporterHighlight(supporter: Option<&'static Supporter>, text: &'static Text) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    supporter.map(|supporter| {
        view! {
            <article class="highlight">
                <h3>
                    <a href=move || {
                        url.state.with(|s| supporter_link(s, supporter))
                    }>{move || supporter_name(supporter, lang.get()).to_string()}</a>
                </h3>
                <p>{i18n::tr(lang, text)}</p>
            </article>
        }
    })
}

/// The supporters that matter to this story.
#[component]
pub fn Highlights() -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let supporters = supporters();
    let usa = supporters
        .iter()
        .find(|s| s.category == Category::State && s.country.as_deref() == Some("USA"));
    let eu = supporters.iter().find(|s| s.name == "European Union");
    let us_before: Vec<&'static Supporter> = supporters
        .iter()
        .filter(|s| {
            s.category == Category::PublicAuthority
                && s.country.as_deref() == Some("USA")
                && s.first_listed < PartialDate::day(2021, 11, 10)
        })
        .collect();
    let launch_count = supporters
        .iter()
        .filter(|s| {
            s.joined
                .as_ref()
                .is_some_and(|j| j.date == PartialDate::day(2018, 11, 12))
        })
        .count();
    let launch_link = move || {
        url.state.with(|s| {
            s.filtered(|f| f.set(FilterList::Years, vec![year_key(Some(2018))]))
                .changed(|page: &mut SupportersState| {
                    page.sort = SupporterSort {
                        column: SupporterColumn::Joined,
                        descending: false,
                    }
                })
                .to_hash()
        })
    };
    view! {
        <div class="highlights">
            <SupporterHighlight supporter=usa text=&i18n::HIGHLIGHT_US_TEXT />
            <article class="highlight">
                <h3>{i18n::tr(lang, &i18n::HIGHLIGHT_US_BEFORE)}</h3>
                <ul class="inline-list">
                    {us_before
                        .into_iter()
                        .map(|supporter| {
                            view! {
                                <li>
                                    <a href=move || {
                                        url.state.with(|s| supporter_link(s, supporter))
                                    }>{move || supporter_name(supporter, lang.get())}</a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </article>
            <SupporterHighlight supporter=eu text=&i18n::HIGHLIGHT_EU_TEXT />
            <article class="highlight">
                <h3>{i18n::tr(lang, &i18n::HIGHLIGHT_LAUNCH)}</h3>
                <p>
                    {move || i18n::launch_supporters(launch_count, lang.get())} " "
                    <a href=launch_link>{i18n::tr(lang, &i18n::SHOW_THEM)}</a>
                </p>
            </article>
        </div>
    }
}
