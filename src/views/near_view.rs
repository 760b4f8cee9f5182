//! A hook that calls back when an element comes near the viewport (an IntersectionObserver),
//! for lists that grow as the reader scrolls. It follows the element as it comes and goes,
//! and disconnects when the component is cleaned up.

use leptos::prelude::*;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use web_sys::js_sys::Array;
use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

/// How far below the viewport the element counts as near, so rows arrive before they show.
const MARGIN: &str = "0px 0px 600px 0px";

type Callback = Closure<dyn Fn(Array, IntersectionObserver)>;

/// Calls `reached` whenever the element of `target` comes within `MARGIN` of the viewport,
/// and again after each call while it stays there (the list grew but not past the screen).
pub fn when_near_view<E>(target: NodeRef<E>, reached: impl Fn() + Copy + 'static)
where
    E: leptos::html::ElementType,
    E::Output: JsCast + Clone + 'static,
{
    // The observer and the callback it holds, made in the browser on first use.
    let observer = StoredValue::new_local(None::<(IntersectionObserver, Callback)>);
    Effect::new(move |_| {
        let element = target.get();
        if observer.with_value(Option::is_none) {
            observer.set_value(observe(reached));
        }
        observer.with_value(|observer| {
            if let Some((observer, _)) = observer {
                observer.disconnect();
                if let Some(element) = element {
                    observer.observe(element.unchecked_ref());
                }
            }
        });
    });
    on_cleanup(move || {
        observer.try_with_value(|observer| {
            if let Some((observer, _)) = observer {
                observer.disconnect();
            }
        });
    });
}

fn observe(reached: impl Fn() + 'static) -> Option<(IntersectionObserver, Callback)> {
    let callback = Callback::new(move |entries: Array, observer: IntersectionObserver| {
        let entries: Vec<IntersectionObserverEntry> =
            entries.iter().map(JsCast::unchecked_into).collect();
        if entries
            .iter()
            .any(IntersectionObserverEntry::is_intersecting)
        {
            reached();
            // Observing anew reports where the element is once the list has grown.
            for entry in entries {
                observer.unobserve(&entry.target());
                observer.observe(&entry.target());
            }
        }
    });
    let options = IntersectionObserverInit::new();
    options.set_root_margin(MARGIN);
    IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options)
        .ok()
        .map(|observer| (observer, callback))
}
