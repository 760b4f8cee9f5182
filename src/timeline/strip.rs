//! The timeline as a figure embed: each lane a strip of dots on the same time axis, stacked
//! where they meet, so that every event fits a newsroom's column at any width; the event
//! pointed at, tapped or reached with the arrow keys is read out with a link to it, and a
//! list holds the same events for screen readers and keyboards.

use super::axis::Axis;
use super::chart::AxisLine;
use super::model::{lanes, lanes_of, stack_labels, Lane};
use super::{event_link, warp, Shown};
use crate::decimal::{decimal, percent};
use crate::document_sync::use_lang;
use crate::i18n;
use crate::ids::EventId;
use crate::route::Lanes;
use crate::url_state::use_url_state;
use lafayette_data::Event;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A dot's width, and a row's height, in pixels.
const DOT_PX: f64 = 9.0;
const ROW_PX: f64 = 10.0;

/// One event on its lane's strip: where it sits (0..1 of the width) and on which row.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Dot {
    pub event: &'static Event,
    pub x: f64,
    pub row: usize,
}

/// The dots of each lane for `events` (in time order, as the index keeps them) in `axis`'s
/// window, `width` pixels wide: each on the lowest row where it touches no other.
pub fn strips(
    events: &[&'static Event],
    grouping: Lanes,
    axis: &Axis,
    width: f64,
) -> Vec<(Lane, Vec<Dot>)> {
    lanes(grouping)
        .into_iter()
        .map(|lane| {
            let shown: Vec<(&'static Event, f64)> = events
                .iter()
                .filter(|e| {
                    lanes_of(e, grouping).contains(&lane.key)
                        && axis.scale.contains(e.when.start_day(), e.when.end_day())
                })
                .map(|&e| (e, axis.position(e.when.start_day() as f64)))
                .collect();
            let spans: Vec<(f64, f64)> = shown.iter().map(|&(_, x)| (x, x)).collect();
            let dots = stack_labels(&spans, DOT_PX / width.max(DOT_PX))
                .into_iter()
                .zip(shown)
                .map(|(placed, (event, x))| Dot {
                    event,
                    x,
                    row: placed.row,
                })
                .collect();
            (lane, dots)
        })
        .collect()
}

/// The arrow keys' path and the list are the events in the window, in time order.
#[component]
pub(super) fn EventStrip(shown: Shown) -> impl IntoView {
    let Shown {
        chart,
        chart_width: width,
        events,
        lanes,
        window,
        selected,
        in_view,
        ..
    } = shown;
    let lang = use_lang();
    let url = use_url_state();
    let axis = move || Axis {
        warp: warp(),
        scale: window.scale.get(),
    };
    let strips = Memo::new(move |_| {
        let axis = axis();
        events.with(|events| strips(events, lanes.get(), &axis, width.get()))
    });
    // The event read out: the one pointed at, tapped or reached by key; at first the selection.
    let (cursor, set_cursor) = signal(selected.get_untracked());
    let point_at = move |event: &leptos::ev::PointerEvent| {
        let Some(target) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let Some(strip) = target.closest("[data-lane]").ok().flatten() else {
            return;
        };
        let lane = strip
            .get_attribute("data-lane")
            .and_then(|index| index.parse::<usize>().ok());
        let Some(dots) = strip.query_selector(".dots").ok().flatten() else {
            return;
        };
        let rect = dots.get_bounding_client_rect();
        let fraction = (event.client_x() as f64 - rect.left()) / rect.width().max(1.0);
        let nearest = strips.with_untracked(|strips| {
            lane.and_then(|lane| strips.get(lane))
                .and_then(|(_, dots)| {
                    dots.iter()
                        .min_by(|a, b| (a.x - fraction).abs().total_cmp(&(b.x - fraction).abs()))
                })
                .map(|dot| EventId::of(dot.event))
        });
        if nearest.is_some() {
            set_cursor.set(nearest);
        }
    };
    let on_key = move |event: leptos::ev::KeyboardEvent| {
        let order: Vec<EventId> =
            in_view.with_untracked(|list| list.iter().map(|e| EventId::of(e)).collect());
        let Some(last) = order.len().checked_sub(1) else {
            return;
        };
        let at = cursor
            .get_untracked()
            .and_then(|id| order.iter().position(|&o| o == id));
        let next = match (event.key().as_str(), at) {
            ("ArrowLeft", Some(at)) => at.saturating_sub(1),
            ("ArrowRight", Some(at)) => (at + 1).min(last),
            ("ArrowLeft" | "ArrowRight", None) => 0,
            ("Home", _) => 0,
            ("End", _) => last,
            _ => return,
        };
        event.prevent_default();
        set_cursor.set(Some(order[next]));
    };
    let read_out = move || {
        let id = cursor.get()?;
        let event = in_view.with(|list| list.iter().copied().find(|e| EventId::of(e) == id))?;
        let lang = lang.get();
        Some(view! {
            <time datetime=event.when.datetime()>{event.when.format(lang)}</time>
            " "
            <a href=event_link(url, event) target="_blank" rel="noopener">
                {event.title.get(lang)}
            </a>
        })
    };
    view! {
        <div class="strip-chart">
            <AxisLine axis=Signal::derive(axis) width=width />
            <div
                class="strips"
                tabindex="0"
                role="group"
                aria-label=i18n::tr(lang, &i18n::STRIP_READING)
                on:keydown=on_key
                on:focus=move |_| {
                    if cursor.get_untracked().is_none() {
                        set_cursor
                            .set(in_view.with_untracked(|l| l.first().map(|e| EventId::of(e))));
                    }
                }
                on:pointermove=move |event| point_at(&event)
                on:pointerdown=move |event| point_at(&event)
            >
                // Measured: the dots' width, lane names aside.
                <div class="strip-lanes" node_ref=chart>
                    {move || {
                        strips
                            .get()
                            .into_iter()
                            .enumerate()
                            .map(|(index, (lane, dots))| {
                                let rows = dots.iter().map(|d| d.row + 1).max().unwrap_or(1);
                                view! {
                                    <div class="strip" data-lane=index>
                                        <span class="lane-label" aria-hidden="true">
                                            {i18n::tr(lang, lane.label)}
                                        </span>
                                        <div
                                            class="dots"
                                            aria-hidden="true"
                                            style:height=format!(
                                                "{}px",
                                                decimal(rows as f64 * ROW_PX, 0),
                                            )
                                        >
                                            {dots
                                                .into_iter()
                                                .map(|dot| {
                                                    let id = EventId::of(dot.event);
                                                    view! {
                                                        <span
                                                            class="dot"
                                                            class:derived=dot.event.when.derived.is_some()
                                                            class:selected=move || selected.get() == Some(id)
                                                            class:active=move || cursor.get() == Some(id)
                                                            style:left=percent(dot.x)
                                                            style:bottom=format!(
                                                                "{}px",
                                                                decimal(dot.row as f64 * ROW_PX, 0),
                                                            )
                                                        ></span>
                                                    }
                                                })
                                                .collect_view()}
                                        </div>
                                    </div>
                                }
                            })
                            .collect_view()
                    }}
                </div>
            </div>
            <ul class="legend-inline strip-legend" aria-hidden="true">
                <li>
                    <span class="dot-key"></span>
                    {i18n::tr(lang, &i18n::LEGEND_STATED)}
                </li>
                <li>
                    <span class="dot-key derived"></span>
                    {i18n::tr(lang, &i18n::LEGEND_DERIVED)}
                </li>
            </ul>
            <p class="reading" aria-live="polite">
                {move || match read_out() {
                    Some(reading) => reading.into_any(),
                    None => i18n::tr(lang, &i18n::STRIP_HINT).into_any(),
                }}
            </p>
            <details class="strip-list">
                <summary>{i18n::tr(lang, &i18n::SHOW_LIST)}</summary>
                <ol>
                    <For each=move || in_view.get() key=|event| EventId::of(event) let:event>
                        <li>
                            <time datetime=event
                                .when
                                .datetime()>{move || event.when.format(lang.get())}</time>
                            " "
                            <a href=move || event_link(url, event) target="_blank" rel="noopener">
                                {i18n::tr(lang, &event.title)}
                            </a>
                        </li>
                    </For>
                </ol>
            </details>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::{default_scale, listed_events};

    #[test]
    fn every_event_in_the_window_has_one_dot_per_lane_and_dots_never_touch() {
        let events: Vec<&'static Event> = listed_events().all().collect();
        let axis = Axis {
            warp: warp(),
            scale: default_scale(),
        };
        for grouping in [Lanes::Scope, Lanes::Area] {
            for width in [296.0, 736.0] {
                let strips = strips(&events, grouping, &axis, width);
                for event in &events {
                    let lanes = lanes_of(event, grouping);
                    let dots = strips
                        .iter()
                        .filter(|(_, dots)| dots.iter().any(|d| std::ptr::eq(d.event, *event)))
                        .count();
                    let wanted = strips
                        .iter()
                        .filter(|(l, _)| lanes.contains(&l.key))
                        .count();
                    assert_eq!(dots, wanted, "{} at {width} px", event.id);
                }
                for (lane, dots) in &strips {
                    for (i, a) in dots.iter().enumerate() {
                        for b in &dots[i + 1..] {
                            let apart = (a.x - b.x).abs() * width;
                            assert!(
                                a.row != b.row || apart >= DOT_PX,
                                "{} and {} touch in lane {} at {width} px",
                                a.event.id,
                                b.event.id,
                                lane.key
                            );
                        }
                    }
                }
            }
        }
    }
}
