//! A cell's evidence in a sheet: each commitment and event linking its area and column, with
//! its quotes.

use super::model::Evidence;
use super::Built;
use crate::dataset::{actor, event};
use crate::document_sync::use_lang;
use crate::follow_through::StatusLink;
use crate::i18n;
use crate::provenance::Holder;
use crate::route::{Cell, MatrixState};
use crate::timeline::event_link;
use crate::url_state::use_url_state;
use crate::views::quote_list::QuoteList;
use crate::views::sheet::Sheet;
use leptos::prelude::*;

#[component]
pub fn EvidencePanel(matrix: Memo<Built>, selected: Memo<Option<Cell>>) -> impl IntoView {
    let url = use_url_state();
    let close_href = Signal::derive(move || url.state.with(|s| s.unselected().to_hash()));
    let close = move || url.push_page(|page: &mut MatrixState| page.selected = None);
    // The selected cell's place in the matrix on screen (none if a filter removed it).
    let position = Memo::new(move |_| {
        selected
            .get()
            .and_then(|cell| matrix.with(|m| m.0.position(cell)))
    });
    view! {
        <Show when=move || position.with(Option::is_some)>
            <Sheet
                id="matrix-evidence"
                labelled_by="evidence-title"
                close_href=close_href
                on_close=close
            >
                {move || {
                    position
                        .get()
                        .map(|(row, column)| {
                            view! {
                                <CellEvidence matrix=matrix.get_untracked() row=row column=column />
                            }
                        })
                }}
            </Sheet>
        </Show>
    }
}

#[component]
fn CellEvidence(matrix: Built, row: usize, column: usize) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let (row_label, column_label) = (matrix.0.rows[row].label, matrix.0.columns[column].label);
    let count = matrix.0.count(row, column);
    let items = matrix.0.cells[row][column]
        .iter()
        .map(|evidence| match *evidence {
            Evidence::Commitment(commitment) => {
                let who = move || {
                    actor(&commitment.actor)
                        .map(|a| a.name.get(lang.get()))
                        .unwrap_or_default()
                        .to_string()
                };
                let at = event(&commitment.event);
                view! {
                    <li>
                        <p>
                            <strong>{who}</strong>
                            {move || i18n::colon(lang.get())}
                            {i18n::tr(lang, &commitment.what)}
                        </p>
                        {at
                            .map(|at| {
                                view! {
                                    <p class="when">
                                        <a href=move || {
                                            event_link(url, at)
                                        }>{i18n::tr(lang, &at.title)}</a>
                                        " · "
                                        {move || at.when.format(lang.get())}
                                    </p>
                                }
                            })}
                        <StatusLink commitment=commitment />
                        <QuoteList
                            citations=&commitment.citations
                            holder=Holder::Commitment
                            record=&commitment.id
                        />
                    </li>
                }
                .into_any()
            }
            Evidence::Event(at) => view! {
                <li>
                    <p>
                        <strong>{i18n::tr(lang, &i18n::EVENT)}</strong>
                        {move || i18n::colon(lang.get())}
                        <a href=move || { event_link(url, at) }>{i18n::tr(lang, &at.title)}</a>
                        " · "
                        {move || at.when.format(lang.get())}
                    </p>
                    <QuoteList citations=&at.citations holder=Holder::Event record=&at.id />
                </li>
            }
            .into_any(),
        })
        .collect_view();
    view! {
        <h3 id="evidence-title">
            {move || format!("{} × {}", row_label.get(lang.get()), column_label.get(lang.get()))}
        </h3>
        <p>{move || i18n::pieces_of_evidence(count, lang.get())}</p>
        <ol class="evidence-list">{items}</ol>
    }
}
