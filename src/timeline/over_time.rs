//! The Paris Call supporters per category over time: a stacked step chart with axes, dated
//! annotations and a reading of any day (pointer, tap, or the arrow keys once focused), and
//! its table. The text is HTML over the drawing, so it stays readable on a phone.

use super::supporters_chart::{
    annotations, count_at, count_fraction, stacked_steps, y_fraction, year_ticks, PLOT_HEIGHT,
    PLOT_WIDTH, Y_TICKS,
};
use crate::dataset::data;
use crate::decimal::{decimal, percent};
use crate::document_sync::use_lang;
use crate::embed::figure::FigureFrame;
use crate::i18n::{self, format_count};
use crate::route::Figure;
use crate::supporters::query::category_label;
use lafayette_data::{Category, Lang, SupporterCount};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// One count in words: the date, the total and each category.
fn reading(count: &SupporterCount, lang: Lang) -> String {
    let parts: Vec<String> = Category::ALL
        .into_iter()
        .filter(|&c| count.of(c) > 0)
        .map(|c| {
            i18n::labelled(
                category_label(c).get(lang),
                &format_count(count.of(c) as usize, lang),
                lang,
            )
        })
        .collect();
    format!("{} — {}", total_on(count, lang), parts.join(" · "))
}

/// "19 January 2024: 1,222 supporters".
fn total_on(count: &SupporterCount, lang: Lang) -> String {
    let total = count.total() as usize;
    let supporters = format!(
        "{} {}",
        format_count(total, lang),
        i18n::SUPPORTERS_NOUN.form(total, lang)
    );
    i18n::labelled(&count.date.format(lang), &supporters, lang)
}

#[component]
pub fn SupportersOverTime() -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="supporters-over-time" aria-labelledby="over-time-title">
            <h3 id="over-time-title">{i18n::tr(lang, &i18n::SUPPORTERS_OVER_TIME)}</h3>
            <OverTimeChart />
        </section>
    }
}

/// The chart alone, as a figure embed; its caption names its source.
#[component]
pub fn OverTimeFigure() -> impl IntoView {
    let lang = use_lang();
    let description = move || {
        data()
            .supporter_counts
            .last()
            .map(|count| total_on(count, lang.get()))
            .unwrap_or_default()
    };
    view! {
        <FigureFrame figure=Figure::OverTime description=description sources=Vec::new>
            <div class="supporters-over-time">
                <OverTimeChart />
            </div>
        </FigureFrame>
    }
}

/// The drawing, its reading, caption, legend and table.
#[component]
fn OverTimeChart() -> impl IntoView {
    let lang = use_lang();
    let counts = &data().supporter_counts;
    // The count the reader points at (none until they do).
    let (cursor, set_cursor) = signal(None::<usize>);
    let point_at = move |event: &leptos::ev::PointerEvent| {
        if let Some(plot) = event
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            let rect = plot.get_bounding_client_rect();
            let fraction = (event.client_x() as f64 - rect.left()) / rect.width().max(1.0);
            set_cursor.set(count_at(fraction));
        }
    };
    let on_key = move |event: leptos::ev::KeyboardEvent| {
        let last = counts.len().saturating_sub(1);
        let at = cursor.get_untracked().unwrap_or(last);
        let next = match event.key().as_str() {
            "ArrowLeft" => at.saturating_sub(1),
            "ArrowRight" => (at + 1).min(last),
            "Home" => 0,
            "End" => last,
            _ => return,
        };
        event.prevent_default();
        set_cursor.set(Some(next));
    };
    // The table's 77 rows are built when the reader opens it.
    let (table_open, set_table_open) = signal(false);
    let on_toggle = move |event: leptos::ev::Event| {
        set_table_open.set(event_target::<web_sys::HtmlDetailsElement>(&event).open())
    };
    view! {
        <figure>
            <div class="steps-chart">
                <div class="y-ticks" aria-hidden="true">
                    {Y_TICKS
                        .into_iter()
                        .map(|value| {
                            view! {
                                <span style:bottom=percent(
                                    y_fraction(f64::from(value)),
                                )>{move || format_count(value as usize, lang.get())}</span>
                            }
                        })
                        .collect_view()}
                </div>
                <div
                    class="plot"
                    tabindex="0"
                    role="group"
                    aria-label=i18n::tr(lang, &i18n::OVER_TIME_READING)
                    aria-describedby="over-time-caption"
                    on:keydown=on_key
                    on:focus=move |_| {
                        if cursor.get_untracked().is_none() {
                            set_cursor.set(counts.len().checked_sub(1));
                        }
                    }
                    on:pointermove=move |event| point_at(&event)
                    on:pointerdown=move |event| point_at(&event)
                >
                    <svg
                        viewBox=format!(
                            "0 0 {} {}",
                            decimal(PLOT_WIDTH, 0),
                            decimal(PLOT_HEIGHT, 0),
                        )
                        preserveAspectRatio="none"
                        aria-hidden="true"
                        class="over-time-areas"
                    >
                        {Y_TICKS
                            .into_iter()
                            .map(|value| {
                                let y = PLOT_HEIGHT * (1.0 - y_fraction(f64::from(value)));
                                view! {
                                    <line
                                        class="gridline"
                                        x1="0"
                                        x2=decimal(PLOT_WIDTH, 0)
                                        y1=decimal(y, 1)
                                        y2=decimal(y, 1)
                                    />
                                }
                            })
                            .collect_view()}
                        {stacked_steps()
                            .into_iter()
                            .map(|(category, path)| {
                                view! {
                                    <path d=path class=format!("area cat-{}", category.code()) />
                                }
                            })
                            .collect_view()}
                    </svg>
                    {annotations()
                        .into_iter()
                        .enumerate()
                        .map(|(row, (x, label))| {
                            view! {
                                <span
                                    class=format!("annotation row-{row}")
                                    style:left=percent(x)
                                    aria-hidden="true"
                                >
                                    {i18n::tr(lang, label)}
                                </span>
                            }
                        })
                        .collect_view()}
                    {move || {
                        cursor
                            .get()
                            .map(|at| {
                                view! {
                                    <span
                                        class="cursor"
                                        style:left=percent(count_fraction(&counts[at]))
                                        aria-hidden="true"
                                    ></span>
                                }
                            })
                    }}
                </div>
                <div class="x-ticks" aria-hidden="true">
                    {year_ticks()
                        .into_iter()
                        .map(|(x, year)| view! { <span style:left=percent(x)>{year}</span> })
                        .collect_view()}
                </div>
            </div>
            <p class="reading" role="status" aria-live="polite">
                {move || match cursor.get() {
                    Some(at) => reading(&counts[at], lang.get()),
                    None => i18n::OVER_TIME_HINT.get(lang.get()).to_string(),
                }}
            </p>
            <figcaption id="over-time-caption">
                {i18n::tr(lang, &i18n::OVER_TIME_CAPTION)}
            </figcaption>
        </figure>
        <ul class="legend-inline">
            {Category::ALL
                .into_iter()
                .map(|category| {
                    view! {
                        <li>
                            <span class=format!("swatch cat-{}", category.code())></span>
                            {i18n::tr(lang, category_label(category))}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <details on:toggle=on_toggle>
            <summary>{i18n::tr(lang, &i18n::SHOW_TABLE)}</summary>
            <Show when=move || table_open.get()>
                <table class="data-table">
                    <caption>{i18n::tr(lang, &i18n::SUPPORTERS_OVER_TIME)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{i18n::tr(lang, &i18n::DATE)}</th>
                            {Category::ALL
                                .into_iter()
                                .map(|c| {
                                    view! {
                                        <th scope="col">{i18n::tr(lang, category_label(c))}</th>
                                    }
                                })
                                .collect_view()}
                            <th scope="col">{i18n::tr(lang, &i18n::TOTAL)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {counts
                            .iter()
                            .map(|count| {
                                view! {
                                    <tr>
                                        <th scope="row">
                                            <time datetime=count
                                                .date
                                                .to_string()>{move || count.date.format(lang.get())}</time>
                                        </th>
                                        {Category::ALL
                                            .into_iter()
                                            .map(|c| {
                                                view! {
                                                    <td>
                                                        {move || format_count(count.of(c) as usize, lang.get())}
                                                    </td>
                                                }
                                            })
                                            .collect_view()}
                                        <td>
                                            {move || format_count(count.total() as usize, lang.get())}
                                        </td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </Show>
        </details>
    }
}
