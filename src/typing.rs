//! Whether the reader is typing: from a keystroke until typing pauses. What a keystroke must
//! change at once (the list it searches) follows the text; what can wait (the counts around
//! the list) holds still while `typing`, so that each keystroke does only the first.

use leptos::prelude::*;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;

/// How long typing must pause, in milliseconds, before what waits for it follows.
pub const TYPING_PAUSE_MS: i32 = 150;

#[derive(Clone, Copy)]
pub struct Typing {
    typing: RwSignal<bool>,
    /// Keystrokes so far: a pause's timer ends typing only if no keystroke came after it.
    keystrokes: RwSignal<usize>,
}

impl Typing {
    pub fn new() -> Typing {
        Typing {
            typing: RwSignal::new(false),
            keystrokes: RwSignal::new(0),
        }
    }

    /// A keystroke: typing until `TYPING_PAUSE_MS` pass without another.
    pub fn keystroke(self) {
        self.keystrokes
            .update_untracked(|count| *count = count.wrapping_add(1));
        let this_one = self.keystrokes.get_untracked();
        if !self.typing.get_untracked() {
            self.typing.set(true);
        }
        // The closure type the embed channel already has: no new glue in the wasm.
        let pause = Closure::<dyn FnMut()>::new(move || {
            if self.keystrokes.try_get_untracked() == Some(this_one) {
                self.typing.set(false);
            }
        })
        .into_js_value();
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(
            pause.unchecked_ref(),
            TYPING_PAUSE_MS,
        );
    }

    /// The reader left the box: typing ends now, before focus reaches what waited for it
    /// (a facet that came or went under the keyboard's focus would drop it).
    pub fn stop(self) {
        self.keystrokes
            .update_untracked(|count| *count = count.wrapping_add(1));
        if self.typing.get_untracked() {
            self.typing.set(false);
        }
    }

    /// Whether the reader is typing (tracked).
    pub fn get(self) -> bool {
        self.typing.get()
    }
}
