//! The app shell end to end: loading, navigation, language, theme, deep links, bad URLs,
//! keyboard, and a screenshot of each view.

use lafayette_e2e::webdriver::keys;
use lafayette_e2e::*;

#[test]
fn loads_from_a_sub_path_without_console_errors() {
    let session = browser();
    open(&session, "");
    assert_eq!(text_of(&session, "h1"), "Lafayette");
    let outside: Vec<String> = server()
        .requests
        .lock()
        .unwrap()
        .iter()
        .filter(|path| !path.starts_with(SUB_PATH))
        .cloned()
        .collect();
    assert_eq!(
        outside,
        Vec::<String>::new(),
        "every request stays under the sub-path"
    );
    assert_eq!(console_errors(&session), Vec::<String>::new());
    // The check itself works: an error logged now is seen (where the driver exposes the console).
    if Engine::current() == Engine::Chromium {
        session
            .execute("console.error('harness probe')", vec![])
            .unwrap();
        assert!(console_errors(&session)
            .iter()
            .any(|message| message.contains("harness probe")));
    }
}

#[test]
fn navigation_moves_between_views_and_back() {
    let session = browser();
    open(&session, "#/timeline?lang=en");
    let link = session.find("nav.nav a[href*='supporters']").unwrap();
    session.click(&link).unwrap();
    session
        .wait_until("the supporters view", STEP_TIMEOUT, |s| {
            Ok(text_of(s, "main h2") == "Paris Call supporters")
        })
        .unwrap();
    assert_eq!(
        session.attribute(&link, "aria-current").unwrap().as_deref(),
        Some("page")
    );
    assert!(session.current_url().unwrap().contains("#/supporters"));
    assert!(session
        .execute("return document.title", vec![])
        .unwrap()
        .as_str()
        .unwrap()
        .starts_with("Paris Call supporters"));
    session.back().unwrap();
    session
        .wait_until("back on the timeline", STEP_TIMEOUT, |s| {
            Ok(text_of(s, "main h2") == "Timeline")
        })
        .unwrap();
    session.forward().unwrap();
    session
        .wait_until("forward to supporters", STEP_TIMEOUT, |s| {
            Ok(text_of(s, "main h2") == "Paris Call supporters")
        })
        .unwrap();
}

#[test]
fn language_switch_translates_everything_and_is_kept_in_the_url() {
    let session = browser();
    open(&session, "#/matrix?lang=en");
    session
        .click(&session.find(".language-switch a[hreflang='fr']").unwrap())
        .unwrap();
    session
        .wait_until("French", STEP_TIMEOUT, |s| {
            Ok(text_of(s, "main h2") == "Matrice de coopération")
        })
        .unwrap();
    let html_lang = session
        .execute("return document.documentElement.lang", vec![])
        .unwrap();
    assert_eq!(html_lang.as_str(), Some("fr"));
    assert_eq!(
        text_of(&session, "nav.nav a[aria-current='page']"),
        "Matrice de coopération"
    );
    assert!(text_of(&session, "footer").contains("Version du jeu de données"));
    assert!(session.current_url().unwrap().contains("lang=fr"));
}

#[test]
fn deep_link_restores_view_language_and_theme_and_survives_reload() {
    let session = browser();
    open(&session, "#/sources?lang=fr&theme=dark");
    let check = |session: &lafayette_e2e::webdriver::Session| {
        assert_eq!(text_of(session, "main h2"), "Sources");
        assert_eq!(
            text_of(session, "nav.nav a[aria-current='page']"),
            "Sources"
        );
        assert_eq!(
            text_of(session, "h1 + .tagline"),
            "La coopération franco-américaine, fait par fait, chaque fait avec sa source."
        );
        let theme = session
            .execute("return document.documentElement.dataset.theme", vec![])
            .unwrap();
        assert_eq!(theme.as_str(), Some("dark"));
        let select = session.find("#theme-select").unwrap();
        assert_eq!(
            session.property(&select, "value").unwrap().as_str(),
            Some("dark")
        );
    };
    check(&session);
    session.refresh().unwrap();
    wait_for_app(&session);
    check(&session);
}

#[test]
fn theme_switch_overrides_the_system_theme() {
    let session = browser();
    open(&session, "#/timeline?lang=en");
    let background = |s: &lafayette_e2e::webdriver::Session| {
        s.execute(
            "return getComputedStyle(document.body).backgroundColor",
            vec![],
        )
        .unwrap()
    };
    let light = background(&session);
    let select = session.find("#theme-select").unwrap();
    session.click(&select).unwrap();
    session
        .click(&session.find("#theme-select option[value='dark']").unwrap())
        .unwrap();
    session
        .wait_until("the dark theme", STEP_TIMEOUT, |s| {
            Ok(s.current_url()?.contains("theme=dark"))
        })
        .unwrap();
    assert_ne!(background(&session), light, "the page background changes");
}

#[test]
fn garbage_in_the_url_falls_back_to_defaults_without_a_panic() {
    let session = browser();
    for hash in [
        "#/%E2%28%A1?lang=xx&theme=<b>",
        "#/timeline?&&==&sel=%00%ff&q=",
        "#%%%",
        "#/sources?area=<script>alert(1)</script>",
    ] {
        open(&session, hash);
        assert!(
            session.find_all(".panic").unwrap().is_empty(),
            "no panic for {hash}"
        );
        assert_eq!(
            console_errors(&session),
            Vec::<String>::new(),
            "no console error for {hash}"
        );
    }
    open(&session, "#/nowhere?theme=purple");
    assert_eq!(
        text_of(&session, "main h2"),
        "Timeline",
        "an unknown view falls back to the timeline"
    );
}

#[test]
fn keyboard_reaches_the_skip_link_first_and_it_moves_focus_to_the_content() {
    let session = browser();
    open(&session, "#/about?lang=en");
    session.press(&[keys::TAB]).unwrap();
    let focused = session.active_element().unwrap();
    assert_eq!(session.text(&focused).unwrap(), "Skip to content");
    session.press(&[keys::ENTER]).unwrap();
    session
        .wait_until("focus on main", STEP_TIMEOUT, |s| {
            Ok(s.attribute(&s.active_element()?, "id")?.as_deref() == Some("main"))
        })
        .unwrap();
    assert!(
        session.current_url().unwrap().contains("#/about"),
        "the skip link leaves the state in the URL alone"
    );
}

/// Screenshots for review: every view on a desktop, in both languages and both themes, per
/// engine (the phone ones are taken in phone.rs).
#[test]
fn screenshots_of_each_view_in_both_languages_and_themes() {
    let session = browser();
    for lang in ["en", "fr"] {
        for theme in ["light", "dark"] {
            for view in VIEWS {
                open(&session, &format!("#/{view}?lang={lang}&theme={theme}"));
                let path = save_screenshot(&session, &format!("desktop-{view}-{lang}-{theme}"));
                assert!(std::fs::metadata(&path).unwrap().len() > 1000);
            }
        }
    }
}
