//! The geometry of the "supporters over time" chart: stacked step areas per category in SVG
//! units filling the plot, and where its axes' ticks, its annotations and a reader's cursor
//! fall, as fractions of the plot (the text is HTML laid over it, so it keeps its size on a
//! phone). Plain Rust, tested natively.

use crate::dataset::data;
use crate::decimal::decimal;
use crate::i18n;
use lafayette_data::date::days_from_civil;
use lafayette_data::{Category, SupporterCount, Text};

/// The plot in SVG units (stretched to its box: only shapes are drawn in it).
pub const PLOT_WIDTH: f64 = 1000.0;
pub const PLOT_HEIGHT: f64 = 300.0;
/// The vertical scale's top: a little above the largest total.
pub const MAX_SUPPORTERS: f64 = 1300.0;
/// The vertical axis's ticks.
pub const Y_TICKS: [u32; 6] = [0, 250, 500, 750, 1000, 1250];

/// The time domain: from just before the launch to just after the last count.
fn domain() -> (f64, f64) {
    (
        days_from_civil(2018, 10, 1) as f64,
        days_from_civil(2024, 4, 1) as f64,
    )
}

/// Where a day falls across the plot, 0..1.
pub fn x_fraction(day: f64) -> f64 {
    let (start, end) = domain();
    (day - start) / (end - start)
}

/// Where a count falls up the plot, 0 (bottom) to 1.
pub fn y_fraction(count: f64) -> f64 {
    count / MAX_SUPPORTERS
}

fn x_of(day: f64) -> f64 {
    x_fraction(day) * PLOT_WIDTH
}

fn y_of(count: f64) -> f64 {
    PLOT_HEIGHT * (1.0 - y_fraction(count))
}

/// One closed SVG path per category, stacked in `Category::ALL` order, stepping at each count.
pub fn stacked_steps() -> Vec<(Category, String)> {
    let counts = &data().supporter_counts;
    let xs: Vec<f64> = counts
        .iter()
        .map(|c| x_of(c.date.first_day() as f64))
        .chain([PLOT_WIDTH])
        .collect();
    let mut below = vec![0.0; counts.len()];
    Category::ALL
        .into_iter()
        .map(|category| {
            let above: Vec<f64> = counts
                .iter()
                .zip(&below)
                .map(|(c, b)| b + c.of(category) as f64)
                .collect();
            let mut path = String::new();
            for (i, value) in above.iter().enumerate() {
                let command = if i == 0 { 'M' } else { 'L' };
                path.push_str(&format!(
                    "{command}{} {}H{}",
                    decimal(xs[i], 1),
                    decimal(y_of(*value), 1),
                    decimal(xs[i + 1], 1)
                ));
            }
            for i in (0..below.len()).rev() {
                path.push_str(&format!(
                    "L{} {}H{}",
                    decimal(xs[i + 1], 1),
                    decimal(y_of(below[i]), 1),
                    decimal(xs[i], 1)
                ));
            }
            path.push('Z');
            below = above;
            (category, path)
        })
        .collect()
}

/// The years on the time axis: (fraction across, year).
pub fn year_ticks() -> Vec<(f64, i32)> {
    (2019..=2024)
        .map(|year| (x_fraction(days_from_civil(year, 1, 1) as f64), year))
        .collect()
}

/// The dates worth marking: fraction across, and label.
pub fn annotations() -> Vec<(f64, &'static Text)> {
    [
        ((2018, 11, 12), &i18n::ANNOTATION_LAUNCH),
        ((2019, 11, 12), &i18n::ANNOTATION_ANNIVERSARY),
        ((2021, 11, 10), &i18n::ANNOTATION_US),
    ]
    .into_iter()
    .map(|((y, m, d), label)| (x_fraction(days_from_civil(y, m, d) as f64), label))
    .collect()
}

/// The count in force at a fraction across the plot: the last one dated on or before it.
pub fn count_at(fraction: f64) -> Option<usize> {
    let counts = &data().supporter_counts;
    let (start, end) = domain();
    let day = start + fraction.clamp(0.0, 1.0) * (end - start);
    counts
        .iter()
        .rposition(|c| f64::from(c.date.first_day()) <= day)
        .or_else(|| (!counts.is_empty()).then_some(0))
}

/// A count's place across the plot.
pub fn count_fraction(count: &SupporterCount) -> f64 {
    x_fraction(count.date.first_day() as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_top_of_the_stack_is_the_total_at_each_step() {
        let paths = stacked_steps();
        assert_eq!(paths.len(), 5);
        let last = data().supporter_counts.last().unwrap();
        let top = paths.last().unwrap();
        // The uncategorised area's upper edge ends at the latest total (1,222).
        let expected = format!("{:.1}H{:.1}L", y_of(last.total() as f64), PLOT_WIDTH);
        assert!(top.1.contains(&expected), "{}", top.1);
        assert!(paths
            .iter()
            .all(|(_, p)| p.starts_with('M') && p.ends_with('Z')));
    }

    #[test]
    fn annotations_and_ticks_fall_inside_the_plot_in_date_order() {
        let xs: Vec<f64> = annotations().iter().map(|(x, _)| *x).collect();
        assert!(xs.windows(2).all(|w| w[0] < w[1]));
        assert!(xs.iter().all(|x| (0.0..=1.0).contains(x)));
        assert!(year_ticks().iter().all(|(x, _)| (0.0..=1.0).contains(x)));
        assert!(
            count_fraction(&data().supporter_counts[0]) > xs[0],
            "counts start after the launch"
        );
        assert!(Y_TICKS.iter().all(|&y| y_fraction(f64::from(y)) <= 1.0));
    }

    #[test]
    fn the_cursor_reads_the_count_in_force() {
        let counts = &data().supporter_counts;
        assert_eq!(count_at(0.0), Some(0), "before the first count: the first");
        assert_eq!(count_at(1.0), Some(counts.len() - 1));
        let second = count_fraction(&counts[1]);
        assert_eq!(count_at(second), Some(1));
        assert_eq!(count_at(second - 1e-6), Some(0));
    }
}
