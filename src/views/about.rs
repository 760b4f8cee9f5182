//! The About view: what the app is, how the data was made, its version, how to cite it,
//! the downloads and the licences.

use crate::dataset::data;
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
            "{}. Construit à partir de {sources} sources publiques (Maison Blanche, Département d’État des États-Unis, presse, dépôt public de l’Appel de Paris) ; chaque fait avec une citation exacte. Disponible à l’adresse {page}",
            data().citation(lang)
        ),
    }
}

#[component]
pub fn AboutView() -> impl IntoView {
    let lang = use_lang();
    let data = data();
    let page = crate::url_state::page_address();
    let counts: Vec<(usize, &'static Text)> = vec![
        (data.events.len(), &i18n::COUNT_EVENTS),
        (data.actors.len(), &i18n::COUNT_ACTORS),
        (data.initiatives.len(), &i18n::COUNT_INITIATIVES),
        (data.areas.len(), &i18n::COUNT_AREAS),
        (data.commitments.len(), &i18n::COUNT_COMMITMENTS),
        (all_quotes().len(), &i18n::COUNT_QUOTES),
        (data.supporters.len(), &i18n::COUNT_SUPPORTERS),
        (data.sources.len(), &i18n::COUNT_SOURCES),
    ];
    view! {
        <section aria-labelledby="view-title" class="prose">
            <h2 id="view-title">{move || i18n::VIEW_ABOUT.get(lang.get())}</h2>
            <p class="lead">{move || i18n::ABOUT_INTRO.get(lang.get())}</p>

            <h3>{move || i18n::ABOUT_METHOD_TITLE.get(lang.get())}</h3>
            <p>{move || i18n::ABOUT_METHOD.get(lang.get())}</p>
            <ProvenanceLegend/>

            <h3>{move || i18n::ABOUT_DATASET_TITLE.get(lang.get())}</h3>
            <p>{move || i18n::VERSION.get(lang.get())} " " <strong class="version">{data.version.as_ref()}</strong> " (" {data.release_date().map(|date| date.to_string())} ")"</p>
            <ul class="counts">
                {counts
                    .into_iter()
                    .map(|(count, label)| view! { <li><strong>{move || i18n::format_count(count, lang.get())}</strong> " " {move || label.get(lang.get())}</li> })
                    .collect_view()}
            </ul>
            <h4>{move || i18n::CHANGELOG.get(lang.get())}</h4>
            <ul>
                {data.changelog.iter().map(|change| view! {
                    <li><strong>{change.version.as_ref()}</strong> " (" <time datetime=change.date.to_string()>{change.date.to_string()}</time> "): " {move || change.summary.get(lang.get()).to_string()}</li>
                }).collect_view()}
            </ul>

            <h3>{move || i18n::ABOUT_CITE_TITLE.get(lang.get())}</h3>
            <dl class="citations">
                <dt>{move || i18n::CITE_SHORT.get(lang.get())}</dt>
                <dd><p class="cite" id="cite-short">{move || data.citation(lang.get())}</p></dd>
                <dt>{move || i18n::CITE_LONG.get(lang.get())}</dt>
                <dd><p class="cite" id="cite-long">{move || long_citation(lang.get(), &page)}</p></dd>
            </dl>

            <h3 id="downloads">{move || i18n::ABOUT_DOWNLOADS_TITLE.get(lang.get())}</h3>
            <p>{move || i18n::ABOUT_DOWNLOADS_INTRO.get(lang.get())}</p>
            <ul class="downloads">
                <li><a href=format!("{FOLDER}/{JSON_FILE}") download="">{move || i18n::DOWNLOAD_JSON.get(lang.get())}</a> " (" {JSON_FILE} ")"</li>
                <li><a href=format!("{FOLDER}/{README_FILE}") download="">{move || i18n::DOWNLOAD_README.get(lang.get())}</a></li>
                {TABLES.iter().map(|table| view! { <li><a href=format!("{FOLDER}/{table}") download="">{*table}</a></li> }).collect_view()}
                <li><a href=OFFLINE_PAGE download="" id="offline-page">{move || i18n::OFFLINE_COPY.get(lang.get())}</a> " (" {OFFLINE_PAGE} ")"</li>
            </ul>

            <h3>{move || i18n::ABOUT_LICENCES_TITLE.get(lang.get())}</h3>
            <ul>
                {data.sources.iter().map(|source| view! {
                    <li>{move || source.title.get(lang.get()).to_string()} ": " {move || source.licence.get(lang.get()).to_string()}</li>
                }).collect_view()}
            </ul>

            <h3>{move || i18n::ABOUT_CORRECT_TITLE.get(lang.get())}</h3>
            <p>{move || i18n::ABOUT_CORRECT.get(lang.get())}</p>
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
