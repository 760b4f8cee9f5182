//! Component tests in a real browser (headless Chromium through wasm-bindgen-test): the app
//! renders from the URL hash and follows it, its controls follow the state whichever way it
//! changes, hostile text renders as text, a panic shows its message.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Lets the browser deliver events (hashchange is asynchronous) and Leptos run its effects.
async fn settle() {
    pause(30).await;
}

/// Waits `ms` milliseconds of the browser's time.
async fn pause(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// A mounted view in a container of its own. Dropping it unmounts the view (its listeners
/// and effects go with it, so nothing of one test runs in the next) and removes the container.
struct Mounted {
    container: web_sys::HtmlElement,
    _handle: leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.container.remove();
    }
}

fn mount_view<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> Mounted {
    let container: web_sys::HtmlElement =
        document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), move || view().into_any());
    Mounted {
        container,
        _handle: handle,
    }
}

/// Mounts the whole app at `hash`, with the supporters' rows in (as the app fetches them).
async fn mount_app(hash: &str) -> Mounted {
    lafayette::supporters::rows::receive(Ok(include_str!(concat!(
        env!("OUT_DIR"),
        "/supporter-rows.txt"
    ))));
    go(hash).await;
    let app = mount_view(lafayette::App);
    settle().await;
    app
}

/// Sets the location hash and lets the app follow.
async fn go(hash: &str) {
    window().location().set_hash(hash).unwrap();
    settle().await;
}

fn find(selector: &str) -> Option<web_sys::Element> {
    document().query_selector(selector).unwrap()
}

fn text(selector: &str) -> String {
    find(selector)
        .and_then(|element| element.text_content())
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn click(selector: &str) {
    find(selector)
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
}

fn html_attribute(name: &str) -> Option<String> {
    document()
        .document_element()
        .and_then(|html| html.get_attribute(name))
}

fn hash() -> String {
    window().location().hash().unwrap()
}

#[wasm_bindgen_test]
async fn renders_the_state_in_the_hash_and_follows_its_changes() {
    let _app = mount_app("#/supporters?lang=fr").await;
    assert_eq!(text("main h2"), "Soutiens de l’Appel de Paris");
    assert_eq!(
        text("nav.nav a[aria-current='page'] .long-title"),
        "Soutiens de l’Appel de Paris"
    );
    assert_eq!(html_attribute("lang").as_deref(), Some("fr"));
    assert!(document()
        .title()
        .starts_with("Soutiens de l’Appel de Paris"));

    go("#/matrix?lang=en&theme=dark").await;
    assert_eq!(text("main h2"), "Cooperation matrix");
    assert_eq!(html_attribute("lang").as_deref(), Some("en"));
    assert_eq!(html_attribute("data-theme").as_deref(), Some("dark"));

    go("#/matrix?lang=en").await;
    assert_eq!(
        html_attribute("data-theme"),
        None,
        "the system theme removes the override"
    );
}

#[wasm_bindgen_test]
async fn links_keep_language_and_filter_while_changing_view() {
    let _app = mount_app("#/timeline?lang=fr&area=space").await;
    let links = document().query_selector_all("nav.nav a").unwrap();
    assert_eq!(links.length() as usize, lafayette::route::View::ALL.len());
    let about = find("nav.nav a[href*='#/about']").expect("an About link");
    assert_eq!(
        about.get_attribute("href").as_deref(),
        Some("about.fr.html#/about?lang=fr&area=space")
    );
    let english = find(".language-switch a[hreflang='en']").unwrap();
    assert_eq!(
        english.get_attribute("href").as_deref(),
        Some("timeline.en.html#/timeline?lang=en&area=space")
    );
    click(".language-switch a[hreflang='en']");
    settle().await;
    assert_eq!(text("main h2"), "Timeline");
}

#[wasm_bindgen_test]
async fn each_view_keeps_its_own_search_and_finds_it_again() {
    let _app = mount_app("#/supporters?lang=en&q=Morocco").await;
    let timeline = find("nav.nav a[href*='#/timeline']").unwrap();
    assert_eq!(
        timeline.get_attribute("href").as_deref(),
        Some("timeline.en.html#/timeline?lang=en"),
        "the supporters' search does not follow into the timeline"
    );
    click("nav.nav a[href*='#/timeline']");
    settle().await;
    let status = text("#filter-status");
    let events = lafayette::dataset::data().events.len();
    assert!(
        status.starts_with(&format!("{events} of {events}")),
        "every event, unfiltered: {status}"
    );
    let supporters = find("nav.nav a[href*='#/supporters']").unwrap();
    assert_eq!(
        supporters.get_attribute("href").as_deref(),
        Some("supporters.en.html#/supporters?lang=en&q=Morocco"),
        "going back finds the search as it was left"
    );
}

#[wasm_bindgen_test]
async fn embed_mode_drops_the_site_chrome_but_links_to_the_full_view() {
    let _app = mount_app("#/sources?lang=en&embed=1").await;
    assert!(find("header.site-header").is_none());
    assert!(find("footer").is_none());
    let full = find(".embed-bar a").expect("an open-full-view link");
    let href = full.get_attribute("href").unwrap();
    assert!(href.ends_with("#/sources?lang=en"), "{href}");
}

fn checked(selector: &str) -> bool {
    find(selector)
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .unchecked_into::<web_sys::HtmlInputElement>()
        .checked()
}

/// The facet boxes follow the URL however it changes (Back, a link), not only when the
/// reader ticks them: a box that kept its first state would invert the filter on the next
/// click.
#[wasm_bindgen_test]
async fn facet_boxes_follow_the_state_after_back_and_links() {
    let _app = mount_app("#/supporters?lang=en").await;
    let state_box = "#supporter-facets fieldset:first-of-type input[type=checkbox]";
    assert!(!checked(state_box), "no category chosen");
    go("#/supporters?lang=en&category=state").await;
    assert!(checked(state_box), "a link chose the state category");
    window().history().unwrap().back().unwrap();
    settle().await;
    settle().await;
    assert!(!hash().contains("category="), "{}", hash());
    assert!(!checked(state_box), "Back unchose it");
    click(state_box);
    settle().await;
    assert!(
        hash().contains("category=state"),
        "a click chooses it again: {}",
        hash()
    );
}

/// Each keystroke answers with the list at once; the counts around it (the facets, the
/// headline) wait for a pause in the typing, or for the reader to leave the box, then agree
/// with the list.
#[wasm_bindgen_test]
async fn the_list_answers_each_keystroke_and_the_counts_follow_a_pause() {
    let _app = mount_app("#/supporters?lang=en").await;
    let countries = || -> Vec<String> {
        let labels = document()
            .query_selector_all(".country-list label")
            .unwrap();
        (0..labels.length())
            .filter_map(|i| labels.item(i).and_then(|label| label.text_content()))
            .collect()
    };
    let every_country = countries().len();
    let headline = text("#supporters-summary");
    assert!(every_country > 100, "{every_country} countries at first");
    let input: web_sys::HtmlInputElement = find("#supporter-search").unwrap().unchecked_into();
    let bubbling = web_sys::EventInit::new();
    bubbling.set_bubbles(true);
    let type_in = |text: &str| {
        input.set_value(text);
        input
            .dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &bubbling).unwrap())
            .unwrap();
    };
    for text_so_far in ["ge", "germ", "germany"] {
        type_in(text_so_far);
        pause(0).await;
        assert_eq!(countries().len(), every_country, "typing {text_so_far:?}");
        assert_eq!(
            text("#supporters-summary"),
            headline,
            "typing {text_so_far:?}"
        );
    }
    assert_eq!(text("#supporters-status"), "36 of 1,222 supporters shown");
    pause(300).await;
    let listed = countries();
    assert!(
        listed.len() < 5 && listed.iter().any(|name| name.starts_with("Germany")),
        "after the pause, the countries of the 36: {listed:?}"
    );
    assert!(
        text("#supporters-summary").starts_with("36 "),
        "{}",
        text("#supporters-summary")
    );
    // Leaving the box ends the typing at once: Tab goes on to the facets as they will stay.
    type_in("japan");
    pause(0).await;
    assert_eq!(countries(), listed, "typing again");
    input
        .dispatch_event(&web_sys::Event::new("blur").unwrap())
        .unwrap();
    pause(0).await;
    let listed = countries();
    assert!(
        listed.iter().any(|name| name.starts_with("Japan")),
        "once the box is left: {listed:?}"
    );
}

/// The Sources view's link from a commitment's quote opens the matrix on that commitment's
/// cell, with its evidence.
#[wasm_bindgen_test]
async fn a_commitments_quote_opens_its_matrix_cell() {
    let _app = mount_app("#/sources?lang=en").await;
    let link = find("li[id^='q.commitment.'] .supports a").expect("a commitment's quote");
    link.unchecked_into::<web_sys::HtmlElement>().click();
    settle().await;
    settle().await;
    assert!(hash().starts_with("#/matrix?"), "{}", hash());
    assert!(hash().contains("sel=cell."), "{}", hash());
    assert!(
        find("#matrix-evidence[open]").is_some(),
        "the evidence is open"
    );
    assert!(find("td.heat.selected").is_some(), "the cell is marked");
}

/// A supporter without a country says so, instead of borrowing the words for an unknown date.
#[wasm_bindgen_test]
async fn a_supporter_without_a_country_says_so() {
    let _app = mount_app("#/supporters?lang=fr&sel=european_union-public-authority-EU").await;
    let facts = text("#supporter-detail .facts");
    assert!(
        facts.contains("Aucun (organisation internationale"),
        "{facts}"
    );
    assert!(!facts.contains("Pays\u{a0}: Date inconnue"), "{facts}");
}

/// Escape (the dialog's cancel) closes every detail panel, the matrix's evidence included.
#[wasm_bindgen_test]
async fn every_detail_panel_closes_on_escape() {
    for (hash_with_selection, panel) in [
        ("#/timeline?lang=en&sel=elysee-meeting", "#event-detail"),
        (
            "#/supporters?lang=en&sel=united_states-state-USA",
            "#supporter-detail",
        ),
        (
            "#/matrix?lang=en&sel=cell.space.paris-call",
            "#matrix-evidence",
        ),
    ] {
        let _app = mount_app(hash_with_selection).await;
        let dialog = find(panel).unwrap_or_else(|| panic!("{panel} is open"));
        let cancel = web_sys::Event::new_with_event_init_dict("cancel", &{
            let init = web_sys::EventInit::new();
            init.set_cancelable(true);
            init
        })
        .unwrap();
        dialog.dispatch_event(&cancel).unwrap();
        settle().await;
        settle().await;
        assert!(find(panel).is_none(), "{panel} closed");
        assert!(!hash().contains("sel="), "{}", hash());
    }
}

/// Whether this browser lets the page write to the clipboard now.
async fn clipboard_writable() -> bool {
    let promise = window().navigator().clipboard().write_text("probe");
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// The Embed dialog says "Copied" only when the clipboard took the code; where the browser
/// refuses (a test browser without the permission), the code is selected for the reader.
#[wasm_bindgen_test]
async fn copying_the_embed_code_reports_what_really_happened() {
    let writable = clipboard_writable().await;
    let _app = mount_app("#/matrix?lang=en").await;
    click("button.embed-button");
    settle().await;
    click(".dialog-actions button");
    for _ in 0..10 {
        settle().await;
    }
    let status = text(".copy-status");
    if writable {
        assert_eq!(status, "Copied to the clipboard.");
    } else {
        assert!(status.starts_with("Selected"), "refused, yet {status:?}");
        let focused = document().active_element().unwrap();
        assert_eq!(
            focused.id(),
            "embed-code",
            "the code is selected for the reader"
        );
    }
}

/// Markup in a dataset text field: shown as text, never parsed or run.
#[wasm_bindgen_test]
async fn markup_in_dataset_text_renders_as_text() {
    use lafayette::document_sync::CurrentLang;
    use lafayette::provenance::Holder;
    use lafayette::url_state::UrlState;
    use lafayette::views::quote_list::QuoteList;
    use lafayette_data::{Citation, Lang};
    use std::borrow::Cow;

    const PAYLOAD: &str =
        "<img src=x onerror=\"window.pwned=1\"><script>window.pwned=2</script>&amp; \"quoted\"";
    let citations: &'static [Citation] = Box::leak(Box::new([Citation {
        source: lafayette::dataset::data().sources[0].id.clone(),
        quote: Cow::Borrowed(PAYLOAD),
        translation: Some(Cow::Borrowed(PAYLOAD)),
    }]));
    // A reader of the other language sees the translation too.
    let mounted = mount_view(move || {
        provide_context(UrlState::follow_location());
        provide_context(CurrentLang(Memo::new(|_| Lang::Fr)));
        view! { <QuoteList citations holder=Holder::Event record="probe" /> }
    });
    settle().await;
    let container = &mounted.container;
    let quote = container
        .query_selector("blockquote")
        .unwrap()
        .expect("the quote");
    assert_eq!(quote.text_content().as_deref(), Some(PAYLOAD));
    let translation = container
        .query_selector(".translation")
        .unwrap()
        .expect("the translation");
    assert!(translation.text_content().unwrap().ends_with(PAYLOAD));
    assert!(container.query_selector("img, script").unwrap().is_none());
    let pwned = js_sys::Reflect::get(&window(), &"pwned".into()).unwrap();
    assert!(pwned.is_undefined(), "the payload ran");
}

/// A panic puts a visible message on the page, its details as text.
#[wasm_bindgen_test]
async fn a_panic_shows_its_message() {
    // The message is in the page's language.
    document()
        .document_element()
        .unwrap()
        .set_attribute("lang", "en")
        .unwrap();
    lafayette::panic_message::install();
    let panic_later = wasm_bindgen::closure::Closure::once_into_js(|| -> () {
        panic!("probe <b>not bold</b>");
    });
    window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(panic_later.unchecked_ref(), 0)
        .unwrap();
    settle().await;
    let panel = find(".panic[role=alert]").expect("the panic message");
    let text = panel.text_content().unwrap();
    assert!(text.contains("Something went wrong"), "{text}");
    assert!(text.contains("probe <b>not bold</b>"), "{text}");
    assert!(panel.query_selector("b").unwrap().is_none());
    panel.remove();
}
