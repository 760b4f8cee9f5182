//! The app's end of the embed messages (rules in `protocol.rs`): when framed, it says
//! it is ready, pairs with the parent that answers, then reports its height (from a
//! ResizeObserver, not polling) and its state to that origin only, and obeys its `navigate`.

use crate::embed::protocol::{self, Action, HostMessage, Pairing, Sender};
use crate::url_state::UrlState;
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::js_sys::{Object, Reflect};

/// Starts talking to the parent page, if there is one. Lives as long as the app.
pub fn connect(url: UrlState) {
    let Some(parent) = parent_window() else {
        return;
    };
    let pairing = Rc::new(RefCell::new(Pairing::default()));
    let last_height = Rc::new(Cell::new(0u32));

    let report_height = {
        let (parent, pairing, last_height) = (parent.clone(), pairing.clone(), last_height.clone());
        move || {
            let Some(origin) = pairing.borrow().host_origin().map(str::to_string) else {
                return;
            };
            let Some(height) = document().document_element().and_then(|html| {
                protocol::reported_height(html.get_bounding_client_rect().height())
            }) else {
                return;
            };
            if height != last_height.replace(height) {
                post(
                    &parent,
                    &origin,
                    protocol::RESIZE,
                    Some(("height", &JsValue::from(height))),
                );
            }
        }
    };
    let report_state = {
        let (parent, pairing) = (parent.clone(), pairing.clone());
        move || {
            if let Some(origin) = pairing.borrow().host_origin() {
                let hash = url.state.with_untracked(protocol::reported_hash);
                post(
                    &parent,
                    origin,
                    protocol::STATE,
                    Some(("hash", &JsValue::from(hash))),
                );
            }
        }
    };

    // The browser calls this at most once per frame, only when the size changed.
    let on_resize = Closure::<dyn FnMut()>::new(report_height.clone());
    if let (Ok(observer), Some(html)) = (
        web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()),
        document().document_element(),
    ) {
        observer.observe(&html);
    }
    on_resize.forget();

    Effect::new({
        let report_state = report_state.clone();
        move |_| {
            url.state.track();
            report_state();
        }
    });

    post(&parent, "*", protocol::READY, None);
    let _ = window_event_listener(leptos::ev::message, move |event: web_sys::MessageEvent| {
        let is_parent = event
            .source()
            .is_some_and(|source| JsValue::from(source) == JsValue::from(parent.clone()));
        let origin = event.origin();
        let data = event.data();
        let message = HostMessage::parse(
            string_field(&data, "type").as_deref(),
            string_field(&data, "hash").as_deref(),
            string_field(&data, "theme").as_deref(),
        );
        let sender = Sender {
            is_parent,
            origin: &origin,
        };
        let action = pairing
            .borrow_mut()
            .receive(sender, message, &url.state.get_untracked());
        match action {
            Some(Action::Pair(_)) => {
                // The host sizes the frame to the content from now on: no scroll bar, whose
                // width would change the content's height (the map keeps its proportions)
                // and leave the frame one bar short of it.
                if let Some(root) = document().document_element() {
                    let _ = root.set_attribute("data-host-fits", "");
                }
                last_height.set(0);
                report_height();
                report_state();
            }
            Some(Action::Show(state)) => url.push(&state),
            // The host's setting, not the reader's step: no history entry.
            Some(Action::Restyle(theme)) => {
                url.replace(&url.state.get_untracked().with_theme(theme))
            }
            None => {}
        }
    });
}

/// The parent window when the app is framed.
fn parent_window() -> Option<web_sys::Window> {
    let own = window();
    let parent = own.parent().ok().flatten()?;
    (JsValue::from(parent.clone()) != JsValue::from(own)).then_some(parent)
}

/// A field of a message, only if the message is an object and the field a string.
fn string_field(data: &JsValue, name: &str) -> Option<String> {
    if !data.is_object() {
        return None;
    }
    Reflect::get(data, &JsValue::from_str(name))
        .ok()
        .and_then(|value| value.as_string())
}

/// Posts `{type: kind, [field]: value}` to `origin`. `READY` carries nothing else, so it is
/// the only message sent to "*".
fn post(parent: &web_sys::Window, origin: &str, kind: &str, field: Option<(&str, &JsValue)>) {
    let message = Object::new();
    let _ = Reflect::set(&message, &"type".into(), &kind.into());
    if let Some((name, value)) = field {
        let _ = Reflect::set(&message, &name.into(), value);
    }
    let _ = parent.post_message(&message, origin);
}
