//! Which records rely on which quotes: the links between the Sources view and the rest.

use crate::dataset::{data, quote_position};
use crate::ids::{ActorId, AreaId, EventId, InitiativeId, QuoteId};
use crate::route::{AppState, Cell, ColumnId, Filter, FilterList, MatrixState, Page, View};
use lafayette_data::{Citation, Commitment, Lang};

/// The kind of record a quote supports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Holder {
    Event,
    Commitment,
    Actor,
    Initiative,
}

impl Holder {
    pub const ALL: [Holder; 4] = [
        Holder::Event,
        Holder::Commitment,
        Holder::Actor,
        Holder::Initiative,
    ];

    /// The holder's word in quote ids.
    pub fn prefix(self) -> &'static str {
        match self {
            Holder::Event => "event",
            Holder::Commitment => "commitment",
            Holder::Actor => "actor",
            Holder::Initiative => "initiative",
        }
    }
}

/// A quote and the record it supports.
#[derive(Clone, Copy, Debug)]
pub struct Quoted {
    pub holder: Holder,
    pub record: &'static str,
    /// Its position among the record's citations.
    pub index: usize,
    pub citation: &'static Citation,
}

impl Quoted {
    pub fn id(&self) -> QuoteId {
        QuoteId {
            holder: self.holder,
            record: self.record,
            index: self.index,
        }
    }

    /// The supported record's name, in the reader's language.
    pub fn label(&self, lang: Lang) -> &'static str {
        let data = data();
        let found = match self.holder {
            Holder::Event => data
                .events
                .iter()
                .find(|e| e.id == self.record)
                .map(|e| &e.title),
            Holder::Commitment => data
                .commitments
                .iter()
                .find(|c| c.id == self.record)
                .map(|c| &c.what),
            Holder::Actor => data
                .actors
                .iter()
                .find(|a| a.id == self.record)
                .map(|a| &a.name),
            Holder::Initiative => data
                .initiatives
                .iter()
                .find(|i| i.id == self.record)
                .map(|i| &i.name),
        };
        found.map(|text| text.get(lang)).unwrap_or(self.record)
    }

    /// Where the supported record is shown: an event on the timeline, a commitment in its
    /// matrix cell, an actor's or initiative's events on the timeline.
    pub fn record_link(&self, state: &AppState) -> AppState {
        let timeline_of = |list: FilterList| {
            state
                .with_view(View::Timeline)
                .with_filter(Filter::only(list, self.record))
        };
        match self.holder {
            Holder::Event => match EventId::parse(self.record) {
                Some(event) => state.on(Page::event(event)),
                None => state.with_view(View::Timeline),
            },
            Holder::Commitment => {
                let cell = data()
                    .commitments
                    .iter()
                    .find(|c| c.id == self.record)
                    .and_then(commitment_cell);
                state.on(cell
                    .map_or_else(MatrixState::default, MatrixState::showing)
                    .into())
            }
            Holder::Actor => timeline_of(FilterList::Actors),
            Holder::Initiative => timeline_of(FilterList::Initiatives),
        }
    }
}

/// The matrix cell a commitment counts in: its area against its initiative, or against its
/// actor when it belongs to no initiative.
pub fn commitment_cell(commitment: &Commitment) -> Option<Cell> {
    let column = match &commitment.initiative {
        Some(initiative) => ColumnId::Initiative(InitiativeId::parse(initiative)?),
        None => ColumnId::Actor(ActorId::parse(&commitment.actor)?),
    };
    Some(Cell {
        area: AreaId::parse(&commitment.area)?,
        column,
    })
}

/// Every quote of the dataset, record by record.
pub fn all_quotes() -> Vec<Quoted> {
    let data = data();
    let mut quotes = Vec::new();
    let mut add = |holder: Holder, record: &'static str, citations: &'static [Citation]| {
        quotes.extend(
            citations
                .iter()
                .enumerate()
                .map(|(index, citation)| Quoted {
                    holder,
                    record,
                    index,
                    citation,
                }),
        );
    };
    for event in data.events.iter() {
        add(Holder::Event, &event.id, &event.citations);
    }
    for commitment in data.commitments.iter() {
        add(Holder::Commitment, &commitment.id, &commitment.citations);
    }
    for actor in data.actors.iter() {
        add(Holder::Actor, &actor.id, &actor.citations);
    }
    for initiative in data.initiatives.iter() {
        add(Holder::Initiative, &initiative.id, &initiative.citations);
    }
    quotes
}

/// The quotes taken from one source, in the order they appear in it (record order where
/// the build had no seeds to read positions from).
pub fn quotes_of(source: &str) -> Vec<Quoted> {
    let mut quotes: Vec<Quoted> = all_quotes()
        .into_iter()
        .filter(|quote| quote.citation.source == source)
        .collect();
    quotes.sort_by_key(|quote| {
        quote_position(&quote.citation.source, &quote.citation.quote).unwrap_or(usize::MAX)
    });
    quotes
}

/// The events a source supports, directly or through a commitment made at them.
pub fn events_supported_by(source: &str) -> Vec<&'static str> {
    let data = data();
    let mut events: Vec<&'static str> = data
        .events
        .iter()
        .filter(|e| e.citations.iter().any(|c| c.source == source))
        .map(|e| e.id.as_ref())
        .collect();
    for commitment in data
        .commitments
        .iter()
        .filter(|c| c.citations.iter().any(|c| c.source == source))
    {
        if !events.contains(&commitment.event.as_ref()) {
            events.push(&commitment.event);
        }
    }
    events
}

/// The classes that stop the page adding quotation marks a quote already has.
pub fn quote_mark_classes(quote: &str) -> &'static str {
    match own_quote_marks(quote) {
        (true, true) => "opens-quote closes-quote",
        (true, false) => "opens-quote",
        (false, _) => "",
    }
}

/// Whether a quote brings its own quotation marks (someone's words quoted by the source), so
/// the page adds none there: `(opens, closes)`. A closing mark counts only after an opening
/// one: `had been "clumsy"` ends an inner quote, not the whole.
fn own_quote_marks(quote: &str) -> (bool, bool) {
    let opens = quote.starts_with(['“', '"', '«', '‘']);
    let closes = quote
        .trim_end_matches(['.', ',', ';', ':'])
        .ends_with(['”', '"', '»', '’']);
    (opens, opens && closes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sees_the_quotation_marks_a_quote_brings() {
        assert_eq!(own_quote_marks("“in concrete ways,”"), (true, true));
        assert_eq!(
            own_quote_marks("\"our cooperation is critical.\""),
            (true, true)
        );
        assert_eq!(
            own_quote_marks("“We want to show our support"),
            (true, false)
        );
        assert_eq!(
            own_quote_marks("the US had been \"clumsy\""),
            (false, false)
        );
        assert_eq!(own_quote_marks("Plain words."), (false, false));
    }

    #[test]
    fn every_quote_is_found_under_its_source_exactly_once() {
        let total: usize = data().sources.iter().map(|s| quotes_of(&s.id).len()).sum();
        assert_eq!(total, all_quotes().len());
        let anchors: std::collections::HashSet<String> =
            all_quotes().iter().map(|q| q.id().slug()).collect();
        assert_eq!(anchors.len(), all_quotes().len(), "anchors are unique");
    }

    #[test]
    fn a_documents_quotes_come_in_reading_order() {
        let quotes = quotes_of("whitehouse-fact-sheet-2021-11-10");
        let positions: Vec<Option<usize>> = quotes
            .iter()
            .map(|q| quote_position(&q.citation.source, &q.citation.quote))
            .collect();
        if positions.iter().all(Option::is_none) {
            println!("SKIPPED: the build had no ../shared/seeds, so quotes keep record order");
            return;
        }
        assert!(
            positions.iter().all(Option::is_some),
            "every seed quote has a position"
        );
        assert!(positions.windows(2).all(|w| w[0] <= w[1]), "{positions:?}");
        assert_eq!(
            quotes[0].citation.quote, "President Emmanuel Macron of France",
            "the fact sheet's first words come first"
        );
    }

    #[test]
    fn anchors_survive_the_url() {
        for quote in all_quotes() {
            let state = AppState::default().on(Page::quote(quote.id()));
            assert_eq!(AppState::from_hash(&state.to_hash()), state);
        }
    }

    #[test]
    fn a_commitments_quote_leads_to_its_own_matrix_cell() {
        for quote in all_quotes()
            .into_iter()
            .filter(|q| q.holder == Holder::Commitment)
        {
            let state = quote.record_link(&AppState::default());
            let Page::Matrix(matrix) = &state.page else {
                panic!("{} leads to the matrix", quote.record)
            };
            let cell = matrix.selected.expect("a cell is selected");
            let commitment = data()
                .commitments
                .iter()
                .find(|c| c.id == quote.record)
                .unwrap();
            assert_eq!(cell.area.as_str(), commitment.area);
            assert_eq!(matrix.columns, cell.column.kind());
            // The link survives the URL: the matrix opens with that cell selected.
            assert_eq!(AppState::from_hash(&state.to_hash()), state);
        }
    }

    #[test]
    fn the_white_house_fact_sheet_supports_the_paris_call_decision() {
        let events = events_supported_by("whitehouse-fact-sheet-2021-11-10");
        assert!(events.contains(&"us-joins-paris-call"));
        assert!(!events.contains(&"cyber-dialogue-third"));
        let labels: Vec<&str> = quotes_of("whitehouse-fact-sheet-2021-11-10")
            .iter()
            .map(|q| q.label(Lang::Fr))
            .collect();
        assert!(labels.contains(&"Les États-Unis soutiennent l’Appel de Paris"));
    }
}
