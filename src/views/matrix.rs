//! The cooperation matrix: areas against initiatives or actors as a real table with a heatmap,
//! sortable from its headers, navigable with the arrow keys, each cell opening its evidence.

use crate::dataset::{actor, event};
use crate::document_sync::use_lang;
use crate::download_link::fill_on_click;
use crate::i18n::{self, format_count};
use crate::matrix_model::{cell_id, heat_level, parse_cell_id, Columns, Evidence, Matrix};
use crate::provenance::Holder;
use crate::route::Filter;
use crate::url_state::use_url_state;
use crate::views::quote_list::QuoteList;
use crate::views::timeline::event_link;
use lafayette_data::Lang;
use leptos::prelude::*;
use std::sync::Mutex;
use wasm_bindgen::JsCast;

/// The matrix for a column kind and source filter, built once per combination (a handful:
/// two kinds times the sources chosen) and kept for the session.
fn matrix(kind: Columns, sources: &[String]) -> &'static Matrix {
    static BUILT: Mutex<Vec<(Columns, Vec<String>, &'static Matrix)>> = Mutex::new(Vec::new());
    let mut built = BUILT
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some((_, _, matrix)) = built.iter().find(|(k, s, _)| *k == kind && s == sources) {
        return matrix;
    }
    let matrix: &'static Matrix = Box::leak(Box::new(Matrix::build(kind, sources)));
    built.push((kind, sources.to_vec(), matrix));
    matrix
}

fn focus_cell(row: usize, column: usize) {
    if let Some(button) = document()
        .get_element_by_id(&format!("cell-{row}-{column}"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = button.focus();
    }
}

#[component]
pub fn MatrixView() -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    // A deep link to an actor cell opens the actor matrix.
    let initial = url.state.with_untracked(|s| {
        s.selected
            .as_deref()
            .and_then(parse_cell_id)
            .and_then(|(_, column)| actor(column))
            .map(|_| Columns::Actors)
            .unwrap_or_default()
    });
    let (kind, set_kind) = signal(initial);
    let current = Signal::derive(move || url.state.with(|s| matrix(kind.get(), &s.filter.sources)));
    let (column_sort, set_column_sort) = signal("group".to_string());
    let (cursor, set_cursor) = signal((0usize, 0usize));
    let sort = Memo::new(move |_| {
        url.state
            .with(|s| s.sort.clone().unwrap_or_else(|| "total".to_string()))
    });
    let rows = Memo::new(move |_| current.get().row_order(&sort.get(), lang.get()));
    let columns = Memo::new(move |_| current.get().column_order(&column_sort.get(), lang.get()));
    let selected = Memo::new(move |_| {
        url.state.with(|s| s.selected.clone()).and_then(|id| {
            let (row, column) = parse_cell_id(&id)?;
            let m = current.get();
            Some((m.row_index(row)?, m.column_index(column)?))
        })
    });
    let set_sort = move |value: String| url.push(&url.state.get_untracked().with_sort(Some(value)));
    let select_cell = move |row: usize, column: usize| {
        let m = current.get_untracked();
        let (row_id, column_id) = (m.rows[row].id.to_string(), m.columns[column].id.to_string());
        let filter = match m.columns_kind {
            Columns::Initiatives => Filter {
                areas: vec![row_id.clone()],
                initiatives: vec![column_id.clone()],
                ..Filter::default()
            },
            Columns::Actors => Filter {
                areas: vec![row_id.clone()],
                actors: vec![column_id.clone()],
                ..Filter::default()
            },
        };
        let state = url.state.get_untracked();
        url.push(
            &state
                .with_filter(filter)
                .with_selected(Some(cell_id(&row_id, &column_id))),
        );
    };
    // A row selects its area as the shared filter and orders the columns by its counts.
    let select_row = move |row: usize| {
        let id = current.get_untracked().rows[row].id.to_string();
        set_column_sort.set(format!("row.{id}"));
        let state = url.state.get_untracked();
        url.push(
            &state
                .with_filter(Filter {
                    areas: vec![id],
                    ..Filter::default()
                })
                .with_selected(None),
        );
    };
    let on_key = move |event: leptos::ev::KeyboardEvent| {
        let (row_count, column_count) = (
            rows.with_untracked(Vec::len),
            columns.with_untracked(Vec::len),
        );
        let (r, c) = cursor.get_untracked();
        let next = match event.key().as_str() {
            "ArrowDown" => (r + 1).min(row_count - 1),
            "ArrowUp" => r.saturating_sub(1),
            _ => r,
        };
        let next_column = match event.key().as_str() {
            "ArrowRight" => (c + 1).min(column_count - 1),
            "ArrowLeft" => c.saturating_sub(1),
            "Home" => 0,
            "End" => column_count - 1,
            _ => c,
        };
        if (next, next_column) != (r, c) {
            event.prevent_default();
            set_cursor.set((next, next_column));
            focus_cell(next, next_column);
        }
    };
    let aria_sort = move |key: String| {
        move || {
            if sort.get() == key {
                "descending"
            } else {
                "none"
            }
        }
    };
    let export_csv = move |event: leptos::ev::MouseEvent| {
        fill_on_click(
            &event,
            "text/csv",
            &current.get_untracked().to_csv(lang.get_untracked()),
        )
    };
    let export_svg = move |event: leptos::ev::MouseEvent| {
        fill_on_click(
            &event,
            "image/svg+xml",
            &current.get_untracked().to_svg(lang.get_untracked()),
        )
    };

    view! {
        <section aria-labelledby="view-title" class="matrix-view">
            <h2 id="view-title">{i18n::tr(lang, &i18n::VIEW_MATRIX)}</h2>
            <p class="lead">{i18n::tr(lang, &i18n::MATRIX_INTRO)}</p>
            <div class="timeline-controls">
                <fieldset class="segmented">
                    <legend>{i18n::tr(lang, &i18n::COLUMNS)}</legend>
                    {[(Columns::Initiatives, &i18n::INITIATIVES), (Columns::Actors, &i18n::ACTORS_BY_COUNTRY)].into_iter().map(|(option, label)| view! {
                        <label>
                            <input type="radio" name="matrix-columns" value=option.slug() prop:checked=move || kind.get() == option on:change=move |_| { set_kind.set(option); set_cursor.set((0, 0)); }/>
                            {i18n::tr(lang, label)}
                        </label>
                    }).collect_view()}
                </fieldset>
                <div class="field-inline">
                    <label for="column-order">{i18n::tr(lang, &i18n::COLUMN_ORDER)}</label>
                    <select id="column-order" prop:value=column_sort on:change=move |event| set_column_sort.set(event_target_value(&event))>
                        {[("group", &i18n::COLUMN_ORDER_GROUP), ("name", &i18n::COLUMN_ORDER_NAME), ("total", &i18n::COLUMN_ORDER_TOTAL)].into_iter().map(|(value, label)| view! {
                            <option value=value selected=move || column_sort.get() == value>{i18n::tr(lang, label)}</option>
                        }).collect_view()}
                        {move || column_sort.get().strip_prefix("row.").and_then(|id| {
                            let m = current.get();
                            m.row_index(id).map(|r| {
                                let label = m.rows[r].label;
                                view! { <option value=format!("row.{id}") selected=true>{move || format!("{} {}", i18n::COLUMN_ORDER_ROW.get(lang.get()), label.get(lang.get()))}</option> }
                            })
                        })}
                    </select>
                </div>
                <div class="exports">
                    <a class="button" id="matrix-csv" href="#" download="lafayette-matrix.csv" on:click=export_csv>{i18n::tr(lang, &i18n::EXPORT_MATRIX_CSV)}</a>
                    <a class="button" id="matrix-svg" href="#" download="lafayette-matrix.svg" on:click=export_svg>{i18n::tr(lang, &i18n::EXPORT_MATRIX_SVG)}</a>
                </div>
            </div>
            {move || {
                let sources = url.state.with(|s| s.filter.sources.clone());
                (!sources.is_empty()).then(|| {
                    let names = sources.iter().filter_map(|id| crate::dataset::source(id)).map(|s| s.title.get(lang.get()).to_string()).collect::<Vec<_>>().join(" ; ");
                    view! {
                        <p class="notice" id="matrix-source-filter">
                            {i18n::ONLY_EVIDENCE_FROM.get(lang.get())} {i18n::colon(lang.get())} {names} " "
                            <a href=move || url.state.with(|s| { let mut f = s.filter.clone(); f.sources.clear(); s.with_filter(f).to_hash() })>{i18n::SHOW_ALL_EVIDENCE.get(lang.get())}</a>
                        </p>
                    }
                })
            }}
            <p class="hint" id="matrix-hint">{i18n::tr(lang, &i18n::MATRIX_KEYS)}</p>
            <div class="matrix-scroll">
                <table class="matrix" aria-describedby="matrix-hint" on:keydown=on_key>
                    <caption>{i18n::tr(lang, &i18n::MATRIX_CAPTION)}</caption>
                    <thead>
                        <tr>
                            <th scope="col" aria-sort=move || if sort.get() == "name" { "ascending" } else { "none" }>
                                <button type="button" class="sort" on:click=move |_| set_sort("name".into())>{i18n::tr(lang, &i18n::AREA)}</button>
                            </th>
                            {move || {
                                let m = current.get();
                                columns.get().into_iter().map(|c| {
                                    let header = &m.columns[c];
                                    let key = format!("col.{}", header.id);
                                    let sorted = aria_sort(key.clone());
                                    view! {
                                        <th scope="col" class=format!("column group-{}", header.group.to_ascii_lowercase()) aria-sort=sorted>
                                            <button type="button" class="sort vertical" on:click=move |_| set_sort(key.clone())>
                                                <span>{i18n::tr(lang, header.label)}</span>
                                            </button>
                                        </th>
                                    }
                                }).collect_view()
                            }}
                            <th scope="col" aria-sort=aria_sort("total".into())>
                                <button type="button" class="sort" on:click=move |_| set_sort("total".into())>{i18n::tr(lang, &i18n::TOTAL)}</button>
                            </th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            let m = current.get();
                            let max = m.max_count();
                            let column_order = columns.get();
                            rows.get().into_iter().enumerate().map(|(position, r)| {
                                let row = &m.rows[r];
                                let cells = column_order.iter().enumerate().map(|(column_position, &c)| {
                                    let count = m.count(r, c);
                                    let label = move || format!("{} × {}{}{}", row.label.get(lang.get()), m.columns[c].label.get(lang.get()), i18n::colon(lang.get()), count);
                                    view! {
                                        <td class=format!("heat heat-{}", heat_level(count, max)) class:selected=move || selected.get() == Some((r, c))>
                                            <button type="button" id=format!("cell-{position}-{column_position}")
                                                tabindex=move || if cursor.get() == (position, column_position) { "0" } else { "-1" }
                                                aria-label=label
                                                on:focus=move |_| set_cursor.set((position, column_position))
                                                on:click=move |_| select_cell(r, c)>
                                                {(count > 0).then(|| count.to_string())}
                                            </button>
                                        </td>
                                    }
                                }).collect_view();
                                view! {
                                    <tr>
                                        <th scope="row" aria-sort=move || if column_sort.get() == format!("row.{}", row.id) { "descending" } else { "none" }>
                                            <button type="button" class="row-button" on:click=move |_| select_row(r)>{i18n::tr(lang, row.label)}</button>
                                        </th>
                                        {cells}
                                        <td class="total">{m.row_total(r)}</td>
                                    </tr>
                                }
                            }).collect_view()
                        }}
                    </tbody>
                    <tfoot>
                        <tr>
                            <th scope="row">{i18n::tr(lang, &i18n::TOTAL)}</th>
                            {move || {
                                let m = current.get();
                                columns.get().into_iter().map(|c| view! { <td class="total">{m.column_total(c)}</td> }).collect_view()
                            }}
                            <td class="total"></td>
                        </tr>
                    </tfoot>
                </table>
            </div>
            <div class="matrix-cards">
                {move || {
                    let m = current.get();
                    rows.get().into_iter().filter(|&r| m.row_total(r) > 0).map(|r| {
                        let row = &m.rows[r];
                        view! {
                            <article class="matrix-card">
                                <h3>{i18n::tr(lang, row.label)} " (" {m.row_total(r)} ")"</h3>
                                <ul>
                                    {columns.get().into_iter().filter(|&c| m.count(r, c) > 0).map(|c| view! {
                                        <li><button type="button" class="row-button" on:click=move |_| select_cell(r, c)>
                                            {i18n::tr(lang, m.columns[c].label)} ": " {m.count(r, c)}
                                        </button></li>
                                    }).collect_view()}
                                </ul>
                            </article>
                        }
                    }).collect_view()
                }}
            </div>
            {move || selected.get().map(|(r, c)| view! { <EvidencePanel matrix=current.get_untracked() row=r column=c/> })}
        </section>
    }
}

#[component]
fn EvidencePanel(matrix: &'static Matrix, row: usize, column: usize) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let title = move || {
        format!(
            "{} × {}",
            matrix.rows[row].label.get(lang.get()),
            matrix.columns[column].label.get(lang.get())
        )
    };
    let event_link = move |id: &'static str| url.state.with(|s| event_link(s, id));
    let when =
        move |id: &str, lang: Lang| event(id).map(|e| e.when.format(lang)).unwrap_or_default();
    view! {
        <section class="detail evidence" id="matrix-evidence" aria-labelledby="evidence-title">
            <h3 id="evidence-title">{title}</h3>
            <p>{move || format!("{} {}", format_count(matrix.count(row, column), lang.get()), i18n::PIECES_OF_EVIDENCE.get(lang.get()))}</p>
            <ol class="evidence-list">
                {matrix.cells[row][column].iter().map(|evidence| match *evidence {
                    Evidence::Commitment(commitment) => view! {
                        <li>
                            <p>
                                <strong>{move || actor(&commitment.actor).map(|a| a.name.get(lang.get()).to_string()).unwrap_or_default()}</strong>
                                {move || i18n::colon(lang.get())}
                                {i18n::tr(lang, &commitment.what)}
                            </p>
                            <p class="when">
                                <a href=move || event_link(&commitment.event)>{move || event(&commitment.event).map(|e| e.title.get(lang.get()).to_string()).unwrap_or_default()}</a>
                                " · " {move || when(&commitment.event, lang.get())}
                            </p>
                            <QuoteList citations=&commitment.citations holder=Holder::Commitment record=&commitment.id/>
                        </li>
                    }.into_any(),
                    Evidence::Event(e) => view! {
                        <li>
                            <p><strong>{i18n::tr(lang, &i18n::EVENT)}</strong> {move || i18n::colon(lang.get())}
                                <a href=move || event_link(&e.id)>{i18n::tr(lang, &e.title)}</a>
                                " · " {move || e.when.format(lang.get())}</p>
                            <QuoteList citations=&e.citations holder=Holder::Event record=&e.id/>
                        </li>
                    }.into_any(),
                }).collect_view()}
            </ol>
            <a class="button" href=move || url.state.with(|s| s.with_selected(None).to_hash())>{i18n::tr(lang, &i18n::CLOSE)}</a>
        </section>
    }
}
