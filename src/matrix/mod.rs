//! The cooperation matrix: areas against initiatives or actors as a real table with a heatmap,
//! sortable from its headers, navigable with the arrow keys, each cell opening its evidence.

mod cards;
mod evidence;
pub mod model;
mod table;

use crate::dataset::data;
use crate::dataset::source;
use crate::document_sync::use_lang;
use crate::download_link::ExportLink;
use crate::download_link::{fill_on_click, fill_with};
use crate::embed::figure::{self, FigureFrame};
use crate::i18n;
use crate::ids::AreaId;
use crate::route::{AppState, Cell, ColumnOrder, Columns, Figure, Filter, FilterList, MatrixState};
use crate::url_state::{use_filter, use_page, use_url_state, UrlState};
use crate::views::filter_bar::FilterChips;
use lafayette_data::Lang;
use leptos::prelude::*;
use model::Matrix;
use std::sync::Arc;

/// A built matrix, shared by the table, the cards, the exports and the evidence panel; a new
/// one replaces it when the column kind or the source filter changes.
#[derive(Clone)]
pub struct Built(pub Arc<Matrix>);

impl PartialEq for Built {
    fn eq(&self, other: &Built) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// The shared filter a cell sets: its area and its initiative or actor.
fn cell_filter(cell: Cell) -> Filter {
    let mut filter = Filter::only(FilterList::Areas, cell.area.as_str());
    let list = match cell.column.kind() {
        Columns::Initiatives => FilterList::Initiatives,
        Columns::Actors => FilterList::Actors,
    };
    filter.set(list, vec![cell.column.as_str().to_string()]);
    filter
}

/// What the view and its figure embed share: the matrix of the URL's column kind and source
/// filter, in its row and column order, its selection, and what choosing a cell or row does.
#[derive(Clone, Copy)]
struct Arranged {
    sources: Memo<Vec<String>>,
    matrix: Memo<Built>,
    rows: Memo<Vec<usize>>,
    columns: Memo<Vec<usize>>,
    selected: Memo<Option<Cell>>,
}

impl Arranged {
    fn follow() -> Arranged {
        let lang = use_lang();
        let page = use_page::<MatrixState>();
        let filter = use_filter();
        let kind = Memo::new(move |_| page.with(|p| p.columns));
        let sources = Memo::new(move |_| filter.with(|f| f.get(FilterList::Sources).to_vec()));
        let matrix = Memo::new(move |_| {
            let kind = kind.get();
            sources.with(|sources| Built(Arc::new(Matrix::build(kind, sources))))
        });
        let rows = Memo::new(move |_| {
            let sort = page.with(|p| p.rows);
            matrix.with(|m| m.0.row_order(sort, lang.get()))
        });
        let columns = Memo::new(move |_| {
            let order = page.with(|p| p.order);
            matrix.with(|m| m.0.column_order(order, lang.get()))
        });
        Arranged {
            sources,
            matrix,
            rows,
            columns,
            selected: Memo::new(move |_| page.with(|p| p.selected)),
        }
    }
}

/// A cell selects its area and its column as the shared filter.
fn select_cell(url: UrlState) -> impl Fn(Cell) + Copy + Send + Sync + 'static {
    move |cell: Cell| {
        url.push(&url.state.with_untracked(|s| {
            s.with_filter(cell_filter(cell))
                .on(MatrixState::showing(cell).into())
        }))
    }
}

/// A row selects its area as the shared filter and orders the columns by its counts.
fn select_row(url: UrlState) -> impl Fn(AreaId) + Copy + Send + Sync + 'static {
    move |area: AreaId| {
        url.push(&url.state.with_untracked(|s| {
            s.with_filter(Filter::only(FilterList::Areas, area.as_str()))
                .changed(|page: &mut MatrixState| {
                    page.order = ColumnOrder::Row(area);
                    page.selected = None;
                })
        }))
    }
}

#[component]
pub fn MatrixView() -> impl IntoView {
    let lang = use_lang();
    let Arranged {
        sources,
        matrix,
        rows,
        columns,
        selected,
    } = Arranged::follow();
    view! {
        <section aria-labelledby="view-title" class="matrix-view">
            <h2 id="view-title">{i18n::tr(lang, &i18n::VIEW_MATRIX)}</h2>
            <p class="lead">{i18n::tr(lang, &i18n::MATRIX_INTRO)}</p>
            <Controls matrix=matrix rows=rows columns=columns />
            <FilterChips />
            <SourceNotice sources=sources />
            <p class="hint" id="matrix-hint">
                {i18n::tr(lang, &i18n::MATRIX_KEYS)}
            </p>
            <Grid matrix=matrix rows=rows columns=columns selected=selected />
            <evidence::EvidencePanel matrix=matrix selected=selected />
        </section>
    }
}

/// The words around an exported matrix.
fn export_notes(kind: Columns, url: UrlState, state: &AppState, lang: Lang) -> model::Notes {
    model::Notes {
        title: match kind {
            Columns::Initiatives => i18n::MATRIX_TITLE_INITIATIVES.get(lang),
            Columns::Actors => i18n::MATRIX_TITLE_ACTORS.get(lang),
        }
        .to_string(),
        counted: i18n::MATRIX_CAPTION.get(lang).to_string(),
        total: i18n::TOTAL.get(lang).to_string(),
        scale: i18n::MATRIX_SCALE.get(lang).to_string(),
        groups: [
            i18n::SCOPE_US.get(lang).to_string(),
            i18n::SCOPE_FRANCE.get(lang).to_string(),
        ],
        source: i18n::exported_from(&data().version, &url.shareable(state), lang),
        date: i18n::exported_on(&crate::today::today().format(lang), lang),
    }
}

/// Column kind, column order and the exports.
#[component]
fn Controls(
    matrix: Memo<Built>,
    rows: Memo<Vec<usize>>,
    columns: Memo<Vec<usize>>,
) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let page = use_page::<MatrixState>();
    let order_value = move || match page.with(|p| p.order) {
        ColumnOrder::Group => "group".to_string(),
        ColumnOrder::Name => "name".to_string(),
        ColumnOrder::Total => "total".to_string(),
        ColumnOrder::Row(area) => format!("row.{}", area.as_str()),
    };
    let on_order = move |event: leptos::ev::Event| {
        let value = event_target_value(&event);
        let order = match value.as_str() {
            "name" => ColumnOrder::Name,
            "total" => ColumnOrder::Total,
            other => other
                .strip_prefix("row.")
                .and_then(AreaId::parse)
                .map_or(ColumnOrder::Group, ColumnOrder::Row),
        };
        url.push_page(|p: &mut MatrixState| p.order = order);
    };
    // The picture of what the screen shows: its order, names, legend, source and date.
    let picture = move || {
        let (lang, built) = (lang.get_untracked(), matrix.get_untracked());
        let notes = export_notes(built.0.columns_kind, url, &url.state.get_untracked(), lang);
        built.0.picture(
            &rows.get_untracked(),
            &columns.get_untracked(),
            lang,
            &notes,
        )
    };
    let export_csv = move |event: leptos::ev::MouseEvent| {
        let (lang, built) = (lang.get_untracked(), matrix.get_untracked());
        fill_on_click(&event, "text/csv", &built.0.to_csv(lang));
    };
    let export_svg = move |event: leptos::ev::MouseEvent| {
        fill_on_click(&event, "image/svg+xml", &picture().to_svg())
    };
    let export_png = move |event: leptos::ev::MouseEvent| {
        if let Some(png) = crate::views::canvas::png_data_url(&picture()) {
            fill_with(&event, &png);
        }
    };
    view! {
        <div class="timeline-controls">
            <fieldset class="segmented">
                <legend>{i18n::tr(lang, &i18n::COLUMNS)}</legend>
                {[
                    (Columns::Initiatives, &i18n::INITIATIVES),
                    (Columns::Actors, &i18n::ACTORS_BY_COUNTRY),
                ]
                    .into_iter()
                    .map(|(option, label)| {
                        view! {
                            <label>
                                <input
                                    type="radio"
                                    name="matrix-columns"
                                    value=option.slug()
                                    prop:checked=move || page.with(|p| p.columns) == option
                                    on:change=move |_| {
                                        url.push_page(|p: &mut MatrixState| {
                                            *p = MatrixState {
                                                columns: option,
                                                ..MatrixState::default()
                                            }
                                        })
                                    }
                                />
                                {i18n::tr(lang, label)}
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <div class="field-inline">
                <label for="column-order">{i18n::tr(lang, &i18n::COLUMN_ORDER)}</label>
                <select id="column-order" prop:value=order_value on:change=on_order>
                    {[
                        ("group", &i18n::COLUMN_ORDER_GROUP),
                        ("name", &i18n::COLUMN_ORDER_NAME),
                        ("total", &i18n::COLUMN_ORDER_TOTAL),
                    ]
                        .into_iter()
                        .map(|(value, label)| {
                            view! {
                                <option value=value selected=move || order_value() == value>
                                    {i18n::tr(lang, label)}
                                </option>
                            }
                        })
                        .collect_view()}
                    {move || match page.with(|p| p.order) {
                        ColumnOrder::Row(area) => {
                            Some(
                                view! {
                                    <option value=format!("row.{}", area.as_str()) selected=true>
                                        {move || {
                                            format!(
                                                "{} {}",
                                                i18n::COLUMN_ORDER_ROW.get(lang.get()),
                                                area.record().name.get(lang.get()),
                                            )
                                        }}
                                    </option>
                                },
                            )
                        }
                        _ => None,
                    }}
                </select>
            </div>
            <div class="exports">
                <ExportLink
                    id="matrix-csv"
                    file="lafayette-matrix.csv"
                    label=&i18n::EXPORT_MATRIX_CSV
                    on_click=export_csv
                />
                <ExportLink
                    id="matrix-svg"
                    file="lafayette-matrix.svg"
                    label=&i18n::EXPORT_MATRIX_SVG
                    on_click=export_svg
                />
                <ExportLink
                    id="matrix-png"
                    file="lafayette-matrix.png"
                    label=&i18n::EXPORT_MATRIX_PNG
                    on_click=export_png
                />
            </div>
        </div>
    }
}

/// What the colours and the bars mean.
#[component]
fn Legend(matrix: Memo<Built>) -> impl IntoView {
    let lang = use_lang();
    let swatches = move || {
        let max = matrix.with(|m| m.0.max_count());
        model::heat_ranges(max)
            .into_iter()
            .enumerate()
            .map(|(level, (low, high))| {
                let label = if low == high {
                    low.to_string()
                } else {
                    format!("{low}–{high}")
                };
                view! { <li class=format!("heat-key heat-{}", level + 1)>{label}</li> }
            })
            .collect_view()
    };
    let actors = move || matrix.with(|m| m.0.columns_kind == Columns::Actors);
    view! {
        <div class="matrix-legend" aria-label=i18n::tr(lang, &i18n::MATRIX_LEGEND) role="group">
            <p>{i18n::tr(lang, &i18n::MATRIX_SCALE)}</p>
            <ul class="heat-keys">{swatches}</ul>
            <Show when=actors>
                <p class="bar-keys">
                    {i18n::tr(lang, &i18n::MATRIX_BARS)} " "
                    <span class="bar-key group-usa">{i18n::tr(lang, &i18n::SCOPE_US)}</span> " "
                    <span class="bar-key group-fra">{i18n::tr(lang, &i18n::SCOPE_FRANCE)}</span>
                </p>
            </Show>
        </div>
    }
}

/// When a source filter is on: which documents the evidence is limited to, and the way back.
#[component]
fn SourceNotice(sources: Memo<Vec<String>>) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let names = move || {
        let lang = lang.get();
        sources.with(|ids| {
            ids.iter()
                .filter_map(|id| source(id))
                .map(|s| s.title.get(lang))
                .collect::<Vec<_>>()
                .join(" ; ")
        })
    };
    let all_evidence = move || {
        url.state.with(|s| {
            s.filtered(|f| f.set(FilterList::Sources, Vec::new()))
                .to_hash()
        })
    };
    view! {
        <Show when=move || sources.with(|s| !s.is_empty())>
            <p class="notice" id="matrix-source-filter">
                {move || i18n::labelled(
                    i18n::ONLY_EVIDENCE_FROM.get(lang.get()),
                    &names(),
                    lang.get(),
                )}
                " "
                <a href=all_evidence>{i18n::tr(lang, &i18n::SHOW_ALL_EVIDENCE)}</a>
            </p>
        </Show>
    }
}

/// The table, its legend, and the cards that replace the table on a phone: choosing a cell or
/// a row sets the shared filter.
#[component]
fn Grid(
    matrix: Memo<Built>,
    rows: Memo<Vec<usize>>,
    columns: Memo<Vec<usize>>,
    selected: Memo<Option<Cell>>,
) -> impl IntoView {
    let url = use_url_state();
    let (select_cell, select_row) = (select_cell(url), select_row(url));
    view! {
        <table::MatrixTable
            matrix=matrix
            rows=rows
            columns=columns
            selected=selected
            select_cell=select_cell
            select_row=select_row
        />
        <Legend matrix=matrix />
        <cards::MatrixCards matrix=matrix rows=rows columns=columns select_cell=select_cell />
    }
}

/// The table (cards on a phone) and its legend alone, as a figure embed.
#[component]
pub fn MatrixFigure() -> impl IntoView {
    let lang = use_lang();
    let Arranged {
        matrix,
        rows,
        columns,
        selected,
        ..
    } = Arranged::follow();
    // Areas without evidence are left out: a figure shows what there is.
    let rows = Memo::new(move |_| {
        matrix.with(|m| {
            rows.get()
                .into_iter()
                .filter(|&row| m.0.row_total(row) > 0)
                .collect::<Vec<_>>()
        })
    });
    let description = move || {
        match matrix.with(|m| m.0.columns_kind) {
            Columns::Initiatives => &i18n::MATRIX_FIGURE_INITIATIVES,
            Columns::Actors => &i18n::MATRIX_FIGURE_ACTORS,
        }
        .get(lang.get())
        .to_string()
    };
    let sources = move || {
        let lang = lang.get();
        matrix.with(|m| {
            let evidence = m.0.cells.iter().flatten().flatten();
            figure::publishers(evidence.flat_map(|e| e.citations().iter()), lang)
        })
    };
    view! {
        <FigureFrame figure=Figure::Matrix description=description sources=sources>
            <div class="matrix-view">
                <Grid matrix=matrix rows=rows columns=columns selected=selected />
            </div>
        </FigureFrame>
    }
}
