//! The timeline's axis gives room to busy periods: each event date takes room in proportion to
//! its events, and the time between dates adds room that grows with the logarithm of its
//! length. 57 empty years take less room than the five days of the Paris trip, and every
//! title can be read. Equal distances are not equal times, so long gaps are marked as
//! shortened, and ticks sit at real round dates. The time window itself (in the URL) stays in
//! days. Plain Rust, tested natively.

use super::model::{Day, Scale, MIN_SPAN_DAYS};
use lafayette_data::date::{civil_from_days, days_from_civil};
use lafayette_data::{Event, Lang, PartialDate};

/// Room a date takes for each event on it, in axis units.
const ROOM_PER_EVENT: f64 = 1.0;
/// Room the time between two dates adds, times ln(1 + days / GAP_DAYS).
const ROOM_PER_GAP: f64 = 0.6;
const GAP_DAYS: f64 = 30.0;
/// Gaps longer than this are drawn as shortened.
pub const SHORTENED_GAP_DAYS: i32 = 365;

/// A monotonic map from days to axis units, fixed by the events' dates.
#[derive(Clone, Debug, PartialEq)]
pub struct Warp {
    /// Distinct event days (starts and ends), in order, with their axis units.
    knots: Vec<(Day, f64)>,
}

fn gap_room(days: f64) -> f64 {
    ROOM_PER_GAP * (1.0 + days.max(0.0) / GAP_DAYS).ln()
}

impl Warp {
    pub fn new<'a>(events: impl IntoIterator<Item = &'a Event>) -> Warp {
        let mut counts: Vec<(Day, usize)> = Vec::new();
        for event in events {
            counts.push((event.when.start_day(), 1));
            if event.when.end_day() != event.when.start_day() {
                counts.push((event.when.end_day(), 0));
            }
        }
        counts.sort_unstable();
        let mut merged: Vec<(Day, usize)> = Vec::new();
        for (day, count) in counts {
            match merged.last_mut() {
                Some((last, total)) if *last == day => *total += count,
                _ => merged.push((day, count)),
            }
        }
        let mut knots = Vec::with_capacity(merged.len());
        let mut unit = 0.0;
        for (index, &(day, count)) in merged.iter().enumerate() {
            if let Some(&(previous, previous_count)) = index.checked_sub(1).map(|i| &merged[i]) {
                // Half of each date's room on either side of it.
                unit += ROOM_PER_EVENT * (previous_count + count) as f64 / 2.0
                    + gap_room(f64::from(day - previous));
            }
            knots.push((day, unit));
        }
        Warp { knots }
    }

    /// The axis unit of a (fractional) day.
    pub fn unit(&self, day: f64) -> f64 {
        let (Some(&(first, first_unit)), Some(&(last, last_unit))) =
            (self.knots.first(), self.knots.last())
        else {
            return day;
        };
        if day <= f64::from(first) {
            return first_unit - gap_room(f64::from(first) - day);
        }
        if day >= f64::from(last) {
            return last_unit + gap_room(day - f64::from(last));
        }
        let after = self
            .knots
            .partition_point(|&(knot, _)| f64::from(knot) <= day);
        let ((a, ua), (b, ub)) = (self.knots[after - 1], self.knots[after]);
        ua + (ub - ua) * (day - f64::from(a)) / f64::from(b - a)
    }

    /// The day at an axis unit (the inverse of `unit`, found by halving: `unit` is monotonic).
    pub fn day(&self, unit: f64) -> f64 {
        let (mut low, mut high) = (-100_000.0_f64, 100_000.0_f64);
        for _ in 0..60 {
            let middle = (low + high) / 2.0;
            if self.unit(middle) < unit {
                low = middle;
            } else {
                high = middle;
            }
        }
        (low + high) / 2.0
    }

    /// The gaps between consecutive dates longer than `SHORTENED_GAP_DAYS`: drawn shortened.
    pub fn shortened_gaps(&self) -> Vec<(Day, Day)> {
        self.knots
            .windows(2)
            .filter(|pair| pair[1].0 - pair[0].0 > SHORTENED_GAP_DAYS)
            .map(|pair| (pair[0].0, pair[1].0))
            .collect()
    }
}

/// The axis on screen: the warp, and the window of days shown.
#[derive(Clone, Copy, Debug)]
pub struct Axis<'a> {
    pub warp: &'a Warp,
    pub scale: Scale,
}

impl Axis<'_> {
    fn span(&self) -> (f64, f64) {
        (
            self.warp.unit(self.scale.start),
            self.warp.unit(self.scale.end),
        )
    }

    /// Where a day falls across the chart, 0..1 inside the window.
    pub fn position(&self, day: f64) -> f64 {
        let (start, end) = self.span();
        (self.warp.unit(day) - start) / (end - start).max(f64::EPSILON)
    }

    /// The window zoomed by `factor` (< 1 zooms in) around `anchor` (0..1 across the chart).
    pub fn zoom(&self, factor: f64, anchor: f64) -> Scale {
        let (start, end) = self.span();
        let anchor = anchor.clamp(0.0, 1.0);
        let at = start + (end - start) * anchor;
        let span = (end - start) * factor;
        self.window(at - span * anchor, at + span * (1.0 - anchor))
    }

    /// The window moved by a fraction of its width (negative: earlier).
    pub fn pan(&self, fraction: f64) -> Scale {
        let (start, end) = self.span();
        let shift = (end - start) * fraction;
        self.window(start + shift, end + shift)
    }

    /// The window centred on a day, as wide as now.
    pub fn centred_on(&self, day: f64) -> Scale {
        let (start, end) = self.span();
        let at = self.warp.unit(day);
        self.window(at - (end - start) / 2.0, at + (end - start) / 2.0)
    }

    /// The window between two axis units, never narrower than a few days.
    fn window(&self, start: f64, end: f64) -> Scale {
        let (first, last) = (self.warp.day(start), self.warp.day(end));
        if last - first >= MIN_SPAN_DAYS {
            return Scale::new(first, last);
        }
        let middle = (first + last) / 2.0;
        Scale::new(middle - MIN_SPAN_DAYS / 2.0, middle + MIN_SPAN_DAYS / 2.0)
    }

    /// Ticks at round dates (decades, years, months, days), the coarsest first, leaving out
    /// those closer than `min_gap` (0..1 of the width) to one already kept or to a gap's name
    /// shown (`named_gaps`, from `gap_labels`), so none overlap.
    pub fn ticks(&self, lang: Lang, min_gap: f64, named_gaps: &[(f64, Day)]) -> Vec<Tick> {
        let (first, last) = (
            self.scale.start.floor() as Day,
            self.scale.end.ceil() as Day,
        );
        let gaps = self.warp.shortened_gaps();
        let mut kept: Vec<Tick> = Vec::new();
        for candidate in round_dates(first, last) {
            let position = self.position(f64::from(candidate.day));
            // Inside a gap drawn shorter, the gap's own label says how long it is.
            let shortened = gaps
                .iter()
                .any(|&(from, to)| from < candidate.day && candidate.day < to);
            let inside = (0.0..=1.0).contains(&position) && !shortened;
            let free = kept
                .iter()
                .map(|tick| tick.position)
                .chain(named_gaps.iter().map(|&(middle, _)| middle))
                .all(|other| (other - position).abs() >= min_gap);
            if inside && free {
                kept.push(Tick {
                    position,
                    label: candidate.date.format(lang),
                    ..candidate
                });
            }
        }
        kept.sort_by(|a, b| a.position.total_cmp(&b.position));
        kept
    }

    /// Where each shortened gap's label sits (its middle, 0..1) and how many days it stands
    /// for; those too near an end to be read whole are left out.
    pub fn gap_labels(&self) -> Vec<(f64, Day)> {
        self.warp
            .shortened_gaps()
            .into_iter()
            .map(|(from, to)| {
                let middle = (self.position(f64::from(from)) + self.position(f64::from(to))) / 2.0;
                (middle, to - from)
            })
            .filter(|(middle, _)| (0.02..=0.98).contains(middle))
            .collect()
    }
}

/// A tick on the axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub day: Day,
    pub date: PartialDate,
    pub position: f64,
    pub label: String,
}

/// Round dates between two days, coarsest first: decades, years, months, days.
fn round_dates(first: Day, last: Day) -> Vec<Tick> {
    let (from, to) = (civil_from_days(first), civil_from_days(last));
    let (from_year, to_year) = (i32::from(from.year), i32::from(to.year));
    let tick = |year: i32, month: u8, day: u8| Tick {
        day: days_from_civil(year, month.max(1) as u32, day.max(1) as u32),
        date: PartialDate {
            year: year as u16,
            month,
            day,
        },
        position: 0.0,
        label: String::new(),
    };
    let mut dates = Vec::new();
    dates.extend(
        (from_year..=to_year)
            .filter(|y| y % 10 == 0)
            .map(|y| tick(y, 0, 0)),
    );
    dates.extend(
        (from_year..=to_year)
            .filter(|y| y % 10 != 0)
            .map(|y| tick(y, 0, 0)),
    );
    // Months and days only over spans short enough to name them.
    if last - first <= 3 * 366 {
        for year in from_year..=to_year {
            dates.extend((2..=12).map(|month| tick(year, month, 0)));
        }
    }
    if last - first <= 120 {
        dates.extend((first..=last).map(|day| {
            let date = civil_from_days(day);
            tick(i32::from(date.year), date.month, date.day)
        }));
    }
    dates.retain(|date| (first..=last).contains(&date.day));
    dates
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::data;

    fn warp() -> Warp {
        Warp::new(data().events.iter())
    }

    fn day(year: i32, month: u32, day: u32) -> f64 {
        f64::from(days_from_civil(year, month, day))
    }

    #[test]
    fn the_axis_keeps_time_in_order_and_reads_back() {
        let warp = warp();
        let days: Vec<f64> = (-5_000..25_000).step_by(97).map(f64::from).collect();
        assert!(days.windows(2).all(|d| warp.unit(d[0]) < warp.unit(d[1])));
        for &d in &days {
            assert!((warp.day(warp.unit(d)) - d).abs() < 0.01, "{d}");
        }
    }

    #[test]
    fn busy_days_get_more_room_than_empty_decades() {
        let warp = warp();
        let trip = warp.unit(day(2021, 11, 13)) - warp.unit(day(2021, 11, 9));
        let empty_years = warp.unit(day(2018, 1, 1)) - warp.unit(day(1962, 1, 1));
        assert!(
            trip > empty_years,
            "the trip's 4 days take {trip}, 56 empty years {empty_years}"
        );
        let gaps = warp.shortened_gaps();
        assert!(gaps.iter().any(|(a, b)| b - a > 365 * 50), "{gaps:?}");
    }

    #[test]
    fn zooming_keeps_the_anchor_and_returns_whole_windows() {
        let warp = warp();
        let axis = Axis {
            warp: &warp,
            scale: Scale::new(day(2018, 1, 1), day(2022, 1, 1)),
        };
        let anchor_day = warp.day(
            warp.unit(axis.scale.start)
                + (warp.unit(axis.scale.end) - warp.unit(axis.scale.start)) * 0.3,
        );
        let zoomed = Axis {
            scale: axis.zoom(0.5, 0.3),
            ..axis
        };
        assert!((zoomed.position(anchor_day) - 0.3).abs() < 1e-6);
        let tiny = Axis {
            scale: axis.zoom(1e-9, 0.5),
            ..axis
        };
        assert!(tiny.scale.span() >= MIN_SPAN_DAYS - 1e-9);
        let panned = axis.pan(0.25);
        assert!(panned.start > axis.scale.start);
    }

    #[test]
    fn ticks_are_round_dates_that_never_overlap() {
        let warp = warp();
        for (from, to) in [
            (day(1958, 1, 1), day(2022, 6, 1)),
            (day(2018, 9, 1), day(2022, 2, 1)),
            (day(2021, 11, 8), day(2021, 11, 14)),
        ] {
            let axis = Axis {
                warp: &warp,
                scale: Scale::new(from, to),
            };
            let ticks = axis.ticks(Lang::En, 0.08, &axis.gap_labels());
            assert!(ticks.len() >= 2, "{ticks:?}");
            assert!(ticks
                .windows(2)
                .all(|t| t[1].position - t[0].position >= 0.08));
            assert!(ticks.iter().all(|t| (0.0..=1.0).contains(&t.position)));
            for (middle, _) in axis.gap_labels() {
                assert!(
                    ticks.iter().all(|t| (t.position - middle).abs() >= 0.08),
                    "a tick under the label of the gap at {middle}: {ticks:?}"
                );
            }
        }
        let trip = Axis {
            warp: &warp,
            scale: Scale::new(day(2021, 11, 8), day(2021, 11, 14)),
        };
        let labels: Vec<String> = trip
            .ticks(Lang::En, 0.08, &trip.gap_labels())
            .into_iter()
            .map(|t| t.label)
            .collect();
        assert!(
            labels.contains(&"10\u{a0}November 2021".to_string()),
            "{labels:?}"
        );
    }

    #[test]
    fn a_narrow_axis_that_names_no_gap_has_room_for_two_ticks() {
        let warp = warp();
        let axis = Axis {
            warp: &warp,
            scale: Scale::new(day(1958, 1, 1), day(2022, 6, 1)),
        };
        // A phone's column: a tick label is nearly half the width.
        let ticks = axis.ticks(Lang::En, 0.45, &[]);
        assert!(ticks.len() >= 2, "{ticks:?}");
    }
}
