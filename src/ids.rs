//! Typed ids of the dataset's records. Each is made from a record of the embedded dataset or
//! parsed from text by finding that record, so holding one means the record exists.

use crate::dataset::{self, data, supporters};
use crate::provenance::Holder;
use lafayette_data::{Actor, Area, Citation, Commitment, Event, Initiative, Supporter};

macro_rules! record_id {
    ($(#[$doc:meta])* $name:ident, $record:ty, $find:path) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(&'static str);

        impl $name {
            pub fn of(record: &'static $record) -> $name {
                $name(&record.id)
            }

            /// The id, if a record has it.
            pub fn parse(id: &str) -> Option<$name> {
                $find(id).map($name::of)
            }

            pub fn as_str(self) -> &'static str {
                self.0
            }

            pub fn record(self) -> &'static $record {
                $find(self.0).expect("made from a record of the dataset")
            }
        }
    };
}

record_id!(
    /// An event of the timeline.
    EventId,
    Event,
    dataset::event
);
record_id!(
    /// A cooperation area.
    AreaId,
    Area,
    dataset::area
);
record_id!(
    /// An initiative, dialogue or forum.
    InitiativeId,
    Initiative,
    dataset::initiative
);
record_id!(
    /// A person, government or organisation.
    ActorId,
    Actor,
    dataset::actor
);
record_id!(
    /// A promise: who committed to what.
    CommitmentId,
    Commitment,
    dataset::commitment
);

/// A Paris Call supporter, by its file name in the official site's repository (without `.md`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SupporterId(&'static str);

impl SupporterId {
    pub fn of(supporter: &'static Supporter) -> SupporterId {
        SupporterId(
            supporter
                .site_file
                .strip_suffix(".md")
                .unwrap_or(&supporter.site_file),
        )
    }

    pub fn parse(id: &str) -> Option<SupporterId> {
        supporters()
            .iter()
            .map(SupporterId::of)
            .find(|supporter| supporter.0 == id)
    }

    pub fn as_str(self) -> &'static str {
        self.0
    }

    pub fn record(self) -> &'static Supporter {
        supporters()
            .iter()
            .find(|supporter| SupporterId::of(supporter) == self)
            .expect("made from a supporter of the dataset")
    }
}

/// One quote of the dataset: the `index`-th citation of a record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct QuoteId {
    pub holder: Holder,
    pub record: &'static str,
    pub index: usize,
}

impl QuoteId {
    /// `q.<holder>.<record>.<index>`: the quote's anchor in the Sources view and in links.
    pub fn slug(self) -> String {
        format!("q.{}.{}.{}", self.holder.prefix(), self.record, self.index)
    }

    pub fn parse(text: &str) -> Option<QuoteId> {
        let (prefix, rest) = text.strip_prefix("q.")?.split_once('.')?;
        let (record, index) = rest.rsplit_once('.')?;
        let holder = Holder::ALL
            .into_iter()
            .find(|holder| holder.prefix() == prefix)?;
        let index: usize = index.parse().ok()?;
        let (record, citations) = citations_of(holder, record)?;
        (index < citations.len()).then_some(QuoteId {
            holder,
            record,
            index,
        })
    }

    pub fn citation(self) -> &'static Citation {
        let (_, citations) = citations_of(self.holder, self.record).expect("a record's quote");
        &citations[self.index]
    }
}

/// The record's id (borrowed from the dataset) and its citations.
fn citations_of(holder: Holder, id: &str) -> Option<(&'static str, &'static [Citation])> {
    let data = data();
    match holder {
        Holder::Event => dataset::event(id).map(|e| (&*e.id, &*e.citations)),
        Holder::Commitment => data
            .commitments
            .iter()
            .find(|c| c.id == id)
            .map(|c| (&*c.id, &*c.citations)),
        Holder::Actor => dataset::actor(id).map(|a| (&*a.id, &*a.citations)),
        Holder::Initiative => dataset::initiative(id).map(|i| (&*i.id, &*i.citations)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_parse_only_what_the_dataset_has() {
        assert_eq!(
            EventId::parse("elysee-meeting").map(EventId::as_str),
            Some("elysee-meeting")
        );
        assert_eq!(EventId::parse("nowhere"), None);
        assert_eq!(
            AreaId::parse("paris-call"),
            None,
            "an initiative is no area"
        );
        let usa = SupporterId::parse("united_states-state-USA").expect("the United States");
        assert_eq!(usa.record().country.as_deref(), Some("USA"));
    }

    #[test]
    fn every_quote_of_the_dataset_has_an_id_that_reads_back() {
        for quote in crate::provenance::all_quotes() {
            let id = QuoteId {
                holder: quote.holder,
                record: quote.record,
                index: quote.index,
            };
            assert_eq!(QuoteId::parse(&id.slug()), Some(id));
            assert_eq!(id.citation(), quote.citation);
        }
        assert_eq!(QuoteId::parse("q.event.elysee-meeting.99"), None);
        assert_eq!(QuoteId::parse("q.nothing.elysee-meeting.0"), None);
    }
}
