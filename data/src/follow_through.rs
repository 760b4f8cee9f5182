//! What became of each commitment: its status, derived from the outcomes that answer it by the
//! rules written in data/README.md ("Follow-through"), the date the status was reached and the
//! days from the promise to it.

use crate::model::{Commitment, Effect, Event, PartialDate, When};

/// A commitment's status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    Done,
    InProgress,
    NotDone,
    /// No outcome found in the public record, searched up to a date.
    NoRecord,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::Done,
        Status::InProgress,
        Status::NotDone,
        Status::NoRecord,
    ];

    /// The status's name in addresses and files.
    pub fn code(self) -> &'static str {
        match self {
            Status::Done => "done",
            Status::InProgress => "in-progress",
            Status::NotDone => "not-done",
            Status::NoRecord => "no-record",
        }
    }

    pub fn from_code(code: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|status| status.code() == code)
    }
}

/// What became of one commitment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FollowThrough<'a> {
    pub status: Status,
    /// The outcomes that answer it, oldest first.
    pub outcomes: Vec<&'a Event>,
    /// The outcome that set the status (none without a record).
    pub decided_by: Option<&'a Event>,
    /// When the status was reached: the deciding outcome's date, or the date the record was
    /// searched up to.
    pub reached: Option<When>,
    /// Days from the promise to the deciding outcome (from the first day of each date; see
    /// `approximate`).
    pub days: Option<i32>,
    /// Whether either date is known only to its month or year, or bounded.
    pub approximate: bool,
}

/// The rules, applied to the outcomes in date order:
/// - an outcome that is done makes the commitment done, from the first such date;
/// - an outcome that is not done makes it not done (a promise later reversed is not done);
/// - an outcome in progress makes it in progress, unless it is done already (work that goes
///   on after the promise was kept does not undo it);
/// - with no outcome, there is no public record, as of the date searched.
pub fn follow_through<'a>(
    commitment: &Commitment,
    promised: &When,
    events: &'a [Event],
) -> FollowThrough<'a> {
    let mut outcomes: Vec<&Event> = events
        .iter()
        .filter(|event| {
            event
                .answers
                .as_ref()
                .is_some_and(|answers| answers.commitments.iter().any(|id| *id == commitment.id))
        })
        .collect();
    outcomes.sort_by_key(|event| (event.when.start_day(), event.when.end_day()));
    let mut status = Status::NoRecord;
    let mut decided_by = None;
    for &outcome in &outcomes {
        let effect = outcome.answers.as_ref().map(|a| a.effect);
        let next = match (effect, status) {
            (Some(Effect::Done), Status::Done) => continue,
            (Some(Effect::Done), _) => Status::Done,
            (Some(Effect::NotDone), _) => Status::NotDone,
            (Some(Effect::InProgress), Status::Done) => continue,
            (Some(Effect::InProgress), _) => Status::InProgress,
            (None, _) => continue,
        };
        status = next;
        decided_by = Some(outcome);
    }
    let reached = match decided_by {
        Some(outcome) => Some(outcome.when.clone()),
        None => commitment
            .no_record
            .as_ref()
            .map(|none| When::on(none.as_of)),
    };
    let days = decided_by.map(|outcome| outcome.when.start_day() - promised.start_day());
    let rough = |when: &When| {
        !when.date.has_day() || when.kind != crate::model::DateKind::Exact || when.end.is_some()
    };
    FollowThrough {
        status,
        outcomes,
        decided_by,
        reached,
        days,
        approximate: decided_by.is_some_and(|outcome| rough(&outcome.when) || rough(promised)),
    }
}

/// An effect's name in the files.
pub fn effect_code(effect: Effect) -> &'static str {
    match effect {
        Effect::Done => "done",
        Effect::InProgress => "in-progress",
        Effect::NotDone => "not-done",
    }
}

/// The day a search found nothing up to, for the "no public record found as of" line.
pub fn searched_to(commitment: &Commitment) -> Option<PartialDate> {
    commitment.no_record.as_ref().map(|none| none.as_of)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Answers, DateKind, NoRecord, Scope, Text};
    use std::borrow::Cow;

    fn promise() -> Commitment {
        Commitment {
            id: Cow::Borrowed("join-sco"),
            actor: Cow::Borrowed("us-government"),
            area: Cow::Borrowed("climate"),
            initiative: None,
            event: Cow::Borrowed("announcement"),
            what: Text::default(),
            citations: Cow::Borrowed(&[]),
            no_record: None,
        }
    }

    fn outcome(id: &'static str, date: PartialDate, effect: Effect) -> Event {
        Event {
            id: Cow::Borrowed(id),
            when: When::on(date),
            scope: Scope::Bilateral,
            title: Text::default(),
            summary: Text::default(),
            place: None,
            participants: Cow::Borrowed(&[]),
            areas: Cow::Borrowed(&[]),
            initiatives: Cow::Borrowed(&[]),
            related: Cow::Borrowed(&[]),
            citations: Cow::Borrowed(&[]),
            answers: Some(Answers {
                effect,
                commitments: Cow::Owned(vec![Cow::Borrowed("join-sco")]),
                initiatives: Cow::Borrowed(&[]),
            }),
        }
    }

    fn promised() -> When {
        When::on(PartialDate::day(2021, 11, 10))
    }

    #[test]
    fn done_from_the_first_done_outcome_and_progress_after_it_keeps_it_done() {
        let events = [
            outcome(
                "later-work",
                PartialDate::day(2023, 1, 1),
                Effect::InProgress,
            ),
            outcome("joined", PartialDate::day(2022, 6, 9), Effect::Done),
            outcome("talks", PartialDate::day(2022, 1, 9), Effect::InProgress),
        ];
        let result = follow_through(&promise(), &promised(), &events);
        assert_eq!(result.status, Status::Done);
        assert_eq!(result.decided_by.map(|e| e.id.as_ref()), Some("joined"));
        assert_eq!(result.days, Some(211));
        assert!(!result.approximate);
        let order: Vec<&str> = result.outcomes.iter().map(|e| e.id.as_ref()).collect();
        assert_eq!(order, ["talks", "joined", "later-work"]);
    }

    #[test]
    fn a_later_reversal_is_not_done_and_resumed_work_is_in_progress() {
        let reversed = [
            outcome("joined", PartialDate::day(2022, 6, 9), Effect::Done),
            outcome("left", PartialDate::day(2025, 1, 20), Effect::NotDone),
        ];
        let result = follow_through(&promise(), &promised(), &reversed);
        assert_eq!(result.status, Status::NotDone);
        assert_eq!(result.decided_by.map(|e| e.id.as_ref()), Some("left"));
        let resumed = [
            outcome("refused", PartialDate::day(2022, 1, 1), Effect::NotDone),
            outcome("talks", PartialDate::day(2023, 5, 0), Effect::InProgress),
        ];
        let result = follow_through(&promise(), &promised(), &resumed);
        assert_eq!(result.status, Status::InProgress);
        assert!(result.approximate, "known to the month only");
    }

    #[test]
    fn without_outcomes_there_is_no_record_as_of_the_search() {
        let mut searched = promise();
        searched.no_record = Some(NoRecord {
            as_of: PartialDate::day(2026, 12, 1),
        });
        let result = follow_through(&searched, &promised(), &[]);
        assert_eq!(result.status, Status::NoRecord);
        assert_eq!(
            result.reached,
            Some(When::on(PartialDate::day(2026, 12, 1)))
        );
        assert_eq!(result.days, None);
        let mut bounded = outcome("by", PartialDate::day(2024, 3, 12), Effect::InProgress);
        bounded.when.kind = DateKind::Before;
        assert!(follow_through(&promise(), &promised(), &[bounded]).approximate);
        for status in Status::ALL {
            assert_eq!(Status::from_code(status.code()), Some(status));
        }
    }
}
