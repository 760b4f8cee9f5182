//! Each view's first screen as HTML, rendered at build time from the same components the
//! browser runs (natively, with Leptos' server-side rendering), so a reader sees real events,
//! rows and numbers before the code arrives. `src/bin/prerender.rs` writes the pages.

use crate::dataset::SUPPORTER_ROWS_FILE;
use crate::route::{page_file, View};
use crate::{i18n, App, Prerendered};
use lafayette_data::Lang;
use leptos::prelude::*;

/// The app's markup for `view` in `lang`, as the browser will render it on arrival.
pub fn app_html(view: View, lang: Lang) -> String {
    app_html_at(&format!("#/{}", view.slug()), lang)
}

/// The app's markup for the state of `hash`, in `lang`.
pub fn app_html_at(hash: &str, lang: Lang) -> String {
    let owner = Owner::new();
    owner.with(|| {
        provide_context(Prerendered {
            hash: hash.to_string(),
            lang,
        });
        view! { <App /> }.to_html()
    })
}

/// The positions the views set as inline styles (chart marks, bars) are moved into a
/// stylesheet: a page served with a strict Content-Security-Policy (`style-src 'self'`) may
/// not carry `style` attributes, while the app sets the same styles through the CSSOM, which
/// such a policy allows. Each distinct style becomes `data-ps="N"`, its rule added to `rules`.
pub fn move_styles(html: &str, rules: &mut Vec<String>) -> String {
    const ATTRIBUTE: &str = " style=\"";
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(ATTRIBUTE) {
        out.push_str(&rest[..at]);
        let value_start = at + ATTRIBUTE.len();
        let Some(length) = rest[value_start..].find('"') else {
            break;
        };
        let style = &rest[value_start..value_start + length];
        let index = match rules.iter().position(|known| known == style) {
            Some(index) => index,
            None => {
                rules.push(style.to_string());
                rules.len() - 1
            }
        };
        out.push_str(&format!(" data-ps=\"{index}\""));
        rest = &rest[value_start + length + 1..];
    }
    out.push_str(rest);
    out
}

/// The stylesheet of the moved styles.
pub fn styles_sheet(rules: &[String]) -> String {
    rules
        .iter()
        .enumerate()
        .map(|(index, style)| format!("[data-ps=\"{index}\"]{{{style}}}\n"))
        .collect()
}

/// One built page: the HTML of `index` (Trunk's output) with `app` (the view, rendered) in its
/// body, the stylesheet of its moved styles, and its head telling browsers, search engines and
/// link previews what it shows. `implicit` is the root page, whose language the reader's
/// browser chooses.
pub fn page(
    index: &str,
    (view, lang, implicit): (View, Lang, bool),
    app: &str,
    styles: &str,
) -> Result<String, String> {
    let title = format!("{} · {}", view.title().get(lang), i18n::APP_NAME.get(lang));
    let description = i18n::view_description(view, lang);
    let page_lang = if implicit {
        String::new()
    } else {
        format!(" data-page-lang=\"{}\"", lang.code())
    };
    let alternates: String = Lang::ALL
        .into_iter()
        .map(|other| {
            format!(
                "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">",
                other.code(),
                page_file(view, other)
            )
        })
        .collect();
    // The supporters' view waits for its rows: they load beside the code.
    let rows = if view == View::Supporters {
        format!(
            "\n    <link rel=\"preload\" href=\"{SUPPORTER_ROWS_FILE}\" as=\"fetch\" crossorigin>"
        )
    } else {
        String::new()
    };
    let head = format!(
        "<title>{}</title>\n    <link rel=\"stylesheet\" href=\"{styles}\">{rows}\n    <meta name=\"description\" content=\"{}\">\n    <meta property=\"og:title\" content=\"{}\">\n    <meta property=\"og:description\" content=\"{}\">\n    <meta property=\"og:type\" content=\"website\">\n    {alternates}",
        escape(&title),
        escape(&description),
        escape(&title),
        escape(&description)
    );
    let page = replace_once(
        index,
        "<html lang=\"en\">",
        &format!(
            "<html lang=\"{}\" data-view=\"{}\"{page_lang}>",
            lang.code(),
            view.slug()
        ),
    )?;
    let page = replace_between(&page, "<title>", "</title>", &head)?;
    let page = remove_tag(&page, "<meta name=\"description\"")?;
    replace_once(
        &page,
        "<body>",
        &format!("<body>\n    <div id=\"prerendered\">{app}</div>"),
    )
}

fn replace_once(text: &str, from: &str, to: &str) -> Result<String, String> {
    text.contains(from)
        .then(|| text.replacen(from, to, 1))
        .ok_or_else(|| format!("index.html has no {from}"))
}

/// Replaces the element from `start` to `end` (both included) with `with`.
fn replace_between(text: &str, start: &str, end: &str, with: &str) -> Result<String, String> {
    let from = text
        .find(start)
        .ok_or_else(|| format!("index.html has no {start}"))?;
    let to = text[from..]
        .find(end)
        .map(|at| from + at + end.len())
        .ok_or_else(|| format!("index.html has no {end}"))?;
    Ok(format!("{}{with}{}", &text[..from], &text[to..]))
}

/// Removes the first tag starting with `start` (up to its `>`).
fn remove_tag(text: &str, start: &str) -> Result<String, String> {
    let from = text
        .find(start)
        .ok_or_else(|| format!("index.html has no {start}"))?;
    let to = from + text[from..].find('>').ok_or("an unclosed tag")? + 1;
    Ok(format!(
        "{}{}",
        &text[..from],
        text[to..].trim_start_matches([' ', '\n'])
    ))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    const INDEX: &str = "<!doctype html>\n<html lang=\"en\">\n  <head>\n    <meta name=\"description\" content=\"x\">\n    <title>t</title>\n  </head>\n  <body>\n    <noscript>n</noscript>\n  </body>\n</html>";

    #[test]
    fn every_view_renders_its_first_screen_in_each_language() {
        for view in View::ALL {
            for lang in Lang::ALL {
                let html = app_html(view, lang);
                let heading = format!(">{}</h2>", view.title().get(lang));
                assert!(html.contains(&heading), "{view:?} {lang:?}: {heading}");
            }
        }
        let timeline = app_html(View::Timeline, Lang::Fr);
        assert!(
            timeline.contains("Rencontre Harris–Macron à l’Élysée"),
            "real events"
        );
        let supporters = app_html(View::Supporters, Lang::En);
        assert!(supporters.contains("Aapti Institute"), "real rows");
        assert!(supporters.contains("1,222"), "real numbers");
    }

    #[test]
    fn styles_move_to_a_stylesheet() {
        let mut rules = Vec::new();
        let html = move_styles(
            "<a style=\"left:1%\">x</a><b style=\"top:2rem\"></b><i style=\"left:1%\"></i>",
            &mut rules,
        );
        assert_eq!(
            html,
            "<a data-ps=\"0\">x</a><b data-ps=\"1\"></b><i data-ps=\"0\"></i>"
        );
        assert_eq!(
            styles_sheet(&rules),
            "[data-ps=\"0\"]{left:1%}\n[data-ps=\"1\"]{top:2rem}\n"
        );
        let timeline = move_styles(&app_html(View::Timeline, Lang::En), &mut rules);
        assert!(!timeline.contains(" style="), "no style attribute is left");
    }

    #[test]
    fn a_page_says_what_it_shows_in_its_language() {
        let page = page(
            INDEX,
            (View::Matrix, Lang::Fr, false),
            "<main></main>",
            "p.css",
        )
        .unwrap();
        assert!(page.contains("<html lang=\"fr\" data-view=\"matrix\" data-page-lang=\"fr\">"));
        assert!(page.contains("<title>Matrice de coopération · Lafayette</title>"));
        assert!(page.contains("hreflang=\"en\" href=\"matrix.en.html\""));
        assert_eq!(page.matches("name=\"description\"").count(), 1);
        assert!(page.contains("<body>\n    <div id=\"prerendered\"><main></main></div>"));
        assert!(page.contains("<link rel=\"stylesheet\" href=\"p.css\">"));
        assert!(
            page.contains("<noscript>n</noscript>"),
            "the noscript links stay"
        );
        let root = super::page(INDEX, (View::Timeline, Lang::En, true), "", "p.css").unwrap();
        assert!(
            !root.contains("data-page-lang"),
            "the root page leaves the language to the browser"
        );
        assert!(super::page("<html>", (View::About, Lang::En, false), "", "p.css").is_err());
    }
}
