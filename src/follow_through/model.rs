//! The follow-through table's logic: each commitment with what became of it (by the rules of
//! `lafayette_data::follow_through`), which rows the shared filter keeps, their order, and the
//! CSV of what is shown. Plain Rust, tested natively.

use crate::dataset::{actor, data, event};
use crate::route::{Filter, FilterList, FollowColumn};
use lafayette_data::csv::write_rows;
use lafayette_data::follow_through::{follow_through, FollowThrough, Status};
use lafayette_data::{Commitment, Event, Initiative, Lang, When};
use std::cmp::Ordering;
use std::sync::OnceLock;

/// One commitment and what became of it.
pub struct Row {
    pub commitment: &'static Commitment,
    /// The event where the promise was made.
    pub promised: &'static Event,
    pub result: FollowThrough<'static>,
}

/// Rows are made once (`rows`): one is another only if it is the same row.
impl PartialEq for Row {
    fn eq(&self, other: &Row) -> bool {
        std::ptr::eq(self, other)
    }
}

/// Every commitment's row, in the dataset's order.
pub fn rows() -> &'static [Row] {
    static ROWS: OnceLock<Vec<Row>> = OnceLock::new();
    ROWS.get_or_init(|| {
        data()
            .commitments
            .iter()
            .filter_map(|commitment| {
                let promised = event(&commitment.event)?;
                Some(Row {
                    commitment,
                    promised,
                    result: follow_through(commitment, &promised.when, &data().events),
                })
            })
            .collect()
    })
}

/// What became of one commitment, by its id.
pub fn row_of(commitment: &str) -> Option<&'static Row> {
    rows().iter().find(|row| row.commitment.id == commitment)
}

/// Each initiative that outcomes answer, with those outcomes, latest first.
pub fn initiative_outcomes() -> Vec<(&'static Initiative, Vec<&'static Event>)> {
    data()
        .initiatives
        .iter()
        .map(|initiative| {
            let mut outcomes: Vec<&'static Event> = data()
                .events
                .iter()
                .filter(|event| {
                    event
                        .answers
                        .as_ref()
                        .is_some_and(|a| a.initiatives.iter().any(|i| *i == initiative.id))
                })
                .collect();
            outcomes.sort_by_key(|event| std::cmp::Reverse(event.when.start_day()));
            (initiative, outcomes)
        })
        .filter(|(_, outcomes)| !outcomes.is_empty())
        .collect()
}

/// How many commitments have each status, in `Status::ALL` order.
pub fn status_counts(rows: &[&Row]) -> [(Status, usize); 4] {
    Status::ALL.map(|status| {
        (
            status,
            rows.iter()
                .filter(|row| row.result.status == status)
                .count(),
        )
    })
}

/// The rows the shared filter keeps (status, area, actor, initiative), in the asked order.
pub fn shown(
    filter: &Filter,
    sort: FollowColumn,
    descending: bool,
    lang: Lang,
) -> Vec<&'static Row> {
    let wanted = |list: FilterList, have: Option<&str>| {
        let wanted = filter.get(list);
        wanted.is_empty() || have.is_some_and(|id| wanted.iter().any(|w| w == id))
    };
    let mut shown: Vec<&Row> = rows()
        .iter()
        .filter(|row| {
            let c = row.commitment;
            wanted(FilterList::Statuses, Some(row.result.status.code()))
                && wanted(FilterList::Areas, Some(&c.area))
                && wanted(FilterList::Actors, Some(&c.actor))
                && wanted(FilterList::Initiatives, c.initiative.as_deref())
        })
        .collect();
    // The day the status was reached ("no record as of" is not one) and the days it took.
    let reached = |row: &Row| {
        (row.result.status != Status::NoRecord)
            .then(|| row.result.reached.as_ref().map(When::start_day))
            .flatten()
    };
    let missing = |row: &Row| match sort {
        FollowColumn::Reached => reached(row).is_none(),
        FollowColumn::Days => row.result.days.is_none(),
        _ => false,
    };
    let order = |a: &Row, b: &Row| match sort {
        FollowColumn::Promised => Ordering::Equal,
        FollowColumn::Who => who(a, lang).cmp(who(b, lang)),
        FollowColumn::Status => a.result.status.cmp(&b.result.status),
        FollowColumn::Reached => reached(a).cmp(&reached(b)),
        FollowColumn::Days => a.result.days.cmp(&b.result.days),
    };
    // Rows without a value go last whatever the direction.
    shown.sort_by(|a, b| {
        missing(a).cmp(&missing(b)).then_with(|| {
            let promised = a
                .promised
                .when
                .start_day()
                .cmp(&b.promised.when.start_day());
            let ordered = order(a, b).then(promised);
            if descending {
                ordered.reverse()
            } else {
                ordered
            }
        })
    });
    shown
}

/// Who made the promise, in `lang`.
pub fn who(row: &Row, lang: Lang) -> &'static str {
    actor(&row.commitment.actor).map_or("", |a| a.name.get(lang))
}

/// Exactly the rows shown, as CSV with a BOM for spreadsheets, in the reader's language.
pub fn to_csv(shown: &[&Row], lang: Lang) -> String {
    let header = [
        "commitment",
        "promise",
        "who",
        "promised",
        "status",
        "status_reached",
        "days",
        "outcomes",
    ]
    .map(str::to_string);
    let rows = std::iter::once(header.to_vec()).chain(shown.iter().map(|row| {
        vec![
            row.commitment.id.to_string(),
            row.commitment.what.get(lang).to_string(),
            who(row, lang).to_string(),
            row.promised.when.date.to_string(),
            row.result.status.code().to_string(),
            row.result
                .reached
                .as_ref()
                .map(|w| w.date.to_string())
                .unwrap_or_default(),
            row.result.days.map(|d| d.to_string()).unwrap_or_default(),
            row.result
                .outcomes
                .iter()
                .map(|e| e.id.as_ref())
                .collect::<Vec<_>>()
                .join(";"),
        ]
    }));
    format!("\u{feff}{}", write_rows(rows))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_initiatives_outcomes_answer_it_latest_first() {
        let listed = initiative_outcomes();
        assert!(!listed.is_empty());
        for (initiative, outcomes) in listed {
            assert!(outcomes
                .windows(2)
                .all(|w| w[0].when.start_day() >= w[1].when.start_day()));
            for outcome in outcomes {
                let answers = outcome.answers.as_ref().unwrap();
                assert!(answers.initiatives.iter().any(|i| *i == initiative.id));
            }
        }
    }

    #[test]
    fn every_commitment_has_a_status_backed_by_outcomes_or_an_explicit_search() {
        assert_eq!(rows().len(), data().commitments.len());
        for row in rows() {
            match row.result.status {
                Status::NoRecord => {
                    assert!(row.result.outcomes.is_empty());
                    assert!(row.commitment.no_record.is_some(), "{}", row.commitment.id);
                }
                _ => {
                    let decided = row.result.decided_by.expect("an outcome decides");
                    assert!(!decided.citations.is_empty(), "{}", decided.id);
                    assert!(row.result.days.is_some());
                }
            }
        }
        let counts = status_counts(&rows().iter().collect::<Vec<_>>());
        assert_eq!(counts.iter().map(|(_, n)| n).sum::<usize>(), rows().len());
    }

    #[test]
    fn the_filter_keeps_statuses_and_the_sort_puts_missing_values_last() {
        let done = Filter::only(FilterList::Statuses, "done");
        let kept = shown(&done, FollowColumn::Promised, false, Lang::En);
        assert!(!kept.is_empty());
        assert!(kept.iter().all(|row| row.result.status == Status::Done));
        for descending in [false, true] {
            let by_days = shown(&Filter::default(), FollowColumn::Days, descending, Lang::En);
            let days: Vec<Option<i32>> = by_days.iter().map(|row| row.result.days).collect();
            let known = days.iter().take_while(|d| d.is_some()).count();
            assert!(days[known..].iter().all(Option::is_none), "{days:?}");
            let mut sorted = days[..known].to_vec();
            sorted.sort();
            if descending {
                sorted.reverse();
            }
            assert_eq!(days[..known], sorted[..]);
        }
        let csv = to_csv(&kept, Lang::Fr);
        assert_eq!(csv.lines().count(), kept.len() + 1);
        assert!(csv.contains(",done,"));
    }
}
