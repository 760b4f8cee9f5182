//! The app's whole state as it lives in the URL hash, e.g.
//! `#/timeline?lang=fr&theme=dark&q=space&area=climate,space&sel=elysee-meeting`.
//!
//! The hash (not the path) keeps links working on any static host without rewrite rules and
//! inside iframes, and never touches a host page's own URL. Parsing never fails: whatever
//! cannot be understood falls back to its default.

use crate::i18n;
use lafayette_data::{Lang, Text};

/// Longest free-text query kept from a URL.
pub const MAX_QUERY_CHARS: usize = 200;
/// Most ids kept per filter list from a URL.
pub const MAX_LIST_ITEMS: usize = 64;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum View {
    #[default]
    Timeline,
    Supporters,
    Matrix,
    Sources,
    About,
}

impl View {
    pub const ALL: [View; 5] = [
        View::Timeline,
        View::Supporters,
        View::Matrix,
        View::Sources,
        View::About,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            View::Timeline => "timeline",
            View::Supporters => "supporters",
            View::Matrix => "matrix",
            View::Sources => "sources",
            View::About => "about",
        }
    }

    pub fn from_slug(slug: &str) -> Option<View> {
        View::ALL.into_iter().find(|view| view.slug() == slug)
    }

    pub fn title(self) -> &'static Text {
        match self {
            View::Timeline => &i18n::VIEW_TIMELINE,
            View::Supporters => &i18n::VIEW_SUPPORTERS,
            View::Matrix => &i18n::VIEW_MATRIX,
            View::Sources => &i18n::VIEW_SOURCES,
            View::About => &i18n::VIEW_ABOUT,
        }
    }
}

/// The colour theme: the system's unless the reader overrides it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    pub fn slug(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|theme| theme.slug() == slug)
    }

    pub fn label(self) -> &'static Text {
        match self {
            Theme::System => &i18n::THEME_SYSTEM,
            Theme::Light => &i18n::THEME_LIGHT,
            Theme::Dark => &i18n::THEME_DARK,
        }
    }
}

/// The filter shared by every view: a filter set in one applies in the others.
#[derive(Clone, Debug, PartialEq, Eq, Default, Hash)]
pub struct Filter {
    pub text: String,
    pub areas: Vec<String>,
    pub actors: Vec<String>,
    pub initiatives: Vec<String>,
    pub sources: Vec<String>,
    pub countries: Vec<String>,
    /// Paris Call supporter categories (`state`, `private-sector`…).
    pub categories: Vec<String>,
    /// Join years of supporters (`2021`, `unknown`).
    pub years: Vec<String>,
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Default, Hash)]
pub struct AppState {
    pub view: View,
    /// None: follow the browser's language.
    pub lang: Option<Lang>,
    pub theme: Theme,
    pub filter: Filter,
    /// The selected item of the view (an event, a supporter, a cell), for deep links.
    pub selected: Option<String>,
    /// The sort of the view's list or table, e.g. `name` or `-joined` (descending).
    pub sort: Option<String>,
    /// Embedded in another site: no site chrome.
    pub embed: bool,
}

/// The filter lists, by URL key.
const LIST_KEYS: [&str; 7] = [
    "area",
    "actor",
    "initiative",
    "source",
    "country",
    "category",
    "year",
];

impl AppState {
    /// Reads a location hash (with or without its leading `#`). Never fails.
    pub fn from_hash(hash: &str) -> AppState {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let hash = hash.strip_prefix('/').unwrap_or(hash);
        let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
        let mut state = AppState {
            view: View::from_slug(&decode(path)).unwrap_or_default(),
            ..AppState::default()
        };
        for pair in query.split('&').filter(|pair| !pair.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(value);
            match decode(key).as_str() {
                "lang" => state.lang = Lang::from_code(&value),
                "theme" => state.theme = Theme::from_slug(&value).unwrap_or_default(),
                "q" => state.filter.text = value.trim().chars().take(MAX_QUERY_CHARS).collect(),
                "sel" => state.selected = Some(value).filter(|id| is_id(id)),
                "sort" => state.sort = Some(value).filter(|sort| is_id(sort)),
                "embed" => state.embed = value == "1" || value == "true",
                key => {
                    if let Some(index) = LIST_KEYS.iter().position(|k| *k == key) {
                        let lists = state.filter.lists_mut();
                        *lists[index] = split_ids(&value);
                    }
                }
            }
        }
        state
    }

    /// The hash that `from_hash` reads back to this state; defaults are left out.
    pub fn to_hash(&self) -> String {
        let mut params: Vec<(&str, String)> = Vec::new();
        if let Some(lang) = self.lang {
            params.push(("lang", lang.code().to_string()));
        }
        if self.theme != Theme::System {
            params.push(("theme", self.theme.slug().to_string()));
        }
        if !self.filter.text.is_empty() {
            params.push(("q", self.filter.text.clone()));
        }
        for (index, key) in LIST_KEYS.iter().enumerate() {
            let list = self.filter.lists()[index];
            if !list.is_empty() {
                params.push((key, list.join(",")));
            }
        }
        if let Some(selected) = &self.selected {
            params.push(("sel", selected.clone()));
        }
        if let Some(sort) = &self.sort {
            params.push(("sort", sort.clone()));
        }
        if self.embed {
            params.push(("embed", "1".to_string()));
        }
        let query: Vec<String> = params
            .iter()
            .map(|(key, value)| format!("{key}={}", encode(value)))
            .collect();
        if query.is_empty() {
            format!("#/{}", self.view.slug())
        } else {
            format!("#/{}?{}", self.view.slug(), query.join("&"))
        }
    }

    /// The link to this state on the page at `page` (any hash it has is replaced).
    pub fn link_on(&self, page: &str) -> String {
        let page = page.split('#').next().unwrap_or_default();
        format!("{page}{}", self.to_hash())
    }

    /// This state on another view, keeping language, theme, filter and embedding.
    pub fn with_view(&self, view: View) -> AppState {
        AppState {
            view,
            selected: None,
            sort: None,
            ..self.clone()
        }
    }

    /// This state on `view` with `selected` picked: a deep link to one item.
    pub fn showing(&self, view: View, selected: &str) -> AppState {
        self.with_view(view)
            .with_selected(Some(selected.to_string()))
    }

    pub fn with_embed(&self, embed: bool) -> AppState {
        AppState {
            embed,
            ..self.clone()
        }
    }

    pub fn with_sort(&self, sort: Option<String>) -> AppState {
        AppState {
            sort,
            ..self.clone()
        }
    }

    pub fn with_lang(&self, lang: Lang) -> AppState {
        AppState {
            lang: Some(lang),
            ..self.clone()
        }
    }

    pub fn with_theme(&self, theme: Theme) -> AppState {
        AppState {
            theme,
            ..self.clone()
        }
    }

    pub fn with_selected(&self, selected: Option<String>) -> AppState {
        AppState {
            selected,
            ..self.clone()
        }
    }

    /// The state with a new free-text query, cut to what a URL may carry.
    pub fn with_text(&self, text: &str) -> AppState {
        let mut state = self.clone();
        state.filter.text = text.chars().take(MAX_QUERY_CHARS).collect();
        state
    }

    pub fn with_filter(&self, filter: Filter) -> AppState {
        AppState {
            filter,
            ..self.clone()
        }
    }
}

impl Filter {
    /// The lists in the order of `LIST_KEYS`.
    fn lists(&self) -> [&Vec<String>; 7] {
        [
            &self.areas,
            &self.actors,
            &self.initiatives,
            &self.sources,
            &self.countries,
            &self.categories,
            &self.years,
        ]
    }

    fn lists_mut(&mut self) -> [&mut Vec<String>; 7] {
        [
            &mut self.areas,
            &mut self.actors,
            &mut self.initiatives,
            &mut self.sources,
            &mut self.countries,
            &mut self.categories,
            &mut self.years,
        ]
    }
}

/// Ids are short and made of letters, digits, `-` and `.`; anything else is dropped.
fn is_id(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 120
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.' || b == b'_')
}

fn split_ids(value: &str) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for id in value.split(',').map(str::trim).filter(|id| is_id(id)) {
        if !ids.iter().any(|known| known == id) && ids.len() < MAX_LIST_ITEMS {
            ids.push(id.to_string());
        }
    }
    ids
}

/// Percent-encodes everything but RFC 3986's unreserved characters and `,`.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~,".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Decodes percent-escapes and `+` as a space; bad escapes stay as they are and invalid
/// UTF-8 becomes U+FFFD, so any input decodes.
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        let hex = |offset: usize| {
            bytes
                .get(index + offset)
                .and_then(|b| (*b as char).to_digit(16))
        };
        match (byte, hex(1), hex(2)) {
            (b'%', Some(high), Some(low)) => {
                out.push((high * 16 + low) as u8);
                index += 3;
            }
            (b'+', _, _) => {
                out.push(b' ');
                index += 1;
            }
            _ => {
                out.push(byte);
                index += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use lafayette_data::random_input::RandomInput;

    fn sample() -> AppState {
        AppState {
            view: View::Supporters,
            lang: Some(Lang::Fr),
            theme: Theme::Dark,
            filter: Filter {
                text: "états unis & co, 100%".to_string(),
                areas: vec!["space".into(), "climate".into()],
                actors: vec!["kamala-harris".into()],
                initiatives: vec!["paris-call".into()],
                sources: vec!["news-fr-paris-call-2021-11".into()],
                countries: vec!["USA".into()],
                categories: vec!["state".into()],
                years: vec!["2021".into(), "unknown".into()],
            },
            selected: Some("elysee-meeting".into()),
            sort: Some("-joined".into()),
            embed: true,
        }
    }

    #[test]
    fn empty_or_missing_hash_gives_defaults() {
        for hash in ["", "#", "#/", "/", "#/?"] {
            assert_eq!(AppState::from_hash(hash), AppState::default(), "{hash:?}");
        }
    }

    #[test]
    fn reads_each_part() {
        let state = AppState::from_hash(
            "#/matrix?lang=fr&theme=light&q=space+climate&area=space,climate&sel=cell-1&embed=1",
        );
        assert_eq!(state.view, View::Matrix);
        assert_eq!(state.lang, Some(Lang::Fr));
        assert_eq!(state.theme, Theme::Light);
        assert_eq!(state.filter.text, "space climate");
        assert_eq!(state.filter.areas, vec!["space", "climate"]);
        assert_eq!(state.selected.as_deref(), Some("cell-1"));
        assert!(state.embed);
    }

    #[test]
    fn round_trips_through_the_hash() {
        let state = sample();
        assert_eq!(AppState::from_hash(&state.to_hash()), state);
        for view in View::ALL {
            let state = AppState::default().with_view(view);
            assert_eq!(AppState::from_hash(&state.to_hash()), state);
        }
    }

    #[test]
    fn links_replace_the_page_hash() {
        let state = AppState::default().with_view(View::Matrix);
        assert_eq!(
            state.link_on("https://e.org/app/index.html#/timeline?lang=fr"),
            "https://e.org/app/index.html#/matrix"
        );
        assert_eq!(
            state.link_on("https://e.org/app/"),
            "https://e.org/app/#/matrix"
        );
    }

    #[test]
    fn canonical_hashes_are_stable() {
        let hash = "#/timeline?lang=en&q=Paris%20Call&area=space&sel=elysee-meeting";
        assert_eq!(AppState::from_hash(hash).to_hash(), hash);
        assert_eq!(AppState::default().to_hash(), "#/timeline");
    }

    #[test]
    fn garbage_falls_back_to_defaults_per_field() {
        let state = AppState::from_hash("#/nowhere?lang=de&theme=purple&embed=maybe&area=<script>,ok-id&sel=a b&%zz=1&&=&q=%E2%28%A1");
        assert_eq!(state.view, View::Timeline);
        assert_eq!(state.lang, None);
        assert_eq!(state.theme, Theme::System);
        assert!(!state.embed);
        assert_eq!(
            state.filter.areas,
            vec!["ok-id"],
            "ids with markup are dropped"
        );
        assert_eq!(state.selected, None);
        assert_eq!(
            state.filter.text, "\u{fffd}(\u{fffd}",
            "invalid UTF-8 is replaced, not fatal"
        );
    }

    #[test]
    fn limits_what_a_url_can_carry() {
        let long = "x".repeat(10_000);
        let many: Vec<String> = (0..500).map(|i| format!("id-{i}")).collect();
        let state = AppState::from_hash(&format!("#/timeline?q={long}&area={}", many.join(",")));
        assert_eq!(state.filter.text.chars().count(), MAX_QUERY_CHARS);
        assert_eq!(state.filter.areas.len(), MAX_LIST_ITEMS);
        let dupes = AppState::from_hash("#/timeline?area=space,space,climate");
        assert_eq!(dupes.filter.areas, vec!["space", "climate"]);
    }

    #[test]
    fn encoding_round_trips_any_text() {
        for text in ["", "a b", "100%", "é/è?&=#", "日本", "+plus+", "%41"] {
            assert_eq!(decode(&encode(text)), text);
        }
        assert_eq!(decode("%4"), "%4");
        assert_eq!(decode("%G1"), "%G1");
    }

    #[test]
    fn never_panics_and_always_round_trips_on_random_input() {
        let alphabet: Vec<char> = "#/?&=,%+-._~abcdefzAZ09 éàç<>\"'\\\u{0}\u{7f}😀timelinesupportersmatrixlangfrthemedarkqareasel".chars().collect();
        let mut random = RandomInput::new(0x9E37_79B9_7F4A_7C15);
        for _ in 0..20_000 {
            let input = random.text(&alphabet, 80);
            let state = AppState::from_hash(&input);
            // Whatever was understood survives a round trip exactly.
            assert_eq!(
                AppState::from_hash(&state.to_hash()),
                state,
                "input {input:?}"
            );
        }
    }
}
