//! The dataset as downloads: one JSON file with everything, one CSV per table (RFC 4180,
//! UTF-8 with a BOM so spreadsheets read accents) and a README. The build writes them into
//! dist/data/ (a Trunk pre-build hook), so they are static files any host serves.

use crate::csv::write_rows;
pub use crate::downloads::{FOLDER, JSON_FILE, README_FILE, REGION_COLUMNS, TABLES};
use crate::model::*;
use crate::validate::all_citations;

/// Spreadsheets need the byte order mark to read UTF-8 accents.
const BOM: &str = "\u{feff}";

/// What one row of a table is, for the README.
fn row_meaning(table: &str) -> &'static str {
    match table {
        "sources.csv" => "a document facts are taken from: a seed, a reference, or an outside page read later (with its address and the day it was read)",
        "events.csv" => "an event, with its date as precise as its sources allow; an outcome says which commitments or initiatives it answers and its effect",
        "actors.csv" => "a person, government, agency, organisation or company",
        "initiatives.csv" => "a dialogue, observatory, call, statement, conference, forum or pact",
        "areas.csv" => "a cooperation area",
        "commitments.csv" => "who committed to what, in which area, at which event, and what became of it (status by the rules of this README)",
        "citations.csv" => "a verbatim quote supporting a record",
        "countries.csv" => "a country: ISO 3166 alpha-3 and names",
        "regions.csv" => "a country's world region and sub-region (UN M49 codes and names; Taiwan placed by Unicode CLDR), generated from published packages",
        "supporters.csv" => "a supporter of the Paris Call, as listed on the official site",
        "principles.csv" => "one of the Paris Call's nine principles",
        "supporter_counts.csv" => "supporters per category on a day the official list changed",
        "forum_editions.csv" => "a Paris Peace Forum edition",
        "changelog.csv" => "a release of the dataset",
        _ => unreachable!("{table} is not one of TABLES"),
    }
}

/// Every download: (file name, contents).
pub fn downloads(data: &Dataset) -> Vec<(String, String)> {
    let mut files = vec![
        (
            JSON_FILE.to_string(),
            serde_json::to_string_pretty(data).expect("the dataset serialises") + "\n",
        ),
        (README_FILE.to_string(), readme(data)),
    ];
    for name in TABLES {
        files.push((
            name.to_string(),
            format!("{BOM}{}", write_rows(table(data, name))),
        ));
    }
    files
}

fn join(ids: &[Str]) -> String {
    ids.iter()
        .map(|id| id.as_ref())
        .collect::<Vec<_>>()
        .join(";")
}

fn when_kind(when: &When) -> &'static str {
    match when.kind {
        DateKind::Exact => "exact",
        DateKind::Circa => "circa",
        DateKind::Before => "before",
        DateKind::After => "after",
        DateKind::Range => "range",
    }
}

fn opt_text(text: &Option<Text>, lang: Lang) -> String {
    text.as_ref()
        .map(|t| t.get(lang).to_string())
        .unwrap_or_default()
}

/// A table as rows of text, header first.
fn table(data: &Dataset, name: &str) -> Vec<Vec<String>> {
    let header = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<Vec<_>>();
    let mut rows = Vec::new();
    match name {
        "sources.csv" => {
            rows.push(header(&[
                "id",
                "kind",
                "title_en",
                "title_fr",
                "publisher_en",
                "publisher_fr",
                "date",
                "language",
                "file",
                "url",
                "published_title",
                "address_check_en",
                "read",
                "licence_en",
            ]));
            for s in data.sources.iter() {
                rows.push(vec![
                    s.id.to_string(),
                    format!("{:?}", s.kind).to_lowercase(),
                    s.title.en.to_string(),
                    s.title.fr.to_string(),
                    s.publisher.en.to_string(),
                    s.publisher.fr.to_string(),
                    s.date.date.to_string(),
                    s.language.code().to_string(),
                    s.file.as_deref().unwrap_or_default().to_string(),
                    s.url.as_deref().unwrap_or_default().to_string(),
                    s.published_title.as_deref().unwrap_or_default().to_string(),
                    s.address_check
                        .as_ref()
                        .map(|c| c.en.to_string())
                        .unwrap_or_default(),
                    s.read.map(|d| d.to_string()).unwrap_or_default(),
                    s.licence.en.to_string(),
                ]);
            }
        }
        "events.csv" => {
            rows.push(header(&[
                "id",
                "date",
                "date_kind",
                "end",
                "date_derived_en",
                "scope",
                "title_en",
                "title_fr",
                "summary_en",
                "summary_fr",
                "place_en",
                "place_fr",
                "participants",
                "areas",
                "initiatives",
                "related",
                "outcome_effect",
                "answers_commitments",
                "answers_initiatives",
            ]));
            for e in data.events.iter() {
                let answers = e.answers.as_ref();
                rows.push(vec![
                    e.id.to_string(),
                    e.when.date.to_string(),
                    when_kind(&e.when).to_string(),
                    e.when.end.map(|d| d.to_string()).unwrap_or_default(),
                    opt_text(&e.when.derived, Lang::En),
                    format!("{:?}", e.scope),
                    e.title.en.to_string(),
                    e.title.fr.to_string(),
                    e.summary.en.to_string(),
                    e.summary.fr.to_string(),
                    opt_text(&e.place, Lang::En),
                    opt_text(&e.place, Lang::Fr),
                    join(&e.participants),
                    join(&e.areas),
                    join(&e.initiatives),
                    join(&e.related),
                    answers
                        .map(|a| crate::follow_through::effect_code(a.effect).to_string())
                        .unwrap_or_default(),
                    answers.map(|a| join(&a.commitments)).unwrap_or_default(),
                    answers.map(|a| join(&a.initiatives)).unwrap_or_default(),
                ]);
            }
        }
        "actors.csv" => {
            rows.push(header(&[
                "id", "kind", "name_en", "name_fr", "country", "role_en", "role_fr", "part_of",
            ]));
            for a in data.actors.iter() {
                rows.push(vec![
                    a.id.to_string(),
                    format!("{:?}", a.kind),
                    a.name.en.to_string(),
                    a.name.fr.to_string(),
                    a.country.as_deref().unwrap_or_default().to_string(),
                    opt_text(&a.role, Lang::En),
                    opt_text(&a.role, Lang::Fr),
                    a.part_of.as_deref().unwrap_or_default().to_string(),
                ]);
            }
        }
        "initiatives.csv" => {
            rows.push(header(&[
                "id",
                "kind",
                "name_en",
                "name_fr",
                "summary_en",
                "summary_fr",
                "started",
                "areas",
                "members",
            ]));
            for i in data.initiatives.iter() {
                rows.push(vec![
                    i.id.to_string(),
                    format!("{:?}", i.kind),
                    i.name.en.to_string(),
                    i.name.fr.to_string(),
                    i.summary.en.to_string(),
                    i.summary.fr.to_string(),
                    i.started
                        .as_ref()
                        .map(|w| w.date.to_string())
                        .unwrap_or_default(),
                    join(&i.areas),
                    join(&i.members),
                ]);
            }
        }
        "areas.csv" => {
            rows.push(header(&[
                "id",
                "name_en",
                "name_fr",
                "parent",
                "description_en",
                "description_fr",
            ]));
            for a in data.areas.iter() {
                rows.push(vec![
                    a.id.to_string(),
                    a.name.en.to_string(),
                    a.name.fr.to_string(),
                    a.parent.as_deref().unwrap_or_default().to_string(),
                    a.description.en.to_string(),
                    a.description.fr.to_string(),
                ]);
            }
        }
        "commitments.csv" => {
            rows.push(header(&[
                "id",
                "actor",
                "area",
                "initiative",
                "event",
                "what_en",
                "what_fr",
                "status",
                "status_reached",
                "days_to_status",
                "decided_by",
                "outcomes",
            ]));
            for c in data.commitments.iter() {
                let promised = data
                    .events
                    .iter()
                    .find(|e| e.id == c.event)
                    .map(|e| e.when.clone())
                    .unwrap_or_else(|| When::on(PartialDate::day(1970, 1, 1)));
                let result = crate::follow_through::follow_through(c, &promised, &data.events);
                rows.push(vec![
                    c.id.to_string(),
                    c.actor.to_string(),
                    c.area.to_string(),
                    c.initiative.as_deref().unwrap_or_default().to_string(),
                    c.event.to_string(),
                    c.what.en.to_string(),
                    c.what.fr.to_string(),
                    result.status.code().to_string(),
                    result
                        .reached
                        .as_ref()
                        .map(|w| w.date.to_string())
                        .unwrap_or_default(),
                    result.days.map(|d| d.to_string()).unwrap_or_default(),
                    result
                        .decided_by
                        .map(|e| e.id.to_string())
                        .unwrap_or_default(),
                    result
                        .outcomes
                        .iter()
                        .map(|e| e.id.as_ref())
                        .collect::<Vec<_>>()
                        .join(";"),
                ]);
            }
        }
        "citations.csv" => {
            rows.push(header(&[
                "file",
                "record",
                "field",
                "source",
                "quote",
                "translation",
            ]));
            for cited in all_citations(data) {
                let citation = cited.citation;
                rows.push(vec![
                    cited.file.to_string(),
                    cited.id.to_string(),
                    cited.field(),
                    citation.source.to_string(),
                    citation.quote.to_string(),
                    citation
                        .translation
                        .as_deref()
                        .unwrap_or_default()
                        .to_string(),
                ]);
            }
        }
        "countries.csv" => {
            rows.push(header(&["iso3", "name_en", "name_fr"]));
            for c in data.countries.iter() {
                rows.push(vec![
                    c.iso3.to_string(),
                    c.name.en.to_string(),
                    c.name.fr.to_string(),
                ]);
            }
        }
        "regions.csv" => {
            rows.push(header(&REGION_COLUMNS));
            for r in data.regions.iter() {
                rows.push(vec![
                    r.iso3.to_string(),
                    r.placed_by.to_string(),
                    r.region.to_string(),
                    r.region_name.en.to_string(),
                    r.region_name.fr.to_string(),
                    r.subregion.to_string(),
                    r.subregion_name.en.to_string(),
                    r.subregion_name.fr.to_string(),
                ]);
            }
        }
        "supporters.csv" => {
            rows.push(header(&[
                "name",
                "name_on_site",
                "category",
                "nature",
                "country",
                "joined",
                "joined_confidence",
                "joined_note",
                "first_listed",
                "site_file",
            ]));
            for s in data.supporters.iter() {
                rows.push(vec![
                    s.name.to_string(),
                    s.name_on_site.as_deref().unwrap_or_default().to_string(),
                    s.category.code().to_string(),
                    s.nature.as_deref().unwrap_or_default().to_string(),
                    s.country.as_deref().unwrap_or_default().to_string(),
                    s.joined
                        .as_ref()
                        .map(|j| j.date.to_string())
                        .unwrap_or_default(),
                    s.joined
                        .as_ref()
                        .map(|j| j.confidence.code().to_string())
                        .unwrap_or_default(),
                    s.joined
                        .as_ref()
                        .map(|j| j.note.to_string())
                        .unwrap_or_default(),
                    s.first_listed.to_string(),
                    s.site_file.to_string(),
                ]);
            }
        }
        "principles.csv" => {
            rows.push(header(&[
                "number",
                "short_name_en",
                "text_en",
                "short_name_fr",
                "text_fr",
            ]));
            for p in data.principles.iter() {
                rows.push(vec![
                    p.number.to_string(),
                    p.short_name.en.to_string(),
                    p.text.en.to_string(),
                    p.short_name.fr.to_string(),
                    p.text.fr.to_string(),
                ]);
            }
        }
        "supporter_counts.csv" => {
            rows.push(header(&[
                "date",
                "state",
                "public_authority",
                "civil_society",
                "private_sector",
                "uncategorised",
                "total",
                "commit",
            ]));
            for c in data.supporter_counts.iter() {
                rows.push(vec![
                    c.date.to_string(),
                    c.state.to_string(),
                    c.public_authority.to_string(),
                    c.civil_society.to_string(),
                    c.private_sector.to_string(),
                    c.uncategorised.to_string(),
                    c.total().to_string(),
                    c.commit.to_string(),
                ]);
            }
        }
        "forum_editions.csv" => {
            rows.push(header(&[
                "edition", "start", "end", "venue_en", "venue_fr", "note_en", "note_fr", "sources",
            ]));
            for f in data.forum_editions.iter() {
                rows.push(vec![
                    f.edition.to_string(),
                    f.start.to_string(),
                    f.end.to_string(),
                    f.venue.en.to_string(),
                    f.venue.fr.to_string(),
                    opt_text(&f.note, Lang::En),
                    opt_text(&f.note, Lang::Fr),
                    f.sources.to_string(),
                ]);
            }
        }
        "changelog.csv" => {
            rows.push(header(&["version", "date", "summary_en", "summary_fr"]));
            for c in data.changelog.iter() {
                rows.push(vec![
                    c.version.to_string(),
                    c.date.to_string(),
                    c.summary.en.to_string(),
                    c.summary.fr.to_string(),
                ]);
            }
        }
        _ => unreachable!("{name} is not one of TABLES"),
    }
    rows
}

fn readme(data: &Dataset) -> String {
    let mut text = format!(
        "# Lafayette dataset, version {version}\n\n\
         US–France cooperation as structured data: events, actors, initiatives, cooperation areas and\n\
         commitments read from five public documents, each fact with its source and a verbatim quote;\n\
         and the {supporters} supporters of the Paris Call for Trust and Security in Cyberspace.\n\n\
         Cite as: {cite}.\n\n\
         ## Files\n\n\
         - `{JSON_FILE}`: everything, in one JSON document (dates as YYYY, YYYY-MM or YYYY-MM-DD: only the precision the source gives).\n",
        version = data.version,
        supporters = data.supporters.len(),
        cite = data.citation(Lang::En),
    );
    for name in TABLES {
        text.push_str(&format!("- `{name}`: one row is {}.\n", row_meaning(name)));
    }
    text.push_str(
        "\nCSV files are RFC 4180, UTF-8 with a byte order mark; lists inside a cell are separated by `;`.\n\n\
         ## Provenance and licences\n\n",
    );
    for source in data.sources.iter() {
        let place = source
            .url
            .as_deref()
            .or(source.file.as_deref())
            .unwrap_or_default();
        text.push_str(&format!(
            "- {} ({}, {}): {}. Licence: {}.\n",
            source.title.en, source.publisher.en, source.date.date, place, source.licence.en
        ));
    }
    text.push_str(
        "\nA date marked as derived was worked out from the text (e.g. \"next Wednesday\") and says how;\n\
         a supporter's join date is given only where a source states it, with its confidence.\n",
    );
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::csv;

    fn data() -> Dataset {
        crate::load::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("dataset"))
            .unwrap()
    }

    #[test]
    fn every_table_has_one_row_per_record_and_a_uniform_width() {
        let data = data();
        for (name, contents) in downloads(&data)
            .into_iter()
            .filter(|(n, _)| n.ends_with(".csv"))
        {
            assert!(contents.starts_with(BOM), "{name} starts with a BOM");
            let records = csv::parse(&contents).unwrap();
            let width = records[0].fields.len();
            assert!(
                records.iter().all(|r| r.fields.len() == width),
                "{name} is rectangular"
            );
            let expected = match name.as_str() {
                "supporters.csv" => data.supporters.len(),
                "events.csv" => data.events.len(),
                "citations.csv" => all_citations(&data).len(),
                "supporter_counts.csv" => data.supporter_counts.len(),
                _ => continue,
            };
            assert_eq!(records.len() - 1, expected, "{name}");
        }
    }

    #[test]
    fn json_round_trips_the_dates_as_text() {
        let data = data();
        let json: serde_json::Value = serde_json::from_str(&downloads(&data)[0].1).unwrap();
        assert_eq!(json["supporters"].as_array().unwrap().len(), 1222);
        let event = json["events"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["id"] == "biden-clumsy")
            .unwrap();
        assert_eq!(event["when"]["date"], "2021-10");
    }

    #[test]
    fn the_readme_carries_the_citation() {
        let data = data();
        assert!(data
            .citation(Lang::En)
            .contains(&format!("version {} (", data.version)));
        assert!(readme(&data).contains(&data.citation(Lang::En)));
    }
}
