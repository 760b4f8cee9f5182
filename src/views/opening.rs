//! The opening strip on the first view: what Lafayette covers (period, documents, the three
//! views) and three key facts, each linking to the event that sources it.

use crate::dataset::{data, event, SUPPORTER_TOTALS};
use crate::document_sync::use_lang;
use crate::i18n;
use crate::ids::EventId;
use crate::route::{Page, View};
use crate::url_state::use_url_state;
use lafayette_data::{Lang, SourceKind};
use leptos::prelude::*;

/// The key facts: events of the dataset, each with its sources.
const KEY_EVENTS: [&str; 3] = [
    "paris-call-launched",
    "space-dialogue-agreed",
    "us-joins-paris-call",
];

/// What the site covers, in a sentence built from the dataset.
pub fn coverage(lang: Lang) -> String {
    let data = data();
    let years: Vec<u16> = data.events.iter().map(|e| e.when.date.year).collect();
    let (first, last) = (
        years.iter().min().copied().unwrap_or_default(),
        years.iter().max().copied().unwrap_or_default(),
    );
    let seeds: Vec<_> = data
        .sources
        .iter()
        .filter(|s| s.kind == SourceKind::Seed)
        .collect();
    let in_french = seeds.iter().filter(|s| s.language == Lang::Fr).count();
    let outside = data
        .sources
        .iter()
        .filter(|s| s.kind == SourceKind::Outside)
        .count();
    i18n::coverage(
        (first, last),
        data.events.len(),
        (seeds.len(), in_french, outside),
        SUPPORTER_TOTALS,
        data.commitments.len(),
        lang,
    )
}

#[component]
pub fn Opening() -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let link = move |view: View| move || url.view_link(view);
    view! {
        <section class="opening" aria-labelledby="opening-title">
            <h2 id="opening-title" class="visually-hidden">
                {i18n::tr(lang, &i18n::OPENING_TITLE)}
            </h2>
            <p class="coverage">{move || coverage(lang.get())}</p>
            <ul class="views-in-brief">
                {[
                    (View::Timeline, &i18n::VIEW_TIMELINE, &i18n::BRIEF_TIMELINE),
                    (View::Supporters, &i18n::VIEW_SUPPORTERS, &i18n::BRIEF_SUPPORTERS),
                    (View::Matrix, &i18n::VIEW_MATRIX, &i18n::BRIEF_MATRIX),
                    (View::FollowThrough, &i18n::VIEW_FOLLOW_THROUGH, &i18n::BRIEF_FOLLOW_THROUGH),
                ]
                    .into_iter()
                    .map(|(view, name, brief)| {
                        view! {
                            <li>
                                <a href=link(view)>{i18n::tr(lang, name)}</a>
                                " — "
                                {i18n::tr(lang, brief)}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <ol class="key-facts" aria-label=i18n::tr(lang, &i18n::KEY_FACTS)>
                {KEY_EVENTS
                    .into_iter()
                    .filter_map(event)
                    .map(|fact| {
                        let href = move || {
                            url.state.with(|s| s.on(Page::event(EventId::of(fact))).to_hash())
                        };
                        view! {
                            <li>
                                <a href=href>
                                    <strong>{move || fact.when.format(lang.get())}</strong>
                                    " "
                                    {i18n::tr(lang, &fact.title)}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}
