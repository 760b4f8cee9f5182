//! The About view: what the app is, how the data was made, its version, how to cite it,
//! the downloads and the licences.

use crate::dataset::{data, SUPPORTER_TOTALS};
use crate::document_sync::use_lang;
use crate::i18n;
use crate::provenance::all_quotes;
use crate::views::provenance_legend::ProvenanceLegend;
use lafayette_data::downloads::{FOLDER, JSON_FILE, OFFLINE_PAGE, README_FILE, TABLES};
use lafayette_data::{Lang, Text};
use leptos::prelude::*;

/// The long form adds what it contains, where it comes from and where it was read.
pub fn long_citation(lang: Lang, page: &str) -> String {
    let sources = data().sources.len();
    match lang {
        Lang::En => format!(
            "{}. Built from {sources} public sources (White House, US Department of State, press, the Paris Call’s public repository); every fact with a verbatim quote. Available at {page}",
            data().citation(lang)
        ),
        Lang::Fr => format!(
            "{}. Construit à partir de {sources} sources publiques (Maison Blanche, Département d’État des États-Unis, presse, dépôt public de l’Appel de Paris) ; chaque fait avec une citation exacte. Disponible à l’adresse {page}",
            data().citation(lang)
        ),
    }
}

#[component]
pub fn AboutView() -> impl IntoView {
    let lang = use_lang();
    let data = data();
    let page = crate::url_state::page_folder();
    let single_file = crate::url_state::use_url_state().single_file();
    let counts: Vec<(usize, &'static Text)> = vec![
        (data.events.len(), &i18n::COUNT_EVENTS),
        (data.actors.len(), &i18n::COUNT_ACTORS),
        (data.initiatives.len(), &i18n::COUNT_INITIATIVES),
        (data.areas.len(), &i18n::COUNT_AREAS),
        (data.commitments.len(), &i18n::COUNT_COMMITMENTS),
        (all_quotes().len(), &i18n::COUNT_QUOTES),
        (SUPPORTER_TOTALS.0, &i18n::COUNT_SUPPORTERS),
        (data.sources.len(), &i18n::COUNT_SOURCES),
    ];
    view! {
        <section aria-labelledby="view-title" class="prose">
            <h2 id="view-title">{i18n::tr(lang, &i18n::VIEW_ABOUT)}</h2>
            <p class="lead">{i18n::tr(lang, &i18n::ABOUT_INTRO)}</p>

            <h3>{i18n::tr(lang, &i18n::ABOUT_METHOD_TITLE)}</h3>
            <p>{i18n::tr(lang, &i18n::ABOUT_METHOD)}</p>
            <ProvenanceLegend />

            <h3>{i18n::tr(lang, &i18n::ABOUT_DATASET_TITLE)}</h3>
            <p>
                {i18n::tr(lang, &i18n::VERSION)} " "
                <strong class="version">{data.version.as_ref()}</strong> " ("
                {data.release_date().map(|date| date.to_string())} ")"
            </p>
            <ul class="counts">
                {counts
                    .into_iter()
                    .map(|(count, label)| {
                        view! {
                            <li>
                                <strong>{move || i18n::format_count(count, lang.get())}</strong>
                                " "
                                {i18n::tr(lang, label)}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <h4>{i18n::tr(lang, &i18n::CHANGELOG)}</h4>
            <ul>
                {data
                    .changelog
                    .iter()
                    .map(|change| {
                        view! {
                            <li>
                                <strong>{change.version.as_ref()}</strong>
                                " ("
                                <time datetime=change
                                    .date
                                    .to_string()>{change.date.to_string()}</time>
                                "): "
                                {i18n::tr(lang, &change.summary)}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>

            <h3>{i18n::tr(lang, &i18n::ABOUT_CITE_TITLE)}</h3>
            <dl class="citations">
                <dt>{i18n::tr(lang, &i18n::CITE_SHORT)}</dt>
                <dd>
                    <p class="cite" id="cite-short">
                        {move || data.citation(lang.get())}
                    </p>
                </dd>
                <dt>{i18n::tr(lang, &i18n::CITE_LONG)}</dt>
                <dd>
                    <p class="cite" id="cite-long">
                        {move || long_citation(lang.get(), &page)}
                    </p>
                </dd>
            </dl>

            <h3 id="downloads">{i18n::tr(lang, &i18n::ABOUT_DOWNLOADS_TITLE)}</h3>
            <p>{i18n::tr(lang, &i18n::ABOUT_DOWNLOADS_INTRO)}</p>
            <Show when=move || single_file>
                <p class="note" id="offline-data-note">
                    {i18n::tr(lang, &i18n::OFFLINE_DATA_NOTE)}
                </p>
            </Show>
            <ul class="downloads">
                <li>
                    <a href=format!("{FOLDER}/{JSON_FILE}") download="">
                        {i18n::tr(lang, &i18n::DOWNLOAD_JSON)}
                    </a>
                    " ("
                    <code>{JSON_FILE}</code>
                    ")"
                </li>
                <li>
                    <a href=format!("{FOLDER}/{README_FILE}") download="">
                        {i18n::tr(lang, &i18n::DOWNLOAD_README)}
                    </a>
                </li>
                {TABLES
                    .iter()
                    .map(|table| {
                        view! {
                            <li>
                                <a href=format!("{FOLDER}/{table}") download="">
                                    <code>{*table}</code>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
                // The offline file does not offer itself.
                <Show when=move || !single_file>
                    <li>
                        <a href=OFFLINE_PAGE download="" id="offline-page">
                            {i18n::tr(lang, &i18n::OFFLINE_COPY)}
                        </a>
                        " ("
                        <code>{OFFLINE_PAGE}</code>
                        ")"
                    </li>
                </Show>
            </ul>

            <h3>{i18n::tr(lang, &i18n::ABOUT_LICENCES_TITLE)}</h3>
            <ul>
                {data
                    .sources
                    .iter()
                    .map(|source| {
                        view! {
                            <li>
                                {i18n::tr(lang, &source.title)} {move || i18n::colon(lang.get())}
                                {i18n::tr(lang, &source.licence)}
                            </li>
                        }
                    })
                    .collect_view()} <li>{i18n::tr(lang, &i18n::ABOUT_REGIONS_LICENCE)}</li>
                <li>{i18n::tr(lang, &i18n::ABOUT_MAP_LICENCE)}</li>
            </ul>

            <h3>{i18n::tr(lang, &i18n::ABOUT_CORRECT_TITLE)}</h3>
            <p>{i18n::tr(lang, &i18n::ABOUT_CORRECT)}</p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_long_citation_extends_the_short_one_in_both_languages() {
        for lang in Lang::ALL {
            let long = long_citation(lang, "https://example.org/lafayette/");
            assert!(long.starts_with(&data().citation(lang)), "{long}");
            assert!(
                long.contains(&data().release_date().unwrap().to_string()),
                "{long}"
            );
            assert!(long_citation(lang, "https://example.org/lafayette/")
                .ends_with("https://example.org/lafayette/"));
        }
    }
}
