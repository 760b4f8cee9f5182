//! The supporters shown: their count, the exports, and the table. The table scrolls with the
//! page (no box of its own) and renders its rows a page at a time: more are added as the
//! reader nears its end, so a search over 100,000 supporters still puts few rows in the DOM.

use super::explain::{explain, Empty};
use super::query::{category_label, to_csv, to_json, Query};
use super::{index, supporter_link, supporter_name};
use crate::dataset::country;
use crate::document_sync::use_lang;
use crate::download_link::ExportLink;
use crate::download_link::{fill_on_click, name_download};
use crate::i18n;
use crate::route::{Filter, FilterList, SupporterColumn, SupportersState, View};
use crate::today::today;
use crate::url_state::{use_page, use_url_state};
use crate::views::sort_header::aria_sort;
use lafayette_data::{Category, Lang, Supporter};
use leptos::prelude::*;

/// Rows rendered at first, and added each time the reader reaches the end: more than a tall
/// screen shows, and few enough that a keystroke's new results build fast.
pub const ROWS_PER_PAGE: usize = 25;

/// "N of 1,222 supporters shown", announced politely, with the exports and the way back from
/// nothing.
#[component]
pub fn ResultsBar(shown: Memo<Vec<usize>>, query: Memo<Query>) -> impl IntoView {
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
    let export = move |csv: bool| {
        move |event: leptos::ev::MouseEvent| {
            let lang = lang.get_untracked();
            let (mime, contents, extension) = if csv {
                ("text/csv", to_csv(&rows(), lang), "csv")
            } else {
                ("application/json", to_json(&rows(), lang), "json")
            };
            // Named for the day it is taken, which only the browser knows.
            name_download(
                &event,
                &format!("paris-call-supporters-{}.{extension}", today()),
            );
            fill_on_click(&event, mime, &contents);
        }
    };
    let clear = move |_| {
        url.push(&url.state.with_untracked(|s| {
            s.with_text("").filtered(|f| {
                for list in [
                    FilterList::Categories,
                    FilterList::Countries,
                    FilterList::Years,
                    FilterList::Regions,
                ] {
                    f.set(list, Vec::new());
                }
            })
        }))
    };
    view! {
        <div class="results-bar">
            <p class="status" role="status" aria-live="polite" id="supporters-status">
                {move || i18n::shown_of(
                    shown.with(Vec::len),
                    total,
                    &i18n::SUPPORTERS_NOUN,
                    lang.get(),
                )}
            </p>
            <div class="exports">
                <ExportLink
                    id="export-csv"
                    file="paris-call-supporters.csv"
                    label=&i18n::EXPORT_CSV
                    on_click=export(true)
                />
                <ExportLink
                    id="export-json"
                    file="paris-call-supporters.json"
                    label=&i18n::EXPORT_JSON
                    on_click=export(false)
                />
            </div>
        </div>
        <Show when=move || shown.with(Vec::is_empty)>
            <EmptyResults query=query on_clear=clear />
        </Show>
    }
}

/// Why nothing is shown, and where to go: the matches the filters hide, or where the named
/// actor appears instead of the supporters.
#[component]
fn EmptyResults(
    query: Memo<Query>,
    on_clear: impl Fn(leptos::ev::MouseEvent) + 'static,
) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let page = use_page::<SupportersState>();
    let explanation = move || {
        let lang = lang.get();
        let text = page.with(|p| p.text.trim().to_string());
        match query.with(|q| explain(index(), q)) {
            Empty::HiddenByFilters(count) => {
                view! { <p>{i18n::hidden_by_filters(count, &text, lang)}</p> }.into_any()
            }
            Empty::NotSupporters(appearances) => {
                let state = url.state.get();
                let links = appearances
                    .into_iter()
                    .map(|appearance| {
                        let name = appearance.actor.name.get(lang);
                        let href = state
                            .with_view(View::Timeline)
                            .with_filter(Filter::only(FilterList::Actors, &appearance.actor.id))
                            .to_hash();
                        view! {
                            <li>
                                <p>{i18n::not_a_supporter(name, lang)}</p>
                                <a href=href>
                                    {i18n::on_the_timeline(name, appearance.events, lang)}
                                </a>
                            </li>
                        }
                    })
                    .collect_view();
                view! { <ul class="not-supporters">{links}</ul> }.into_any()
            }
            Empty::NoMatch if text.is_empty() => {
                view! { <p>{i18n::NO_SUPPORTER_MATCHES.get(lang)}</p> }.into_any()
            }
            Empty::NoMatch => view! { <p>{i18n::no_supporter_named(&text, lang)}</p> }.into_any(),
        }
    };
    view! {
        <div class="empty" role="status">
            {explanation}
            <button type="button" on:click=on_clear>
                {i18n::tr(lang, &i18n::CLEAR_FILTERS)}
            </button>
        </div>
    }
}

/// A sortable column header of the supporters table.
#[component]
fn SortHeader(
    column: SupporterColumn,
    label: &'static lafayette_data::Text,
    query: Memo<Query>,
) -> impl IntoView {
    let url = use_url_state();
    let sorted = move || query.with(|q| aria_sort(q.sort.column == column, q.sort.descending));
    let on_sort = Callback::new(move |()| {
        url.push_page(|page: &mut SupportersState| page.sort = page.sort.clicked(column))
    });
    view! {
        <crate::views::sort_header::SortHeader
            class=format!("col-{}", column.slug())
            label=label
            aria_sort=Signal::derive(sorted)
            on_sort=on_sort
        />
    }
}

#[component]
pub fn SupporterTable(shown: Memo<Vec<usize>>, query: Memo<Query>) -> impl IntoView {
    let lang = use_lang();
    let (rendered, set_rendered) = signal(ROWS_PER_PAGE);
    // A new search or order starts again from its first page.
    Effect::new(move |_| {
        query.track();
        set_rendered.set(ROWS_PER_PAGE);
    });
    let visible = Memo::new(move |_| {
        let count = rendered.get();
        shown.with(|s| s.iter().take(count).copied().collect::<Vec<_>>())
    });
    let more_left = move || shown.with(Vec::len) > rendered.get();
    let show_more = move || set_rendered.update(|count| *count += ROWS_PER_PAGE);
    let sentinel = NodeRef::<leptos::html::Button>::new();
    crate::views::near_view::when_near_view(sentinel, show_more);
    view! {
        <table
            class="supporter-table"
            id="supporters-results"
            role="table"
            aria-rowcount=move || shown.with(Vec::len) + 1
        >
            <caption id="supporters-caption" class="visually-hidden">
                {i18n::tr(lang, &i18n::SUPPORTERS_TABLE_CAPTION)}
            </caption>
            <thead role="rowgroup">
                <tr role="row" aria-rowindex="1">
                    <SortHeader column=SupporterColumn::Name label=&i18n::NAME query=query />
                    <SortHeader column=SupporterColumn::Country label=&i18n::COUNTRY query=query />
                    <SortHeader
                        column=SupporterColumn::Category
                        label=&i18n::CATEGORY
                        query=query
                    />
                    <SortHeader column=SupporterColumn::Joined label=&i18n::JOINED query=query />
                </tr>
            </thead>
            <tbody role="rowgroup">
                // Keyed by supporter: a row that stays through a keystroke is kept, moved if
                // need be, rather than built again.
                <For each=move || visible.get() key=|index| *index let:supporter_index>
                    <SupporterRow
                        position=Signal::derive(move || {
                            visible
                                .with(|v| v.iter().position(|&i| i == supporter_index))
                                .unwrap_or_default()
                        })
                        supporter=index().supporters[supporter_index]
                    />
                </For>
            </tbody>
        </table>
        <Show when=more_left>
            <button type="button" class="more-rows" node_ref=sentinel on:click=move |_| show_more()>
                // Saturating: when the list shrinks, this text can update before the button
                // goes.
                {move || i18n::show_more(
                    ROWS_PER_PAGE.min(shown.with(Vec::len).saturating_sub(rendered.get())),
                    lang.get(),
                )}
            </button>
        </Show>
    }
}

/// The join date in a table cell: short, and honest when unknown.
fn joined_short(supporter: &Supporter, lang: Lang) -> String {
    match &supporter.joined {
        Some(joined) => joined.date.format(lang),
        None => i18n::unknown_join_date_short(&supporter.first_listed.format_short(lang), lang),
    }
}

#[component]
fn SupporterRow(position: Signal<usize>, supporter: &'static Supporter) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let country_name = move || {
        supporter
            .country
            .as_deref()
            .and_then(country)
            .map(|c| c.name.get(lang.get()).to_string())
            .unwrap_or_default()
    };
    view! {
        <tr
            role="row"
            aria-rowindex=move || position.get() + 2
            class:uncategorised=supporter.category == Category::Uncategorised
        >
            <th scope="row" role="rowheader" class="col-name">
                <a href=move || {
                    url.state.with(|s| supporter_link(s, supporter))
                }>{move || supporter_name(supporter, lang.get()).to_string()}</a>
            </th>
            <td role="cell" class="col-country">
                {country_name}
            </td>
            <td role="cell" class="col-category">
                {i18n::tr(lang, category_label(supporter.category))}
            </td>
            <td role="cell" class="col-joined" class:unknown=supporter.joined.is_none()>
                {move || joined_short(supporter, lang.get())}
            </td>
        </tr>
    }
}
