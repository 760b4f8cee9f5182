//! The map of supporters by country: each country coloured by how many supporters the
//! filters keep there, the countries whose state supports the Call marked, the value of the
//! country pointed at, focused or tapped; a legend, the source and its caveat, SVG and PNG
//! exports, and a table with the same numbers. Its shapes are read only when it is shown.

use super::query::FacetCounts;
use super::world_map::{
    class_label, class_of, parse, picture, Counts, WorldMap, CLASS_STARTS, IN_PAGE_ID, MAP_FILE,
};
use crate::dataset::country;
use crate::document_sync::use_lang;
use crate::download_link::ExportLink;
use crate::download_link::{fill_on_click, fill_with};
use crate::i18n::{self, format_count};
use crate::lazy_file::{self, Arrival};
use crate::route::{AppState, FilterList};
use crate::url_state::use_url_state;
use lafayette_data::Lang;
use leptos::prelude::*;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;
use wasm_bindgen::JsCast;

static MAP: OnceLock<WorldMap> = OnceLock::new();

thread_local! {
    static ARRIVAL: ArcRwSignal<Arrival> = ArcRwSignal::new(Arrival::Pending);
    static ASKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Reads the shapes once.
async fn load() {
    if ASKED.with(|asked| asked.replace(true)) {
        return;
    }
    let read = lazy_file::read(MAP_FILE, IN_PAGE_ID)
        .await
        .and_then(|text| parse(text.leak()));
    let arrival = match read {
        Ok(map) => {
            let _ = MAP.set(map);
            Arrival::Ready
        }
        Err(reason) => Arrival::Failed(reason),
    };
    ARRIVAL.with(|signal| signal.set(arrival));
}

/// What the filters keep, per country.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Kept {
    counts: HashMap<&'static str, usize>,
    /// Countries whose state is among the supporters kept.
    states: HashSet<&'static str>,
    /// Countries by number of supporters, most first.
    order: Vec<(&'static str, usize)>,
}

impl Kept {
    /// From the view's live counts (computed once per keystroke for the facets, the summary
    /// and the map alike).
    fn of(counts: &FacetCounts) -> Kept {
        Kept {
            counts: counts.countries.iter().copied().collect(),
            states: counts.state_countries.iter().copied().collect(),
            order: counts.countries.clone(),
        }
    }

    fn count(&self, iso3: &str) -> usize {
        self.counts.get(iso3).copied().unwrap_or_default()
    }

    /// "Morocco: 5 supporters, the state among them".
    fn label(&self, iso3: &str, lang: Lang) -> String {
        let name = country(iso3).map_or(iso3, |c| c.name.get(lang));
        i18n::country_supporters(name, self.count(iso3), self.states.contains(iso3), lang)
    }
}

/// The state with the country chosen in the shared filter (or no longer chosen).
fn country_link(state: &AppState, iso3: &str) -> String {
    state
        .filtered(|f| f.toggle(FilterList::Countries, iso3))
        .to_hash()
}

const SVG: &str = "http://www.w3.org/2000/svg";

/// A country drawn on the map: its shape, and for a country of the dataset, the link around
/// it and the marker of its state.
struct PaintedCountry {
    iso3: &'static str,
    /// Where its marker goes.
    at: (i32, i32),
    shape: web_sys::Element,
    link: Option<web_sys::Element>,
    marker: Option<web_sys::Element>,
}

impl PaintedCountry {
    /// Its colour, number, link and marker for what the filters keep.
    fn update(&self, kept: &Kept, state: &AppState, lang: Lang) {
        let count = kept.count(self.iso3);
        let class = class_of(count).map_or("land c-none".to_string(), |c| format!("land c-{c}"));
        let _ = self.shape.set_attribute("class", &class);
        if let Some(link) = &self.link {
            let label = kept.label(self.iso3, lang);
            let _ = link.set_attribute("aria-label", &label);
            let _ = link.set_attribute("href", &country_link(state, self.iso3));
            let _ = link.set_attribute("tabindex", if count > 0 { "0" } else { "-1" });
            if let Some(title) = self.shape.first_element_child() {
                title.set_text_content(Some(&label));
            }
        }
        if let Some(marker) = &self.marker {
            let shown = kept.states.contains(self.iso3);
            let _ = marker.set_attribute("visibility", if shown { "visible" } else { "hidden" });
        }
    }
}

/// Makes the shapes inside `svg`: every country, a link around those of the dataset, their
/// states' markers above them all.
fn paint(svg: &web_sys::Element, map: &'static WorldMap) -> Vec<PaintedCountry> {
    let make = |parent: &web_sys::Element, tag: &str| -> Option<web_sys::Element> {
        let element = document().create_element_ns(Some(SVG), tag).ok()?;
        parent.append_child(&element).ok()?;
        Some(element)
    };
    let markers = make(svg, "g");
    let mut painted = Vec::new();
    for shape in &map.countries {
        let known = country(shape.iso3).is_some();
        let link = if known { make(svg, "a") } else { None };
        if let Some(link) = &link {
            let _ = link.set_attribute("data-iso3", shape.iso3);
        }
        let Some(path) = make(link.as_ref().unwrap_or(svg), "path") else {
            continue;
        };
        let _ = path.set_attribute("d", shape.path);
        if known {
            let _ = make(&path, "title");
        }
        painted.push(PaintedCountry {
            iso3: shape.iso3,
            at: shape.marker,
            shape: path,
            link,
            marker: None,
        });
    }
    // Markers last, so that they are drawn over every shape.
    if let Some(markers) = markers {
        let _ = svg.append_child(&markers);
        let _ = markers.set_attribute("aria-hidden", "true");
        for painted in painted.iter_mut().filter(|p| p.link.is_some()) {
            painted.marker = make(&markers, "circle");
            if let Some(marker) = &painted.marker {
                let (x, y) = painted.at;
                let _ = marker.set_attribute("class", "state-mark");
                let _ = marker.set_attribute("cx", &x.to_string());
                let _ = marker.set_attribute("cy", &y.to_string());
                let _ = marker.set_attribute("r", "4");
            }
        }
    }
    painted
}

/// The map once its shapes are in; until then, what is happening to them.
#[component]
pub fn SupportersMap(
    counts: Memo<FacetCounts>,
    /// A figure embed: its frame gives the title; no exports.
    #[prop(optional)]
    alone: bool,
) -> impl IntoView {
    let lang = use_lang();
    let arrival = Memo::new(|_| ARRIVAL.with(|arrival| arrival.get()));
    move || match arrival.get() {
        Arrival::Ready => view! { <MapFigure counts=counts alone=alone /> }.into_any(),
        Arrival::Pending => {
            leptos::task::spawn_local(load());
            view! {
                <p role="status" class="loading">
                    {i18n::tr(lang, &i18n::MAP_LOADING)}
                </p>
            }
            .into_any()
        }
        Arrival::Failed(reason) => view! {
            <p role="alert">{i18n::tr(lang, &i18n::MAP_NOT_LOADED)}</p>
            <p>
                <code>{reason}</code>
            </p>
        }
        .into_any(),
    }
}

#[component]
fn MapFigure(counts: Memo<FacetCounts>, alone: bool) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let map = MAP.get().expect("the map's shapes are in");
    let kept = Memo::new(move |_| counts.with(Kept::of));
    let (pointed, set_pointed) = signal(None::<&'static str>);
    let label = move |iso3: &str| kept.with(|k| k.label(iso3, lang.get()));
    let link = move |iso3: &str| url.state.with(|s| country_link(s, iso3));
    // The 240 shapes are made once and updated in place: as typed `view!` nodes they cost
    // 38 KB of gzipped wasm on every first visit (see ARCHITECTURE.md).
    let svg = NodeRef::<leptos::svg::Svg>::new();
    let painted = StoredValue::new_local(Vec::<PaintedCountry>::new());
    Effect::new(move |_| {
        let Some(svg) = svg.get() else { return };
        if painted.with_value(Vec::is_empty) {
            painted.set_value(paint(&svg, map));
        }
        let lang = lang.get();
        let state = url.state.get();
        kept.with(|kept| {
            painted.with_value(|countries| {
                for painted in countries {
                    painted.update(kept, &state, lang);
                }
            })
        });
    });
    let pointed_at = move |target: Option<web_sys::EventTarget>| {
        let iso3 = target
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|element| element.closest("a[data-iso3]").ok().flatten())
            .and_then(|link| link.get_attribute("data-iso3"));
        set_pointed.set(
            iso3.and_then(|code| country(&code))
                .map(|c| c.iso3.as_ref()),
        );
    };
    let export_picture = move || {
        let lang = lang.get_untracked();
        kept.with_untracked(|k| {
            let of = |iso3: &str| k.count(iso3);
            let state = |iso3: &str| k.states.contains(iso3);
            let counts = Counts {
                of: &of,
                state_supports: &state,
            };
            picture(map, &counts, i18n::MAP_TITLE.get(lang), lang)
        })
    };
    let export_svg = move |event: leptos::ev::MouseEvent| {
        fill_on_click(&event, "image/svg+xml", &export_picture().to_svg())
    };
    let export_png = move |event: leptos::ev::MouseEvent| {
        if let Some(png) = crate::views::canvas::png_data_url(&export_picture()) {
            fill_with(&event, &png);
        }
    };
    view! {
        <figure class="supporters-map" aria-labelledby="map-title">
            <figcaption id="map-title" class:visually-hidden=alone>
                {i18n::tr(lang, &i18n::MAP_TITLE)}
            </figcaption>
            <p class="map-readout" aria-live="polite">
                {move || match pointed.get() {
                    Some(iso3) => label(iso3),
                    None if alone => i18n::MAP_HINT_SHORT.get(lang.get()).to_string(),
                    None => i18n::MAP_HINT.get(lang.get()).to_string(),
                }}
            </p>
            <svg
                node_ref=svg
                viewBox=format!("0 0 {} {}", map.width, map.height)
                role="group"
                aria-labelledby="map-title"
                // Chromium would stop Tab at the drawing itself, before its countries.
                tabindex="-1"
                on:pointerover=move |event| pointed_at(event.target())
                on:focusin=move |event| pointed_at(event.target())
                on:pointerleave=move |_| set_pointed.set(None)
            ></svg>
            <ul class="map-legend">
                <li>
                    <span class="swatch c-none"></span>
                    {i18n::tr(lang, &i18n::NO_SUPPORTER)}
                </li>
                {(0..CLASS_STARTS.len())
                    .map(|class| {
                        view! {
                            <li>
                                <span class=format!("swatch c-{class}")></span>
                                {move || class_label(class, lang.get())}
                            </li>
                        }
                    })
                    .collect_view()}
                <li>
                    <span class="swatch state-swatch"></span>
                    {i18n::tr(lang, &i18n::STATE_SUPPORTER)}
                </li>
            </ul>
            // A figure says its sources in its frame's footer.
            {(!alone)
                .then(|| view! { <p class="source-line">{i18n::tr(lang, &i18n::MAP_SOURCE)}</p> })}
            // A figure keeps its height for the map: the caveat is one click away.
            {if alone {
                view! {
                    <details class="caveat">
                        <summary>{i18n::tr(lang, &i18n::MAP_BOUNDARIES)}</summary>
                        <p>{i18n::tr(lang, &i18n::MAP_CAVEAT)}</p>
                    </details>
                }
                    .into_any()
            } else {
                view! { <p class="caveat">{i18n::tr(lang, &i18n::MAP_CAVEAT)}</p> }.into_any()
            }}
            {(!alone)
                .then(|| {
                    view! {
                        <div class="exports">
                            <ExportLink
                                id="map-svg"
                                file="paris-call-supporters-map.svg"
                                label=&i18n::EXPORT_MAP_SVG
                                on_click=export_svg
                            />
                            <ExportLink
                                id="map-png"
                                file="paris-call-supporters-map.png"
                                label=&i18n::EXPORT_MAP_PNG
                                on_click=export_png
                            />
                        </div>
                    }
                })}
            <details class="map-table">
                <summary>{i18n::tr(lang, &i18n::MAP_AS_TABLE)}</summary>
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{i18n::tr(lang, &i18n::COUNTRY)}</th>
                            <th scope="col">{i18n::tr(lang, &i18n::SUPPORTERS_COLUMN)}</th>
                            <th scope="col">{i18n::tr(lang, &i18n::STATE_SUPPORTER)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || kept.with(|k| k.order.clone()) key=|item| *item let:item>
                            <tr>
                                <th scope="row">
                                    <a href=move || {
                                        link(item.0)
                                    }>
                                        {move || {
                                            country(item.0).map_or(item.0, |c| c.name.get(lang.get()))
                                        }}
                                    </a>
                                </th>
                                <td>{move || format_count(item.1, lang.get())}</td>
                                <td>
                                    {move || {
                                        let yes = kept.with(|k| k.states.contains(item.0));
                                        i18n::yes_no(yes).get(lang.get()).to_string()
                                    }}
                                </td>
                            </tr>
                        </For>
                    </tbody>
                </table>
            </details>
        </figure>
    }
}
