//! The timeline: every event in lanes on a zoomable time axis, an ordered list that is the
//! keyboard's and screen reader's way through it (and the layout on narrow screens and paper),
//! a detail panel with the quotes, and the Paris Call supporters over time.

use crate::dataset::{actor, area, data, event, initiative, source};
use crate::decimal::decimal;
use crate::document_sync::use_lang;
use crate::i18n::{self, format_count};
use crate::provenance::Holder;
use crate::route::{AppState, Filter, View};
use crate::timeline_model::{
    density, lanes, lanes_of, list_window, stack_rows, ticks, EventIndex, Grouping, Scale,
};
use crate::url_state::use_url_state;
use crate::views::filter_bar::FilterBar;
use crate::views::quote_list::QuoteList;
use lafayette_data::date::days_from_civil;
use lafayette_data::Event;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Events closer than this (as a fraction of the width) go on separate rows of their lane.
const LABEL_GAP: f64 = 0.14;
/// Zoom step of the buttons, keys and wheel.
const ZOOM_STEP: f64 = 0.6;

/// The link to an event on the timeline, keeping language, theme and filter.
pub fn event_link(state: &AppState, id: &str) -> String {
    state.showing(View::Timeline, id).to_hash()
}

fn preset(from: (i32, u32, u32), to: (i32, u32, u32)) -> Scale {
    Scale::new(
        days_from_civil(from.0, from.1, from.2) as f64,
        days_from_civil(to.0, to.1, to.2) as f64,
    )
}

/// Marks per lane beyond which the chart shows the lane's density instead of labelled marks.
const MAX_MARKS_PER_LANE: usize = 60;
/// Bins of the density view.
const DENSITY_BINS: usize = 120;
/// Items of the ordered list rendered around the active one when the list is long.
const LIST_WINDOW: usize = 200;

/// The dataset's events, indexed once; in benchmark builds, as many synthetic ones as the URL
/// asks for.
fn listed_events() -> &'static EventIndex {
    static INDEX: std::sync::OnceLock<EventIndex> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        #[cfg(feature = "synthetic")]
        {
            if let Some(count) = crate::url_state::synthetic_count() {
                let events = crate::timeline_model::synthetic_events(count);
                return EventIndex::new(Vec::leak(events));
            }
        }
        EventIndex::new(&data().events)
    })
}

#[component]
pub fn TimelineView() -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let filter = Memo::new(move |_| url.state.with(|s| s.filter.clone()));
    let events = Memo::new(move |_| filter.with(|f| listed_events().filtered(f)));
    let (grouping, set_grouping) = signal(Grouping::Scope);
    // The dense years first; the overview above the axis shows the whole span.
    let (scale, set_scale) = signal(preset((2018, 9, 1), (2022, 2, 1)));
    let (active, set_active) = signal(None::<&'static str>);
    let selected = Memo::new(move |_| {
        url.state
            .with(|s| s.selected.clone())
            .and_then(|id| event(&id))
    });

    let open = move |id: &str| {
        url.push(
            &url.state
                .get_untracked()
                .with_selected(Some(id.to_string())),
        )
    };
    let zoom_around =
        move |factor: f64, anchor: f64| set_scale.update(|s| *s = s.zoom(factor, anchor));
    let focus_on = move |e: &'static Event| {
        set_scale.update(|s| {
            if !s.contains(e.when.start_day(), e.when.end_day()) {
                let middle = e.when.start_day() as f64;
                let half = s.span() / 2.0;
                *s = Scale::new(middle - half, middle + half);
            }
        })
    };
    let on_key = move |event: leptos::ev::KeyboardEvent| {
        let list = events.get_untracked();
        let position = active
            .get_untracked()
            .and_then(|id| list.iter().position(|e| e.id == id));
        let anchor = position
            .map(|p| {
                scale
                    .get_untracked()
                    .position(list[p].when.start_day() as f64)
            })
            .unwrap_or(0.5);
        let moved = |index: usize| {
            if let Some(e) = list.get(index) {
                set_active.set(Some(&e.id));
                focus_on(e);
            }
        };
        match event.key().as_str() {
            "ArrowDown" | "ArrowRight" if !event.shift_key() => moved(
                position
                    .map(|p| (p + 1).min(list.len().saturating_sub(1)))
                    .unwrap_or(0),
            ),
            "ArrowUp" | "ArrowLeft" if !event.shift_key() => {
                moved(position.map(|p| p.saturating_sub(1)).unwrap_or(0))
            }
            "ArrowRight" => set_scale.update(|s| *s = s.pan(0.2)),
            "ArrowLeft" => set_scale.update(|s| *s = s.pan(-0.2)),
            "Home" => moved(0),
            "End" => moved(list.len().saturating_sub(1)),
            "Enter" | " " => {
                if let Some(id) = active.get_untracked() {
                    open(id);
                }
            }
            "+" | "=" => zoom_around(ZOOM_STEP, anchor),
            "-" | "_" => zoom_around(1.0 / ZOOM_STEP, anchor),
            _ => return,
        }
        event.prevent_default();
    };
    let escape = window_event_listener(leptos::ev::keydown, move |event| {
        if event.key() == "Escape" && selected.get_untracked().is_some() {
            url.push(&url.state.get_untracked().with_selected(None));
        }
    });
    on_cleanup(move || escape.remove());

    view! {
        <section aria-labelledby="view-title" class="timeline-view">
            <h2 id="view-title">{i18n::tr(lang, &i18n::VIEW_TIMELINE)}</h2>
            <FilterBar shown=Signal::derive(move || events.with(Vec::len)) total=data().events.len() noun=&i18n::EVENTS/>
            <div class="timeline-controls">
                <fieldset class="segmented">
                    <legend>{i18n::tr(lang, &i18n::GROUP_BY)}</legend>
                    {[(Grouping::Scope, &i18n::BY_COUNTRY), (Grouping::Area, &i18n::BY_AREA)]
                        .into_iter()
                        .map(|(option, label)| view! {
                            <label>
                                <input type="radio" name="grouping" value=option.slug() prop:checked=move || grouping.get() == option on:change=move |_| set_grouping.set(option)/>
                                {i18n::tr(lang, label)}
                            </label>
                        })
                        .collect_view()}
                </fieldset>
                <div class="zoom" role="group" aria-label=i18n::tr(lang, &i18n::ZOOM)>
                    <button type="button" id="zoom-in" on:click=move |_| zoom_around(ZOOM_STEP, 0.5)>{i18n::tr(lang, &i18n::ZOOM_IN)}</button>
                    <button type="button" id="zoom-out" on:click=move |_| zoom_around(1.0 / ZOOM_STEP, 0.5)>{i18n::tr(lang, &i18n::ZOOM_OUT)}</button>
                    <button type="button" on:click=move |_| set_scale.set(Scale::fit(&events.get_untracked()))>{i18n::tr(lang, &i18n::ZOOM_ALL)}</button>
                    <button type="button" on:click=move |_| set_scale.set(preset((2018, 9, 1), (2022, 2, 1)))>"2018–2021"</button>
                    <button type="button" id="zoom-trip" on:click=move |_| set_scale.set(preset((2021, 11, 8), (2021, 11, 14)))>{i18n::tr(lang, &i18n::ZOOM_TRIP)}</button>
                </div>
            </div>
            <Chart events=events grouping=grouping scale=scale set_scale=set_scale active=active/>
            <p class="hint" id="timeline-hint">{i18n::tr(lang, &i18n::TIMELINE_KEYS)}</p>
            <ol
                class="event-list"
                tabindex="0"
                aria-labelledby="view-title"
                aria-describedby="timeline-hint"
                aria-activedescendant=move || active.get().map(|id| format!("item-{id}"))
                on:keydown=on_key
                on:focus=move |_| {
                    if active.get_untracked().is_none() {
                        set_active.set(events.get_untracked().first().map(|e| e.id.as_ref()));
                    }
                }
            >
                <For
                    each=move || {
                        let list = events.get();
                        let position = active.get().and_then(|id| list.iter().position(|e| e.id == id));
                        let total = list.len();
                        list_window(total, position, LIST_WINDOW).map(|i| (i, total, list[i])).collect::<Vec<_>>()
                    }
                    key=|(_, _, e)| e.id.as_ref()
                    let:item
                >
                    <EventItem event=item.2 position=item.0 total=item.1 active=active/>
                </For>
            </ol>
            {move || selected.get().map(|e| view! { <EventDetail event=e/> })}
            <SupportersOverTime/>
        </section>
    }
}

/// The lanes and the axis. Decorative for assistive technology: the ordered list below holds
/// the same events in order, with their dates.
#[component]
fn Chart(
    events: Memo<Vec<&'static Event>>,
    grouping: ReadSignal<Grouping>,
    scale: ReadSignal<Scale>,
    set_scale: WriteSignal<Scale>,
    active: ReadSignal<Option<&'static str>>,
) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let chart = NodeRef::<leptos::html::Div>::new();
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
            set_scale.update(|s| *s = s.zoom(factor, anchor));
        }
    };
    let (drag, set_drag) = signal(None::<(i32, Scale)>);
    let on_down = move |event: leptos::ev::PointerEvent| {
        if event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|t| t.closest("a").ok().flatten().is_some())
        {
            return;
        }
        set_drag.set(Some((event.client_x(), scale.get_untracked())));
    };
    let on_move = move |event: leptos::ev::PointerEvent| {
        if let (Some((start_x, start)), Some(el)) = (drag.get_untracked(), chart.get_untracked()) {
            let dx = (event.client_x() - start_x) as f64
                / el.get_bounding_client_rect().width().max(1.0);
            set_scale.set(start.pan(-dx));
        }
    };
    let percent = |fraction: f64| format!("{}%", decimal(fraction * 100.0, 3));
    // Focus and context: the whole span, with the part in view framed; a click recentres.
    let whole = Scale::fit(&listed_events().all().collect::<Vec<_>>());
    let overview_click = move |event: leptos::ev::MouseEvent| {
        if let Some(target) = event
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            let rect = target.get_bounding_client_rect();
            let fraction =
                ((event.client_x() as f64 - rect.left()) / rect.width().max(1.0)).clamp(0.0, 1.0);
            let day = whole.start + whole.span() * fraction;
            set_scale.update(|s| *s = Scale::new(day - s.span() / 2.0, day + s.span() / 2.0));
        }
    };
    view! {
        <div class="overview" aria-hidden="true" on:click=overview_click>
            {density(&listed_events().all().map(|e| whole.position(e.when.start_day() as f64)).collect::<Vec<_>>(), DENSITY_BINS)
                .into_iter()
                .enumerate()
                .filter(|(_, n)| *n > 0)
                .map(|(bin, _)| view! { <span class="overview-mark" style:left=percent(bin as f64 / DENSITY_BINS as f64)></span> })
                .collect_view()}
            <span class="overview-window"
                style:left=move || percent(whole.position(scale.get().start).clamp(0.0, 1.0))
                style:width=move || percent((whole.position(scale.get().end).min(1.0) - whole.position(scale.get().start).max(0.0)).max(0.005))></span>
        </div>
        <div class="chart" node_ref=chart aria-hidden="true" on:wheel=on_wheel on:pointerdown=on_down on:pointermove=on_move
            on:pointerup=move |_| set_drag.set(None) on:pointerleave=move |_| set_drag.set(None) class:dragging=move || drag.get().is_some()>
            <div class="axis">
                {move || ticks(&scale.get(), lang.get()).into_iter().map(|tick| view! {
                    <span class="tick" style:left=percent(scale.get_untracked().position(tick.day as f64))>{tick.label}</span>
                }).collect_view()}
            </div>
            {move || {
                let scale = scale.get();
                let grouping = grouping.get();
                lanes(grouping).into_iter().map(|lane| {
                    let visible: Vec<&'static Event> = events.get().into_iter()
                        .filter(|e| lanes_of(e, grouping).contains(&lane.key) && scale.contains(e.when.start_day(), e.when.end_day()))
                        .collect();
                    let positions: Vec<f64> = visible.iter().map(|e| scale.position(e.when.start_day() as f64)).collect();
                    if visible.len() > MAX_MARKS_PER_LANE {
                        // Too many to label: the lane shows where events are; zooming in brings the marks back.
                        let bins = density(&positions, DENSITY_BINS);
                        let peak = bins.iter().copied().max().unwrap_or(1).max(1) as f64;
                        let count = visible.len();
                        return view! {
                            <div class="lane dense">
                                <span class="lane-label">{move || format!("{} · {count} · {}", lane.label.get(lang.get()), i18n::ZOOM_TO_SEE.get(lang.get()))}</span>
                                {bins.into_iter().enumerate().filter(|(_, n)| *n > 0).map(|(bin, n)| view! {
                                    <span class="density" style:left=percent(bin as f64 / DENSITY_BINS as f64)
                                        style:width=percent(1.0 / DENSITY_BINS as f64) style:height=percent(n as f64 / peak * 0.7)></span>
                                }).collect_view()}
                            </div>
                        }.into_any();
                    }
                    let rows = stack_rows(&positions, LABEL_GAP);
                    let height = rows.iter().max().map(|r| r + 1).unwrap_or(1);
                    view! {
                        <div class="lane" style:height=format!("{}rem", decimal(height as f64 * 2.6 + 0.6, 1))>
                            <span class="lane-label">{i18n::tr(lang, lane.label)}</span>
                            {visible.into_iter().zip(positions).zip(rows).map(|((e, position), row)| {
                                let end = scale.position(e.when.end_day() as f64 + 1.0);
                                let id = e.id.as_ref();
                                // Marks near the right edge end at their date instead of starting there.
                                let flip = position > 0.75;
                                view! {
                                    <a class="mark" class:active=move || active.get() == Some(id)
                                        class:flip=flip
                                        class:selected=move || url.state.with(|s| s.selected.as_deref() == Some(id))
                                        class:derived=e.when.derived.is_some()
                                        href=move || url.state.with(|s| event_link(s, id))
                                        tabindex="-1"
                                        style:left=percent(position.max(0.0))
                                        style:top=format!("{}rem", decimal(row as f64 * 2.6 + 0.3, 1))
                                        style:min-width=percent((end - position).clamp(0.0, 1.0))>
                                        <span class="mark-date">{move || e.when.format(lang.get())}</span>
                                        <span class="mark-title">{i18n::tr(lang, &e.title)}</span>
                                    </a>
                                }
                            }).collect_view()}
                        </div>
                    }.into_any()
                }).collect_view()
            }}
        </div>
    }
}

#[component]
fn EventItem(
    event: &'static Event,
    position: usize,
    total: usize,
    active: ReadSignal<Option<&'static str>>,
) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let id = event.id.as_ref();
    view! {
        <li id=format!("item-{id}") class="event-item" aria-posinset=position + 1 aria-setsize=total class:active=move || active.get() == Some(id)>
            <time datetime=event.when.datetime()>{move || event.when.format(lang.get())}</time>
            {event.when.derived.as_ref().map(|_| view! { <span class="badge derived">{i18n::tr(lang, &i18n::DERIVED)}</span> })}
            " "
            <a href=move || url.state.with(|s| event_link(s, id)) tabindex="-1">{i18n::tr(lang, &event.title)}</a>
            <div class="print-details">
                <p>{i18n::tr(lang, &event.summary)}</p>
                <ul>
                    {event.citations.iter().map(|c| view! {
                        <li>"“" {c.quote.as_ref()} "” (" {move || source(&c.source).map(|s| s.title.get(lang.get()).to_string()).unwrap_or_default()} ")"</li>
                    }).collect_view()}
                </ul>
            </div>
        </li>
    }
}

fn names<T: 'static>(
    ids: &'static [lafayette_data::Str],
    lookup: fn(&str) -> Option<&'static T>,
    name: fn(&'static T) -> &'static lafayette_data::Text,
) -> Vec<(&'static str, &'static lafayette_data::Text)> {
    ids.iter()
        .filter_map(|id| lookup(id).map(|item| (id.as_ref(), name(item))))
        .collect()
}

#[component]
fn EventDetail(event: &'static Event) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let participants = names(&event.participants, actor, |a| &a.name);
    let areas = names(&event.areas, area, |a| &a.name);
    let initiatives = names(&event.initiatives, initiative, |i| &i.name);
    let related = names(&event.related, crate::dataset::event, |e| &e.title);
    let filter_link = move |filter: Filter| {
        url.state
            .with(|s| s.with_view(View::Timeline).with_filter(filter).to_hash())
    };
    let links = move |items: Vec<(&'static str, &'static lafayette_data::Text)>,
                      make: fn(&str) -> Filter| {
        items.into_iter().map(|(id, label)| view! { <li><a href=move || filter_link(make(id))>{i18n::tr(lang, label)}</a></li> }).collect_view()
    };
    view! {
        <section class="detail event-detail" id="event-detail" aria-labelledby="event-detail-title">
            <h3 id="event-detail-title">{i18n::tr(lang, &event.title)}</h3>
            <p class="when">
                <time datetime=event.when.datetime()>{move || event.when.format(lang.get())}</time>
                {event.place.as_ref().map(|place| view! { " · " {i18n::tr(lang, place)} })}
            </p>
            {event.when.derived.as_ref().map(|derived| view! {
                <p class="derived-note"><span class="badge derived">{i18n::tr(lang, &i18n::DERIVED)}</span> " " {i18n::tr(lang, derived)}</p>
            })}
            <p>{i18n::tr(lang, &event.summary)}</p>
            <h4>{i18n::tr(lang, &i18n::PARTICIPANTS)}</h4>
            <ul class="inline-list">{links(participants, |id| Filter { actors: vec![id.to_string()], ..Filter::default() })}</ul>
            <h4>{i18n::tr(lang, &i18n::AREAS)}</h4>
            <ul class="inline-list">{links(areas, |id| Filter { areas: vec![id.to_string()], ..Filter::default() })}</ul>
            {(!initiatives.is_empty()).then(|| view! {
                <h4>{i18n::tr(lang, &i18n::INITIATIVES)}</h4>
                <ul class="inline-list">{links(initiatives, |id| Filter { initiatives: vec![id.to_string()], ..Filter::default() })}</ul>
            })}
            <h4>{i18n::tr(lang, &i18n::SOURCES_AND_QUOTES)}</h4>
            <QuoteList citations=&event.citations holder=Holder::Event record=&event.id/>
            {(!related.is_empty()).then(|| view! {
                <h4>{i18n::tr(lang, &i18n::RELATED)}</h4>
                <ul>
                    {related.into_iter().map(|(id, title)| view! {
                        <li><a href=move || url.state.with(|s| event_link(s, id))>{i18n::tr(lang, title)}</a></li>
                    }).collect_view()}
                </ul>
            })}
            <a class="button" href=move || url.state.with(|s| s.with_selected(None).to_hash())>{i18n::tr(lang, &i18n::CLOSE)}</a>
        </section>
    }
}

/// The supporters per category over time, as a stacked step chart with its table.
#[component]
fn SupportersOverTime() -> impl IntoView {
    use crate::supporters_chart::{annotations, stacked_steps, CHART_HEIGHT, CHART_WIDTH};
    let lang = use_lang();
    let counts = &data().supporter_counts;
    // The table's 77 rows are built when the reader opens it: they were some 540 of the
    // view's 1,190 DOM nodes.
    let (table_open, set_table_open) = signal(false);
    let on_toggle = move |event: leptos::ev::Event| {
        set_table_open.set(event_target::<web_sys::HtmlDetailsElement>(&event).open())
    };
    view! {
        <section class="supporters-over-time" aria-labelledby="over-time-title">
            <h3 id="over-time-title">{i18n::tr(lang, &i18n::SUPPORTERS_OVER_TIME)}</h3>
            <figure>
                <svg viewBox=format!("0 0 {} {}", decimal(CHART_WIDTH, 0), decimal(CHART_HEIGHT, 0)) role="img" aria-labelledby="over-time-title over-time-caption" class="steps">
                    {stacked_steps().into_iter().map(|(category, path)| view! {
                        <path d=path class=format!("area cat-{}", category.code())/>
                    }).collect_view()}
                    {annotations().into_iter().map(|(x, label)| view! {
                        <g class="annotation">
                            <line x1=decimal(x, 1) y1="20" x2=decimal(x, 1) y2=decimal(CHART_HEIGHT - 20.0, 0)/>
                            <text x=decimal(x + 4.0, 1) y="16">{i18n::tr(lang, label)}</text>
                        </g>
                    }).collect_view()}
                </svg>
                <figcaption id="over-time-caption">{i18n::tr(lang, &i18n::OVER_TIME_CAPTION)}</figcaption>
            </figure>
            <ul class="legend-inline">
                {lafayette_data::Category::ALL.into_iter().map(|category| view! {
                    <li><span class=format!("swatch cat-{}", category.code())></span>{i18n::tr(lang, crate::supporters_query::category_label(category))}</li>
                }).collect_view()}
            </ul>
            <details on:toggle=on_toggle>
                <summary>{i18n::tr(lang, &i18n::SHOW_TABLE)}</summary>
                <Show when=move || table_open.get()>
                    <table class="data-table">
                        <caption>{i18n::tr(lang, &i18n::SUPPORTERS_OVER_TIME)}</caption>
                        <thead><tr>
                            <th scope="col">{i18n::tr(lang, &i18n::DATE)}</th>
                            {lafayette_data::Category::ALL.into_iter().map(|c| view! { <th scope="col">{i18n::tr(lang, crate::supporters_query::category_label(c))}</th> }).collect_view()}
                            <th scope="col">{i18n::tr(lang, &i18n::TOTAL)}</th>
                        </tr></thead>
                        <tbody>
                            {counts.iter().map(|count| view! {
                                <tr>
                                    <th scope="row"><time datetime=count.date.to_string()>{move || count.date.format(lang.get())}</time></th>
                                    {lafayette_data::Category::ALL.into_iter().map(|c| view! { <td>{move || format_count(count.of(c) as usize, lang.get())}</td> }).collect_view()}
                                    <td>{move || format_count(count.total() as usize, lang.get())}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </Show>
            </details>
        </section>
    }
}
