//! One event's details in a sheet, with the previous and next events in order (links, and the
//! left and right arrow keys), the way a story is told step by step.

use super::event_link;
use crate::dataset::{actor, area, initiative};
use crate::document_sync::use_lang;
use crate::follow_through::{OutcomeAnswers, PromisesMadeHere};
use crate::i18n;
use crate::ids::EventId;
use crate::provenance::Holder;
use crate::route::{Filter, FilterList, Page, TimelineState, View};
use crate::url_state::use_url_state;
use crate::views::quote_list::QuoteList;
use crate::views::sheet::Sheet;
use lafayette_data::{Event, Text};
use leptos::prelude::*;

/// The events before and after `id` in `events`, and its place (from 1).
pub fn neighbours(
    events: &[&'static Event],
    id: EventId,
) -> Option<(Option<&'static Event>, usize, Option<&'static Event>)> {
    let at = events.iter().position(|e| EventId::of(e) == id)?;
    let previous = at.checked_sub(1).map(|p| events[p]);
    Some((previous, at + 1, events.get(at + 1).copied()))
}

#[component]
pub fn EventDetail(
    selected: Memo<Option<EventId>>,
    events: Memo<Vec<&'static Event>>,
) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let close_href = Signal::derive(move || url.state.with(|s| s.unselected().to_hash()));
    let close = move || url.push_page(|page: &mut TimelineState| page.selected = None);
    let steps = Memo::new(move |_| {
        selected
            .get()
            .and_then(|id| events.with(|list| neighbours(list, id)))
    });
    let go = move |event: Option<&'static Event>| {
        if let Some(event) = event {
            url.push(
                &url.state
                    .with_untracked(|s| s.on(Page::event(EventId::of(event)))),
            );
        }
    };
    let on_key = move |event: leptos::ev::KeyboardEvent| {
        let in_field = event
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|t| t.matches("input, select, textarea").unwrap_or(false));
        let Some((previous, _, next)) = steps.get_untracked() else {
            return;
        };
        match event.key().as_str() {
            "ArrowLeft" if !in_field => go(previous),
            "ArrowRight" if !in_field => go(next),
            _ => return,
        }
        event.prevent_default();
    };
    let step_link =
        move |event: Option<&'static Event>, rel: &'static str, label: &'static Text| {
            event.map(|event| {
                view! {
                    <a class=format!("step-{rel}") rel=rel href=move || event_link(url, event)>
                        <span class="step-label">{i18n::tr(lang, label)}</span>
                        <span class="step-title">{i18n::tr(lang, &event.title)}</span>
                    </a>
                }
            })
        };
    view! {
        <Show when=move || selected.with(Option::is_some)>
            <Sheet
                id="event-detail"
                labelled_by="event-detail-title"
                close_href=close_href
                on_close=close
                on_key=Callback::new(on_key)
            >
                {move || selected.get().map(|id| view! { <EventFacts event=id.record() /> })}
                {move || {
                    steps
                        .get()
                        .map(|(previous, place, next)| {
                            view! {
                                <nav
                                    class="steps"
                                    aria-label=i18n::tr(lang, &i18n::EVENTS_IN_ORDER)
                                >
                                    {step_link(previous, "prev", &i18n::PREVIOUS)}
                                    <span class="step-place">
                                        {move || i18n::place_of(
                                            place,
                                            events.with(Vec::len),
                                            lang.get(),
                                        )}
                                    </span>
                                    {step_link(next, "next", &i18n::NEXT)}
                                </nav>
                            }
                        })
                }}
            </Sheet>
        </Show>
    }
}

/// Links that filter the timeline by one participant, area or initiative.
#[component]
fn FilterLinks(
    ids: &'static [lafayette_data::Str],
    list: FilterList,
    name: fn(&str) -> Option<&'static Text>,
) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    view! {
        <ul class="inline-list">
            {ids
                .iter()
                .filter_map(|id| name(id).map(|label| (id.as_ref(), label)))
                .map(|(id, label)| {
                    let href = move || {
                        url.state
                            .with(|s| {
                                s.with_view(View::Timeline)
                                    .with_filter(Filter::only(list, id))
                                    .to_hash()
                            })
                    };
                    view! {
                        <li>
                            <a href=href>{i18n::tr(lang, label)}</a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

#[component]
fn EventFacts(event: &'static Event) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let related: Vec<&'static Event> = event
        .related
        .iter()
        .filter_map(|id| crate::dataset::event(id))
        .collect();
    view! {
        <h3 id="event-detail-title">{i18n::tr(lang, &event.title)}</h3>
        <p class="when">
            <time datetime=event.when.datetime()>{move || event.when.format(lang.get())}</time>
            {event
                .place
                .as_ref()
                .map(|place| {
                    view! {
                        " · "
                        {i18n::tr(lang, place)}
                    }
                })}
        </p>
        {event
            .when
            .derived
            .as_ref()
            .map(|derived| {
                view! {
                    <p class="derived-note">
                        <span class="badge derived">{i18n::tr(lang, &i18n::DERIVED)}</span>
                        " "
                        {i18n::tr(lang, derived)}
                    </p>
                }
            })}
        <p>{i18n::tr(lang, &event.summary)}</p>
        <h4>{i18n::tr(lang, &i18n::PARTICIPANTS)}</h4>
        <FilterLinks
            ids=&event.participants
            list=FilterList::Actors
            name=|id| actor(id).map(|a| &a.name)
        />
        <h4>{i18n::tr(lang, &i18n::AREAS)}</h4>
        <FilterLinks ids=&event.areas list=FilterList::Areas name=|id| area(id).map(|a| &a.name) />
        {(!event.initiatives.is_empty())
            .then(|| {
                view! {
                    <h4>{i18n::tr(lang, &i18n::INITIATIVES)}</h4>
                    <FilterLinks
                        ids=&event.initiatives
                        list=FilterList::Initiatives
                        name=|id| initiative(id).map(|i| &i.name)
                    />
                }
            })}
        <OutcomeAnswers event=event />
        <PromisesMadeHere event=event />
        <h4>{i18n::tr(lang, &i18n::SOURCES_AND_QUOTES)}</h4>
        <QuoteList citations=&event.citations holder=Holder::Event record=&event.id />
        {(!related.is_empty())
            .then(|| {
                view! {
                    <h4>{i18n::tr(lang, &i18n::RELATED)}</h4>
                    <ul>
                        {related
                            .into_iter()
                            .map(|e| {
                                view! {
                                    <li>
                                        <a href=move || {
                                            event_link(url, e)
                                        }>{i18n::tr(lang, &e.title)}</a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
            })}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neighbours_are_the_events_before_and_after_in_order() {
        let events = super::super::listed_events().filtered(&Filter::default(), "");
        let first = EventId::of(events[0]);
        let (previous, place, next) = neighbours(&events, first).unwrap();
        assert!(previous.is_none());
        assert_eq!(place, 1);
        assert_eq!(next.map(|e| e.id.as_ref()), Some(events[1].id.as_ref()));
        let last = EventId::of(events[events.len() - 1]);
        let (previous, place, next) = neighbours(&events, last).unwrap();
        assert_eq!(place, events.len());
        assert!(next.is_none() && previous.is_some());
        assert!(neighbours(&events[..1], last).is_none(), "not in the list");
    }
}
