//! Why a search finds no supporter, in words the reader can act on: the filters hide what the
//! text matches, or the text names someone the dataset knows who is not a supporter, and where
//! they appear instead. Plain Rust, tested natively.

use super::query::{normalise, relevance, Index, Query, Relevance};
use crate::dataset::{country, data};
use lafayette_data::Actor;

/// Why nothing is shown.
#[derive(Debug, PartialEq, Eq)]
pub enum Empty {
    /// The text alone matches this many supporters; the facets leave them all out.
    HiddenByFilters(usize),
    /// The text names these actors of the dataset, none of them a supporter.
    NotSupporters(Vec<Appearance>),
    /// Nothing the dataset knows answers to the text (or there is no text).
    NoMatch,
}

/// Where an actor who is not a supporter appears.
#[derive(Debug, PartialEq, Eq)]
pub struct Appearance {
    pub actor: &'static Actor,
    /// The timeline's events the actor takes part in.
    pub events: usize,
}

/// At most this many actors are named: a reader who typed a name wants that one.
const MOST_ACTORS: usize = 5;

/// Why `query` shows no supporter in `index`.
pub fn explain(index: &Index, query: &Query) -> Empty {
    if query.text.is_empty() {
        return Empty::NoMatch;
    }
    match index.text_matches(&query.text) {
        0 => {}
        matching => return Empty::HiddenByFilters(matching),
    }
    let mut appearances: Vec<Appearance> = data()
        .actors
        .iter()
        .filter(|actor| names(actor, &query.text))
        .map(|actor| Appearance {
            actor,
            events: data()
                .events
                .iter()
                .filter(|event| event.participants.iter().any(|id| *id == actor.id))
                .count(),
        })
        .filter(|appearance| appearance.events > 0)
        .collect();
    if appearances.is_empty() {
        return Empty::NoMatch;
    }
    appearances.sort_by(|a, b| b.events.cmp(&a.events).then(a.actor.id.cmp(&b.actor.id)));
    appearances.truncate(MOST_ACTORS);
    Empty::NotSupporters(appearances)
}

/// Whether the (normalised) text names the actor: whole words of its name or of its country's
/// name in either language, or its country's ISO code.
fn names(actor: &Actor, text: &str) -> bool {
    let mut known_by = vec![&*actor.name.en, &*actor.name.fr];
    if let Some(code) = actor.country.as_deref() {
        known_by.push(code);
        if let Some(country) = country(code) {
            known_by.extend([&*country.name.en, &*country.name.fr]);
        }
    }
    let haystack = normalise(&known_by.join(" "));
    matches!(
        relevance(&haystack, text, actor.country.as_deref()),
        Some(Relevance::CountryCode | Relevance::WholeWords)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::supporters;
    use lafayette_data::Category;

    fn index() -> Index {
        Index::new(supporters().iter().collect())
    }

    fn explained(text: &str, categories: Vec<Category>) -> Empty {
        let query = Query {
            text: normalise(text),
            categories,
            ..Query::default()
        };
        let index = index();
        assert!(
            index.search(&query, lafayette_data::Lang::En).is_empty(),
            "{text}: nothing shown"
        );
        explain(&index, &query)
    }

    #[test]
    fn a_country_that_is_no_supporter_says_where_it_appears() {
        for text in ["Jordan", "jordanie"] {
            let Empty::NotSupporters(appearances) = explained(text, vec![]) else {
                panic!("{text}: Jordan is in the timeline, not among the supporters");
            };
            let jordan = appearances
                .iter()
                .find(|a| a.actor.id.as_ref() == "jordan")
                .expect("the actor Jordan");
            let events = data()
                .events
                .iter()
                .filter(|e| e.participants.iter().any(|p| p.as_ref() == "jordan"))
                .count();
            assert!(events > 0);
            assert_eq!(jordan.events, events, "{text}");
        }
    }

    #[test]
    fn filters_that_hide_every_match_are_named() {
        let microsoft = index().text_matches(&normalise("Microsoft"));
        assert!(microsoft > 0);
        assert_eq!(
            explained("Microsoft", vec![Category::State]),
            Empty::HiddenByFilters(microsoft)
        );
    }

    #[test]
    fn unknown_text_is_just_unmatched() {
        assert_eq!(explained("zzzz no such name", vec![]), Empty::NoMatch);
        // Part of a word names nobody: "Jord" is not Jordan.
        assert_eq!(explained("Jord", vec![]), Empty::NoMatch);
    }
}
