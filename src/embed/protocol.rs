//! The messages between an embedded Lafayette and the page that frames it (`public/embed.js`).
//!
//! The handshake keeps the app from talking to pages that did not ask, and from obeying
//! anyone but its own parent:
//! 1. the app, when framed, posts `{type: "lafayette:ready"}` (no data) to its parent;
//! 2. the host answers `{type: "lafayette:hello"}`; the app pins the host's origin;
//! 3. from then on the app posts `lafayette:resize` `{height}` and `lafayette:state` `{hash}`
//!    to that origin only, and obeys `lafayette:navigate` `{hash}` and `lafayette:theme`
//!    `{theme}` (`light`, `dark` or `system`: the host's own colour scheme) from it only.
//!
//! Anything else (another window, another origin, an unknown type, a field of the wrong type,
//! an oversized hash) is ignored. This module decides; `channel.rs` moves the bytes.

use crate::route::{AppState, Theme};

pub const READY: &str = "lafayette:ready";
pub const HELLO: &str = "lafayette:hello";
pub const NAVIGATE: &str = "lafayette:navigate";
pub const RESIZE: &str = "lafayette:resize";
pub const STATE: &str = "lafayette:state";
pub const THEME: &str = "lafayette:theme";

/// Longest hash a host may send; real states are far shorter.
pub const MAX_HASH_CHARS: usize = 4096;

/// What a host may ask, once its message passed the shape check.
#[derive(Debug, PartialEq)]
pub enum HostMessage {
    Hello,
    Navigate(AppState),
    /// The host's light or dark setting, to follow.
    Theme(Theme),
}

impl HostMessage {
    /// Reads a message from its `type`, `hash` and `theme` fields (each present only when it
    /// was a string). Any other shape gives `None`.
    pub fn parse(
        kind: Option<&str>,
        hash: Option<&str>,
        theme: Option<&str>,
    ) -> Option<HostMessage> {
        match kind? {
            HELLO => Some(HostMessage::Hello),
            THEME => Theme::from_slug(theme?).map(HostMessage::Theme),
            NAVIGATE => {
                let hash = hash?;
                let well_formed = hash.starts_with("#/") && hash.chars().count() <= MAX_HASH_CHARS;
                well_formed.then(|| HostMessage::Navigate(AppState::from_hash(hash)))
            }
            _ => None,
        }
    }
}

/// Where a message came from, as the browser reports it.
pub struct Sender<'a> {
    /// The message's `source` is our parent window.
    pub is_parent: bool,
    /// The message's `origin`, e.g. `https://example.org` or `null`.
    pub origin: &'a str,
}

/// What the app does about a message.
#[derive(Debug, PartialEq)]
pub enum Action {
    /// Pin this origin and report size and state to it.
    Pair(String),
    /// Show this state (already kept embedded, and on its figure, if the app was).
    Show(AppState),
    /// Take the host's colour theme.
    Restyle(Theme),
}

/// The app's side of the handshake: which host, if any, it talks to.
#[derive(Default)]
pub struct Pairing {
    host_origin: Option<String>,
}

impl Pairing {
    /// The origin the app posts to, once paired.
    pub fn host_origin(&self) -> Option<&str> {
        self.host_origin.as_deref()
    }

    /// Decides what to do about `message` from `sender` while showing `current`.
    pub fn receive(
        &mut self,
        sender: Sender,
        message: Option<HostMessage>,
        current: &AppState,
    ) -> Option<Action> {
        // Opaque origins ("null": sandboxed frames, file://) cannot be posted to by name.
        if !sender.is_parent || sender.origin == "null" || sender.origin.is_empty() {
            return None;
        }
        match (message?, self.host_origin.as_deref()) {
            (HostMessage::Hello, None) => {
                self.host_origin = Some(sender.origin.to_string());
                Some(Action::Pair(sender.origin.to_string()))
            }
            (HostMessage::Hello, Some(pinned)) if pinned == sender.origin => {
                Some(Action::Pair(sender.origin.to_string()))
            }
            (HostMessage::Navigate(state), Some(pinned)) if pinned == sender.origin => Some(
                Action::Show(state.with_embed(current.embed).with_figure(current.figure)),
            ),
            (HostMessage::Theme(theme), Some(pinned)) if pinned == sender.origin => {
                Some(Action::Restyle(theme))
            }
            _ => None,
        }
    }
}

/// The hash the app reports to its host: the state as a full view would show it, so the
/// host can link to it (and send it back in `lafayette:navigate`).
pub fn reported_hash(state: &AppState) -> String {
    state.in_full().to_hash()
}

/// The height to report for a document box measured at `height` CSS pixels.
pub fn reported_height(height: f64) -> Option<u32> {
    (height.is_finite() && height > 0.0).then(|| height.ceil().min(1_000_000.0) as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::route::{Figure, FilterList, View};
    use proptest::prelude::*;

    const HOST: &str = "https://host.example";

    fn parent(origin: &str) -> Sender<'_> {
        Sender {
            is_parent: true,
            origin,
        }
    }

    fn embedded() -> AppState {
        AppState {
            embed: true,
            ..AppState::default()
        }
    }

    fn navigate(hash: &str) -> Option<HostMessage> {
        HostMessage::parse(Some(NAVIGATE), Some(hash), None)
    }

    #[test]
    fn reads_well_formed_messages() {
        assert_eq!(
            HostMessage::parse(Some(HELLO), None, None),
            Some(HostMessage::Hello)
        );
        let Some(HostMessage::Navigate(state)) = navigate("#/supporters?country=FRA") else {
            panic!("navigate not read");
        };
        assert_eq!(state.view(), View::Supporters);
        assert_eq!(state.filter.get(FilterList::Countries), ["FRA"]);
    }

    #[test]
    fn ignores_malformed_messages() {
        assert_eq!(HostMessage::parse(None, Some("#/matrix"), None), None);
        assert_eq!(
            HostMessage::parse(Some("lafayette:resize"), None, None),
            None
        );
        assert_eq!(HostMessage::parse(Some("hello"), None, None), None);
        assert_eq!(HostMessage::parse(Some(NAVIGATE), None, None), None);
        assert_eq!(HostMessage::parse(Some(THEME), None, None), None);
        assert_eq!(HostMessage::parse(Some(THEME), None, Some("purple")), None);
        assert_eq!(HostMessage::parse(Some(THEME), Some("dark"), None), None);
        assert_eq!(navigate("javascript:alert(1)"), None);
        assert_eq!(navigate("https://evil.example/#/matrix"), None);
        assert_eq!(
            navigate(&format!("#/matrix?q={}", "x".repeat(MAX_HASH_CHARS))),
            None
        );
    }

    #[test]
    fn pairs_with_the_parent_only_after_hello() {
        let mut pairing = Pairing::default();
        let current = embedded();
        assert_eq!(
            pairing.receive(parent(HOST), navigate("#/matrix"), &current),
            None,
            "navigate before hello"
        );
        assert_eq!(
            pairing.receive(
                Sender {
                    is_parent: false,
                    origin: HOST
                },
                Some(HostMessage::Hello),
                &current
            ),
            None,
            "hello from a window that is not the parent"
        );
        assert_eq!(
            pairing.receive(parent("null"), Some(HostMessage::Hello), &current),
            None
        );
        assert_eq!(pairing.host_origin(), None);
        assert_eq!(
            pairing.receive(parent(HOST), Some(HostMessage::Hello), &current),
            Some(Action::Pair(HOST.to_string()))
        );
        assert_eq!(pairing.host_origin(), Some(HOST));
    }

    #[test]
    fn obeys_the_pinned_origin_only_and_stays_embedded() {
        let mut pairing = Pairing::default();
        let current = embedded();
        pairing.receive(parent(HOST), Some(HostMessage::Hello), &current);
        assert_eq!(
            pairing.receive(
                parent("https://other.example"),
                navigate("#/matrix"),
                &current
            ),
            None
        );
        assert_eq!(
            pairing.receive(
                parent("https://other.example"),
                Some(HostMessage::Hello),
                &current
            ),
            None,
            "a second origin cannot take over"
        );
        let Some(Action::Show(state)) =
            pairing.receive(parent(HOST), navigate("#/matrix?lang=fr"), &current)
        else {
            panic!("navigate from the pinned host refused");
        };
        assert_eq!(state.view(), View::Matrix);
        assert!(state.embed, "a host cannot drop the app out of embed mode");
        assert_eq!(
            pairing.receive(parent(HOST), None, &current),
            None,
            "malformed"
        );
    }

    #[test]
    fn follows_the_hosts_theme_from_the_pinned_origin_only() {
        let mut pairing = Pairing::default();
        let current = embedded();
        let dark = || HostMessage::parse(Some(THEME), None, Some("dark"));
        assert_eq!(dark(), Some(HostMessage::Theme(Theme::Dark)));
        assert_eq!(
            pairing.receive(parent(HOST), dark(), &current),
            None,
            "before hello"
        );
        pairing.receive(parent(HOST), Some(HostMessage::Hello), &current);
        assert_eq!(
            pairing.receive(parent("https://other.example"), dark(), &current),
            None
        );
        let not_parent = Sender {
            is_parent: false,
            origin: HOST,
        };
        assert_eq!(pairing.receive(not_parent, dark(), &current), None);
        assert_eq!(
            pairing.receive(parent(HOST), dark(), &current),
            Some(Action::Restyle(Theme::Dark))
        );
        let light = HostMessage::parse(Some(THEME), None, Some("light"));
        assert_eq!(
            pairing.receive(parent(HOST), light, &current),
            Some(Action::Restyle(Theme::Light))
        );
    }

    #[test]
    fn a_figure_stays_a_figure_when_the_host_navigates() {
        let mut pairing = Pairing::default();
        let current = AppState::from_hash("#/supporters?embed=1&figure=map");
        pairing.receive(parent(HOST), Some(HostMessage::Hello), &current);
        let Some(Action::Show(state)) =
            pairing.receive(parent(HOST), navigate("#/supporters?region=002"), &current)
        else {
            panic!("navigate from the pinned host refused");
        };
        assert_eq!(state.figure, Some(Figure::Map));
        // The host reads the full view's address, which it can link to.
        assert_eq!(reported_hash(&state), "#/supporters?region=002");
        // Another view has no map: it is shown whole.
        let Some(Action::Show(state)) =
            pairing.receive(parent(HOST), navigate("#/matrix"), &current)
        else {
            panic!("navigate from the pinned host refused");
        };
        assert_eq!((state.view(), state.figure), (View::Matrix, None));
    }

    #[test]
    fn reports_the_full_view_state_and_sane_heights() {
        let state = AppState::from_hash("#/supporters?country=USA&embed=1");
        assert_eq!(reported_hash(&state), "#/supporters?country=USA");
        assert_eq!(reported_height(812.2), Some(813));
        assert_eq!(reported_height(0.0), None);
        assert_eq!(reported_height(f64::NAN), None);
        assert_eq!(reported_height(f64::INFINITY), None);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        /// Random runs of up to 50 messages from random senders: nothing panics, nothing but
        /// the pinned parent is obeyed, and the embed flag never changes.
        #[test]
        fn random_messages_never_panic_nor_escape_the_rules(
            messages in prop::collection::vec(
                (
                    prop::option::weighted(0.9, prop::sample::select(vec![HELLO, NAVIGATE, THEME, READY, RESIZE, STATE, "", "lafayette:", "x"])),
                    prop::option::weighted(0.9, r#"(#/)?[#/?&=,%+lafyet:rdhonvgsizmpcxu 😀\x00<>"'-]{0,60}"#),
                    prop::bool::weighted(0.66),
                    prop::sample::select(vec![HOST, "https://other.example", "null", ""]),
                ),
                0..50,
            )
        ) {
            let mut pairing = Pairing::default();
            let current = embedded();
            pairing.receive(parent(HOST), Some(HostMessage::Hello), &current);
            for (kind, hash, is_parent, origin) in messages {
                // The random text is tried as a theme too.
                let message = HostMessage::parse(kind, hash.as_deref(), hash.as_deref());
                let trusted = is_parent && origin == HOST;
                match pairing.receive(Sender { is_parent, origin }, message, &current) {
                    Some(Action::Show(state)) => prop_assert!(trusted && state.embed),
                    Some(Action::Pair(pinned)) => prop_assert!(trusted && pinned == HOST),
                    Some(Action::Restyle(_)) => prop_assert!(trusted),
                    None => {}
                }
                prop_assert_eq!(pairing.host_origin(), Some(HOST));
            }
        }
    }
}
