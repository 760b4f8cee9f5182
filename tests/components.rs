//! Component tests in a real browser (headless Chromium through wasm-bindgen-test):
//! the app shell renders from the URL hash and follows it; hostile text renders as text; a
//! panic shows its message.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Lets the browser deliver events (hashchange is asynchronous) and Leptos run its effects.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 30);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Mounts the app in a fresh container of its own, removed by `unmount`.
fn mount() -> web_sys::HtmlElement {
    let container: web_sys::HtmlElement =
        document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    leptos::mount::mount_to(container.clone(), lafayette::App).forget();
    container
}

fn unmount(container: web_sys::HtmlElement) {
    container.remove();
}

fn find(selector: &str) -> Option<web_sys::Element> {
    document().query_selector(selector).unwrap()
}

fn text(selector: &str) -> String {
    find(selector)
        .and_then(|element| element.text_content())
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn html_attribute(name: &str) -> Option<String> {
    document()
        .document_element()
        .and_then(|html| html.get_attribute(name))
}

#[wasm_bindgen_test]
async fn renders_the_state_in_the_hash_and_follows_its_changes() {
    window()
        .location()
        .set_hash("#/supporters?lang=fr")
        .unwrap();
    settle().await;
    let app = mount();
    settle().await;
    assert_eq!(text("main h2"), "Soutiens de l’Appel de Paris");
    assert_eq!(
        text("nav.nav a[aria-current='page']"),
        "Soutiens de l’Appel de Paris"
    );
    assert_eq!(html_attribute("lang").as_deref(), Some("fr"));
    assert!(document()
        .title()
        .starts_with("Soutiens de l’Appel de Paris"));

    window()
        .location()
        .set_hash("#/matrix?lang=en&theme=dark")
        .unwrap();
    settle().await;
    assert_eq!(text("main h2"), "Cooperation matrix");
    assert_eq!(html_attribute("lang").as_deref(), Some("en"));
    assert_eq!(html_attribute("data-theme").as_deref(), Some("dark"));

    window().location().set_hash("#/matrix?lang=en").unwrap();
    settle().await;
    assert_eq!(
        html_attribute("data-theme"),
        None,
        "the system theme removes the override"
    );
    unmount(app);
}

#[wasm_bindgen_test]
async fn links_keep_language_and_filter_while_changing_view() {
    window()
        .location()
        .set_hash("#/timeline?lang=fr&area=space")
        .unwrap();
    settle().await;
    let app = mount();
    settle().await;
    let links = document().query_selector_all("nav.nav a").unwrap();
    assert_eq!(links.length(), 5);
    let about = find("nav.nav a[href^='#/about']").expect("an About link");
    assert_eq!(
        about.get_attribute("href").as_deref(),
        Some("#/about?lang=fr&area=space")
    );
    let english = find(".language-switch a[hreflang='en']").unwrap();
    assert_eq!(
        english.get_attribute("href").as_deref(),
        Some("#/timeline?lang=en&area=space")
    );
    english.dyn_into::<web_sys::HtmlElement>().unwrap().click();
    settle().await;
    assert_eq!(text("main h2"), "Timeline");
    unmount(app);
}

#[wasm_bindgen_test]
async fn embed_mode_drops_the_site_chrome_but_links_to_the_full_view() {
    window()
        .location()
        .set_hash("#/sources?lang=en&embed=1")
        .unwrap();
    settle().await;
    let app = mount();
    settle().await;
    assert!(find("header.site-header").is_none());
    assert!(find("footer").is_none());
    let full = find(".embed-bar a").expect("an open-full-view link");
    let href = full.get_attribute("href").unwrap();
    assert!(href.ends_with("#/sources?lang=en"), "{href}");
    unmount(app);
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
    let container: web_sys::HtmlElement =
        document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    leptos::mount::mount_to(container.clone(), move || {
        provide_context(UrlState::follow_location());
        provide_context(CurrentLang(Memo::new(|_| Lang::En)));
        view! { <QuoteList citations holder=Holder::Event record="probe"/> }
    })
    .forget();
    settle().await;
    let quote = container
        .query_selector("blockquote")
        .unwrap()
        .expect("the quote");
    assert_eq!(quote.text_content().as_deref(), Some(PAYLOAD));
    assert!(container.query_selector("img, script").unwrap().is_none());
    let pwned = js_sys::Reflect::get(&window(), &"pwned".into()).unwrap();
    assert!(pwned.is_undefined(), "the payload ran");
    container.remove();
}

/// A panic puts a visible message on the page, its details as text.
#[wasm_bindgen_test]
async fn a_panic_shows_its_message() {
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
