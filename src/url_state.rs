//! Keeps the app's state in the location hash: read on load, followed on back/forward,
//! written on every change. Links are plain `<a href="#/...">`, so they open in new tabs too.

use crate::route::{AppState, Filter, Page, PageState, View};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// The URL-backed state, shared through context.
#[derive(Clone, Copy)]
pub struct UrlState {
    hash: ReadSignal<String>,
    set_hash: WriteSignal<String>,
    pub state: Memo<AppState>,
    /// Each view's latest own state (search, sort, lanes…) without its selection, so that
    /// going back to a view finds it as the reader left it.
    remembered: StoredValue<Vec<Page>>,
}

fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

impl UrlState {
    /// Starts following the location hash.
    pub fn follow_location() -> UrlState {
        let (hash, set_hash) = signal(current_hash());
        // Back, forward and plain links all end in a hashchange.
        let listener = window_event_listener(leptos::ev::hashchange, move |_| {
            set_hash.set(current_hash())
        });
        on_cleanup(move || listener.remove());
        let remembered = StoredValue::new(View::ALL.map(Page::of).to_vec());
        let state = Memo::new(move |_| {
            let state = AppState::from_hash(&hash.get());
            let page = state.unselected().page;
            remembered.update_value(|pages| pages[state.view() as usize] = page);
            state
        });
        UrlState {
            hash,
            set_hash,
            state,
            remembered,
        }
    }

    /// The link to `view` as the reader last left it, keeping language, theme and filter.
    pub fn view_link(&self, view: View) -> String {
        self.state.with(|state| {
            let page = self
                .remembered
                .with_value(|pages| pages[view as usize].clone());
            state.on(page).to_hash()
        })
    }

    /// Goes to this state with the view's own state changed, as a new history entry.
    pub fn push_page<T: PageState>(&self, change: impl FnOnce(&mut T)) {
        self.push(&self.state.with_untracked(|state| state.changed(change)));
    }

    /// Goes to this state with the shared filter changed, as a new history entry.
    pub fn push_filter(&self, change: impl FnOnce(&mut Filter)) {
        self.push(&self.state.with_untracked(|state| state.filtered(change)));
    }

    /// Goes to a new state, as a new history entry.
    pub fn push(&self, state: &AppState) {
        let hash = state.to_hash();
        if hash != self.hash.get_untracked() {
            // Setting the hash adds the history entry and fires hashchange, which updates us.
            let _ = window().location().set_hash(&hash);
        }
    }

    /// Replaces the current state without a new history entry (e.g. while typing a search).
    pub fn replace(&self, state: &AppState) {
        let hash = state.to_hash();
        if hash != self.hash.get_untracked() {
            if let Ok(history) = window().history() {
                let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&hash));
            }
            // replaceState fires no event.
            self.set_hash.set(hash);
        }
    }
}

/// The page's address without its hash: where links to a state start.
pub fn page_address() -> String {
    let href = window().location().href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// The state provided by `App`.
pub fn use_url_state() -> UrlState {
    expect_context::<UrlState>()
}

/// The view's own state, changing only when that state does (the default on other views).
pub fn use_page<T: PageState>() -> Memo<T> {
    let url = use_url_state();
    Memo::new(move |_| {
        url.state
            .with(|state| state.page_state::<T>().cloned().unwrap_or_default())
    })
}

/// The shared filter, changing only when it does.
pub fn use_filter() -> Memo<Filter> {
    let url = use_url_state();
    Memo::new(move |_| url.state.with(|state| state.filter.clone()))
}

/// Benchmark builds only: the size of the synthetic data set the URL asks for
/// (`synthetic=N`), read once from the hash the page was opened with.
#[cfg(feature = "synthetic")]
pub fn synthetic_count() -> Option<usize> {
    current_hash()
        .split(['?', '&'])
        .find_map(|pair| pair.strip_prefix("synthetic="))
        .and_then(|n| n.parse().ok())
}
