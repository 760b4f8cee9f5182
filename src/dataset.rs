//! The dataset, validated and embedded at build time by build.rs, and lookups by id.

use lafayette_data::*;
use std::borrow::Cow;
use std::sync::LazyLock;

include!(concat!(env!("OUT_DIR"), "/dataset.rs"));
include!(concat!(env!("OUT_DIR"), "/quote_positions.rs"));

/// Read once, at first use; the rows borrow from the embedded string (build.rs checked them).
static DATASET: LazyLock<Dataset> = LazyLock::new(|| Dataset {
    supporters: Cow::Owned(
        supporter_rows::decode(SUPPORTER_ROWS).expect("build.rs wrote these rows"),
    ),
    ..WITHOUT_SUPPORTERS
});

pub fn data() -> &'static Dataset {
    &DATASET
}

pub fn source(id: &str) -> Option<&'static Source> {
    DATASET.sources.iter().find(|source| source.id == id)
}

pub fn actor(id: &str) -> Option<&'static Actor> {
    DATASET.actors.iter().find(|actor| actor.id == id)
}

pub fn area(id: &str) -> Option<&'static Area> {
    DATASET.areas.iter().find(|area| area.id == id)
}

pub fn initiative(id: &str) -> Option<&'static Initiative> {
    DATASET
        .initiatives
        .iter()
        .find(|initiative| initiative.id == id)
}

pub fn event(id: &str) -> Option<&'static Event> {
    DATASET.events.iter().find(|event| event.id == id)
}

/// Where a quote starts in its seed document, when the build could read the seeds.
pub fn quote_position(source: &str, quote: &str) -> Option<usize> {
    QUOTE_POSITIONS
        .iter()
        .find(|(s, q, _)| *s == source && *q == quote)
        .map(|(_, _, at)| *at)
}

pub fn country(iso3: &str) -> Option<&'static Country> {
    DATASET
        .countries
        .iter()
        .find(|country| country.iso3 == iso3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_dataset_is_the_validated_one() {
        assert_eq!(data().supporters.len(), 1222);
        assert!(event("elysee-meeting").is_some());
        assert_eq!(country("FRA").map(|c| c.name.get(Lang::Fr)), Some("France"));
        assert!(source("nowhere").is_none());
    }
}
