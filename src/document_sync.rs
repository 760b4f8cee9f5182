//! The reader's language, and the state mirrored onto the document: `<html lang>`,
//! the theme override and the page title.

use crate::i18n;
use crate::route::{AppState, Theme};
use lafayette_data::Lang;
use leptos::prelude::*;

/// The language in use, shared through context.
#[derive(Clone, Copy)]
pub struct CurrentLang(pub Memo<Lang>);

pub fn use_lang() -> Memo<Lang> {
    expect_context::<CurrentLang>().0
}

/// The language of the built page the reader opened (`supporters.fr.html` is in French), when
/// it has one: the root page leaves the choice to the browser.
pub fn page_language() -> Option<Lang> {
    let html = document().document_element()?;
    Lang::from_code(&html.get_attribute("data-page-lang")?)
}

/// The browser's preferred language among ours; English when it prefers neither.
pub fn browser_language() -> Lang {
    let navigator = window().navigator();
    let preferred = navigator
        .languages()
        .iter()
        .filter_map(|value| value.as_string())
        .collect::<Vec<_>>();
    preferred
        .iter()
        .chain(navigator.language().iter())
        .find_map(|tag| Lang::from_code(tag.split('-').next().unwrap_or("")))
        .unwrap_or_default()
}

/// Keeps `<html lang>`, `data-theme`, `data-embed` and the title in step with the state.
pub fn follow(state: Memo<AppState>, lang: Memo<Lang>) {
    Effect::new(move |_| {
        let Some(html) = document().document_element() else {
            return;
        };
        let lang = lang.get();
        let (theme, embedded, view) =
            state.with(|s| (s.theme, s.embed || s.figure.is_some(), s.view()));
        set_if_changed(&html, "lang", Some(lang.code()));
        set_if_changed(
            &html,
            "data-theme",
            (theme != Theme::System).then(|| theme.slug()),
        );
        // Embedded pages size to their content (the host's iframe follows it).
        set_if_changed(&html, "data-embed", embedded.then_some(""));
        let title = format!("{} · {}", view.title().get(lang), i18n::APP_NAME.get(lang));
        if document().title() != title {
            document().set_title(&title);
        }
    });
}

/// Sets (or with `None` removes) an attribute of `<html>` only if that changes it: the state
/// changes at every keystroke of a search and every zoom step, and writing the same value
/// again makes the browser restyle the whole page.
fn set_if_changed(html: &web_sys::Element, name: &str, value: Option<&str>) {
    if html.get_attribute(name).as_deref() != value {
        let _ = match value {
            Some(value) => html.set_attribute(name, value),
            None => html.remove_attribute(name),
        };
    }
}
