//! What "stated", "derived" and "unknown" mean, shown wherever facts are listed.

use crate::document_sync::use_lang;
use crate::i18n;
use leptos::prelude::*;

#[component]
pub fn ProvenanceLegend() -> impl IntoView {
    let lang = use_lang();
    view! {
        <dl class="legend">
            <div>
                <dt class="badge stated">{i18n::tr(lang, &i18n::STATED)}</dt>
                <dd>{i18n::tr(lang, &i18n::METHOD_STATED)}</dd>
            </div>
            <div>
                <dt class="badge derived">{i18n::tr(lang, &i18n::DERIVED)}</dt>
                <dd>{i18n::tr(lang, &i18n::METHOD_DERIVED)}</dd>
            </div>
            <div>
                <dt class="badge unknown">{i18n::tr(lang, &i18n::UNKNOWN)}</dt>
                <dd>{i18n::tr(lang, &i18n::METHOD_UNKNOWN)}</dd>
            </div>
        </dl>
    }
}
