//! Lafayette: US–France cooperation, explored in the browser. The app shell and its views.
#![recursion_limit = "256"]

pub mod dataset;
pub mod decimal;
pub mod document_sync;
pub mod download_link;
pub mod embed;
pub mod follow_through;
pub mod i18n;
pub mod ids;
#[cfg(test)]
mod language_check;
pub mod lazy_file;
pub mod matrix;
pub mod panic_message;
pub mod picture;
pub mod positions;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod provenance;
pub mod route;
pub mod shell;
pub mod supporters;
mod takeover;
pub mod timeline;
pub mod today;
pub mod typing;
pub mod url_state;
pub mod views;

use document_sync::CurrentLang;
use leptos::prelude::*;
use route::View;
use url_state::UrlState;

/// Entry point: shows panics on the page, then mounts the app in place of the page's
/// prerendered first screen.
pub fn start() {
    // The benchmark reads these marks: the wasm is running; the app is in the DOM
    // (mounting is synchronous).
    mark("lafayette:start");
    panic_message::install();
    // The supporters' view waits for its rows (its built page shows them meanwhile); the
    // other views start at once and fetch the rows when the reader heads for them.
    if url_state::starting_view() == View::Supporters {
        // Before the app, Leptos' task runner is not set up yet: the browser's own.
        wasm_bindgen_futures::spawn_local(async {
            supporters::rows::load().await;
            mount();
        });
    } else {
        mount();
        supporters::rows::load_on_intent();
    }
}

fn mount() {
    let handover = takeover::Handover::read();
    leptos::mount::mount_to_body(App);
    handover.complete();
    mark("lafayette:rendered");
}

fn mark(name: &str) {
    if let Some(performance) = window().performance() {
        let _ = performance.mark(name);
    }
}

/// A page rendered ahead of the browser (src/bin/prerender.rs): the state of its address and
/// its language. Without it, the app follows the browser's address.
#[derive(Clone, Debug)]
pub struct Prerendered {
    pub hash: String,
    pub lang: lafayette_data::Lang,
}

#[component]
pub fn App() -> impl IntoView {
    let prerendered = use_context::<Prerendered>();
    let url = match &prerendered {
        Some(page) => UrlState::fixed(&page.hash, page.lang),
        None => UrlState::follow_location(),
    };
    provide_context(url);
    let lang = Memo::new(move |_| url.state.with(|s| s.lang).unwrap_or(url.default_lang));
    provide_context(CurrentLang(lang));
    if prerendered.is_none() {
        document_sync::follow(url.state, lang);
        embed::channel::connect(url);
    }
    // Only a change of view re-renders the view; filters and selection update inside it.
    let current_view = Memo::new(move |_| url.state.with(|s| s.view()));
    let embedded = Memo::new(move |_| url.state.with(|s| s.embed));
    let figure = Memo::new(move |_| url.state.with(|s| s.figure));
    move || match figure.get() {
        Some(figure) => view! {
            <main id="main" tabindex="-1" class="view figure-view">
                <embed::figure::FigureEmbed figure=figure />
            </main>
        }
        .into_any(),
        None => view! { <WholeView current_view=current_view embedded=embedded /> }.into_any(),
    }
}

/// A view with the site's chrome, or with the embed bar only.
#[component]
fn WholeView(current_view: Memo<View>, embedded: Memo<bool>) -> impl IntoView {
    view! {
        <Show when=move || !embedded.get() fallback=shell::EmbedBar>
            <shell::SkipLink />
            <shell::Header />
        </Show>
        <main id="main" tabindex="-1" class="view">
            <views::print_header::PrintHeader />
            {move || match current_view.get() {
                View::Timeline => view! { <timeline::TimelineView /> }.into_any(),
                View::Supporters => view! { <supporters::SupportersView /> }.into_any(),
                View::Matrix => view! { <matrix::MatrixView /> }.into_any(),
                View::FollowThrough => view! { <follow_through::FollowThroughView /> }.into_any(),
                View::Sources => view! { <views::sources::SourcesView /> }.into_any(),
                View::About => view! { <views::about::AboutView /> }.into_any(),
            }}
        </main>
        <Show when=move || !embedded.get()>
            <shell::Footer />
        </Show>
    }
}
