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
        let _ = html.set_attribute("lang", lang.code());
        match state.with(|s| s.theme) {
            Theme::System => {
                let _ = html.remove_attribute("data-theme");
            }
            theme => {
                let _ = html.set_attribute("data-theme", theme.slug());
            }
        }
        // Embedded pages size to their content (the host's iframe follows it).
        let _ = html.toggle_attribute_with_force(
            "data-embed",
            state.with(|s| s.embed || s.figure.is_some()),
        );
        let view = state.with(|s| s.view());
        document().set_title(&format!(
            "{} · {}",
            view.title().get(lang),
            i18n::APP_NAME.get(lang)
        ));
    });
}
