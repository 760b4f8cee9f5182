//! The Embed button and dialog: the snippet that shows the current state in another page.

use crate::document_sync::use_lang;
use crate::embed::snippet::{self, HEIGHT_RANGE};
use crate::i18n;
use crate::route::Figure;
use crate::url_state::use_url_state;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsValue;

/// The column widths the preview shows the embed at: a phone, a narrow and a wide article column.
const PREVIEW_WIDTHS: [u32; 3] = [320, 480, 760];

/// What the clipboard's promise calls back.
type Reply = Closure<dyn FnMut(JsValue)>;

#[derive(Clone, Copy, PartialEq)]
enum CopyStatus {
    Idle,
    Copied,
    SelectedForHand,
}

#[component]
pub fn EmbedDialog() -> impl IntoView {
    let url = use_url_state();
    let lang = use_lang();
    let dialog = NodeRef::<html::Dialog>::new();
    let code_area = NodeRef::<html::Textarea>::new();
    // None: the view's own default height.
    let (height, set_height) = signal(None::<u32>);
    let (auto_resize, set_auto_resize) = signal(true);
    let (copy_status, set_copy_status) = signal(CopyStatus::Idle);
    // The code and preview link follow the state only while the dialog is open.
    let (is_open, set_is_open) = signal(false);
    let (preview_width, set_preview_width) = signal(PREVIEW_WIDTHS[2]);
    // None: the whole view. A figure of another view counts as none.
    let (figure, set_figure) = signal(None::<Figure>);

    // The embed always names its language: a host's visitors see the reader's choice.
    let embedded = move || {
        url.state.with(|s| {
            s.with_lang(lang.get())
                .with_embed(true)
                .with_figure(figure.get())
        })
    };
    let shown_height = move || {
        height
            .get()
            .unwrap_or_else(|| snippet::default_height(&embedded()))
    };
    let code = move || {
        let lang = lang.get();
        let state = embedded();
        let shows = state.figure.map_or(state.view().title(), Figure::title);
        let title = format!("{} · {}", shows.get(lang), i18n::APP_NAME.get(lang));
        snippet::snippet(
            &url.shareable(&state),
            &title,
            shown_height(),
            auto_resize.get(),
        )
    };
    let preview = move || url.shareable(&embedded());
    // The choices depend on the view alone: typing a search does not rebuild them.
    let view = Memo::new(move |_| url.state.with(|s| s.view()));
    let chosen_figure = move || Figure::kept_on(figure.get(), view.get());

    let open = move |_| {
        set_copy_status.set(CopyStatus::Idle);
        set_is_open.set(true);
        if let Some(dialog) = dialog.get() {
            let _ = dialog.show_modal();
        }
    };
    let close = move |_| {
        if let Some(dialog) = dialog.get() {
            dialog.close();
        }
    };
    let replies = StoredValue::new_local(None::<(Reply, Reply)>);
    // Where the clipboard cannot be written, the code is selected for the reader to copy.
    let select_for_hand = move || {
        if let Some(area) = code_area.get_untracked() {
            let _ = area.focus();
            area.select();
            set_copy_status.set(CopyStatus::SelectedForHand);
        }
    };
    let copy = move |_| {
        let navigator = window().navigator();
        let has_clipboard =
            web_sys::js_sys::Reflect::has(&navigator, &JsValue::from_str("clipboard"))
                .unwrap_or(false);
        if !has_clipboard {
            // Outside a secure context there is no clipboard API.
            select_for_hand();
            return;
        }
        set_copy_status.set(CopyStatus::Idle);
        // "Copied" only once the browser says so: writing can be refused.
        let copied: Reply = Closure::new(move |_| set_copy_status.set(CopyStatus::Copied));
        let refused: Reply = Closure::new(move |_| select_for_hand());
        let _ = navigator
            .clipboard()
            .write_text(&code())
            .then2(&copied, &refused);
        // Kept until the next copy: the promise settles long before.
        replies.set_value(Some((copied, refused)));
    };
    let on_height = move |event: leptos::ev::Event| {
        let typed = event_target_value(&event).trim().parse::<u32>().ok();
        let height_wanted = typed.filter(|h| (HEIGHT_RANGE.0..=HEIGHT_RANGE.1).contains(h));
        // Unchanged (e.g. a field just emptied): leave the field as the reader has it.
        if height_wanted != height.get_untracked() {
            set_height.set(height_wanted);
        }
    };

    view! {
        <button type="button" class="embed-button" aria-haspopup="dialog" on:click=open>
            {i18n::tr(lang, &i18n::EMBED)}
        </button>
        <dialog
            node_ref=dialog
            class="embed-dialog"
            aria-labelledby="embed-title"
            on:close=move |_| set_is_open.set(false)
        >
            <h2 id="embed-title">{i18n::tr(lang, &i18n::EMBED_TITLE)}</h2>
            <Show when=move || url.single_file()>
                <p id="embed-offline">{i18n::tr(lang, &i18n::EMBED_OFFLINE)}</p>
                <div class="dialog-actions">
                    <button type="button" on:click=close>
                        {i18n::tr(lang, &i18n::CLOSE)}
                    </button>
                </div>
            </Show>
            // A file opened from disk has no address another page could embed: no code then.
            <div class="embed-online" hidden=move || url.single_file()>
                <p>{i18n::tr(lang, &i18n::EMBED_INTRO)}</p>
                <Show when=move || Figure::of(view.get()).next().is_some()>
                    <fieldset class="embed-what">
                        <legend>{i18n::tr(lang, &i18n::EMBED_WHAT)}</legend>
                        {move || {
                            std::iter::once(None)
                                .chain(Figure::of(view.get()).map(Some))
                                .map(|option| {
                                    let label = option
                                        .map_or(&i18n::EMBED_WHOLE_VIEW, Figure::title);
                                    view! {
                                        <label>
                                            <input
                                                type="radio"
                                                name="embed-what"
                                                value=option.map_or("view", Figure::slug)
                                                prop:checked=move || chosen_figure() == option
                                                on:change=move |_| set_figure.set(option)
                                            />
                                            {i18n::tr(lang, label)}
                                        </label>
                                    }
                                })
                                .collect_view()
                        }}
                    </fieldset>
                </Show>
                <div class="embed-options">
                    <label for="embed-height">{i18n::tr(lang, &i18n::EMBED_HEIGHT)}</label>
                    <input
                        id="embed-height"
                        type="number"
                        inputmode="numeric"
                        min=HEIGHT_RANGE.0
                        max=HEIGHT_RANGE.1
                        step="10"
                        prop:value=move || shown_height().to_string()
                        on:change=on_height
                    />
                    <label class="checkbox">
                        <input
                            type="checkbox"
                            prop:checked=auto_resize
                            on:change=move |event| set_auto_resize.set(event_target_checked(&event))
                        />
                        {i18n::tr(lang, &i18n::EMBED_AUTO_RESIZE)}
                    </label>
                </div>
                <label for="embed-code">{i18n::tr(lang, &i18n::EMBED_CODE)}</label>
                <textarea
                    id="embed-code"
                    node_ref=code_area
                    readonly
                    rows="5"
                    spellcheck="false"
                    prop:value=move || if is_open.get() { code() } else { String::new() }
                ></textarea>
                <fieldset class="segmented preview-widths">
                    <legend>{i18n::tr(lang, &i18n::EMBED_PREVIEW_WIDTH)}</legend>
                    {PREVIEW_WIDTHS
                        .into_iter()
                        .map(|width| {
                            view! {
                                <label>
                                    <input
                                        type="radio"
                                        name="embed-preview-width"
                                        value=width
                                        prop:checked=move || preview_width.get() == width
                                        on:change=move |_| set_preview_width.set(width)
                                    />
                                    {format!("{width} px")}
                                </label>
                            }
                        })
                        .collect_view()}
                </fieldset>
                // The embed itself, at the chosen column width and height, loaded only while open.
                // Scrolls when the embed is wider or taller than the dialog: reachable by keyboard.
                <div
                    class="embed-preview"
                    tabindex="0"
                    role="region"
                    aria-label=i18n::tr(lang, &i18n::EMBED_PREVIEW_FRAME)
                >
                    // Inert: a look, not a place to work in. Focus inside the frame would keep
                    // Escape from closing the dialog; the link below opens it for real.
                    // Removed on closing: a second copy of the app must not stay loaded (or go
                    // on loading) behind a closed dialog.
                    <Show when=move || is_open.get() && !url.single_file()>
                        <iframe
                            inert=true
                            title=i18n::tr(lang, &i18n::EMBED_PREVIEW_FRAME)
                            src=preview
                            width=preview_width
                            height=shown_height
                        ></iframe>
                    </Show>
                </div>
                <div class="dialog-actions">
                    <button type="button" on:click=copy>
                        {i18n::tr(lang, &i18n::COPY)}
                    </button>
                    <a href=move || is_open.get().then(preview) target="_blank" rel="noopener">
                        {i18n::tr(lang, &i18n::EMBED_PREVIEW)}
                    </a>
                    <button type="button" on:click=close>
                        {i18n::tr(lang, &i18n::CLOSE)}
                    </button>
                </div>
                <p role="status" class="copy-status">
                    {move || match copy_status.get() {
                        CopyStatus::Idle => "",
                        CopyStatus::Copied => i18n::COPIED.get(lang.get()),
                        CopyStatus::SelectedForHand => i18n::COPY_BY_HAND.get(lang.get()),
                    }}
                </p>
            </div>
        </dialog>
    }
}
