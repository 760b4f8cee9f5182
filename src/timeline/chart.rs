//! The lanes on their time axis, the overview of the whole span above them, and the zoom
//! buttons. Decorative for assistive technology: the ordered list below holds the same
//! events in order, with their dates.

use super::model::{density, lanes_of, stack_rows, ticks, Scale};
use super::{default_scale, event_link, listed_events, trip_scale, Window, ZOOM_STEP};
use crate::decimal::decimal;
use crate::document_sync::use_lang;
use crate::i18n;
use crate::ids::EventId;
use crate::route::Lanes;
use crate::url_state::use_url_state;
use lafayette_data::Event;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Events closer than this (as a fraction of the width) go on separate rows of their lane.
const LABEL_GAP: f64 = 0.14;
/// Marks per lane beyond which the chart shows the lane's density instead of labelled marks.
const MAX_MARKS_PER_LANE: usize = 60;
/// Bins of the density view.
const DENSITY_BINS: usize = 120;

fn percent(fraction: f64) -> String {
    format!("{}%", decimal(fraction * 100.0, 3))
}

/// Zoom in and out, all years, the dense years, the Paris trip.
#[component]
pub fn ZoomButtons(window: Window, events: Memo<Vec<&'static Event>>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="zoom" role="group" aria-label=i18n::tr(lang, &i18n::ZOOM)>
            <button
                type="button"
                id="zoom-in"
                on:click=move |_| window.update(|s| s.zoom(ZOOM_STEP, 0.5))
            >
                {i18n::tr(lang, &i18n::ZOOM_IN)}
            </button>
            <button
                type="button"
                id="zoom-out"
                on:click=move |_| window.update(|s| s.zoom(1.0 / ZOOM_STEP, 0.5))
            >
                {i18n::tr(lang, &i18n::ZOOM_OUT)}
            </button>
            <button type="button" on:click=move |_| window.set(Scale::fit(&events.get_untracked()))>
                {i18n::tr(lang, &i18n::ZOOM_ALL)}
            </button>
            <button type="button" on:click=move |_| window.set(default_scale())>
                "2018–2021"
            </button>
            <button type="button" id="zoom-trip" on:click=move |_| window.set(trip_scale())>
                {i18n::tr(lang, &i18n::ZOOM_TRIP)}
            </button>
        </div>
    }
}

/// The whole span, with the part in view framed; a click recentres the view there.
#[component]
fn Overview(window: Window) -> impl IntoView {
    let whole = Scale::fit(&listed_events().all().collect::<Vec<_>>());
    let positions: Vec<f64> = listed_events()
        .all()
        .map(|e| whole.position(e.when.start_day() as f64))
        .collect();
    let on_click = move |event: leptos::ev::MouseEvent| {
        if let Some(target) = event
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            let rect = target.get_bounding_client_rect();
            let fraction =
                ((event.client_x() as f64 - rect.left()) / rect.width().max(1.0)).clamp(0.0, 1.0);
            let day = whole.start + whole.span() * fraction;
            window.update(|s| Scale::new(day - s.span() / 2.0, day + s.span() / 2.0));
        }
    };
    let scale = window.scale;
    view! {
        <div class="overview" aria-hidden="true" on:click=on_click>
            {density(&positions, DENSITY_BINS)
                .into_iter()
                .enumerate()
                .filter(|(_, n)| *n > 0)
                .map(|(bin, _)| {
                    view! {
                        <span
                            class="overview-mark"
                            style:left=percent(bin as f64 / DENSITY_BINS as f64)
                        ></span>
                    }
                })
                .collect_view()}
            <span
                class="overview-window"
                style:left=move || percent(whole.position(scale.get().start).clamp(0.0, 1.0))
                style:width=move || {
                    let s = scale.get();
                    percent(
                        (whole.position(s.end).min(1.0) - whole.position(s.start).max(0.0))
                            .max(0.005),
                    )
                }
            ></span>
        </div>
    }
}

#[component]
pub fn Chart(
    events: Memo<Vec<&'static Event>>,
    lanes: Memo<Lanes>,
    window: Window,
    selected: Memo<Option<EventId>>,
    /// The event the keyboard list is on.
    active: ReadSignal<Option<EventId>>,
) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let chart = NodeRef::<leptos::html::Div>::new();
    let scale = window.scale;
    let width_fraction = move |client_x: i32| {
        chart.get_untracked().map(|el| {
            let rect = el.get_bounding_client_rect();
            ((client_x as f64 - rect.left()) / rect.width().max(1.0)).clamp(0.0, 1.0)
        })
    };
    let on_wheel = move |event: leptos::ev::WheelEvent| {
        if let Some(anchor) = width_fraction(event.client_x()) {
            event.prevent_default();
            let factor = if event.delta_y() < 0.0 {
                ZOOM_STEP.sqrt()
            } else {
                1.0 / ZOOM_STEP.sqrt()
            };
            window.update(|s| s.zoom(factor, anchor));
        }
    };
    let (drag, set_drag) = signal(None::<(i32, Scale)>);
    let on_down = move |event: leptos::ev::PointerEvent| {
        let on_link = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|t| t.closest("a").ok().flatten().is_some());
        if !on_link {
            set_drag.set(Some((event.client_x(), scale.get_untracked())));
        }
    };
    let on_move = move |event: leptos::ev::PointerEvent| {
        if let (Some((start_x, start)), Some(el)) = (drag.get_untracked(), chart.get_untracked()) {
            let dx = (event.client_x() - start_x) as f64
                / el.get_bounding_client_rect().width().max(1.0);
            window.set(start.pan(-dx));
        }
    };
    let lane = move |lane: super::model::Lane| {
        let scale = scale.get();
        let grouping = lanes.get();
        let visible: Vec<&'static Event> = events
            .get()
            .into_iter()
            .filter(|e| {
                lanes_of(e, grouping).contains(&lane.key)
                    && scale.contains(e.when.start_day(), e.when.end_day())
            })
            .collect();
        let positions: Vec<f64> = visible
            .iter()
            .map(|e| scale.position(e.when.start_day() as f64))
            .collect();
        if visible.len() > MAX_MARKS_PER_LANE {
            // Too many to label: the lane shows where events are; zooming in brings the marks back.
            let bins = density(&positions, DENSITY_BINS);
            let peak = bins.iter().copied().max().unwrap_or(1).max(1) as f64;
            let count = visible.len();
            return view! {
                <div class="lane dense">
                    <span class="lane-label">
                        {move || {
                            format!(
                                "{} · {count} · {}",
                                lane.label.get(lang.get()),
                                i18n::ZOOM_TO_SEE.get(lang.get()),
                            )
                        }}
                    </span>
                    {bins
                        .into_iter()
                        .enumerate()
                        .filter(|(_, n)| *n > 0)
                        .map(|(bin, n)| {
                            view! {
                                <span
                                    class="density"
                                    style:left=percent(bin as f64 / DENSITY_BINS as f64)
                                    style:width=percent(1.0 / DENSITY_BINS as f64)
                                    style:height=percent(n as f64 / peak * 0.7)
                                ></span>
                            }
                        })
                        .collect_view()}
                </div>
            }
            .into_any();
        }
        let rows = stack_rows(&positions, LABEL_GAP);
        let height = rows.iter().max().map(|r| r + 1).unwrap_or(1);
        view! {
            <div class="lane" style:height=format!("{}rem", decimal(height as f64 * 2.6 + 0.6, 1))>
                <span class="lane-label">{i18n::tr(lang, lane.label)}</span>
                {visible
                    .into_iter()
                    .zip(positions)
                    .zip(rows)
                    .map(|((e, position), row)| {
                        let end = scale.position(e.when.end_day() as f64 + 1.0);
                        let id = EventId::of(e);
                        let flip = position > 0.75;
                        // Marks near the right edge end at their date instead of starting there.
                        view! {
                            <a
                                class="mark"
                                class:active=move || active.get() == Some(id)
                                class:flip=flip
                                class:selected=move || selected.get() == Some(id)
                                class:derived=e.when.derived.is_some()
                                href=move || url.state.with(|s| event_link(s, e))
                                tabindex="-1"
                                style:left=percent(position.max(0.0))
                                style:top=format!("{}rem", decimal(row as f64 * 2.6 + 0.3, 1))
                                style:min-width=percent((end - position).clamp(0.0, 1.0))
                            >
                                <span class="mark-date">{move || e.when.format(lang.get())}</span>
                                <span class="mark-title">{i18n::tr(lang, &e.title)}</span>
                            </a>
                        }
                    })
                    .collect_view()}
            </div>
        }
        .into_any()
    };
    view! {
        <Overview window=window />
        <div
            class="chart"
            node_ref=chart
            aria-hidden="true"
            on:wheel=on_wheel
            on:pointerdown=on_down
            on:pointermove=on_move
            on:pointerup=move |_| set_drag.set(None)
            on:pointerleave=move |_| set_drag.set(None)
            class:dragging=move || drag.get().is_some()
        >
            <div class="axis">
                {move || {
                    let scale = scale.get();
                    ticks(&scale, lang.get())
                        .into_iter()
                        .map(|tick| {
                            view! {
                                <span
                                    class="tick"
                                    style:left=percent(scale.position(tick.day as f64))
                                >
                                    {tick.label}
                                </span>
                            }
                        })
                        .collect_view()
                }}
            </div>
            {move || super::model::lanes(lanes.get()).into_iter().map(lane).collect_view()}
        </div>
    }
}
