//! The dataset, validated and embedded at build time by build.rs, and lookups by id.
//! The supporters are the exception in the browser: their rows (a third of the data's bytes)
//! come from a file of their own when a view needs them (src/supporters/rows.rs), so the other
//! views start without them. Natively (prerendering, tests) they are embedded.

use lafayette_data::*;
use std::borrow::Cow;
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/dataset.rs"));
include!(concat!(env!("OUT_DIR"), "/quote_positions.rs"));

static DATASET: Dataset = WITHOUT_SUPPORTERS;

static SUPPORTERS: OnceLock<Vec<Supporter>> = OnceLock::new();

/// The supporters' rows, natively: the prerender step writes them beside the app.
#[cfg(not(target_arch = "wasm32"))]
pub const SUPPORTER_ROWS: &str = include_str!(concat!(env!("OUT_DIR"), "/supporter-rows.txt"));

/// The dataset, its supporters aside: see `supporters`.
pub fn data() -> &'static Dataset {
    &DATASET
}

/// The supporters, once their rows are read (natively, always); none before.
pub fn supporters() -> &'static [Supporter] {
    #[cfg(not(target_arch = "wasm32"))]
    if SUPPORTERS.get().is_none() {
        read_supporters(SUPPORTER_ROWS).expect("build.rs checked these rows");
    }
    SUPPORTERS.get().map_or(&[], Vec::as_slice)
}

/// Reads the supporters' rows, as build.rs wrote them; the first rows read stay.
pub fn read_supporters(rows: &'static str) -> Result<(), String> {
    let read = supporter_rows::decode(rows)?;
    let _ = SUPPORTERS.set(read);
    Ok(())
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

pub fn commitment(id: &str) -> Option<&'static Commitment> {
    DATASET.commitments.iter().find(|c| c.id == id)
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

/// The country's world region and sub-region (UN M49).
pub fn region_of(iso3: &str) -> Option<&'static CountryRegion> {
    DATASET.regions.iter().find(|place| place.iso3 == iso3)
}

/// The name of a world region or sub-region, by its M49 code.
pub fn region_name(code: &str) -> Option<&'static Text> {
    DATASET.regions.iter().find_map(|place| {
        if place.region == code {
            Some(&place.region_name)
        } else if place.subregion == code {
            Some(&place.subregion_name)
        } else {
            None
        }
    })
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
        assert_eq!(supporters().len(), 1222);
        let states = supporters()
            .iter()
            .filter(|s| s.category == Category::State)
            .count();
        assert_eq!(SUPPORTER_TOTALS, (supporters().len(), states));
        assert!(
            data().supporters.is_empty(),
            "the supporters come on their own"
        );
        assert!(event("elysee-meeting").is_some());
        assert_eq!(country("FRA").map(|c| c.name.get(Lang::Fr)), Some("France"));
        assert!(source("nowhere").is_none());
    }
}
