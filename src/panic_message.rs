//! A panic shows a visible message instead of leaving a frozen page.

use crate::i18n;
use lafayette_data::Lang;
use wasm_bindgen::JsValue;

/// Installs a panic hook that logs the panic and puts a message on the page, built with
/// text nodes only (the panic text may hold anything).
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let details = info.to_string();
        web_sys::console::error_1(&JsValue::from_str(&details));
        show(&details);
    }));
}

fn show(details: &str) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let lang = match document
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .as_deref()
    {
        Some("fr") => Lang::Fr,
        _ => Lang::En,
    };
    let Ok(panel) = document.create_element("div") else {
        return;
    };
    panel.set_class_name("panic");
    let _ = panel.set_attribute("role", "alert");
    for (tag, text) in [
        ("strong", i18n::PANIC_TITLE.get(lang)),
        ("p", i18n::PANIC_HINT.get(lang)),
        ("pre", details),
    ] {
        if let Ok(element) = document.create_element(tag) {
            element.set_text_content(Some(text));
            let _ = panel.append_child(&element);
        }
    }
    if let Some(body) = document.body() {
        let _ = body.prepend_with_node_1(&panel);
    }
}
