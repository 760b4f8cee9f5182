//! A figure embed (`figure=` in the URL): one picture of a view with its title, a one-line
//! description, its source and a link to the full view, and nothing else, as a newsroom
//! places a chart in an article. Each view's module builds its picture inside `FigureFrame`.

use crate::dataset::{data, source};
use crate::document_sync::use_lang;
use crate::i18n;
use crate::route::Figure;
use crate::url_state::{use_filter, use_url_state};
use crate::views::filter_bar::chosen_line;
use lafayette_data::{Citation, Lang};
use leptos::prelude::*;

/// The publishers of the documents `citations` quote, each once, in the order first cited.
pub fn publishers<'a>(
    citations: impl Iterator<Item = &'a Citation>,
    lang: Lang,
) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = Vec::new();
    for citation in citations {
        if let Some(document) = source(&citation.source) {
            let name = document.publisher.get(lang);
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names
}

/// The figure of `figure`'s kind, built by its view.
#[component]
pub fn FigureEmbed(figure: Figure) -> impl IntoView {
    match figure {
        Figure::Timeline => view! { <crate::timeline::TimelineFigure /> }.into_any(),
        Figure::OverTime => view! { <crate::timeline::OverTimeFigure /> }.into_any(),
        Figure::Map => view! { <crate::supporters::MapOnly /> }.into_any(),
        Figure::Matrix => view! { <crate::matrix::MatrixFigure /> }.into_any(),
    }
}

/// Title, description, the picture (`children`), the source line and the way to the full view.
#[component]
pub fn FigureFrame(
    figure: Figure,
    /// One line on what the picture shows, following the reader's filters.
    #[prop(into)]
    description: Signal<String>,
    /// The publishers the picture's facts come from; empty when the picture names its own.
    #[prop(into)]
    sources: Signal<Vec<&'static str>>,
    children: Children,
) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state();
    let filter = use_filter();
    // The filters a reader chose travel with the figure: a newsroom's reader sees what it
    // leaves out.
    let description_line = move || {
        let lang = lang.get();
        let described = description.get();
        match filter.with(|f| chosen_line(f, lang)) {
            Some(chosen) => format!("{described} · {chosen}"),
            None => described,
        }
    };
    let full_view = move || url.state.with(|s| url.shareable(&s.in_full()));
    let source_line = move || {
        let lang = lang.get();
        sources.with(|names| i18n::figure_source(names, &data().version, lang))
    };
    view! {
        <article class="figure-embed" aria-labelledby="figure-title">
            <h1 id="figure-title">{i18n::tr(lang, figure.title())}</h1>
            <p class="figure-description">{description_line}</p>
            {children()}
            <footer class="figure-footer">
                <p class="source-line">{source_line}</p>
                <a href=full_view target="_blank" rel="noopener">
                    {i18n::tr(lang, &i18n::OPEN_FULL_VIEW)}
                </a>
            </footer>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_publisher_is_named_once_in_the_order_cited() {
        let events = &data().events;
        let cited: Vec<&Citation> = events.iter().flat_map(|e| e.citations.iter()).collect();
        let names = publishers(cited.iter().copied(), Lang::En);
        assert!(!names.is_empty());
        let unique: std::collections::HashSet<&str> = names.iter().copied().collect();
        assert_eq!(unique.len(), names.len(), "{names:?}");
        let first = source(&cited[0].source).expect("a cited document");
        assert_eq!(names[0], first.publisher.get(Lang::En));
        // Every document cited is named, in either language.
        for lang in Lang::ALL {
            let names = publishers(cited.iter().copied(), lang);
            for citation in &cited {
                let document = source(&citation.source).expect("a cited document");
                assert!(names.contains(&document.publisher.get(lang)));
            }
        }
        assert!(publishers(std::iter::empty(), Lang::Fr).is_empty());
    }

    #[test]
    fn the_source_line_names_the_first_publisher_and_counts_the_others() {
        let five = ["A", "B", "C", "D", "E"];
        assert_eq!(
            i18n::figure_source(&five, "1.0.0", Lang::En),
            "Source: A and 4 more · Lafayette, dataset version 1.0.0"
        );
        assert_eq!(
            i18n::figure_source(&five[..1], "1.0.0", Lang::Fr),
            "Source\u{a0}: A · Lafayette, jeu de données version 1.0.0"
        );
        assert_eq!(
            i18n::figure_source(&[], "1.0.0", Lang::En),
            "Data: Lafayette, dataset version 1.0.0"
        );
    }
}
