//! Every label of the interface, in English and French. Data labels come from the dataset.

use lafayette_data::{Lang, Text};
use std::borrow::Cow;

macro_rules! messages {
    ($($name:ident: $en:expr, $fr:expr;)*) => {
        $(pub const $name: Text = Text { en: Cow::Borrowed($en), fr: Cow::Borrowed($fr) };)*
        /// Every message with its name, for the completeness test.
        #[cfg(test)]
        pub const ALL: &[(&str, Text)] = &[$((stringify!($name), $name)),*];
    };
}

messages! {
    APP_NAME: "Lafayette", "Lafayette";
    TAGLINE: "US–France cooperation, explored fact by fact, every fact with its source.",
        "La coopération franco-américaine, fait par fait, chaque fait avec sa source.";
    SKIP_TO_CONTENT: "Skip to content", "Aller au contenu";
    NAV_LABEL: "Views", "Vues";
    VIEW_TIMELINE: "Timeline", "Chronologie";
    VIEW_SUPPORTERS: "Paris Call supporters", "Soutiens de l’Appel de Paris";
    VIEW_MATRIX: "Cooperation matrix", "Matrice de coopération";
    VIEW_SOURCES: "Sources", "Sources";
    VIEW_ABOUT: "About", "À propos";
    LANGUAGE_LABEL: "Language", "Langue";
    THEME_LABEL: "Theme", "Thème";
    THEME_SYSTEM: "System", "Système";
    THEME_LIGHT: "Light", "Clair";
    THEME_DARK: "Dark", "Sombre";
    NOT_BUILT_YET: "This view is not built yet. The data behind it is already in the dataset: see Sources and About.",
        "Cette vue n’est pas encore construite. Ses données figurent déjà dans le jeu de données : voir Sources et À propos.";
    FOOTER_DATASET: "Dataset version", "Version du jeu de données";
    FOOTER_SOURCES_LINK: "Where every fact comes from", "D’où vient chaque fait";
    OPEN_FULL_VIEW: "Open the full view", "Ouvrir la vue complète";
    PANIC_TITLE: "Something went wrong and the app stopped.", "Une erreur est survenue et l’application s’est arrêtée.";
    PANIC_HINT: "Reload the page to start again. The details below help us fix it:",
        "Rechargez la page pour recommencer. Les détails ci-dessous nous aident à corriger :";
}

/// The name of a language in that language, for the switch.
pub fn language_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::Fr => "Français",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_exists_in_both_languages() {
        for (name, message) in ALL {
            assert!(!message.en.trim().is_empty(), "{name} has no English");
            assert!(!message.fr.trim().is_empty(), "{name} has no French");
        }
    }

    #[test]
    fn translated_messages_differ_where_the_words_do() {
        assert_ne!(VIEW_TIMELINE.get(Lang::En), VIEW_TIMELINE.get(Lang::Fr));
        assert_eq!(language_name(Lang::Fr), "Français");
    }
}
