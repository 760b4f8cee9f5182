//! The matrix on narrow screens: one card per area with its non-empty cells as buttons.

use super::Built;
use crate::document_sync::use_lang;
use crate::i18n;
use crate::ids::AreaId;
use crate::route::{Cell, ColumnId};
use leptos::prelude::*;

#[component]
pub fn MatrixCards<C>(
    matrix: Memo<Built>,
    rows: Memo<Vec<usize>>,
    columns: Memo<Vec<usize>>,
    select_cell: C,
) -> impl IntoView
where
    C: Fn(Cell) + Copy + Send + Sync + 'static,
{
    let lang = use_lang();
    let cards = move || {
        let m = matrix.get();
        let column_order = columns.get();
        rows.get()
            .into_iter()
            .filter(|&r| m.0.row_total(r) > 0)
            .map(|r| {
                let row = m.0.rows[r].clone();
                let total = m.0.row_total(r);
                let cells = column_order
                    .iter()
                    .filter(|&&c| m.0.count(r, c) > 0)
                    .filter_map(|&c| {
                        let column = &m.0.columns[c];
                        let cell = Cell {
                            area: AreaId::parse(row.id)?,
                            column: ColumnId::parse(column.id)?,
                        };
                        let (label, count) = (column.label, m.0.count(r, c));
                        Some(view! {
                            <li>
                                <button
                                    type="button"
                                    class="row-button"
                                    on:click=move |_| select_cell(cell)
                                >
                                    {move || i18n::labelled(
                                        label.get(lang.get()),
                                        &count.to_string(),
                                        lang.get(),
                                    )}
                                </button>
                            </li>
                        })
                    })
                    .collect_view();
                view! {
                    <article class="matrix-card">
                        <h3>{i18n::tr(lang, row.label)} " (" {total} ")"</h3>
                        <ul>{cells}</ul>
                    </article>
                }
            })
            .collect_view()
    };
    view! { <div class="matrix-cards">{cards}</div> }
}
