//! The matrix as a table: one Tab stop, arrow keys between cells, Enter opens a cell's
//! evidence; the header buttons sort the rows.

use super::model::{header_lines, heat_level, FIGURE_HEADER_LINE_CHARS, HEADER_LINE_CHARS};
use super::Built;
use crate::document_sync::use_lang;
use crate::i18n;
use crate::ids::AreaId;
use crate::route::{Cell, ColumnId, ColumnOrder, MatrixState, RowSort};
use crate::url_state::{use_page, use_url_state};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Where an arrow key moves the cursor in a grid of `rows` × `columns` (None: the key does
/// not move it, or the grid is empty).
pub fn moved_cursor(
    key: &str,
    (row, column): (usize, usize),
    rows: usize,
    columns: usize,
) -> Option<(usize, usize)> {
    let (last_row, last_column) = (rows.checked_sub(1)?, columns.checked_sub(1)?);
    let next = match key {
        "ArrowDown" => ((row + 1).min(last_row), column),
        "ArrowUp" => (row.saturating_sub(1), column),
        "ArrowRight" => (row, (column + 1).min(last_column)),
        "ArrowLeft" => (row, column.saturating_sub(1)),
        "Home" => (row, 0),
        "End" => (row, last_column),
        _ => return None,
    };
    Some((next.0.min(last_row), next.1.min(last_column)))
}

fn focus_cell(row: usize, column: usize) {
    if let Some(button) = document()
        .get_element_by_id(&format!("cell-{row}-{column}"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = button.focus();
    }
}

/// A header button that sorts the rows, with its `aria-sort`.
#[component]
fn RowSortHeader(sort: RowSort, class: String, children: Children) -> impl IntoView {
    let url = use_url_state();
    let page = use_page::<MatrixState>();
    let aria_sort = move || match (page.with(|p| p.rows) == sort, sort) {
        (true, RowSort::Name) => "ascending",
        (true, _) => "descending",
        (false, _) => "none",
    };
    view! {
        <th scope="col" class=class aria-sort=aria_sort>
            <button
                type="button"
                class="sort"
                on:click=move |_| url.push_page(|p: &mut MatrixState| p.rows = sort)
            >
                {children()}
            </button>
        </th>
    }
}

#[component]
pub fn MatrixTable<C, R>(
    matrix: Memo<Built>,
    rows: Memo<Vec<usize>>,
    columns: Memo<Vec<usize>>,
    selected: Memo<Option<Cell>>,
    select_cell: C,
    select_row: R,
) -> impl IntoView
where
    C: Fn(Cell) + Copy + Send + Sync + 'static,
    R: Fn(AreaId) + Copy + Send + Sync + 'static,
{
    let lang = use_lang();
    let page = use_page::<MatrixState>();
    let (cursor, set_cursor) = signal((0usize, 0usize));
    // The cursor stays inside the grid when it shrinks.
    Effect::new(move |_| {
        let (row_count, column_count) = (rows.with(Vec::len), columns.with(Vec::len));
        let (r, c) = cursor.get_untracked();
        let inside = (
            r.min(row_count.saturating_sub(1)),
            c.min(column_count.saturating_sub(1)),
        );
        if inside != (r, c) {
            set_cursor.set(inside);
        }
    });
    let on_key = move |event: leptos::ev::KeyboardEvent| {
        let moved = moved_cursor(
            &event.key(),
            cursor.get_untracked(),
            rows.with_untracked(Vec::len),
            columns.with_untracked(Vec::len),
        );
        if let Some(next) = moved.filter(|next| *next != cursor.get_untracked()) {
            event.prevent_default();
            set_cursor.set(next);
            focus_cell(next.0, next.1);
        }
    };
    let cell_at = move |r: usize, c: usize| {
        matrix.with_untracked(|m| {
            let (area, column) = (&m.0.rows[r], &m.0.columns[c]);
            Some(Cell {
                area: AreaId::parse(area.id)?,
                column: ColumnId::parse(column.id)?,
            })
        })
    };
    let url = use_url_state();
    let line_chars = move || {
        if url.state.with(|s| s.figure.is_some()) {
            FIGURE_HEADER_LINE_CHARS
        } else {
            HEADER_LINE_CHARS
        }
    };
    let header_cells = move || {
        let m = matrix.get();
        columns
            .get()
            .into_iter()
            .filter_map(|c| {
                let header = &m.0.columns[c];
                let column = ColumnId::parse(header.id)?;
                let label = header.label;
                Some(view! {
                    <RowSortHeader
                        sort=RowSort::Column(column)
                        class=format!("column group-{}", header.group.to_ascii_lowercase())
                    >
                        {move || {
                            let (lines, class) = header_lines(label.get(lang.get()), line_chars());
                            let lines = lines
                                .into_iter()
                                .enumerate()
                                .map(|(at, line)| {
                                    // Spaces between the lines keep the button's name whole.
                                    view! {
                                        {(at > 0).then_some(" ")}
                                        <span class="line">{line}</span>
                                    }
                                })
                                .collect_view();
                            view! { <span class=class>{lines}</span> }
                        }}
                    </RowSortHeader>
                })
            })
            .collect_view()
    };
    let body_rows = move || {
        let m = matrix.get();
        let max = m.0.max_count();
        let column_order = columns.get();
        rows.get()
            .into_iter()
            .enumerate()
            .map(|(position, r)| {
                let row = m.0.rows[r].clone();
                let area = AreaId::parse(row.id);
                let cells = column_order
                    .iter()
                    .enumerate()
                    .map(|(column_position, &c)| {
                        let count = m.0.count(r, c);
                        let (row_label, column_label) = (row.label, m.0.columns[c].label);
                        let label = move || {
                            let lang = lang.get();
                            let names =
                                format!("{} × {}", row_label.get(lang), column_label.get(lang));
                            i18n::labelled(&names, &count.to_string(), lang)
                        };
                        let cell = cell_at(r, c);
                        view! {
                            <td
                                class=format!("heat heat-{}", heat_level(count, max))
                                class:selected=move || cell.is_some() && selected.get() == cell
                            >
                                <button
                                    type="button"
                                    id=format!("cell-{position}-{column_position}")
                                    tabindex=move || {
                                        if cursor.get() == (position, column_position) {
                                            "0"
                                        } else {
                                            "-1"
                                        }
                                    }
                                    aria-label=label
                                    on:focus=move |_| set_cursor.set((position, column_position))
                                    on:click=move |_| {
                                        if let Some(cell) = cell {
                                            select_cell(cell);
                                        }
                                    }
                                >
                                    {(count > 0).then(|| count.to_string())}
                                </button>
                            </td>
                        }
                    })
                    .collect_view();
                let total = m.0.row_total(r);
                let orders_columns = move || match (page.with(|p| p.order), area) {
                    (ColumnOrder::Row(by), Some(area)) if by == area => "descending",
                    _ => "none",
                };
                view! {
                    <tr>
                        <th scope="row" aria-sort=orders_columns>
                            <button
                                type="button"
                                class="row-button"
                                on:click=move |_| {
                                    if let Some(area) = area {
                                        select_row(area);
                                    }
                                }
                            >
                                {i18n::tr(lang, row.label)}
                            </button>
                        </th>
                        {cells}
                        <td class="total">{total}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let footer_cells = move || {
        let m = matrix.get();
        columns
            .get()
            .into_iter()
            .map(|c| view! { <td class="total">{m.0.column_total(c)}</td> })
            .collect_view()
    };
    view! {
        <div class="matrix-scroll">
            <table class="matrix" aria-describedby="matrix-hint" on:keydown=on_key>
                <caption>{i18n::tr(lang, &i18n::MATRIX_CAPTION)}</caption>
                <thead>
                    <tr>
                        <RowSortHeader sort=RowSort::Name class=String::new()>
                            {i18n::tr(lang, &i18n::AREA)}
                        </RowSortHeader>
                        {header_cells}
                        <RowSortHeader sort=RowSort::Total class=String::new()>
                            {i18n::tr(lang, &i18n::TOTAL)}
                        </RowSortHeader>
                    </tr>
                </thead>
                <tbody>{body_rows}</tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{i18n::tr(lang, &i18n::TOTAL)}</th>
                        {footer_cells}
                        <td class="total"></td>
                    </tr>
                </tfoot>
            </table>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrow_keys_stay_inside_the_grid() {
        assert_eq!(moved_cursor("ArrowRight", (0, 0), 3, 2), Some((0, 1)));
        assert_eq!(moved_cursor("ArrowRight", (0, 1), 3, 2), Some((0, 1)));
        assert_eq!(moved_cursor("ArrowDown", (2, 1), 3, 2), Some((2, 1)));
        assert_eq!(moved_cursor("End", (1, 0), 3, 2), Some((1, 1)));
        assert_eq!(moved_cursor("Enter", (1, 0), 3, 2), None);
    }

    #[test]
    fn an_empty_grid_has_nowhere_to_move() {
        // A source filter can leave rows without any column: no underflow, no move.
        for key in ["ArrowRight", "ArrowDown", "End", "Home"] {
            assert_eq!(moved_cursor(key, (0, 0), 8, 0), None, "{key}");
            assert_eq!(moved_cursor(key, (0, 0), 0, 3), None, "{key}");
        }
    }
}
