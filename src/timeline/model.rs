//! The timeline's logic: which events the shared filter keeps, their lanes, the time scale,
//! and the stacking of labels that would overlap (the axis is in `axis.rs`). Plain Rust, tested natively.

use crate::dataset::data;
use crate::route::{Filter, FilterList, Lanes};
use crate::supporters::query::normalise;
use lafayette_data::date::civil_from_days;
use lafayette_data::{Event, Scope, Text};

/// A day count since 1970-01-01 (see `lafayette_data::date`).
pub type Day = i32;

/// True when the event (with its prepared `haystack`) passes the shared filter and the
/// search text, already normalised as `text` (empty lists let everything through).
fn event_matches(event: &Event, haystack: &str, filter: &Filter, text: &str) -> bool {
    let countries = event
        .participants
        .iter()
        .filter_map(|id| crate::dataset::actor(id))
        .filter_map(|actor| actor.country.as_deref());
    text.split_whitespace().all(|word| haystack.contains(word))
        && passes(filter, FilterList::Areas, event.areas.iter().map(|a| &**a))
        && passes(
            filter,
            FilterList::Actors,
            event.participants.iter().map(|a| &**a),
        )
        && passes(
            filter,
            FilterList::Initiatives,
            event.initiatives.iter().map(|i| &**i),
        )
        && passes(
            filter,
            FilterList::Sources,
            event.citations.iter().map(|c| &*c.source),
        )
        && passes(filter, FilterList::Countries, countries)
        && passes(filter, FilterList::Statuses, statuses(event))
}

/// The statuses an event stands for: an outcome's effect, and the status of each commitment
/// promised at it (so that "no public record" finds where the promise was made).
fn statuses(event: &Event) -> impl Iterator<Item = &'static str> + '_ {
    let effect = event
        .answers
        .as_ref()
        .map(|answers| lafayette_data::follow_through::effect_code(answers.effect));
    let promised = crate::follow_through::model::rows()
        .iter()
        .filter(move |row| row.commitment.event == event.id)
        .map(|row| row.result.status.code());
    effect.into_iter().chain(promised)
}

/// True when the list wants nothing, or one of the ids the record has.
fn passes<'a>(filter: &Filter, list: FilterList, mut have: impl Iterator<Item = &'a str>) -> bool {
    let wanted = filter.get(list);
    wanted.is_empty() || have.any(|h| wanted.iter().any(|w| w == h))
}

/// Events ready for filtering: in chronological order, with their searchable text (titles
/// and summaries in both languages) normalised once, on the first text search, not on every
/// keystroke (nor at start, where 10,000 events would delay the first render).
pub struct EventIndex {
    events: Vec<&'static Event>,
    search_texts: std::sync::OnceLock<Vec<String>>,
}

impl EventIndex {
    pub fn new(events: &'static [Event]) -> EventIndex {
        let mut events: Vec<&'static Event> = events.iter().collect();
        events.sort_by_key(|event| (event.when.start_day(), event.when.end_day()));
        EventIndex {
            events,
            search_texts: std::sync::OnceLock::new(),
        }
    }

    /// Every event, in chronological order.
    pub fn all(&self) -> impl Iterator<Item = &'static Event> + '_ {
        self.events.iter().copied()
    }

    fn search_texts(&self) -> &[String] {
        self.search_texts.get_or_init(|| {
            self.events
                .iter()
                .map(|event| {
                    normalise(&format!(
                        "{} {} {} {}",
                        event.title.en, event.title.fr, event.summary.en, event.summary.fr
                    ))
                })
                .collect()
        })
    }

    /// The events the filter and the search text keep, in chronological order.
    pub fn filtered(&self, filter: &Filter, text: &str) -> Vec<&'static Event> {
        let text = normalise(text);
        let texts: &[String] = if text.is_empty() {
            &[]
        } else {
            self.search_texts()
        };
        self.events
            .iter()
            .enumerate()
            .filter(|(at, event)| {
                let haystack = texts.get(*at).map_or("", String::as_str);
                event_matches(event, haystack, filter, &text)
            })
            .map(|(_, event)| *event)
            .collect()
    }
}

/// A lane: its key and label.
#[derive(Clone, Debug, PartialEq)]
pub struct Lane {
    pub key: String,
    pub label: &'static Text,
}

pub fn scope_key(scope: Scope) -> &'static str {
    match scope {
        Scope::UnitedStates => "united-states",
        Scope::France => "france",
        Scope::Bilateral => "bilateral",
        Scope::Multilateral => "multilateral",
    }
}

pub fn scope_label(scope: Scope) -> &'static Text {
    match scope {
        Scope::UnitedStates => &crate::i18n::SCOPE_US,
        Scope::France => &crate::i18n::SCOPE_FRANCE,
        Scope::Bilateral => &crate::i18n::SCOPE_BILATERAL,
        Scope::Multilateral => &crate::i18n::SCOPE_MULTILATERAL,
    }
}

/// The lanes of a grouping, in display order.
pub fn lanes(grouping: Lanes) -> Vec<Lane> {
    match grouping {
        Lanes::Scope => [
            Scope::UnitedStates,
            Scope::Bilateral,
            Scope::France,
            Scope::Multilateral,
        ]
        .into_iter()
        .map(|scope| Lane {
            key: scope_key(scope).to_string(),
            label: scope_label(scope),
        })
        .collect(),
        Lanes::Area => data()
            .areas
            .iter()
            .filter(|a| a.parent.is_none())
            .map(|a| Lane {
                key: a.id.to_string(),
                label: &a.name,
            })
            .collect(),
    }
}

/// The lanes an event belongs to: one per scope, or each top-level area it touches
/// (an event can sit in several groups).
pub fn lanes_of(event: &Event, grouping: Lanes) -> Vec<String> {
    match grouping {
        Lanes::Scope => vec![scope_key(event.scope).to_string()],
        Lanes::Area => {
            let mut keys: Vec<String> = Vec::new();
            for area in event.areas.iter() {
                let top = crate::dataset::area(area)
                    .and_then(|a| a.parent.as_deref())
                    .unwrap_or(area);
                if !keys.iter().any(|k| k == top) {
                    keys.push(top.to_string());
                }
            }
            keys
        }
    }
}

/// A linear map from days to a 0..1 position across the view.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    pub start: f64,
    pub end: f64,
}

/// The narrowest span a zoom may reach: a few days.
pub const MIN_SPAN_DAYS: f64 = 3.0;

impl Scale {
    pub fn new(start: f64, end: f64) -> Scale {
        let end = end.max(start + MIN_SPAN_DAYS);
        Scale { start, end }
    }

    /// The span covering all events, with a margin on each side.
    pub fn fit(events: &[&Event]) -> Scale {
        let first = events.iter().map(|e| e.when.start_day()).min().unwrap_or(0) as f64;
        let last = events.iter().map(|e| e.when.end_day()).max().unwrap_or(365) as f64;
        let margin = ((last - first) * 0.03).max(2.0);
        Scale::new(first - margin, last + margin)
    }

    pub fn span(&self) -> f64 {
        self.end - self.start
    }

    pub fn position(&self, day: f64) -> f64 {
        (day - self.start) / self.span()
    }

    pub fn contains(&self, first: Day, last: Day) -> bool {
        (last as f64) >= self.start && (first as f64) <= self.end
    }

    /// The scale rounded to whole days, as the URL keeps it.
    pub fn whole_days(&self) -> Option<crate::route::DayRange> {
        crate::route::DayRange::new(self.start.round() as Day, self.end.round() as Day)
    }
}

/// `count` synthetic events for scale benchmarks: the real ones repeated with unique ids and
/// their dates spread evenly from 1961 to 2024.
pub fn synthetic_events(count: usize) -> Vec<Event> {
    let real = &data().events;
    let (first, last) = (
        lafayette_data::date::days_from_civil(1961, 1, 1),
        lafayette_data::date::days_from_civil(2024, 12, 31),
    );
    (0..count)
        .map(|i| {
            let mut event = real[i % real.len()].clone();
            event.id = format!("synthetic-{i}").into();
            let day = first + ((last - first) as i64 * i as i64 / count.max(1) as i64) as i32;
            event.when = lafayette_data::When::on(civil_from_days(day));
            event.related = Default::default();
            event
        })
        .collect()
}

/// How many of `positions` (0..1) fall in each of `bins` equal slices: the chart's density
/// view when a lane has too many events in view to label each one.
pub fn density(positions: &[f64], bins: usize) -> Vec<usize> {
    let mut counts = vec![0; bins];
    for position in positions.iter().filter(|p| (0.0..=1.0).contains(*p)) {
        counts[((position * bins as f64) as usize).min(bins - 1)] += 1;
    }
    counts
}

/// The slice of a long list to render around `active` (the whole list when it is short).
pub fn list_window(length: usize, active: Option<usize>, size: usize) -> std::ops::Range<usize> {
    if length <= size {
        return 0..length;
    }
    let start = active
        .unwrap_or(0)
        .saturating_sub(size / 2)
        .min(length - size);
    start..start + size
}

/// Where a mark goes in its lane: its range (0..1 across the chart), where its label starts,
/// its row, and whether the label ends at its date (near the right edge) instead of starting
/// there.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placed {
    pub start: f64,
    pub end: f64,
    pub left: f64,
    pub row: usize,
    pub flipped: bool,
}

/// The lines a text takes when wrapped at word breaks, `width` characters a line (a word
/// longer than a line is broken): a count of characters alone misses the room wrapping wastes.
pub fn wrapped_lines(text: &str, width: usize) -> usize {
    let mut lines = 0;
    let mut line = 0;
    for word in text.split_whitespace().map(|w| w.chars().count()) {
        if line > 0 && line + 1 + word <= width {
            line += 1 + word;
        } else {
            lines += word.div_ceil(width).max(1);
            line = match word % width {
                0 => width,
                rest => rest,
            };
        }
    }
    lines.max(1)
}

/// A little air between marks on one row, as a fraction of the width.
const MARK_GAP: f64 = 0.008;

/// Places labels `label_width` wide (0..1 of the chart) for events spanning `spans` (sorted by
/// start), each on the first row where it overlaps nothing: titles are never cut, the lane
/// grows instead.
pub fn stack_labels(spans: &[(f64, f64)], label_width: f64) -> Vec<Placed> {
    let mut row_ends: Vec<f64> = Vec::new();
    spans
        .iter()
        .map(|&(start, end)| {
            let flipped = start + label_width > 1.0;
            let left = if flipped {
                (start.min(1.0) - label_width).max(0.0)
            } else {
                start.max(0.0)
            };
            let from = left.min(start.max(0.0));
            let to = (left + label_width).max(end.min(1.0));
            let row = match row_ends
                .iter()
                .position(|&row_end| from >= row_end + MARK_GAP)
            {
                Some(row) => row,
                None => {
                    row_ends.push(f64::NEG_INFINITY);
                    row_ends.len() - 1
                }
            };
            row_ends[row] = to;
            Placed {
                start,
                end,
                left,
                row,
                flipped,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_counts_the_room_lost_at_word_breaks() {
        assert_eq!(wrapped_lines("", 19), 1);
        assert_eq!(wrapped_lines("Harris returns", 19), 1);
        // 20 characters would fill two lines of 10; whole words need three.
        assert_eq!(wrapped_lines("abcdef abcdef abcdef", 10), 3);
        assert_eq!(wrapped_lines("abcdefghijklmnopqrstuvwxyz", 10), 3);
    }
    use lafayette_data::date::days_from_civil;

    fn index() -> &'static EventIndex {
        static INDEX: std::sync::OnceLock<EventIndex> = std::sync::OnceLock::new();
        INDEX.get_or_init(|| EventIndex::new(&data().events))
    }

    fn all() -> Vec<&'static Event> {
        index().filtered(&Filter::default(), "")
    }

    #[test]
    fn events_come_out_in_chronological_order() {
        let events = all();
        assert_eq!(events.len(), data().events.len());
        assert!(events
            .windows(2)
            .all(|w| w[0].when.start_day() <= w[1].when.start_day()));
        assert_eq!(
            events[0].id, "space-cooperation-begins",
            "c. 1961 comes first"
        );
    }

    #[test]
    fn the_shared_filter_narrows_by_area_actor_initiative_source_country_and_text() {
        let by_text = |filter: Filter, text: &str| {
            index()
                .filtered(&filter, text)
                .iter()
                .map(|e| e.id.to_string())
                .collect::<Vec<_>>()
        };
        let by = |list: FilterList, id: &str| by_text(Filter::only(list, id), "");
        let space = by(FilterList::Areas, "space");
        assert!(
            space.contains(&"space-dialogue-agreed".to_string())
                && !space.contains(&"libya-conference".to_string())
        );
        let biden = by(FilterList::Actors, "joe-biden");
        assert!(biden.contains(&"biden-clumsy".to_string()));
        assert!(biden.len() < data().events.len());
        for id in &biden {
            let event = data().events.iter().find(|e| e.id.as_ref() == id).unwrap();
            assert!(
                event.participants.iter().any(|a| a.as_ref() == "joe-biden"),
                "{id}"
            );
        }
        let paris_call = by(FilterList::Initiatives, "paris-call");
        assert!(paris_call.contains(&"us-joins-paris-call".to_string()));
        let state_dept = by(FilterList::Sources, "state-cyber-dialogue-2020-01-22");
        assert_eq!(
            state_dept,
            vec!["joint-statement-signed", "cyber-dialogue-third"]
        );
        let not_done = by(FilterList::Statuses, "not-done");
        assert!(!not_done.is_empty());
        for id in &not_done {
            let event = data().events.iter().find(|e| e.id.as_ref() == id).unwrap();
            let outcome = event.answers.as_ref().map(|a| a.effect);
            let promised_not_done = crate::follow_through::model::rows().iter().any(|row| {
                row.commitment.event == event.id && row.result.status.code() == "not-done"
            });
            assert!(
                outcome == Some(lafayette_data::Effect::NotDone) || promised_not_done,
                "{id}"
            );
        }
        let no_record = by(FilterList::Statuses, "no-record");
        assert!(
            no_record.contains(&"us-joins-paris-call".to_string()),
            "{no_record:?}"
        );
        let germany = by(FilterList::Countries, "DEU");
        assert_eq!(
            germany,
            vec!["libya-conference"],
            "Chancellor Merkel took part"
        );
        let text = by_text(Filter::default(), "élysée");
        assert!(text.contains(&"elysee-meeting".to_string()));
    }

    #[test]
    fn an_event_sits_in_every_area_lane_it_touches() {
        let meeting = crate::dataset::event("elysee-meeting").unwrap();
        let meeting_lanes = lanes_of(meeting, Lanes::Area);
        assert!(meeting_lanes.len() >= 4 && meeting_lanes.contains(&"space".to_string()));
        let cyber = crate::dataset::event("cyber-dialogue-third").unwrap();
        assert_eq!(
            lanes_of(cyber, Lanes::Area),
            vec!["cybersecurity"],
            "sub-areas fold into their parent lane"
        );
        assert_eq!(lanes_of(cyber, Lanes::Scope), vec!["bilateral"]);
        assert_eq!(lanes(Lanes::Scope).len(), 4);
    }

    #[test]
    fn scale_maps_days_linearly_and_keeps_a_minimum_span() {
        let scale = Scale::new(0.0, 100.0);
        assert_eq!(scale.position(25.0), 0.25);
        assert_eq!(Scale::new(10.0, 10.0).span(), MIN_SPAN_DAYS);
    }

    #[test]
    fn fit_spans_sixty_years_with_a_margin() {
        let scale = Scale::fit(&all());
        assert!(scale.start < days_from_civil(1961, 1, 1) as f64);
        assert!(scale.end > days_from_civil(2021, 11, 13) as f64);
    }

    #[test]
    fn synthetic_events_spread_over_the_decades_in_order() {
        let many = synthetic_events(10_000);
        assert_eq!(many.len(), 10_000);
        assert!(many
            .windows(2)
            .all(|w| w[0].when.start_day() <= w[1].when.start_day()));
        assert_eq!(many[0].when.date.year, 1961);
        assert!(many.last().unwrap().when.date.year >= 2024);
    }

    #[test]
    fn density_counts_every_position_once() {
        let counts = density(&[0.0, 0.05, 0.5, 0.999, 1.0, 1.5, -0.1], 10);
        assert_eq!(
            counts.iter().sum::<usize>(),
            5,
            "positions outside 0..1 are not in view"
        );
        assert_eq!((counts[0], counts[5], counts[9]), (2, 1, 2));
    }

    #[test]
    fn list_windows_follow_the_active_item() {
        assert_eq!(list_window(28, Some(20), 200), 0..28);
        assert_eq!(list_window(10_000, None, 200), 0..200);
        assert_eq!(list_window(10_000, Some(5_000), 200), 4_900..5_100);
        assert_eq!(list_window(10_000, Some(9_999), 200), 9_800..10_000);
    }

    #[test]
    fn labels_stack_on_rows_where_they_overlap_nothing() {
        let rows = |spans: &[(f64, f64)]| -> Vec<usize> {
            stack_labels(spans, 0.1).iter().map(|p| p.row).collect()
        };
        let point = |x: f64| (x, x);
        assert_eq!(
            rows(&[point(0.1), point(0.15), point(0.2), point(0.5), point(0.55)]),
            vec![0, 1, 2, 0, 1]
        );
        assert_eq!(rows(&[point(0.1), point(0.25), point(0.4)]), vec![0, 0, 0]);
        assert!(rows(&[]).is_empty());
        // A range takes its whole length on its row.
        assert_eq!(rows(&[(0.1, 0.5), point(0.3)]), vec![0, 1]);
    }

    #[test]
    fn labels_near_the_right_edge_end_at_their_date_inside_the_chart() {
        let placed = stack_labels(&[(0.97, 0.97), (0.02, 0.02)], 0.1);
        assert!(placed[0].flipped && (placed[0].left - 0.87).abs() < 1e-9);
        assert!(!placed[1].flipped && placed[1].left == 0.02);
        for p in stack_labels(&[(-0.2, 0.3), (1.2, 1.2)], 0.1) {
            assert!(p.left >= 0.0 && p.left + 0.1 <= 1.0 + 1e-9, "{p:?}");
        }
    }
}
