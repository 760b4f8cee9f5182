//! Lafayette: US–France cooperation, explored in the browser. The app shell and its views.

pub mod dataset;
pub mod decimal;
pub mod document_sync;
pub mod download_link;
pub mod embed;
pub mod i18n;
pub mod ids;
pub mod matrix;
pub mod panic_message;
pub mod picture;
pub mod positions;
pub mod provenance;
pub mod route;
pub mod shell;
pub mod supporters;
pub mod timeline;
pub mod today;
pub mod url_state;
pub mod views;

use document_sync::CurrentLang;
use leptos::prelude::*;
use route::View;
use url_state::UrlState;

/// Entry point: shows panics on the page, then mounts the app.
pub fn start() {
    // The benchmark reads these marks: the wasm is running; the first view is in the DOM
    // (mounting is synchronous).
    mark("lafayette:start");
    panic_message::install();
    leptos::mount::mount_to_body(App);
    mark("lafayette:rendered");
}

fn mark(name: &str) {
    if let Some(performance) = window().performance() {
        let _ = performance.mark(name);
    }
}

#[component]
pub fn App() -> impl IntoView {
    let url = UrlState::follow_location();
    provide_context(url);
    let lang = Memo::new(move |_| {
        url.state
            .with(|s| s.lang)
            .unwrap_or_else(document_sync::browser_language)
    });
    provide_context(CurrentLang(lang));
    document_sync::follow(url.state, lang);
    embed::channel::connect(url);
    // Only a change of view re-renders the view; filters and selection update inside it.
    let current_view = Memo::new(move |_| url.state.with(|s| s.view()));
    let embedded = Memo::new(move |_| url.state.with(|s| s.embed));
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
                View::Sources => view! { <views::sources::SourcesView /> }.into_any(),
                View::About => view! { <views::about::AboutView /> }.into_any(),
            }}
        </main>
        <Show when=move || !embedded.get()>
            <shell::Footer />
        </Show>
    }
}
