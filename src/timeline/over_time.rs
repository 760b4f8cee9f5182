//! The Paris Call supporters per category over time: a stacked step chart with its table.

use super::supporters_chart::{annotations, stacked_steps, CHART_HEIGHT, CHART_WIDTH};
use crate::dataset::data;
use crate::decimal::decimal;
use crate::document_sync::use_lang;
use crate::i18n::{self, format_count};
use crate::supporters::query::category_label;
use lafayette_data::Category;
use leptos::prelude::*;

#[component]
pub fn SupportersOverTime() -> impl IntoView {
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
                <svg
                    viewBox=format!("0 0 {} {}", decimal(CHART_WIDTH, 0), decimal(CHART_HEIGHT, 0))
                    role="img"
                    aria-labelledby="over-time-title over-time-caption"
                    class="steps"
                >
                    {stacked_steps()
                        .into_iter()
                        .map(|(category, path)| {
                            view! { <path d=path class=format!("area cat-{}", category.code()) /> }
                        })
                        .collect_view()}
                    {annotations()
                        .into_iter()
                        .map(|(x, label)| {
                            view! {
                                <g class="annotation">
                                    <line
                                        x1=decimal(x, 1)
                                        y1="20"
                                        x2=decimal(x, 1)
                                        y2=decimal(CHART_HEIGHT - 20.0, 0)
                                    />
                                    <text x=decimal(x + 4.0, 1) y="16">
                                        {i18n::tr(lang, label)}
                                    </text>
                                </g>
                            }
                        })
                        .collect_view()}
                </svg>
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
        </section>
    }
}
