//! The Paris Call supporters: summary, highlights, one search box, facets with live counts,
//! a sortable table that renders only the rows on screen, a detail panel, and export.

use crate::dataset::{country, data};
use crate::decimal::decimal;
use crate::document_sync::use_lang;
use crate::download_link::fill_on_click;
use crate::i18n::{self, format_count};
use crate::route::AppState;
use crate::supporters_query::{
    category_label, nature_label, normalise, source_url, to_csv, to_json, year_key, Index, Query,
    SortKey,
};
use crate::url_state::use_url_state;
use lafayette_data::{Category, Lang, PartialDate, Supporter};
use leptos::prelude::*;
use std::sync::OnceLock;

/// Every row has this height (style/main.css), so the rows on screen follow from the scroll.
pub const ROW_HEIGHT: f64 = 44.0;
/// Rows rendered above and below the visible ones, for smooth scrolling.
const OVERSCAN: usize = 8;
/// The table's viewport height, in rows.
const VISIBLE_ROWS: usize = 12;

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| Index::new(listed_supporters()))
}

/// The dataset's supporters; in benchmark builds, as many synthetic ones as the URL asks for.
fn listed_supporters() -> Vec<&'static Supporter> {
    #[cfg(feature = "synthetic")]
    {
        if let Some(count) = crate::url_state::synthetic_count() {
            return Box::leak(crate::supporters_query::synthetic(count).into_boxed_slice())
                .iter()
                .collect();
        }
    }
    data().supporters.iter().collect()
}

/// A supporter's id in links: its file name in the site's repository, without `.md`.
pub fn supporter_id(supporter: &Supporter) -> &str {
    supporter
        .site_file
        .strip_suffix(".md")
        .unwrap_or(&supporter.site_file)
}

fn query_of(state: &AppState) -> Query {
    let (sort, descending) = SortKey::parse(state.sort.as_deref().unwrap_or(""));
    Query {
        text: normalise(&state.filter.text),
        categories: state
            .filter
            .categories
            .iter()
            .filter_map(|c| Category::from_code(c))
            .collect(),
        countries: state.filter.countries.clone(),
        years: state.filter.years.clone(),
        sort,
        descending,
    }
}

fn toggle(list: &mut Vec<String>, value: &str) {
    match list.iter().position(|v| v == value) {
        Some(position) => {
            list.remove(position);
        }
        None => list.push(value.to_string()),
    }
}

/// Today's date, for export file names.
fn today() -> PartialDate {
    let performance = window().performance();
    let millis = performance
        .map(|p| p.time_origin() + p.now())
        .unwrap_or(0.0);
    lafayette_data::date::civil_from_days((millis / 86_400_000.0).floor() as i32)
}

#[component]
pub fn SupportersView() -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let query = Memo::new(move |_| url.state.with(query_of));
    let shown = Memo::new(move |_| query.with(|q| index().search(q, lang.get())));
    let selected = Memo::new(move |_| {
        url.state
            .with(|s| s.selected.clone())
            .and_then(|id| data().supporters.iter().find(|sup| supporter_id(sup) == id))
    });
    view! {
        <section aria-labelledby="view-title" class="supporters">
            <h2 id="view-title">{i18n::tr(lang, &i18n::VIEW_SUPPORTERS)}</h2>
            <Summary/>
            <Highlights/>
            <div class="supporters-layout">
                <Facets query=query/>
                <div class="results">
                    <ResultsBar shown=shown/>
                    <SupporterTable shown=shown query=query/>
                </div>
            </div>
            {move || selected.get().map(|supporter| view! { <SupporterDetail supporter=supporter/> })}
        </section>
    }
}

/// Counts per category, countries, and the nine principles.
#[component]
fn Summary() -> impl IntoView {
    let lang = use_lang();
    let data = data();
    let countries = index().country_counts(&Query::default()).len();
    let counts = index().category_counts(&Query::default());
    view! {
        <div class="summary">
            <p class="headline">
                <strong>{move || format_count(data.supporters.len(), lang.get())}</strong>
                {move || format!(" {} · ", i18n::SUPPORTERS_IN.get(lang.get()))}
                <strong>{move || format_count(countries, lang.get())}</strong>
                {move || format!(" {}", i18n::COUNTRIES.get(lang.get()))}
            </p>
            <ul class="category-counts">
                {counts
                    .into_iter()
                    .map(|(category, count)| {
                        view! {
                            <li class=format!("cat cat-{}", category.code())>
                                <strong>{move || format_count(count, lang.get())}</strong>
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
                    {data
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

/// The supporters that matter to this story.
#[component]
fn Highlights() -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let supporters = &data().supporters;
    let find = |test: fn(&Supporter) -> bool| supporters.iter().filter(move |s| test(s));
    let usa = find(|s| s.category == Category::State && s.country.as_deref() == Some("USA")).next();
    let eu = supporters.iter().find(|s| s.name == "European Union");
    let us_before: Vec<&'static Supporter> = find(|s| {
        s.category == Category::PublicAuthority
            && s.country.as_deref() == Some("USA")
            && s.first_listed < PartialDate::day(2021, 11, 10)
    })
    .collect();
    let launch: Vec<&'static Supporter> = find(|s| {
        s.joined
            .as_ref()
            .is_some_and(|j| j.date == PartialDate::day(2018, 11, 12))
    })
    .collect();
    let link = move |supporter: &'static Supporter| {
        let id = supporter_id(supporter).to_string();
        view! {
            <a href=move || url.state.with(|s| s.with_selected(Some(id.clone())).to_hash())>{supporter.name.as_ref()}</a>
        }
    };
    let launch_count = launch.len();
    view! {
        <div class="highlights">
            <article class="highlight">
                <h3>{i18n::tr(lang, &i18n::HIGHLIGHT_US)}</h3>
                <p>{usa.map(link)} " " {i18n::tr(lang, &i18n::HIGHLIGHT_US_TEXT)}</p>
            </article>
            <article class="highlight">
                <h3>{i18n::tr(lang, &i18n::HIGHLIGHT_US_BEFORE)}</h3>
                <ul class="inline-list">{us_before.into_iter().map(|s| view! { <li>{link(s)}</li> }).collect_view()}</ul>
            </article>
            <article class="highlight">
                <h3>{i18n::tr(lang, &i18n::HIGHLIGHT_EU)}</h3>
                <p>{eu.map(link)} " " {i18n::tr(lang, &i18n::HIGHLIGHT_EU_TEXT)}</p>
            </article>
            <article class="highlight">
                <h3>{i18n::tr(lang, &i18n::HIGHLIGHT_LAUNCH)}</h3>
                <p>
                    {move || format!("{launch_count} ")} {i18n::tr(lang, &i18n::HIGHLIGHT_LAUNCH_TEXT)} " "
                    <a href=move || {
                        url.state.with(|s| {
                            let mut filter = s.filter.clone();
                            filter.years = vec!["2018".to_string()];
                            s.with_filter(filter).with_sort(Some("joined".into())).to_hash()
                        })
                    }>{i18n::tr(lang, &i18n::SHOW_THEM)}</a>
                </p>
            </article>
        </div>
    }
}

#[component]
fn Facets(query: Memo<Query>) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let on_search = move |event: leptos::ev::Event| {
        // Typing refines one search: replace the history entry instead of adding one per key.
        url.replace(
            &url.state
                .get_untracked()
                .with_text(&event_target_value(&event)),
        );
    };
    let (country_search, set_country_search) = signal(String::new());
    let category_counts = Memo::new(move |_| query.with(|q| index().category_counts(q)));
    let country_counts = Memo::new(move |_| query.with(|q| index().country_counts(q)));
    let year_counts = Memo::new(move |_| query.with(|q| index().year_counts(q)));
    let toggle_in = move |pick: fn(&mut crate::route::Filter) -> &mut Vec<String>,
                          value: String| {
        let mut state = url.state.get_untracked();
        toggle(pick(&mut state.filter), &value);
        url.push(&state);
    };
    // One facet value: a checkbox with its live count.
    let option = move |pick: fn(&mut crate::route::Filter) -> &mut Vec<String>,
                       value: String,
                       label: String,
                       count: usize| {
        let checked = url
            .state
            .with_untracked(|s| pick(&mut s.filter.clone()).contains(&value));
        view! {
            <label class="check">
                <input type="checkbox" prop:checked=checked on:change=move |_| toggle_in(pick, value.clone())/>
                <span>{label}</span>
                <span class="count">{format_count(count, lang.get())}</span>
            </label>
        }
    };
    let countries_shown = move || {
        let wanted = normalise(&country_search.get());
        let lang = lang.get();
        country_counts
            .get()
            .into_iter()
            .filter(|(code, _)| {
                wanted.is_empty()
                    || country(code).is_some_and(|c| {
                        normalise(&format!("{} {} {code}", c.name.en, c.name.fr)).contains(&wanted)
                    })
            })
            .map(|(code, count)| {
                (
                    code,
                    count,
                    country(code)
                        .map(|c| c.name.get(lang).to_string())
                        .unwrap_or_default(),
                )
            })
            .collect::<Vec<_>>()
    };
    view! {
        <section class="facets" aria-label=i18n::tr(lang, &i18n::FILTERS)>
            <div class="field">
                <label for="supporter-search">{i18n::tr(lang, &i18n::SEARCH_SUPPORTERS)}</label>
                <input
                    id="supporter-search"
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby="supporter-search-hint"
                    prop:value=move || url.state.with(|s| s.filter.text.clone())
                    on:input=on_search
                />
                <p id="supporter-search-hint" class="hint">{i18n::tr(lang, &i18n::SEARCH_SUPPORTERS_HINT)}</p>
            </div>
            <fieldset>
                <legend>{i18n::tr(lang, &i18n::CATEGORY)}</legend>
                {move || {
                    category_counts
                        .get()
                        .into_iter()
                        .map(|(category, count)| {
                            option(|f| &mut f.categories, category.code().to_string(), category_label(category).get(lang.get()).to_string(), count)
                        })
                        .collect_view()
                }}
            </fieldset>
            <fieldset>
                <legend>{i18n::tr(lang, &i18n::COUNTRY)}</legend>
                <label for="country-search" class="visually-hidden">{i18n::tr(lang, &i18n::SEARCH_COUNTRIES)}</label>
                <input
                    id="country-search"
                    type="search"
                    autocomplete="off"
                    placeholder=i18n::tr(lang, &i18n::SEARCH_COUNTRIES)
                    prop:value=country_search
                    on:input=move |event| set_country_search.set(event_target_value(&event))
                />
                <div class="country-list">
                    {move || {
                        countries_shown()
                            .into_iter()
                            .map(|(code, count, name)| option(|f| &mut f.countries, code.to_string(), name, count))
                            .collect_view()
                    }}
                </div>
            </fieldset>
            <fieldset>
                <legend>{i18n::tr(lang, &i18n::JOIN_YEAR)}</legend>
                {move || {
                    year_counts
                        .get()
                        .into_iter()
                        .map(|(year, count)| {
                            let label = year.map(|y| y.to_string()).unwrap_or_else(|| i18n::DATE_UNKNOWN.get(lang.get()).to_string());
                            option(|f| &mut f.years, year_key(year), label, count)
                        })
                        .collect_view()
                }}
            </fieldset>
        </section>
    }
}

/// "N of 1,222 shown", announced politely, with the exports and the way back from nothing.
#[component]
fn ResultsBar(shown: Memo<Vec<usize>>) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let total = index().supporters.len();
    let rows = move || {
        shown.with(|s| {
            s.iter()
                .map(|&i| index().supporters[i])
                .collect::<Vec<&Supporter>>()
        })
    };
    let export = move |kind: &'static str| {
        move |event: leptos::ev::MouseEvent| {
            let (mime, contents) = match kind {
                "csv" => ("text/csv", to_csv(&rows(), lang.get_untracked())),
                _ => ("application/json", to_json(&rows(), lang.get_untracked())),
            };
            fill_on_click(&event, mime, &contents);
        }
    };
    let file_name = move |extension: &str| format!("paris-call-supporters-{}.{extension}", today());
    let clear = move |_| {
        let state = url.state.get_untracked();
        let mut filter = state.filter.clone();
        filter.text.clear();
        filter.categories.clear();
        filter.countries.clear();
        filter.years.clear();
        url.push(&state.with_filter(filter));
    };
    view! {
        <div class="results-bar">
            <p class="status" role="status" aria-live="polite" id="supporters-status">
                {move || {
                    let lang = lang.get();
                    format!("{} {} {} {}", format_count(shown.with(Vec::len), lang), i18n::OF.get(lang), format_count(total, lang), i18n::SHOWN.get(lang))
                }}
            </p>
            <div class="exports">
                <a class="button" id="export-csv" href="#" download=move || file_name("csv") on:click=export("csv")>{i18n::tr(lang, &i18n::EXPORT_CSV)}</a>
                <a class="button" id="export-json" href="#" download=move || file_name("json") on:click=export("json")>{i18n::tr(lang, &i18n::EXPORT_JSON)}</a>
            </div>
        </div>
        <Show when=move || shown.with(Vec::is_empty)>
            <div class="empty">
                <p>{i18n::tr(lang, &i18n::NO_SUPPORTER_MATCHES)}</p>
                <button type="button" on:click=clear>{i18n::tr(lang, &i18n::CLEAR_FILTERS)}</button>
            </div>
        </Show>
    }
}

#[component]
fn SupporterTable(shown: Memo<Vec<usize>>, query: Memo<Query>) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let (scroll_top, set_scroll_top) = signal(0.0);
    let window_range = Memo::new(move |_| {
        let count = shown.with(Vec::len);
        let first = ((scroll_top.get() / ROW_HEIGHT) as usize)
            .saturating_sub(OVERSCAN)
            .min(count);
        let last = (first + VISIBLE_ROWS + 2 * OVERSCAN).min(count);
        (first, last)
    });
    let visible = move || {
        let (first, last) = window_range.get();
        shown.with(|s| {
            s[first..last]
                .iter()
                .enumerate()
                .map(|(offset, &index)| (first + offset, index))
                .collect::<Vec<_>>()
        })
    };
    let spacer = move |before: bool| {
        let (first, last) = window_range.get();
        let rows = if before {
            first
        } else {
            shown.with(Vec::len) - last
        };
        format!("{}px", decimal(rows as f64 * ROW_HEIGHT, 0))
    };
    let sort_header = move |key: SortKey, label: &'static lafayette_data::Text| {
        let aria_sort = move || {
            query.with(|q| match (q.sort == key, q.descending) {
                (true, false) => "ascending",
                (true, true) => "descending",
                (false, _) => "none",
            })
        };
        let on_click = move |_| {
            let state = url.state.get_untracked();
            let (current, descending) = SortKey::parse(state.sort.as_deref().unwrap_or(""));
            let next = if current == key && !descending {
                format!("-{}", key.slug())
            } else {
                key.slug().to_string()
            };
            url.push(&state.with_sort(Some(next)));
        };
        view! {
            <th scope="col" aria-sort=aria_sort>
                <button type="button" class="sort" on:click=on_click>
                    {i18n::tr(lang, label)}
                    <span aria-hidden="true" class="arrow">{move || match aria_sort() { "ascending" => " ▲", "descending" => " ▼", _ => "" }}</span>
                </button>
            </th>
        }
    };
    view! {
        <div class="table-scroll" tabindex="0" aria-labelledby="supporters-caption" on:scroll=move |event| {
            if let Some(element) = event.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok()) {
                set_scroll_top.set(element.scroll_top() as f64);
            }
        }>
            <table class="supporter-table" aria-rowcount=move || shown.with(Vec::len) + 1>
                <caption id="supporters-caption" class="visually-hidden">{i18n::tr(lang, &i18n::SUPPORTERS_TABLE_CAPTION)}</caption>
                <thead>
                    <tr aria-rowindex="1">
                        {sort_header(SortKey::Name, &i18n::NAME)}
                        {sort_header(SortKey::Country, &i18n::COUNTRY)}
                        {sort_header(SortKey::Category, &i18n::CATEGORY)}
                        {sort_header(SortKey::Joined, &i18n::JOINED)}
                    </tr>
                </thead>
                <tbody>
                    <tr class="spacer" aria-hidden="true"><td colspan="4" style:height=move || spacer(true)></td></tr>
                    <For each=visible key=|(position, index)| (*position, *index) let:item>
                        <SupporterRow position=item.0 supporter=index().supporters[item.1]/>
                    </For>
                    <tr class="spacer" aria-hidden="true"><td colspan="4" style:height=move || spacer(false)></td></tr>
                </tbody>
            </table>
        </div>
    }
}

fn joined_text(supporter: &Supporter, lang: Lang) -> String {
    match &supporter.joined {
        Some(joined) => joined.date.format(lang),
        None => format!(
            "{} ({} {})",
            i18n::DATE_UNKNOWN.get(lang),
            i18n::LISTED_BY.get(lang),
            supporter.first_listed.format(lang)
        ),
    }
}

#[component]
fn SupporterRow(position: usize, supporter: &'static Supporter) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let id = supporter_id(supporter).to_string();
    let country_name = move || {
        supporter
            .country
            .as_deref()
            .and_then(country)
            .map(|c| c.name.get(lang.get()).to_string())
            .unwrap_or_default()
    };
    view! {
        <tr aria-rowindex=position + 2 class:uncategorised=supporter.category == Category::Uncategorised>
            <th scope="row">
                <a href=move || url.state.with(|s| s.with_selected(Some(id.clone())).to_hash())>{supporter.name.as_ref()}</a>
            </th>
            <td>{country_name}</td>
            <td>{i18n::tr(lang, category_label(supporter.category))}</td>
            <td class="joined" class:unknown=supporter.joined.is_none()>{move || joined_text(supporter, lang.get())}</td>
        </tr>
    }
}

#[component]
fn SupporterDetail(supporter: &'static Supporter) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let close = move || url.state.with(|s| s.with_selected(None).to_hash());
    let escape = window_event_listener(leptos::ev::keydown, move |event| {
        if event.key() == "Escape" {
            url.push(&url.state.get_untracked().with_selected(None));
        }
    });
    on_cleanup(move || escape.remove());
    let nature = supporter
        .nature
        .as_deref()
        .map(|raw| (raw, nature_label(raw)));
    let joined = move || {
        let lang = lang.get();
        match &supporter.joined {
            Some(joined) => {
                let note = data()
                    .join_notes
                    .iter()
                    .find(|n| n.id == joined.note)
                    .map(|n| n.text.get(lang).to_string())
                    .unwrap_or_default();
                let confidence = match joined.confidence {
                    lafayette_data::Confidence::High => i18n::CONFIDENCE_HIGH.get(lang),
                    lafayette_data::Confidence::Medium => i18n::CONFIDENCE_MEDIUM.get(lang),
                    lafayette_data::Confidence::Site => i18n::CONFIDENCE_SITE.get(lang),
                };
                format!("{} ({confidence}). {note}", joined.date.format(lang))
            }
            None => format!(
                "{}{}{} {}",
                i18n::DATE_UNKNOWN.get(lang),
                i18n::colon(lang),
                i18n::LISTED_BY.get(lang),
                supporter.first_listed.format(lang)
            ),
        }
    };
    view! {
        <section class="detail" aria-labelledby="supporter-detail-title" id="supporter-detail">
            <h3 id="supporter-detail-title">{supporter.name.as_ref()}</h3>
            <dl class="facts">
                {supporter.name_on_site.as_ref().map(|name| view! {
                    <dt>{i18n::tr(lang, &i18n::NAME_ON_SITE)}</dt><dd lang="fr">{name.as_ref()}</dd>
                })}
                <dt>{i18n::tr(lang, &i18n::CATEGORY)}</dt>
                <dd>{i18n::tr(lang, category_label(supporter.category))}</dd>
                <dt>{i18n::tr(lang, &i18n::COUNTRY)}</dt>
                <dd>{move || supporter.country.as_deref().map(|code| format!("{} ({code})", country(code).map(|c| c.name.get(lang.get())).unwrap_or(code))).unwrap_or_else(|| i18n::DATE_UNKNOWN.get(lang.get()).to_string())}</dd>
                {nature.map(|(raw, label)| view! {
                    <dt>{i18n::tr(lang, &i18n::NATURE)}</dt>
                    <dd>{move || label.map(|l| l.get(lang.get()).to_string()).unwrap_or_else(|| raw.to_string())}</dd>
                })}
                <dt>{i18n::tr(lang, &i18n::JOINED)}</dt>
                <dd class:unknown=supporter.joined.is_none()>{joined}</dd>
                <dt>{i18n::tr(lang, &i18n::DOCUMENT)}</dt>
                <dd><a href=source_url(supporter) rel="noopener">{i18n::tr(lang, &i18n::SUPPORTER_SOURCE)}</a></dd>
            </dl>
            <a class="button" href=close>{i18n::tr(lang, &i18n::CLOSE)}</a>
        </section>
    }
}
