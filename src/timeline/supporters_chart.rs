//! The geometry of the "supporters over time" chart: stacked step areas per category and the
//! dated annotations, in SVG user units. Plain Rust, tested natively.

use crate::dataset::data;
use crate::decimal::decimal;
use crate::i18n;
use lafayette_data::date::days_from_civil;
use lafayette_data::{Category, Text};

pub const CHART_WIDTH: f64 = 800.0;
pub const CHART_HEIGHT: f64 = 260.0;
const LEFT: f64 = 10.0;
const RIGHT: f64 = 790.0;
const TOP: f64 = 24.0;
const BOTTOM: f64 = 240.0;
/// The vertical scale's top: a little above the largest total.
const MAX_SUPPORTERS: f64 = 1300.0;

/// The time domain: from just before the launch to just after the last count.
fn domain() -> (f64, f64) {
    (
        days_from_civil(2018, 10, 1) as f64,
        days_from_civil(2024, 4, 1) as f64,
    )
}

pub fn x_of(day: f64) -> f64 {
    let (start, end) = domain();
    LEFT + (day - start) / (end - start) * (RIGHT - LEFT)
}

pub fn y_of(count: f64) -> f64 {
    BOTTOM - count / MAX_SUPPORTERS * (BOTTOM - TOP)
}

/// One closed SVG path per category, stacked in `Category::ALL` order, stepping at each count.
pub fn stacked_steps() -> Vec<(Category, String)> {
    let counts = &data().supporter_counts;
    let xs: Vec<f64> = counts
        .iter()
        .map(|c| x_of(c.date.first_day() as f64))
        .chain([RIGHT])
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

/// The dates worth marking: x position and label.
pub fn annotations() -> Vec<(f64, &'static Text)> {
    [
        ((2018, 11, 12), &i18n::ANNOTATION_LAUNCH),
        ((2019, 11, 12), &i18n::ANNOTATION_ANNIVERSARY),
        ((2021, 11, 10), &i18n::ANNOTATION_US),
    ]
    .into_iter()
    .map(|((y, m, d), label)| (x_of(days_from_civil(y, m, d) as f64), label))
    .collect()
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
        let expected = format!("{:.1}H{:.1}L", y_of(last.total() as f64), RIGHT);
        assert!(top.1.contains(&expected), "{}", top.1);
        assert!(paths
            .iter()
            .all(|(_, p)| p.starts_with('M') && p.ends_with('Z')));
    }

    #[test]
    fn annotations_fall_inside_the_chart_in_date_order() {
        let xs: Vec<f64> = annotations().iter().map(|(x, _)| *x).collect();
        assert!(xs.windows(2).all(|w| w[0] < w[1]));
        assert!(xs.iter().all(|x| (LEFT..=RIGHT).contains(x)));
        assert!(
            x_of(data().supporter_counts[0].date.first_day() as f64) > xs[0],
            "counts start after the launch"
        );
    }
}
