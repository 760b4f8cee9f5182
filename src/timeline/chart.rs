//! The lanes on their axis, the overview of the whole span above them, the zoom buttons and
//! the legend. Decorative for assistive technology: the ordered list below holds the same
//! events in order, with their dates.

use super::axis::Axis;
use super::model::{density, lanes_of, stack_labels, wrapped_lines, Lane, Placed, Scale};
use super::{default_scale, event_link, listed_events, trip_scale, warp, Shown, Window, ZOOM_STEP};
use crate::decimal::{decimal, percent};
use crate::document_sync::use_lang;
use crate::i18n;
use crate::ids::EventId;
use crate::route::Lanes;
use crate::url_state::use_url_state;
use lafayette_data::Event;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A mark's width: titles wrap inside it, never cut.
pub const LABEL_PX: f64 = 168.0;
/// A tick label's room, so that ticks never overlap.
const TICK_PX: f64 = 124.0;
/// A shortened gap's label's room ("≈ 57 years"), so that two gap labels never overlap.
const GAP_PX: f64 = 84.0;
/// The narrowest axis that names its shortened gaps.
const GAP_NAMES_MIN_PX: f64 = 400.0;
/// A line of a mark's text, in rem, and what a mark adds around its lines.
const LINE_REM: f64 = 0.96;
const MARK_REM: f64 = 0.75;
/// Characters of a title that fit on a line of a mark (a cautious count: wrapping needs room).
const CHARS_PER_LINE: usize = 19;
/// Marks per lane beyond which the chart shows the lane's density instead of labelled marks.
const MAX_MARKS_PER_LANE: usize = 60;
/// Bins of the density view.
const DENSITY_BINS: usize = 120;
/// The chart's width before it is measured, and on the pages rendered ahead of the browser:
/// its width on screens 1216 px and wider (the content's 76rem less the page's padding and the
/// chart's border), so that the app arriving there changes nothing.
const DEFAULT_WIDTH_PX: f64 = 1182.0;

/// Zoom in and out, all years, the Paris trip.
#[component]
pub fn ZoomButtons(window: Window) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="zoom" role="group" aria-label=i18n::tr(lang, &i18n::ZOOM)>
            <button
                type="button"
                id="zoom-in"
                on:click=move |_| window.update(|axis| axis.zoom(ZOOM_STEP, 0.5))
            >
                {i18n::tr(lang, &i18n::ZOOM_IN)}
            </button>
            <button
                type="button"
                id="zoom-out"
                on:click=move |_| window.update(|axis| axis.zoom(1.0 / ZOOM_STEP, 0.5))
            >
                {i18n::tr(lang, &i18n::ZOOM_OUT)}
            </button>
            <button type="button" id="zoom-all" on:click=move |_| window.set(default_scale())>
                {i18n::tr(lang, &i18n::ZOOM_ALL)}
            </button>
            <button type="button" id="zoom-trip" on:click=move |_| window.set(trip_scale())>
                {i18n::tr(lang, &i18n::ZOOM_TRIP)}
            </button>
        </div>
    }
}

/// The whole span in real time, with the part in view framed; a click recentres the view.
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
            window.update(|axis| axis.centred_on(whole.start + whole.span() * fraction));
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

/// The chart's width in pixels, followed as the page resizes (0 where it is not drawn).
pub fn measured_width(chart: NodeRef<leptos::html::Div>) -> ReadSignal<f64> {
    let (width, set_width) = signal(DEFAULT_WIDTH_PX);
    let observer = StoredValue::new_local(None::<(web_sys::ResizeObserver, Resized)>);
    Effect::new(move |_| {
        let Some(element) = chart.get() else {
            return;
        };
        set_width.set(element.get_bounding_client_rect().width());
        if observer.with_value(Option::is_none) {
            let on_resize: Resized = wasm_bindgen::prelude::Closure::new(move |_, _| {
                if let Some(element) = chart.get_untracked() {
                    set_width.set(element.get_bounding_client_rect().width());
                }
            });
            if let Ok(created) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
                created.observe(&element);
                observer.set_value(Some((created, on_resize)));
            }
        }
    });
    on_cleanup(move || {
        observer.try_with_value(|observer| {
            if let Some((observer, _)) = observer {
                observer.disconnect();
            }
        });
    });
    width
}

type Resized =
    wasm_bindgen::prelude::Closure<dyn FnMut(wasm_bindgen::JsValue, wasm_bindgen::JsValue)>;

#[component]
pub(super) fn Chart(
    shown: Shown,
    /// The event the keyboard list is on.
    active: ReadSignal<Option<EventId>>,
) -> impl IntoView {
    let Shown {
        chart,
        chart_width: width,
        events,
        lanes,
        window,
        selected,
        ..
    } = shown;
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
            window.update(|axis| axis.zoom(factor, anchor));
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
        if let Some((start_x, start)) = drag.get_untracked() {
            let dx = (event.client_x() - start_x) as f64 / width.get_untracked().max(1.0);
            window.set(
                Axis {
                    warp: warp(),
                    scale: start,
                }
                .pan(-dx),
            );
        }
    };
    let axis = move || Axis {
        warp: warp(),
        scale: scale.get(),
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
            <AxisLine axis=Signal::derive(axis) width=width />
            {move || {
                super::model::lanes(lanes.get())
                    .into_iter()
                    .map(|lane| {
                        view! {
                            <LaneMarks
                                lane=lane
                                events=events
                                lanes=lanes
                                axis=Signal::derive(axis)
                                width=width
                                selected=selected
                                active=active
                            />
                        }
                    })
                    .collect_view()
            }}
        </div>
        <Legend />
    }
}

/// The ticks, whole and never overlapping, and the shortened gaps.
#[component]
pub(super) fn AxisLine(axis: Signal<Axis<'static>>, width: ReadSignal<f64>) -> impl IntoView {
    let lang = use_lang();
    // The gaps named: none in a column too narrow for them beside the ticks (a phone's), else
    // the first of any two closer than a name.
    let named_gaps = move || {
        let width = width.get().max(1.0);
        if width < GAP_NAMES_MIN_PX {
            return Vec::new();
        }
        let room = GAP_PX / width;
        let mut last = f64::NEG_INFINITY;
        let mut labels = axis.get().gap_labels();
        labels.retain(|&(middle, _)| {
            let apart = middle - last >= room;
            if apart {
                last = middle;
            }
            apart
        });
        labels
    };
    let ticks = move || {
        let axis = axis.get();
        let width = width.get().max(1.0);
        axis.ticks(lang.get(), TICK_PX / width, &named_gaps())
            .into_iter()
            .map(|tick| {
                // Labels at the edges align inside the chart instead of running out of it.
                let half = TICK_PX / 2.0 / width;
                let edge = if tick.position < half {
                    "tick start"
                } else if tick.position > 1.0 - half {
                    "tick end"
                } else {
                    "tick"
                };
                view! {
                    <span class=edge style:left=percent(tick.position)>
                        {tick.label}
                    </span>
                }
            })
            .collect_view()
    };
    let gaps = move || {
        named_gaps()
            .into_iter()
            .map(|(middle, days)| {
                view! {
                    <span class="gap" style:left=percent(middle)>
                        {move || i18n::shortened_gap(days, lang.get())}
                    </span>
                }
            })
            .collect_view()
    };
    view! { <div class="axis">{ticks} {gaps}</div> }
}

/// The top of each row (rem) and the lane's height, rows as tall as their tallest mark.
fn row_tops(placed: &[Placed], lines: &[usize]) -> (Vec<f64>, f64) {
    let rows = placed.iter().map(|p| p.row + 1).max().unwrap_or(0);
    let mut tallest = vec![1; rows];
    for (p, &count) in placed.iter().zip(lines) {
        tallest[p.row] = tallest[p.row].max(count);
    }
    let mut tops = Vec::with_capacity(rows);
    let mut top = 0.2;
    for count in tallest {
        tops.push(top);
        top += count as f64 * LINE_REM + MARK_REM;
    }
    (tops, top + 0.2)
}

#[component]
fn LaneMarks(
    lane: Lane,
    events: Memo<Vec<&'static Event>>,
    lanes: Memo<Lanes>,
    axis: Signal<Axis<'static>>,
    width: ReadSignal<f64>,
    selected: Memo<Option<EventId>>,
    active: ReadSignal<Option<EventId>>,
) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let label = lane.label;
    let key = lane.key.clone();
    let marks = move || {
        let axis = axis.get();
        let grouping = lanes.get();
        let visible: Vec<&'static Event> = events
            .get()
            .into_iter()
            .filter(|e| {
                lanes_of(e, grouping).contains(&key)
                    && axis.scale.contains(e.when.start_day(), e.when.end_day())
            })
            .collect();
        let spans: Vec<(f64, f64)> = visible
            .iter()
            .map(|e| {
                (
                    axis.position(e.when.start_day() as f64),
                    axis.position(e.when.end_day() as f64),
                )
            })
            .collect();
        if visible.len() > MAX_MARKS_PER_LANE {
            // Too many to label: the lane shows where events are; zooming in brings the marks back.
            let positions: Vec<f64> = spans.iter().map(|s| s.0).collect();
            let bins = density(&positions, DENSITY_BINS);
            let peak = bins.iter().copied().max().unwrap_or(1).max(1) as f64;
            let count = visible.len();
            return view! {
                <p class="lane-note">{move || i18n::zoom_to_see(count, lang.get())}</p>
                <div class="lane-marks dense">
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
        let placed = stack_labels(&spans, LABEL_PX / width.get().max(LABEL_PX));
        // Each row is as tall as its tallest mark: a date line and the title's lines.
        let lang_now = lang.get();
        let lines: Vec<usize> = visible
            .iter()
            .map(|e| 1 + wrapped_lines(e.title.get(lang_now), CHARS_PER_LINE))
            .collect();
        let (tops, height) = row_tops(&placed, &lines);
        view! {
            <div class="lane-marks" style:height=format!("{}rem", decimal(height, 2))>
                {visible
                    .into_iter()
                    .zip(placed)
                    .map(|(e, placed)| {
                        view! {
                            <EventMark
                                event=e
                                placed=placed
                                top=tops[placed.row]
                                selected=selected
                                active=active
                                href=Signal::derive(move || event_link(url, e))
                            />
                        }
                    })
                    .collect_view()}
            </div>
        }
        .into_any()
    };
    view! {
        <div class="lane">
            <span class="lane-label">{i18n::tr(lang, label)}</span>
            {marks}
        </div>
    }
}

/// One event on the chart: its range (if it lasts), then its date and whole title.
#[component]
fn EventMark(
    event: &'static Event,
    placed: Placed,
    /// The top of its row, in rem.
    top: f64,
    selected: Memo<Option<EventId>>,
    active: ReadSignal<Option<EventId>>,
    href: Signal<String>,
) -> impl IntoView {
    let lang = use_lang();
    let id = EventId::of(event);
    let top = format!("{}rem", decimal(top, 2));
    view! {
        {(placed.end > placed.start)
            .then(|| {
                view! {
                    <span
                        class="range"
                        style:left=percent(placed.start.max(0.0))
                        style:width=percent((placed.end.min(1.0) - placed.start.max(0.0)).max(0.0))
                        style:top=top.clone()
                    ></span>
                }
            })}
        <a
            class="mark"
            class:active=move || active.get() == Some(id)
            class:flip=placed.flipped
            class:selected=move || selected.get() == Some(id)
            class:derived=event.when.derived.is_some()
            href=href
            tabindex="-1"
            style:left=percent(placed.left)
            style:top=top
        >
            <span class="mark-date">{move || event.when.format_short(lang.get())}</span>
            <span class="mark-title">{i18n::tr(lang, &event.title)}</span>
        </a>
    }
}

/// What each mark style means.
#[component]
fn Legend() -> impl IntoView {
    let lang = use_lang();
    view! {
        <ul class="legend-inline chart-legend" aria-label=i18n::tr(lang, &i18n::LEGEND)>
            <li>
                <span class="key key-stated" aria-hidden="true"></span>
                {i18n::tr(lang, &i18n::LEGEND_STATED)}
            </li>
            <li>
                <span class="key key-derived" aria-hidden="true"></span>
                {i18n::tr(lang, &i18n::LEGEND_DERIVED)}
            </li>
            <li>
                <span class="key key-range" aria-hidden="true"></span>
                {i18n::tr(lang, &i18n::LEGEND_RANGE)}
            </li>
            <li>
                <span class="key key-gap" aria-hidden="true">
                    "≈"
                </span>
                {i18n::tr(lang, &i18n::LEGEND_AXIS)}
            </li>
        </ul>
    }
}
