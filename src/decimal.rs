//! Numbers written with a fixed number of decimals, for SVG paths and CSS lengths.
//!
//! Rust's float formatting (`{:.1}`, `{}` on an `f64`) brings ~11 KB of wasm for what is here
//! a rounding and two integers.

/// `value` rounded to `places` decimals (at most 6), without trailing noise: `decimal(7.8000001, 1)`
/// is "7.8", `decimal(2.0, 1)` is "2.0", `decimal(-0.04, 1)` is "0.0".
pub fn decimal(value: f64, places: u32) -> String {
    let places = places.min(6);
    let scale = 10_i64.pow(places);
    let scaled = (value * scale as f64).round() as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let (whole, fraction) = (scaled.abs() / scale, scaled.abs() % scale);
    if places == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{fraction:0width$}", width = places as usize)
    }
}

/// A fraction of a box as a CSS percentage, e.g. `percent(0.25)` is "25.000%".
pub fn percent(fraction: f64) -> String {
    format!("{}%", decimal(fraction * 100.0, 3))
}

#[cfg(test)]
mod tests {
    use super::decimal;

    #[test]
    fn rounds_like_the_standard_formatter_on_the_values_the_views_use() {
        for value in [
            0.0, 0.05, 0.25, 1.0, 12.345, 99.9999, 250.0, 1234.5678, 0.0004, 0.9996,
        ] {
            for places in 0..=3 {
                let expected = format!("{value:.places$}", places = places as usize);
                // Halfway cases may round either way in binary; the views never meet them.
                let got = decimal(value, places);
                let difference =
                    (got.parse::<f64>().unwrap() - expected.parse::<f64>().unwrap()).abs();
                assert!(
                    difference < 1.5 * 10f64.powi(-(places as i32)),
                    "{value} at {places}: {got} vs {expected}"
                );
                assert_eq!(
                    got.split('.').nth(1).map_or(0, str::len),
                    places as usize,
                    "{got}"
                );
            }
        }
    }

    #[test]
    fn negative_values_zero_and_noise() {
        assert_eq!(decimal(-3.25, 1), "-3.3");
        assert_eq!(decimal(-0.04, 1), "0.0");
        assert_eq!(decimal(7.800000000000001, 1), "7.8");
        assert_eq!(decimal(3.0 * 2.6 + 0.6, 1), "8.4");
        assert_eq!(decimal(42.0, 0), "42");
        assert_eq!(decimal(12.5, 3), "12.500");
    }
}
