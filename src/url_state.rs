//! Keeps the app's state in the address: the hash holds the state (read on load, followed on
//! back and forward, written on every change), and the page file is the one built for the
//! state's view and language (`supporters.fr.html`), so a reload or a shared link shows that
//! view first, before the code. Links are plain `<a href>`: they work without the code, open
//! in new tabs, and, with the code, change the page without loading it again.

use crate::document_sync::{browser_language, page_language};
use crate::route::{folder_of, parse_page_file, AppState, Filter, Page, PageState, View};
use lafayette_data::Lang;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// The URL-backed state, shared through context.
#[derive(Clone, Copy)]
pub struct UrlState {
    hash: ReadSignal<String>,
    set_hash: WriteSignal<String>,
    pub state: Memo<AppState>,
    /// Each view's latest own state (search, sort, lanes…) without its selection, so that
    /// going back to a view finds it as the reader left it.
    remembered: StoredValue<Vec<Page>>,
    /// The language when the state names none: the page's own, else the browser's.
    pub default_lang: Lang,
    /// Whether the built pages sit beside this one (all but the single offline file).
    pages: bool,
}

/// The state's hash; on a built page opened without one, its own view's.
fn current_hash() -> String {
    let hash = window().location().hash().unwrap_or_default();
    if !hash.trim_start_matches(['#', '/']).is_empty() {
        return hash;
    }
    document()
        .document_element()
        .and_then(|html| html.get_attribute("data-view"))
        .map(|view| format!("#/{view}"))
        .unwrap_or(hash)
}

/// The view the app opens on.
pub fn starting_view() -> View {
    AppState::from_hash(&current_hash()).view()
}

impl UrlState {
    fn new(hash: String, default_lang: Lang, pages: bool) -> UrlState {
        let (hash, set_hash) = signal(hash);
        let remembered = StoredValue::new(View::ALL.map(Page::of).to_vec());
        let state = Memo::new(move |_| {
            // A supporter named in the address is known once their rows are in.
            crate::supporters::rows::arrival();
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
            default_lang,
            pages,
        }
    }

    /// Whether this is the single offline file (no built pages, no data folder beside it as
    /// far as the app can know, and no address another site could embed).
    pub fn single_file(&self) -> bool {
        !self.pages
    }

    /// A state that does not move: a page rendered ahead of the browser.
    pub fn fixed(hash: &str, lang: Lang) -> UrlState {
        UrlState::new(hash.to_string(), lang, true)
    }

    /// Starts following the address.
    pub fn follow_location() -> UrlState {
        let single_file = document()
            .document_element()
            .is_some_and(|html| html.has_attribute("data-single-file"));
        let url = UrlState::new(
            current_hash(),
            page_language().unwrap_or_else(browser_language),
            !single_file,
        );
        // Back, forward and plain hash links: follow the hash, and show the page built for it.
        let on_moved = move |_: web_sys::Event| {
            url.set_hash.set(current_hash());
            let address = url.state.with_untracked(|state| url.address(state));
            if !window()
                .location()
                .href()
                .unwrap_or_default()
                .ends_with(&address)
            {
                url.write(&address, false);
            }
        };
        let hash_changed = window_event_listener_untyped("hashchange", on_moved);
        let popped = window_event_listener_untyped("popstate", on_moved);
        let clicked =
            window_event_listener(leptos::ev::click, move |event| url.follow_link(&event));
        on_cleanup(move || {
            hash_changed.remove();
            popped.remove();
            clicked.remove();
        });
        url
    }

    /// A click on a link to one of the built pages (or to a hash) changes the state here
    /// instead of loading the page: the app is already running.
    fn follow_link(&self, event: &web_sys::MouseEvent) {
        let plain = event.button() == 0
            && !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key());
        if !plain || event.default_prevented() {
            return;
        }
        let Some(link) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("a[href]").ok().flatten())
        else {
            return;
        };
        if link.has_attribute("target") || link.has_attribute("download") {
            return;
        }
        let location = window().location();
        let here = location.href().unwrap_or_default();
        let Some(target) = link
            .get_attribute("href")
            .and_then(|href| web_sys::Url::new_with_base(&href, &here).ok())
        else {
            return;
        };
        let same_folder = target.origin() == location.origin().unwrap_or_default()
            && folder_of(&target.href()) == folder_of(&here);
        let file = target.pathname();
        let file = file.rsplit('/').next().unwrap_or_default();
        if same_folder && parse_page_file(file).is_some() && self.pages {
            event.prevent_default();
            self.write(&target.href(), true);
            self.set_hash.set(target.hash());
        }
    }

    /// The address of `state`: its page and hash, or its hash alone in the single file.
    fn address(&self, state: &AppState) -> String {
        if self.pages {
            state.link_in("", self.default_lang)
        } else {
            state.to_hash()
        }
    }

    /// Writes an address to the history, as a new entry or in place of the current one.
    fn write(&self, address: &str, push: bool) {
        if let Ok(history) = window().history() {
            let _ = if push {
                history.push_state_with_url(&JsValue::NULL, "", Some(address))
            } else {
                history.replace_state_with_url(&JsValue::NULL, "", Some(address))
            };
        }
    }

    /// The link to `state`: to its own built page (so it works before and without the code).
    pub fn link(&self, state: &AppState) -> String {
        self.address(state)
    }

    /// The link to `view` as the reader last left it, keeping language, theme and filter.
    pub fn view_link(&self, view: View) -> String {
        self.state.with(|state| {
            let page = self
                .remembered
                .with_value(|pages| pages[view as usize].clone());
            self.address(&state.on(page))
        })
    }

    /// The address of `state` as another site would link to it: absolute, on its own page.
    pub fn shareable(&self, state: &AppState) -> String {
        let folder = page_folder();
        if self.pages {
            state.link_in(&folder, self.default_lang)
        } else {
            state.link_on(&page_without_hash())
        }
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
        self.go(state, true);
    }

    /// Replaces the current state without a new history entry (e.g. while typing a search).
    pub fn replace(&self, state: &AppState) {
        self.go(state, false);
    }

    fn go(&self, state: &AppState, push: bool) {
        let hash = state.to_hash();
        if hash != self.hash.get_untracked() {
            // The history API fires no event: the state follows here.
            self.write(&self.address(state), push);
            self.set_hash.set(hash);
        }
    }
}

/// The page's address without its hash.
fn page_without_hash() -> String {
    let href = window().location().href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// The folder the app's pages are in, as an absolute address ending in `/`; empty where there
/// is no browser (pages rendered ahead link relatively).
pub fn page_folder() -> String {
    if cfg!(target_arch = "wasm32") {
        folder_of(&page_without_hash()).to_string()
    } else {
        String::new()
    }
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
