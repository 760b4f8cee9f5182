//! The HTML a reader pastes into their own page to embed the current view (Embed dialog).

use crate::route::{AppState, Figure, View};

/// Smallest and largest iframe heights the dialog offers, in CSS pixels.
pub const HEIGHT_RANGE: (u32, u32) = (240, 4000);

/// A height that shows each view's first screen, or the whole figure in a 760 px column,
/// without a scroll bar.
pub fn default_height(state: &AppState) -> u32 {
    match (state.figure, state.view()) {
        (Some(Figure::Timeline), _) => 560,
        (Some(Figure::OverTime), _) => 560,
        (Some(Figure::Map), _) => 600,
        (Some(Figure::Matrix), _) => 600,
        (None, View::Timeline) => 760,
        (None, View::Supporters) => 820,
        (None, View::Matrix) => 720,
        (None, View::FollowThrough | View::Sources | View::About) => 800,
    }
}

/// The `<iframe>` (and, for automatic height, the `embed.js` tag) for `state`, served from
/// `page_url` (the app's address without its hash).
///
/// No `style` attribute: a host page under a strict CSP would refuse it; `embed.js` sets
/// the border and width through the CSSOM, which such a policy allows.
pub fn snippet(src: &str, title: &str, height: u32, auto_resize: bool) -> String {
    let height = height.clamp(HEIGHT_RANGE.0, HEIGHT_RANGE.1);
    let mut html = format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{height}\" loading=\"lazy\"{}></iframe>",
        escape_attribute(src),
        escape_attribute(title),
        if auto_resize { " data-lafayette" } else { "" },
    );
    if auto_resize {
        // embed.js sits beside the app's pages.
        let folder = crate::route::folder_of(src);
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
    use lafayette_data::Lang;

    /// The embedded state's address on its own page, as the Embed dialog builds it.
    fn src() -> String {
        AppState::default()
            .with_view(View::Supporters)
            .filtered(|filter| {
                filter.set(FilterList::Countries, vec!["FRA".into()]);
                filter.set(FilterList::Categories, vec!["state".into()]);
            })
            .with_lang(Lang::Fr)
            .with_embed(true)
            .link_in("https://example.org/lafayette/", Lang::En)
    }

    #[test]
    fn embeds_the_current_state_with_title_lazy_loading_and_height() {
        let html = snippet(
            &src(),
            "Soutiens de l’Appel de Paris · Lafayette",
            820,
            false,
        );
        assert_eq!(
            html,
            "<iframe src=\"https://example.org/lafayette/supporters.fr.html#/supporters?lang=fr&amp;country=FRA&amp;category=state&amp;embed=1\" \
             title=\"Soutiens de l’Appel de Paris · Lafayette\" width=\"100%\" height=\"820\" loading=\"lazy\"></iframe>"
        );
    }

    #[test]
    fn automatic_height_adds_the_script_beside_the_app() {
        let html = snippet(&src(), "t", 600, true);
        assert!(html.contains(" data-lafayette></iframe>"), "{html}");
        assert!(
            html.ends_with(
                "\n<script src=\"https://example.org/lafayette/embed.js\" defer></script>"
            ),
            "{html}"
        );
    }

    #[test]
    fn escapes_what_could_break_out_of_an_attribute() {
        let html = snippet("https://e.org/\"><script>/x.html", "a\"<b>&", 600, true);
        assert!(!html.contains("\"><script>"), "{html}");
        assert!(html.contains("title=\"a&quot;&lt;b&gt;&amp;\""), "{html}");
    }

    #[test]
    fn keeps_heights_sensible() {
        let height = |h| snippet("https://e.org/timeline.en.html", "t", h, false);
        assert!(height(0).contains("height=\"240\""));
        assert!(height(99_999).contains("height=\"4000\""));
        let states = View::ALL
            .into_iter()
            .map(|view| AppState::default().with_view(view))
            .chain(Figure::ALL.into_iter().map(|figure| {
                AppState::default()
                    .with_view(figure.view())
                    .with_figure(Some(figure))
            }));
        for state in states {
            let h = default_height(&state);
            assert!((HEIGHT_RANGE.0..=HEIGHT_RANGE.1).contains(&h));
        }
    }
}
