//! Sorting lists of positions (indices into a table) by a comparison chosen at run time.
//!
//! Every `sort_by` with its own closure compiles a whole sort (~3 KB of wasm each); the
//! matrix and the supporters list order positions through this one.

use std::cmp::Ordering;

/// Stable sort of `positions` by `compare`.
pub fn sort_positions(positions: &mut [usize], compare: &dyn Fn(usize, usize) -> Ordering) {
    positions.sort_by(|a, b| compare(*a, *b));
}

#[cfg(test)]
mod tests {
    use super::sort_positions;

    #[test]
    fn sorts_by_the_comparison_and_keeps_ties_in_order() {
        let values = [3, 1, 3, 0, 1];
        let mut positions: Vec<usize> = (0..values.len()).collect();
        sort_positions(&mut positions, &|a, b| values[a].cmp(&values[b]));
        assert_eq!(positions, [3, 1, 4, 0, 2]);
        sort_positions(&mut positions, &|a, b| values[b].cmp(&values[a]));
        assert_eq!(positions, [0, 2, 1, 4, 3]);
    }
}
