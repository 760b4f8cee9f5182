//! The events in order: one stop for the Tab key, arrow keys move between events (and keep
//! the chart's window on them), Enter opens one. On narrow screens and on paper it is the
//! timeline.

use super::model::list_window;
use super::{default_scale, event_link, Window, ZOOM_STEP};
use crate::dataset::source;
use crate::document_sync::use_lang;
use crate::follow_through::EffectBadge;
use crate::i18n;
use crate::ids::EventId;
use crate::route::Page;
use crate::url_state::use_url_state;
use lafayette_data::Event;
use leptos::prelude::*;

/// Items of the ordered list rendered around the active one when the list is long.
const LIST_WINDOW: usize = 200;

/// Where a key moves the active item in a list of `length`, from `position`.
pub fn moved_to(key: &str, position: Option<usize>, length: usize) -> Option<usize> {
    let last = length.checked_sub(1)?;
    Some(match key {
        "ArrowDown" | "ArrowRight" => position.map_or(0, |p| (p + 1).min(last)),
        "ArrowUp" | "ArrowLeft" => position.map_or(0, |p| p.saturating_sub(1)),
        "Home" => 0,
        "End" => last,
        _ => return None,
    })
}

#[component]
pub fn EventList(
    /// The events in the chart's window.
    events: Memo<Vec<&'static Event>>,
    /// How many the window leaves out, before and after it.
    outside: Signal<(usize, usize)>,
    window: Window,
    active: ReadSignal<Option<EventId>>,
    set_active: WriteSignal<Option<EventId>>,
) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let position_of = move |list: &[&'static Event]| {
        active
            .get_untracked()
            .and_then(|id| list.iter().position(|e| EventId::of(e) == id))
    };
    // The active event stays in the chart's window.
    let focus_on = move |e: &'static Event| {
        window.update(|axis| {
            if axis.scale.contains(e.when.start_day(), e.when.end_day()) {
                axis.scale
            } else {
                axis.centred_on(e.when.start_day() as f64)
            }
        })
    };
    let on_key = move |event: leptos::ev::KeyboardEvent| {
        let list = events.get_untracked();
        let position = position_of(&list);
        let key = event.key();
        let axis = super::axis::Axis {
            warp: super::warp(),
            scale: window.scale.get_untracked(),
        };
        let anchor = position
            .map(|p| axis.position(list[p].when.start_day() as f64))
            .unwrap_or(0.5);
        match key.as_str() {
            "ArrowRight" if event.shift_key() => window.update(|axis| axis.pan(0.2)),
            "ArrowLeft" if event.shift_key() => window.update(|axis| axis.pan(-0.2)),
            "Enter" | " " => {
                if let Some(id) = active.get_untracked() {
                    url.push(&url.state.with_untracked(|s| s.on(Page::event(id))));
                }
            }
            "+" | "=" => window.update(|axis| axis.zoom(ZOOM_STEP, anchor)),
            "-" | "_" => window.update(|axis| axis.zoom(1.0 / ZOOM_STEP, anchor)),
            _ => match moved_to(&key, position, list.len()) {
                Some(to) => {
                    set_active.set(Some(EventId::of(list[to])));
                    focus_on(list[to]);
                }
                None => return,
            },
        }
        event.prevent_default();
    };
    let items = move || {
        let list = events.get();
        let position = active
            .get()
            .and_then(|id| list.iter().position(|e| EventId::of(e) == id));
        let total = list.len();
        list_window(total, position, LIST_WINDOW)
            .map(|i| (i, total, list[i]))
            .collect::<Vec<_>>()
    };
    let left_out = move || {
        let (before, after) = outside.get();
        (before + after > 0).then(|| {
            view! {
                <p class="notice window-notice" id="outside-window">
                    {move || i18n::outside_window(before, after, lang.get())}
                    " "
                    <button type="button" on:click=move |_| window.set(default_scale())>
                        {i18n::tr(lang, &i18n::ZOOM_ALL)}
                    </button>
                </p>
            }
        })
    };
    view! {
        {left_out}
        <p class="hint" id="timeline-hint">
            {i18n::tr(lang, &i18n::TIMELINE_KEYS)}
        </p>
        <ol
            class="event-list"
            tabindex="0"
            aria-labelledby="view-title"
            aria-describedby="timeline-hint"
            aria-activedescendant=move || active.get().map(|id| format!("item-{}", id.as_str()))
            on:keydown=on_key
            on:focus=move |_| {
                if active.get_untracked().is_none() {
                    set_active.set(events.get_untracked().first().map(|e| EventId::of(e)));
                }
            }
        >
            <For each=items key=|(_, _, e)| e.id.as_ref() let:item>
                <EventItem event=item.2 position=item.0 total=item.1 active=active />
            </For>
        </ol>
    }
}

#[component]
fn EventItem(
    event: &'static Event,
    position: usize,
    total: usize,
    active: ReadSignal<Option<EventId>>,
) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let id = EventId::of(event);
    view! {
        <li
            id=format!("item-{}", id.as_str())
            class="event-item"
            aria-posinset=position + 1
            aria-setsize=total
            class:active=move || active.get() == Some(id)
        >
            <time datetime=event.when.datetime()>{move || event.when.format(lang.get())}</time>
            {event
                .when
                .derived
                .as_ref()
                .map(|_| {
                    view! { <span class="badge derived">{i18n::tr(lang, &i18n::DERIVED)}</span> }
                })}
            " "
            <a href=move || event_link(url, event) tabindex="-1">
                {i18n::tr(lang, &event.title)}
            </a>
            {event.answers.as_ref().map(|answers| view! { <EffectBadge effect=answers.effect /> })}
            // What paper shows of each event. Left out of the pages built ahead of the code
            // (half of the timeline page's bytes for text no screen shows); the app adds it.
            {cfg!(target_arch = "wasm32")
                .then(|| {
                    view! {
                        <div class="print-details">
                            <p>{i18n::tr(lang, &event.summary)}</p>
                            <ul>
                                {event
                                    .citations
                                    .iter()
                                    .map(|c| {
                                        view! {
                                            <li>
                                                <crate::views::quote_list::Quote citation=c />
                                                " ("
                                                {move || {
                                                    source(&c.source)
                                                        .map(|s| s.title.get(lang.get()).to_string())
                                                        .unwrap_or_default()
                                                }}
                                                ")"
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </div>
                    }
                })}
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_move_within_the_list() {
        assert_eq!(moved_to("ArrowDown", None, 5), Some(0));
        assert_eq!(moved_to("ArrowDown", Some(4), 5), Some(4));
        assert_eq!(moved_to("ArrowUp", Some(0), 5), Some(0));
        assert_eq!(moved_to("End", Some(1), 5), Some(4));
        assert_eq!(moved_to("Home", Some(3), 5), Some(0));
        assert_eq!(
            moved_to("ArrowDown", None, 0),
            None,
            "an empty list has nowhere to go"
        );
        assert_eq!(moved_to("x", Some(1), 5), None);
    }
}
