//! The HTML a reader pastes into their own page to embed the current view (Embed dialog).

use crate::route::{AppState, View};

/// Smallest and largest iframe heights the dialog offers, in CSS pixels.
pub const HEIGHT_RANGE: (u32, u32) = (240, 4000);

/// A height that shows each view's first screen without a scroll bar.
pub fn default_height(view: View) -> u32 {
    match view {
        View::Timeline => 760,
        View::Supporters => 820,
        View::Matrix => 720,
        View::Sources | View::About => 800,
    }
}

/// The `<iframe>` (and, for automatic height, the `embed.js` tag) for `state`, served from
/// `page_url` (the app's address without its hash).
///
/// No `style` attribute: a host page under a strict CSP would refuse it; `embed.js` sets
/// the border and width through the CSSOM, which such a policy allows.
pub fn snippet(
    page_url: &str,
    state: &AppState,
    title: &str,
    height: u32,
    auto_resize: bool,
) -> String {
    // The page's folder (for embed.js) is read without the hash, where a `/` may stand.
    let page_url = page_url.split('#').next().unwrap_or_default();
    let src = state.with_embed(true).link_on(page_url);
    let height = height.clamp(HEIGHT_RANGE.0, HEIGHT_RANGE.1);
    let mut html = format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{height}\" loading=\"lazy\"{}></iframe>",
        escape_attribute(&src),
        escape_attribute(title),
        if auto_resize { " data-lafayette" } else { "" },
    );
    if auto_resize {
        let folder = &page_url[..page_url.rfind('/').map_or(0, |slash| slash + 1)];
        html.push_str(&format!(
            "\n<script src=\"{}\" defer></script>",
            escape_attribute(&format!("{folder}embed.js"))
        ));
    }
    html
}

/// Escapes text for a double-quoted HTML attribute.
fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::route::FilterList;

    fn state() -> AppState {
        AppState::default()
            .with_view(View::Supporters)
            .filtered(|filter| {
                filter.set(FilterList::Countries, vec!["FRA".into()]);
                filter.set(FilterList::Categories, vec!["state".into()]);
            })
    }

    #[test]
    fn embeds_the_current_state_with_title_lazy_loading_and_height() {
        let html = snippet(
            "https://example.org/lafayette/index.html#/matrix",
            &state(),
            "Paris Call supporters · Lafayette",
            820,
            false,
        );
        assert_eq!(
            html,
            "<iframe src=\"https://example.org/lafayette/index.html#/supporters?country=FRA&amp;category=state&amp;embed=1\" \
             title=\"Paris Call supporters · Lafayette\" width=\"100%\" height=\"820\" loading=\"lazy\"></iframe>"
        );
    }

    #[test]
    fn automatic_height_adds_the_script_beside_the_app() {
        let html = snippet("https://example.org/app/", &state(), "t", 600, true);
        assert!(html.contains(" data-lafayette></iframe>"), "{html}");
        assert!(
            html.ends_with("\n<script src=\"https://example.org/app/embed.js\" defer></script>"),
            "{html}"
        );
    }

    #[test]
    fn escapes_what_could_break_out_of_an_attribute() {
        let html = snippet(
            "https://e.org/\"><script>/",
            &AppState::default(),
            "a\"<b>&",
            600,
            true,
        );
        assert!(!html.contains("\"><script>"), "{html}");
        assert!(html.contains("title=\"a&quot;&lt;b&gt;&amp;\""), "{html}");
    }

    #[test]
    fn keeps_heights_sensible() {
        let height = |h| snippet("https://e.org/", &AppState::default(), "t", h, false);
        assert!(height(0).contains("height=\"240\""));
        assert!(height(99_999).contains("height=\"4000\""));
        for view in View::ALL {
            let h = default_height(view);
            assert!((HEIGHT_RANGE.0..=HEIGHT_RANGE.1).contains(&h));
        }
    }
}
