//! The site chrome: skip link, header with navigation, language and theme switches, footer,
//! and the slim bar that replaces them when embedded.

use crate::dataset::data;
use crate::document_sync::use_lang;
use crate::i18n;
use crate::route::{Theme, View};
use crate::url_state::use_url_state;
use lafayette_data::Lang;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Moves focus to the main region without touching the hash (which holds the app's state).
#[component]
pub fn SkipLink() -> impl IntoView {
    let lang = use_lang();
    let focus_main = |event: leptos::ev::MouseEvent| {
        event.prevent_default();
        if let Some(main) = document()
            .get_element_by_id("main")
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = main.focus();
        }
    };
    view! {
        <a class="skip-link" href="#main" on:click=focus_main>
            {i18n::tr(lang, &i18n::SKIP_TO_CONTENT)}
        </a>
    }
}

/// The header: on a phone, brand, languages and a button that shows the theme and Embed
/// controls, then the views, in a fifth of the screen.
#[component]
pub fn Header() -> impl IntoView {
    let lang = use_lang();
    let (settings_open, set_settings_open) = signal(false);
    view! {
        <header class="site-header">
            <div class="masthead">
                <div class="brand">
                    <h1>{i18n::tr(lang, &i18n::APP_NAME)}</h1>
                    <p class="tagline">{i18n::tr(lang, &i18n::TAGLINE)}</p>
                </div>
                <div class="controls">
                    <LanguageSwitch />
                    <button
                        type="button"
                        class="settings-toggle"
                        aria-controls="settings"
                        aria-expanded=move || if settings_open.get() { "true" } else { "false" }
                        aria-label=i18n::tr(lang, &i18n::SETTINGS)
                        on:click=move |_| set_settings_open.update(|open| *open = !*open)
                    >
                        <span aria-hidden="true">"⚙"</span>
                    </button>
                    <div id="settings" class="settings" class:open=settings_open>
                        <ThemeSwitch />
                        <crate::embed::dialog::EmbedDialog />
                    </div>
                </div>
            </div>
            <Nav />
        </header>
    }
}

#[component]
pub fn Nav() -> impl IntoView {
    let url = use_url_state();
    let lang = use_lang();
    view! {
        <nav class="nav" aria-label=i18n::tr(lang, &i18n::NAV_LABEL)>
            <ul>
                {View::ALL
                    .into_iter()
                    .map(|view| {
                        view! {
                            <li>
                                <a
                                    href=move || url.view_link(view)
                                    aria-current=move || {
                                        url.state.with(|s| s.view() == view).then_some("page")
                                    }
                                >
                                    <span class="long-title">{i18n::tr(lang, view.title())}</span>
                                    <span class="short-title">
                                        {i18n::tr(lang, view.short_title())}
                                    </span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

/// One link per language, each named in its own language.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let url = use_url_state();
    let lang = use_lang();
    view! {
        <nav class="language-switch" aria-label=i18n::tr(lang, &i18n::LANGUAGE_LABEL)>
            <ul>
                {Lang::ALL
                    .into_iter()
                    .map(|option| {
                        view! {
                            <li>
                                <a
                                    href=move || url.state.with(|s| url.link(&s.with_lang(option)))
                                    hreflang=option.code()
                                    aria-label=i18n::language_name(option)
                                    lang=option.code()
                                    aria-current=move || (lang.get() == option).then_some("true")
                                >
                                    <span class="long-title">{i18n::language_name(option)}</span>
                                    <span class="short-title">{option.code().to_uppercase()}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

#[component]
pub fn ThemeSwitch() -> impl IntoView {
    let url = use_url_state();
    let lang = use_lang();
    let on_change = move |event: leptos::ev::Event| {
        if let Some(theme) = Theme::from_slug(&event_target_value(&event)) {
            url.push(&url.state.get_untracked().with_theme(theme));
        }
    };
    view! {
        <div class="theme-switch">
            <label for="theme-select">{i18n::tr(lang, &i18n::THEME_LABEL)}</label>
            <select
                id="theme-select"
                on:change=on_change
                prop:value=move || url.state.with(|s| s.theme.slug())
            >
                {Theme::ALL
                    .into_iter()
                    .map(|theme| {
                        view! {
                            <option
                                value=theme.slug()
                                selected=move || url.state.with(|s| s.theme == theme)
                            >
                                {i18n::tr(lang, theme.label())}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let url = use_url_state();
    let lang = use_lang();
    view! {
        <footer class="site-footer">
            <p>
                {i18n::tr(lang, &i18n::FOOTER_DATASET)} " "
                <span class="version">{data().version.as_ref()}</span> " · "
                <a href=move || {
                    url.state.with(|s| url.link(&s.with_view(View::Sources)))
                }>{i18n::tr(lang, &i18n::FOOTER_SOURCES_LINK)}</a>
            </p>
        </footer>
    }
}

/// In an embed, the only chrome: a link to the same state in the full app.
#[component]
pub fn EmbedBar() -> impl IntoView {
    let url = use_url_state();
    let lang = use_lang();
    let full_view = move || url.state.with(|s| url.shareable(&s.with_embed(false)));
    view! {
        <header class="embed-bar">
            <h1 class="brand-small">{i18n::tr(lang, &i18n::APP_NAME)}</h1>
            <a href=full_view target="_blank" rel="noopener">
                {i18n::tr(lang, &i18n::OPEN_FULL_VIEW)}
            </a>
        </header>
    }
}
