//! What became of each promise: every commitment with its status, the date it was reached,
//! the days it took and the outcomes that show it (each an event of the timeline, with its
//! sources), or the day the public record was searched in vain. Statuses filter through the
//! shared filter, so the timeline and this table follow the same choice; the table sorts,
//! exports what it shows and embeds like every view.

pub mod model;

use crate::document_sync::use_lang;
use crate::download_link::ExportLink;
use crate::download_link::{fill_on_click, name_download};
use crate::i18n;
use crate::ids::{CommitmentId, EventId};
use crate::route::{FilterList, FollowColumn, FollowThroughState, Page};
use crate::timeline::event_link;
use crate::today::today;
use crate::url_state::{use_filter, use_page, use_url_state};
use crate::views::filter_bar::FilterChips;
use crate::views::sort_header::{aria_sort, SortHeader};
use lafayette_data::follow_through::Status;
use leptos::prelude::*;
use model::{rows, shown, status_counts, to_csv, who, Row};

/// The link to a commitment's row in this view.
pub fn commitment_link(url: crate::url_state::UrlState, id: CommitmentId) -> String {
    url.state.with(|state| {
        url.link(&state.on(Page::FollowThrough(FollowThroughState {
            selected: Some(id),
            ..FollowThroughState::default()
        })))
    })
}

#[component]
pub fn FollowThroughView() -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let page = use_page::<FollowThroughState>();
    let filter = use_filter();
    let listed = Memo::new(move |_| {
        let (sort, descending) = page.with(|p| (p.sort, p.descending));
        filter.with(|f| shown(f, sort, descending, lang.get()))
    });
    // A commitment named in the address (linked from the timeline or the matrix) is brought
    // into view.
    Effect::new(move |_| {
        if let Some(id) = page.with(|p| p.selected) {
            if let Some(row) = document().get_element_by_id(&format!("commitment-{}", id.as_str()))
            {
                row.scroll_into_view();
            }
        }
    });
    let export = move |event: leptos::ev::MouseEvent| {
        name_download(&event, &format!("lafayette-follow-through-{}.csv", today()));
        fill_on_click(
            &event,
            "text/csv",
            &listed.with_untracked(|rows| to_csv(rows, lang.get_untracked())),
        );
    };
    let header = move |column: FollowColumn, label: &'static lafayette_data::Text| {
        let sorted = move || page.with(|p| aria_sort(p.sort == column, p.descending));
        let on_sort = Callback::new(move |()| {
            url.push_page(|p: &mut FollowThroughState| {
                p.descending = p.sort == column && !p.descending;
                p.sort = column;
            })
        });
        view! {
            <SortHeader
                class=format!("col-{}", column.slug())
                label=label
                aria_sort=Signal::derive(sorted)
                on_sort=on_sort
            />
        }
    };
    view! {
        <section aria-labelledby="view-title" class="follow-through">
            <h2 id="view-title">{i18n::tr(lang, &i18n::VIEW_FOLLOW_THROUGH)}</h2>
            <p class="lead">{i18n::tr(lang, &i18n::VIEW_FOLLOW_THROUGH_DESCRIPTION)}</p>
            <details class="rules">
                <summary>{i18n::tr(lang, &i18n::HOW_STATUS_IS_DECIDED)}</summary>
                <p>{i18n::tr(lang, &i18n::FOLLOW_THROUGH_RULES)}</p>
            </details>
            <StatusChoice />
            <FilterChips />
            <div class="results-bar">
                <p class="status" role="status" aria-live="polite" id="follow-status">
                    {move || i18n::shown_of(
                        listed.with(Vec::len),
                        rows().len(),
                        &i18n::COMMITMENTS_NOUN,
                        lang.get(),
                    )}
                </p>
                <div class="exports">
                    <ExportLink
                        id="follow-export-csv"
                        file="lafayette-follow-through.csv"
                        label=&i18n::EXPORT_CSV
                        on_click=export
                    />
                </div>
            </div>
            <Show when=move || listed.with(Vec::is_empty)>
                <p class="empty">{i18n::tr(lang, &i18n::NO_COMMITMENT_MATCHES)}</p>
            </Show>
            <table class="follow-table" id="follow-table">
                <caption class="visually-hidden">
                    {i18n::tr(lang, &i18n::FOLLOW_THROUGH_CAPTION)}
                </caption>
                <thead>
                    <tr>
                        {header(FollowColumn::Promised, &i18n::PROMISE)}
                        {header(FollowColumn::Who, &i18n::WHO)}
                        {header(FollowColumn::Status, &i18n::STATUS)}
                        {header(FollowColumn::Reached, &i18n::REACHED)}
                        {header(FollowColumn::Days, &i18n::DAYS)}
                        <th scope="col">{i18n::tr(lang, &i18n::EVIDENCE)}</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || listed.get() key=|row| row.commitment.id.as_ref() let:row>
                        <FollowRow row=row />
                    </For>
                </tbody>
            </table>
            <InitiativeOutcomes />
        </section>
    }
}

/// The statuses as toggle buttons with their counts (under the other filters).
#[component]
fn StatusChoice() -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let filter = use_filter();
    let counts = Memo::new(move |_| {
        let unfiltered = filter.with(|f| {
            let mut f = f.clone();
            f.set(FilterList::Statuses, Vec::new());
            shown(&f, FollowColumn::Promised, false, lang.get())
        });
        status_counts(&unfiltered)
    });
    view! {
        <div class="status-choice" role="group" aria-label=i18n::tr(lang, &i18n::STATUS)>
            {Status::ALL
                .into_iter()
                .map(|status| {
                    let chosen = move || {
                        filter.with(|f| f.contains(FilterList::Statuses, status.code()))
                    };
                    let count = move || {
                        counts.with(|c| c.iter().find(|(s, _)| *s == status).map_or(0, |(_, n)| *n))
                    };
                    view! {
                        <button
                            type="button"
                            class=format!("status-toggle status-{}", status.code())
                            aria-pressed=move || if chosen() { "true" } else { "false" }
                            on:click=move |_| {
                                url.push_filter(|f| f.toggle(FilterList::Statuses, status.code()))
                            }
                        >
                            <span class="status-dot" aria-hidden="true"></span>
                            {i18n::tr(lang, i18n::status_label(status))}
                            " "
                            <span class="count">{count}</span>
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}

#[component]
fn FollowRow(row: &'static Row) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let page = use_page::<FollowThroughState>();
    let id = CommitmentId::of(row.commitment);
    let selected = move || page.with(|p| p.selected == Some(id));
    let result = &row.result;
    let reached = move || match (result.status, &result.reached) {
        (Status::NoRecord, _) | (_, None) => None,
        (_, Some(when)) => {
            Some(view! { <time datetime=when.datetime()>{move || when.format(lang.get())}</time> })
        }
    };
    let evidence = move || {
        if result.outcomes.is_empty() {
            let day = result
                .reached
                .as_ref()
                .map(|w| w.format(lang.get()))
                .unwrap_or_default();
            return view! { <p class="no-record">{i18n::no_record_as_of(&day, lang.get())}</p> }
                .into_any();
        }
        view! {
            <ul class="outcomes">
                {result
                    .outcomes
                    .iter()
                    .map(|&outcome| {
                        let decisive = result.decided_by.map(EventId::of)
                            == Some(EventId::of(outcome));
                        view! { <OutcomeItem outcome=outcome decisive=decisive /> }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <tr id=format!("commitment-{}", id.as_str()) class:selected=selected>
            <td class="col-promised">
                <a href=move || event_link(
                    url,
                    row.promised,
                )>{i18n::tr(lang, &row.commitment.what)}</a>
                <span class="when">{move || row.promised.when.format(lang.get())}</span>
            </td>
            <td class="col-who">{move || who(row, lang.get())}</td>
            <td class="col-status">
                <StatusBadge status=result.status />
            </td>
            <td class="col-reached">{reached}</td>
            <td class="col-days">
                {move || {
                    result.days.map(|days| i18n::days_taken(days, result.approximate, lang.get()))
                }}
            </td>
            <td class="col-evidence">{evidence}</td>
        </tr>
    }
}

/// For an outcome on the timeline: what it did, and the commitments it answers, each linked
/// to its row here.
#[component]
pub fn OutcomeAnswers(event: &'static lafayette_data::Event) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    event.answers.as_ref().map(|answers| {
        let effect = answers.effect;
        view! {
            <h4>{i18n::tr(lang, &i18n::ANSWERS)}</h4>
            <p>
                <EffectBadge effect=effect />
            </p>
            <ul class="answers">
                {answers
                    .commitments
                    .iter()
                    .filter_map(|id| crate::dataset::commitment(id))
                    .map(|commitment| {
                        let id = CommitmentId::of(commitment);
                        view! {
                            <li>
                                <a href=move || {
                                    commitment_link(url, id)
                                }>{i18n::tr(lang, &commitment.what)}</a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    })
}

/// What an outcome did, as a badge: "Outcome: done".
#[component]
pub fn EffectBadge(effect: lafayette_data::Effect) -> impl IntoView {
    let lang = use_lang();
    view! {
        <span class=format!(
            "badge effect-{}",
            lafayette_data::follow_through::effect_code(effect),
        )>{move || i18n::outcome_badge(effect, lang.get())}</span>
    }
}

/// A commitment's status, linked to its row here (in the matrix's evidence).
#[component]
pub fn StatusLink(commitment: &'static lafayette_data::Commitment) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let id = CommitmentId::of(commitment);
    model::row_of(&commitment.id).map(|row| {
        let status = row.result.status;
        view! {
            <p class="what-became">
                <a href=move || commitment_link(
                    url,
                    id,
                )>
                    {i18n::tr(lang, &i18n::WHAT_BECAME_OF_IT)} {move || i18n::colon(lang.get())}
                    <StatusBadge status=status />
                </a>
            </p>
        }
    })
}

/// A commitment's status as a badge.
#[component]
pub fn StatusBadge(status: Status) -> impl IntoView {
    let lang = use_lang();
    view! {
        <span class=format!(
            "badge status-{}",
            status.code(),
        )>{i18n::tr(lang, i18n::status_label(status))}</span>
    }
}

/// One outcome in a list of evidence: its title linking to the timeline, its date, what it did.
#[component]
fn OutcomeItem(outcome: &'static lafayette_data::Event, decisive: bool) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    view! {
        <li class:decisive=decisive>
            <a href=move || event_link(url, outcome)>{i18n::tr(lang, &outcome.title)}</a>
            " "
            <span class="when">{move || outcome.when.format(lang.get())}</span>
            {outcome
                .answers
                .as_ref()
                .map(|answers| {
                    view! {
                        " "
                        <EffectBadge effect=answers.effect />
                    }
                })}
        </li>
    }
}

/// What became of each initiative: the outcomes that answer it, latest first (the shared
/// filter's initiatives narrow the list).
#[component]
fn InitiativeOutcomes() -> impl IntoView {
    let lang = use_lang();
    let filter = use_filter();
    let shown = move || {
        filter.with(|f| {
            let wanted = f.get(FilterList::Initiatives);
            model::initiative_outcomes()
                .into_iter()
                .filter(|(initiative, _)| {
                    wanted.is_empty() || wanted.iter().any(|id| *id == initiative.id)
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="initiative-outcomes" aria-labelledby="initiative-outcomes-title">
            <h3 id="initiative-outcomes-title">
                {i18n::tr(lang, &i18n::WHAT_BECAME_OF_INITIATIVES)}
            </h3>
            <ul class="initiative-list">
                {move || {
                    shown()
                        .into_iter()
                        .map(|(initiative, outcomes)| {
                            view! {
                                <li id=format!("initiative-{}", initiative.id)>
                                    <h4>{i18n::tr(lang, &initiative.name)}</h4>
                                    <ul class="outcomes">
                                        {outcomes
                                            .into_iter()
                                            .map(|outcome| {
                                                view! { <OutcomeItem outcome=outcome decisive=false /> }
                                            })
                                            .collect_view()}
                                    </ul>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </section>
    }
}

/// For an event where promises were made: each promise with what became of it.
#[component]
pub fn PromisesMadeHere(event: &'static lafayette_data::Event) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let made: Vec<&'static Row> = rows()
        .iter()
        .filter(|row| row.commitment.event == event.id)
        .collect();
    (!made.is_empty()).then(|| {
        view! {
            <h4>{i18n::tr(lang, &i18n::PROMISES_MADE_HERE)}</h4>
            <ul class="answers">
                {made
                    .into_iter()
                    .map(|row| {
                        let id = CommitmentId::of(row.commitment);
                        view! {
                            <li>
                                <a href=move || {
                                    commitment_link(url, id)
                                }>{i18n::tr(lang, &row.commitment.what)}</a>
                                " "
                                <StatusBadge status=row.result.status />
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    })
}
