//! One supporter's details, in a sheet.

use super::query::{category_label, nature_label, source_url};
use super::supporter_name;
use crate::dataset::{country, data};
use crate::document_sync::use_lang;
use crate::i18n;
use crate::ids::SupporterId;
use crate::route::SupportersState;
use crate::url_state::use_url_state;
use crate::views::sheet::Sheet;
use lafayette_data::{Confidence, Lang, Supporter};
use leptos::prelude::*;

/// When the supporter joined, in plain words: the date with how sure it is and why, or that
/// it is unknown and since when the official list has it.
pub fn joined_in_words(supporter: &Supporter, lang: Lang) -> String {
    match &supporter.joined {
        Some(joined) => {
            let note = data()
                .join_notes
                .iter()
                .find(|n| n.id == joined.note)
                .map(|n| n.text.get(lang))
                .unwrap_or_default();
            let confidence = match joined.confidence {
                Confidence::High => &i18n::CONFIDENCE_HIGH,
                Confidence::Medium => &i18n::CONFIDENCE_MEDIUM,
                Confidence::Site => &i18n::CONFIDENCE_SITE,
            };
            i18n::joined_on(&joined.date.format(lang), confidence.get(lang), note)
        }
        None => i18n::unknown_join_date(&supporter.first_listed.format(lang), lang),
    }
}

/// The supporter's country in the reader's language with its code, or that it has none.
fn country_in_words(supporter: &Supporter, lang: Lang) -> String {
    match supporter.country.as_deref() {
        Some(code) => {
            let name = country(code).map_or(code, |c| c.name.get(lang));
            format!("{name} ({code})")
        }
        None => i18n::NO_COUNTRY.get(lang).to_string(),
    }
}

#[component]
pub fn SupporterDetail(selected: Memo<Option<SupporterId>>) -> impl IntoView {
    let url = use_url_state();
    let close_href = Signal::derive(move || url.state.with(|s| s.unselected().to_hash()));
    let close = move || url.push_page(|page: &mut SupportersState| page.selected = None);
    view! {
        <Show when=move || selected.with(Option::is_some)>
            <Sheet
                id="supporter-detail"
                labelled_by="supporter-detail-title"
                close_href=close_href
                on_close=close
            >
                {move || {
                    selected.get().map(|id| view! { <SupporterFacts supporter=id.record() /> })
                }}
            </Sheet>
        </Show>
    }
}

#[component]
fn SupporterFacts(supporter: &'static Supporter) -> impl IntoView {
    let lang = use_lang();
    let nature = supporter
        .nature
        .as_deref()
        .map(|raw| (raw, nature_label(raw)));
    view! {
        <h3 id="supporter-detail-title">
            {move || supporter_name(supporter, lang.get()).to_string()}
        </h3>
        <dl class="facts">
            {supporter
                .name_on_site
                .as_ref()
                .map(|name| {
                    view! {
                        <dt>{i18n::tr(lang, &i18n::NAME_ON_SITE)}</dt>
                        <dd lang="fr">{name.as_ref()}</dd>
                    }
                })} <dt>{i18n::tr(lang, &i18n::CATEGORY)}</dt>
            <dd>{i18n::tr(lang, category_label(supporter.category))}</dd>
            <dt>{i18n::tr(lang, &i18n::COUNTRY)}</dt>
            <dd>{move || country_in_words(supporter, lang.get())}</dd>
            {nature
                .map(|(raw, label)| {
                    view! {
                        <dt>{i18n::tr(lang, &i18n::NATURE)}</dt>
                        <dd>{move || label.map_or(raw, |l| l.get(lang.get())).to_string()}</dd>
                    }
                })} <dt>{i18n::tr(lang, &i18n::JOINED)}</dt>
            <dd class:unknown=supporter
                .joined
                .is_none()>{move || joined_in_words(supporter, lang.get())}</dd>
            <dt>{i18n::tr(lang, &i18n::DOCUMENT)}</dt> <dd>
                <a href=source_url(supporter) rel="noopener">
                    {i18n::tr(lang, &i18n::SUPPORTER_SOURCE)}
                </a>
            </dd>
        </dl>
    }
}
