//! The timeline: every event in lanes on a zoomable time axis, an ordered list that is the
//! keyboard's and screen reader's way through it (and the layout on narrow screens and paper),
//! a detail panel with the quotes, and the Paris Call supporters over time.

pub mod axis;
mod chart;
mod detail;
mod list;
pub mod model;
mod over_time;
pub use over_time::OverTimeFigure;
mod strip;
pub mod supporters_chart;

use crate::dataset::data;
use crate::document_sync::use_lang;
use crate::embed::figure::{self, FigureFrame};
use crate::i18n;
use crate::ids::EventId;
use crate::route::Figure;
use crate::route::{DayRange, Lanes, Page, TimelineState};
use crate::url_state::{use_filter, use_page, use_url_state, UrlState};
use crate::views::filter_bar::FilterBar;
use axis::{Axis, Warp};
use lafayette_data::date::days_from_civil;
use lafayette_data::{Event, Lang};
use leptos::prelude::*;
use model::{EventIndex, Scale};

/// Zoom step of the buttons, keys and wheel.
pub const ZOOM_STEP: f64 = 0.6;

/// The link to an event on the timeline, keeping language, theme and filter.
pub fn event_link(url: UrlState, event: &'static Event) -> String {
    url.state
        .with(|state| url.link(&state.on(Page::event(EventId::of(event)))))
}

/// The axis of every event listed (the filter does not move it).
pub fn warp() -> &'static Warp {
    static WARP: std::sync::OnceLock<Warp> = std::sync::OnceLock::new();
    WARP.get_or_init(|| Warp::new(listed_events().all()))
}

/// The window shown when the URL names none: every event, with room at both ends for the
/// first and last titles.
pub fn default_scale() -> Scale {
    let days: Vec<f64> = listed_events()
        .all()
        .flat_map(|e| [e.when.start_day() as f64, e.when.end_day() as f64])
        .collect();
    let (first, last) = (
        days.iter().copied().fold(f64::INFINITY, f64::min),
        days.iter().copied().fold(f64::NEG_INFINITY, f64::max),
    );
    if !first.is_finite() {
        return Scale::new(0.0, 365.0);
    }
    let warp = warp();
    Scale::new(
        warp.day(warp.unit(first) - EDGE_ROOM),
        warp.day(warp.unit(last) + EDGE_ROOM),
    )
}

/// Axis units left before the first event and after the last.
const EDGE_ROOM: f64 = 0.6;

/// The Paris trip of 9–13 November 2021.
pub fn trip_scale() -> Scale {
    Scale::new(
        days_from_civil(2021, 11, 8) as f64,
        days_from_civil(2021, 11, 14) as f64,
    )
}

/// The scale a URL's window asks for.
fn scale_of(window: Option<DayRange>) -> Scale {
    window.map_or_else(default_scale, |w| Scale::new(w.first as f64, w.last as f64))
}

/// The dataset's events, indexed once; in benchmark builds, as many synthetic ones as the URL
/// asks for.
pub fn listed_events() -> &'static EventIndex {
    static INDEX: std::sync::OnceLock<EventIndex> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        #[cfg(feature = "synthetic")]
        {
            if let Some(count) = crate::url_state::synthetic_count() {
                let events = model::synthetic_events(count);
                return EventIndex::new(Vec::leak(events));
            }
        }
        EventIndex::new(&data().events)
    })
}

/// The time window on screen: a signal for smooth zooming and dragging, kept in the URL (as
/// whole days, replacing the history entry) and following it on back and forward.
#[derive(Clone, Copy)]
pub struct Window {
    pub scale: ReadSignal<Scale>,
    set_scale: WriteSignal<Scale>,
    url: UrlState,
}

impl Window {
    fn follow(page: Memo<TimelineState>) -> Window {
        let url = use_url_state();
        let wanted = Memo::new(move |_| page.with(|p| p.window));
        let (scale, set_scale) = signal(scale_of(wanted.get_untracked()));
        Effect::new(move |_| {
            let wanted = wanted.get();
            if wanted != scale.get_untracked().whole_days() {
                set_scale.set(scale_of(wanted));
            }
        });
        Window {
            scale,
            set_scale,
            url,
        }
    }

    /// Shows `scale` and writes it to the URL.
    pub fn set(&self, scale: Scale) {
        self.set_scale.set(scale);
        self.url.replace(&self.url.state.with_untracked(|s| {
            s.changed(|page: &mut TimelineState| page.window = scale.whole_days())
        }));
    }

    /// Changes the window on the axis (zoom, pan, recentre).
    pub fn update(&self, change: impl FnOnce(Axis<'static>) -> Scale) {
        self.set(change(Axis {
            warp: warp(),
            scale: self.scale.get_untracked(),
        }));
    }
}

/// What the view and its figure embed share: the events the filter and search keep, their
/// lanes, the selection, the window and the chart's measured width.
#[derive(Clone, Copy)]
struct Shown {
    text: Memo<String>,
    events: Memo<Vec<&'static Event>>,
    lanes: Memo<Lanes>,
    selected: Memo<Option<EventId>>,
    window: Window,
    chart: NodeRef<leptos::html::Div>,
    chart_width: ReadSignal<f64>,
    /// The events in the window, and how many are before and after it.
    in_view: Memo<Vec<&'static Event>>,
    outside: Signal<(usize, usize)>,
}

impl Shown {
    fn follow() -> Shown {
        let page = use_page::<TimelineState>();
        let filter = use_filter();
        let text = Memo::new(move |_| page.with(|p| p.text.clone()));
        let events =
            Memo::new(move |_| filter.with(|f| text.with(|t| listed_events().filtered(f, t))));
        let window = Window::follow(page);
        let chart = NodeRef::<leptos::html::Div>::new();
        let chart_width = chart::measured_width(chart);
        // The events before, inside and after the window. Where the chart is not drawn (a
        // phone, paper) the list is the timeline and shows them all.
        let placed = Memo::new(move |_| {
            let scale = window.scale.get();
            let drawn = chart_width.get() > 0.0;
            events.with(|list| {
                let (mut before, mut inside, mut after) = (0, Vec::new(), 0);
                for &event in list {
                    if !drawn || scale.contains(event.when.start_day(), event.when.end_day()) {
                        inside.push(event);
                    } else if (event.when.end_day() as f64) < scale.start {
                        before += 1;
                    } else {
                        after += 1;
                    }
                }
                (before, inside, after)
            })
        });
        Shown {
            text,
            events,
            lanes: Memo::new(move |_| page.with(|p| p.lanes)),
            selected: Memo::new(move |_| page.with(|p| p.selected)),
            window,
            chart,
            chart_width,
            in_view: Memo::new(move |_| placed.with(|(_, inside, _)| inside.clone())),
            outside: Signal::derive(move || placed.with(|(before, _, after)| (*before, *after))),
        }
    }

    /// "12 of 28 events in view · 3 earlier, 5 later".
    fn status(&self, lang: Lang) -> String {
        i18n::events_in_view(
            self.in_view.with(Vec::len),
            self.outside.get(),
            self.events.with(Vec::len),
            data().events.len(),
            lang,
        )
    }
}

#[component]
pub fn TimelineView() -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let shown = Shown::follow();
    let Shown {
        text,
        events,
        lanes,
        selected,
        window,
        in_view,
        outside,
        ..
    } = shown;
    let (active, set_active) = signal(None::<EventId>);
    let on_text =
        move |text: String| url.replace(&url.state.with_untracked(|s| s.with_text(&text)));
    view! {
        <section aria-labelledby="view-title" class="timeline-view">
            <h2 id="view-title">{i18n::tr(lang, &i18n::VIEW_TIMELINE)}</h2>
            <crate::views::opening::Opening />
            <FilterBar
                text=text
                on_text=on_text
                status=Signal::derive(move || shown.status(lang.get()))
            />
            <div class="timeline-controls">
                <fieldset class="segmented">
                    <legend>{i18n::tr(lang, &i18n::GROUP_BY)}</legend>
                    {[(Lanes::Scope, &i18n::BY_COUNTRY), (Lanes::Area, &i18n::BY_AREA)]
                        .into_iter()
                        .map(|(option, label)| {
                            view! {
                                <label>
                                    <input
                                        type="radio"
                                        name="grouping"
                                        value=option.slug()
                                        prop:checked=move || lanes.get() == option
                                        on:change=move |_| {
                                            url.push_page(|p: &mut TimelineState| p.lanes = option)
                                        }
                                    />
                                    {i18n::tr(lang, label)}
                                </label>
                            }
                        })
                        .collect_view()}
                </fieldset>
                <chart::ZoomButtons window=window />
            </div>
            <chart::Chart shown=shown active=active />
            <list::EventList
                events=in_view
                outside=outside
                window=window
                active=active
                set_active=set_active
            />
            <detail::EventDetail selected=selected events=events />
            <over_time::SupportersOverTime />
        </section>
    }
}

/// The events as a figure embed: those the reader's filters keep, in the window and lanes
/// they chose, with the selection marked, as dots that fit any column.
#[component]
pub fn TimelineFigure() -> impl IntoView {
    let lang = use_lang();
    let shown = Shown::follow();
    let description = move || {
        let lang = lang.get();
        let lanes = match shown.lanes.get() {
            Lanes::Scope => &i18n::BY_COUNTRY,
            Lanes::Area => &i18n::BY_AREA,
        };
        format!("{} · {}", shown.status(lang), lanes.get(lang))
    };
    let sources = move || {
        let lang = lang.get();
        shown
            .in_view
            .with(|events| figure::publishers(events.iter().flat_map(|e| e.citations.iter()), lang))
    };
    view! {
        <FigureFrame figure=Figure::Timeline description=description sources=sources>
            <strip::EventStrip shown=shown />
        </FigureFrame>
    }
}
