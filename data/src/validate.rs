//! Checks that hold across the whole dataset: unique ids, no dangling references, both
//! languages present, sane dates, sourced facts, supporter totals, and quotes found verbatim
//! in the seed documents.

use crate::model::*;
use crate::problem::Problem;
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// The supporter totals per category published by the Paris Call site (reference/README.md).
pub const EXPECTED_SUPPORTERS: [(Category, usize); 5] = [
    (Category::State, 81),
    (Category::PublicAuthority, 37),
    (Category::CivilSociety, 391),
    (Category::PrivateSector, 708),
    (Category::Uncategorised, 5),
];

/// A quote is "short": long enough to be checkable, short enough to be a quotation.
pub const QUOTE_MAX_CHARS: usize = 400;

/// Every problem of the dataset's content; empty when it is sound.
pub fn validate(data: &Dataset) -> Vec<Problem> {
    let mut check = Checker::new(data);
    check.header();
    check.sources();
    check.areas();
    check.actors();
    check.initiatives();
    check.events();
    check.commitments();
    check.paris_call();
    check.regions();
    check.problems
}

/// The ids each table defines, to resolve references against.
struct Ids {
    sources: HashSet<String>,
    areas: HashSet<String>,
    actors: HashSet<String>,
    initiatives: HashSet<String>,
    events: HashSet<String>,
    commitments: HashSet<String>,
    countries: HashSet<String>,
    natures: HashSet<String>,
    join_notes: HashSet<String>,
}

struct Checker<'a> {
    data: &'a Dataset,
    ids: Ids,
    problems: Vec<Problem>,
}

/// Where in the data a check is looking, to name it in a problem.
#[derive(Clone, Copy)]
struct At<'a> {
    file: &'a str,
    record: &'a str,
}

/// The ids of `items`, reporting duplicates and empty ids.
fn unique_ids<T>(
    file: &str,
    items: &[T],
    id: fn(&T) -> &str,
    problems: &mut Vec<Problem>,
) -> HashSet<String> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (index, item) in items.iter().enumerate() {
        let item_id = id(item);
        let record = format!("#{} (id {item_id:?})", index + 1);
        if item_id.trim().is_empty() {
            problems.push(Problem::new(file, record, "id", "is empty"));
        } else if !item_id.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b.is_ascii_uppercase()
        }) {
            problems.push(Problem::new(
                file,
                record,
                "id",
                "may hold only letters, digits and '-' (it is used in links)",
            ));
        } else if let Some(first) = seen.insert(item_id, index) {
            problems.push(Problem::new(
                file,
                record,
                "id",
                format!("duplicates the id of record #{}", first + 1),
            ));
        }
    }
    seen.into_keys().map(str::to_string).collect()
}

fn record_name(index: usize, id: &str) -> String {
    format!("#{} (id {id:?})", index + 1)
}

impl<'a> Checker<'a> {
    fn new(data: &'a Dataset) -> Checker<'a> {
        let mut problems = Vec::new();
        let ids = Ids {
            sources: unique_ids("sources.json", &data.sources, |s| &s.id, &mut problems),
            areas: unique_ids("areas.json", &data.areas, |a| &a.id, &mut problems),
            actors: unique_ids("actors.json", &data.actors, |a| &a.id, &mut problems),
            initiatives: unique_ids(
                "initiatives.json",
                &data.initiatives,
                |i| &i.id,
                &mut problems,
            ),
            events: unique_ids("events.json", &data.events, |e| &e.id, &mut problems),
            commitments: unique_ids(
                "commitments.json",
                &data.commitments,
                |c| &c.id,
                &mut problems,
            ),
            countries: unique_ids("countries.csv", &data.countries, |c| &c.iso3, &mut problems),
            natures: data
                .natures
                .iter()
                .map(|n| n.id.to_ascii_lowercase())
                .collect(),
            join_notes: unique_ids(
                "paris_call/join_notes.csv",
                &data.join_notes,
                |n| &n.id,
                &mut problems,
            ),
        };
        Checker {
            data,
            ids,
            problems,
        }
    }

    fn push(&mut self, at: At, field: impl Into<String>, message: impl Into<String>) {
        self.problems
            .push(Problem::new(at.file, at.record, field, message));
    }

    fn text(&mut self, at: At, field: &str, text: &Text) {
        for (lang, value) in [("en", &text.en), ("fr", &text.fr)] {
            if value.trim().is_empty() {
                self.push(
                    at,
                    format!("{field}.{lang}"),
                    "is empty: every label exists in English and French",
                );
            }
        }
    }

    fn reference(
        &mut self,
        at: At,
        field: &str,
        id: &str,
        table: &str,
        known: fn(&Ids) -> &HashSet<String>,
    ) {
        if !known(&self.ids).contains(id) {
            self.push(
                at,
                field,
                format!("refers to {id:?}, which is not in {table}"),
            );
        }
    }

    fn references(
        &mut self,
        at: At,
        field: &str,
        ids: &[Str],
        table: &str,
        known: fn(&Ids) -> &HashSet<String>,
    ) {
        for (index, id) in ids.iter().enumerate() {
            self.reference(at, &format!("{field}[{index}]"), id, table, known);
        }
    }

    fn when(&mut self, at: At, field: &str, when: &When) {
        match (when.kind, when.end) {
            (DateKind::Range, None) => {
                self.push(at, format!("{field}.end"), "a range needs an end date")
            }
            (DateKind::Range, Some(end)) if end.first_day() <= when.date.first_day() => self.push(
                at,
                format!("{field}.end"),
                format!("{end} is not after the start {}", when.date),
            ),
            (DateKind::Range, Some(_)) | (_, None) => {}
            (_, Some(_)) => self.push(at, format!("{field}.end"), "only a range has an end date"),
        }
        if let Some(derived) = &when.derived {
            self.text(at, &format!("{field}.derived"), derived);
        }
    }

    fn citations(&mut self, at: At, field: &str, citations: &[Citation], required: bool) {
        if required && citations.is_empty() {
            self.push(
                at,
                field,
                "cites no source: every fact needs a source and a quote",
            );
        }
        for (index, citation) in citations.iter().enumerate() {
            let field = format!("{field}[{index}]");
            self.reference(
                at,
                &format!("{field}.source"),
                &citation.source,
                "sources.json",
                |ids| &ids.sources,
            );
            let length = citation.quote.chars().count();
            if citation.quote.trim().is_empty() {
                self.push(at, format!("{field}.quote"), "is empty");
            } else if length > QUOTE_MAX_CHARS {
                self.push(
                    at,
                    format!("{field}.quote"),
                    format!("has {length} characters; a quote is at most {QUOTE_MAX_CHARS}"),
                );
            }
            if citation
                .translation
                .as_ref()
                .is_some_and(|t| t.trim().is_empty())
            {
                self.push(
                    at,
                    format!("{field}.translation"),
                    "is empty: leave it out instead",
                );
            }
        }
    }

    fn header(&mut self) {
        let at = At {
            file: "dataset.json",
            record: "(whole file)",
        };
        if self.data.version.trim().is_empty() {
            self.push(at, "version", "is empty");
        }
        if !self
            .data
            .changelog
            .iter()
            .any(|change| change.version == self.data.version)
        {
            self.push(
                at,
                "changelog",
                format!(
                    "has no entry for the current version {:?}",
                    self.data.version
                ),
            );
        }
        for (index, change) in self.data.changelog.iter().enumerate() {
            self.text(at, &format!("changelog[{index}].summary"), &change.summary);
        }
    }

    fn sources(&mut self) {
        for (index, source) in self.data.sources.iter().enumerate() {
            let record = record_name(index, &source.id);
            let at = At {
                file: "sources.json",
                record: &record,
            };
            self.text(at, "title", &source.title);
            self.text(at, "publisher", &source.publisher);
            self.text(at, "licence", &source.licence);
            if source.kind != SourceKind::Outside || source.summary != Text::default() {
                self.text(at, "summary", &source.summary);
            }
            self.when(at, "date", &source.date);
            match (source.kind, &source.file, &source.url) {
                (SourceKind::Seed, None, _) => {
                    self.push(at, "file", "a seed document needs its file name")
                }
                (SourceKind::Reference | SourceKind::Outside, _, None) => {
                    self.push(at, "url", "a reference or outside source needs its address")
                }
                _ => {}
            }
            if source.kind == SourceKind::Outside {
                if source.read.is_none() {
                    self.push(at, "read", "an outside source needs the date it was read");
                }
                if source.address_check.is_none() {
                    self.push(
                        at,
                        "address_check",
                        "say how the quotes were checked against the page",
                    );
                }
            }
            if let Some(check) = &source.address_check {
                self.text(at, "address_check", check);
            }
            if source.url.is_some() && source.kind != SourceKind::Reference {
                if source.address_check.is_none() {
                    self.push(
                        at,
                        "address_check",
                        "say how the address was checked against the document",
                    );
                }
                if source
                    .published_title
                    .as_deref()
                    .is_none_or(|t| t.trim().is_empty())
                {
                    self.push(
                        at,
                        "published_title",
                        "give the title as the page publishes it",
                    );
                }
            }
        }
    }

    fn areas(&mut self) {
        for (index, area) in self.data.areas.iter().enumerate() {
            let record = record_name(index, &area.id);
            let at = At {
                file: "areas.json",
                record: &record,
            };
            self.text(at, "name", &area.name);
            self.text(at, "description", &area.description);
            if let Some(parent) = &area.parent {
                self.reference(at, "parent", parent, "areas.json", |ids| &ids.areas);
                if parent == &area.id {
                    self.push(at, "parent", "an area cannot be its own parent");
                }
            }
        }
    }

    fn actors(&mut self) {
        for (index, actor) in self.data.actors.iter().enumerate() {
            let record = record_name(index, &actor.id);
            let at = At {
                file: "actors.json",
                record: &record,
            };
            self.text(at, "name", &actor.name);
            if let Some(role) = &actor.role {
                self.text(at, "role", role);
            }
            if actor.kind == ActorKind::Person && actor.role.is_none() {
                self.push(at, "role", "a person needs the role held at the time");
            }
            if let Some(country) = &actor.country {
                self.reference(at, "country", country, "countries.csv", |ids| {
                    &ids.countries
                });
            }
            if let Some(part_of) = &actor.part_of {
                self.reference(at, "part_of", part_of, "actors.json", |ids| &ids.actors);
            }
            self.citations(at, "citations", &actor.citations, true);
        }
    }

    fn initiatives(&mut self) {
        for (index, initiative) in self.data.initiatives.iter().enumerate() {
            let record = record_name(index, &initiative.id);
            let at = At {
                file: "initiatives.json",
                record: &record,
            };
            self.text(at, "name", &initiative.name);
            self.text(at, "summary", &initiative.summary);
            if let Some(started) = &initiative.started {
                self.when(at, "started", started);
            }
            self.references(at, "areas", &initiative.areas, "areas.json", |ids| {
                &ids.areas
            });
            self.references(at, "members", &initiative.members, "actors.json", |ids| {
                &ids.actors
            });
            self.citations(at, "citations", &initiative.citations, true);
        }
    }

    fn events(&mut self) {
        for (index, event) in self.data.events.iter().enumerate() {
            let record = record_name(index, &event.id);
            let at = At {
                file: "events.json",
                record: &record,
            };
            self.when(at, "when", &event.when);
            self.text(at, "title", &event.title);
            self.text(at, "summary", &event.summary);
            if let Some(place) = &event.place {
                self.text(at, "place", place);
            }
            self.references(
                at,
                "participants",
                &event.participants,
                "actors.json",
                |ids| &ids.actors,
            );
            self.references(at, "areas", &event.areas, "areas.json", |ids| &ids.areas);
            self.references(
                at,
                "initiatives",
                &event.initiatives,
                "initiatives.json",
                |ids| &ids.initiatives,
            );
            self.references(at, "related", &event.related, "events.json", |ids| {
                &ids.events
            });
            if event.related.contains(&event.id) {
                self.push(at, "related", "an event cannot be related to itself");
            }
            self.citations(at, "citations", &event.citations, true);
            if let Some(answers) = &event.answers {
                self.outcome(at, event, answers);
            }
        }
    }

    /// An outcome answers known commitments or initiatives, comes after the promises, and
    /// gives each quote its translation.
    fn outcome(&mut self, at: At, event: &Event, answers: &Answers) {
        if answers.commitments.is_empty() && answers.initiatives.is_empty() {
            self.push(
                at,
                "answers",
                "an outcome answers at least one commitment or initiative",
            );
        }
        self.references(
            at,
            "answers.initiatives",
            &answers.initiatives,
            "initiatives.json",
            |ids| &ids.initiatives,
        );
        self.references(
            at,
            "answers.commitments",
            &answers.commitments,
            "commitments.json",
            |ids| &ids.commitments,
        );
        let data = self.data;
        for (index, id) in answers.commitments.iter().enumerate() {
            let promised = data
                .commitments
                .iter()
                .find(|c| c.id == *id)
                .and_then(|c| data.events.iter().find(|e| e.id == c.event));
            if let Some(promised) = promised {
                if event.when.end_day() < promised.when.start_day() {
                    self.push(
                        at,
                        format!("answers.commitments[{index}]"),
                        format!(
                            "the outcome ({}) comes before the promise ({})",
                            event.when.date, promised.when.date
                        ),
                    );
                }
            }
        }
        for (index, citation) in event.citations.iter().enumerate() {
            if citation.translation.is_none() {
                self.push(
                    at,
                    format!("citations[{index}].translation"),
                    "an outcome's quote needs its translation",
                );
            }
        }
    }

    fn commitments(&mut self) {
        for (index, commitment) in self.data.commitments.iter().enumerate() {
            let record = record_name(index, &commitment.id);
            let at = At {
                file: "commitments.json",
                record: &record,
            };
            self.reference(at, "actor", &commitment.actor, "actors.json", |ids| {
                &ids.actors
            });
            self.reference(at, "area", &commitment.area, "areas.json", |ids| &ids.areas);
            self.reference(at, "event", &commitment.event, "events.json", |ids| {
                &ids.events
            });
            if let Some(initiative) = &commitment.initiative {
                self.reference(at, "initiative", initiative, "initiatives.json", |ids| {
                    &ids.initiatives
                });
            }
            self.text(at, "what", &commitment.what);
            self.citations(at, "citations", &commitment.citations, true);
            let answered = self.data.events.iter().any(|event| {
                event
                    .answers
                    .as_ref()
                    .is_some_and(|a| a.commitments.contains(&commitment.id))
            });
            match (answered, &commitment.no_record) {
                (false, None) => self.push(
                    at,
                    "no_record",
                    "no outcome answers it: add one to events.json, or say up to when the record was searched (no_record.as_of)",
                ),
                (true, Some(_)) => self.push(
                    at,
                    "no_record",
                    "an outcome answers it: remove no_record",
                ),
                _ => {}
            }
        }
    }

    /// Every country has one place in the world's regions, and a region code one name.
    fn regions(&mut self) {
        let data = self.data;
        let mut placed: HashMap<&str, usize> = HashMap::new();
        let mut names: HashMap<&str, &Text> = HashMap::new();
        for (index, row) in data.regions.iter().enumerate() {
            let record = format!("line {} ({})", index + 2, row.iso3);
            let at = At {
                file: "regions.csv",
                record: &record,
            };
            self.reference(at, "iso3", &row.iso3, "countries.csv", |ids| &ids.countries);
            if let Some(first) = placed.insert(&row.iso3, index) {
                self.push(
                    at,
                    "iso3",
                    format!("placed twice (first on line {})", first + 2),
                );
            }
            if !["un-m49", "cldr"].contains(&&*row.placed_by) {
                self.push(at, "placed_by", "must be un-m49 or cldr");
            }
            for (field, code, name) in [
                ("region_name_en", &row.region, &row.region_name),
                ("subregion_name_en", &row.subregion, &row.subregion_name),
            ] {
                if names.get(&**code).is_some_and(|known| *known != name) {
                    self.push(
                        at,
                        field,
                        format!("region {code} is named differently elsewhere"),
                    );
                }
                names.entry(code).or_insert(name);
            }
        }
        for country in data.countries.iter() {
            if !placed.contains_key(&*country.iso3) {
                let record = format!("({})", country.iso3);
                self.push(
                    At {
                        file: "regions.csv",
                        record: &record,
                    },
                    "iso3",
                    "has no row: run `cargo xtask geography`",
                );
            }
        }
    }

    fn paris_call(&mut self) {
        let data = self.data;
        for (index, country) in data.countries.iter().enumerate() {
            let record = format!("line {} ({})", index + 2, country.iso3);
            let at = At {
                file: "countries.csv",
                record: &record,
            };
            if country.iso3.len() != 3 || !country.iso3.bytes().all(|b| b.is_ascii_uppercase()) {
                self.push(
                    at,
                    "iso3",
                    format!("{:?} is not an ISO 3166 alpha-3 code", country.iso3),
                );
            }
        }
        let numbers: Vec<u8> = data.principles.iter().map(|p| p.number).collect();
        if numbers != (1..=9).collect::<Vec<u8>>() {
            let at = At {
                file: "paris_call/principles.csv",
                record: "(whole file)",
            };
            self.push(
                at,
                "number",
                format!("the nine principles must be numbered 1 to 9 in order, found {numbers:?}"),
            );
        }
        let mut site_files = HashMap::new();
        for (index, supporter) in data.supporters.iter().enumerate() {
            let record = format!("line {} ({})", index + 2, supporter.name);
            let at = At {
                file: "paris_call/supporters.csv",
                record: &record,
            };
            if let Some(country) = &supporter.country {
                self.reference(at, "country", country, "countries.csv", |ids| {
                    &ids.countries
                });
            }
            if let Some(nature) = &supporter.nature {
                if !self.ids.natures.contains(&nature.to_ascii_lowercase()) {
                    self.push(
                        at,
                        "nature",
                        format!("refers to {nature:?}, which is not in paris_call/natures.csv"),
                    );
                }
            }
            if let Some(joined) = &supporter.joined {
                self.reference(
                    at,
                    "joined_note",
                    &joined.note,
                    "paris_call/join_notes.csv",
                    |ids| &ids.join_notes,
                );
            }
            if let Some(first) = site_files.insert(supporter.site_file.as_ref(), index) {
                self.push(
                    at,
                    "site_file",
                    format!("duplicates the entry on line {}", first + 2),
                );
            }
        }
        let at = At {
            file: "paris_call/supporters.csv",
            record: "(whole file)",
        };
        for (category, expected) in EXPECTED_SUPPORTERS {
            let found = data
                .supporters
                .iter()
                .filter(|s| s.category == category)
                .count();
            if found != expected {
                self.push(
                    at,
                    "category",
                    format!(
                        "{found} supporters are `{}` where the official list has {expected}",
                        category.code()
                    ),
                );
            }
        }
        let counts_at = At {
            file: "paris_call/counts.csv",
            record: "(whole file)",
        };
        if !data
            .supporter_counts
            .windows(2)
            .all(|pair| pair[0].date < pair[1].date)
        {
            self.push(
                counts_at,
                "date",
                "the counts must be in strictly increasing date order",
            );
        }
        match data.supporter_counts.last() {
            Some(last) if last.total() as usize == data.supporters.len() => {
                for (category, _) in EXPECTED_SUPPORTERS {
                    let listed = data
                        .supporters
                        .iter()
                        .filter(|s| s.category == category)
                        .count();
                    if last.of(category) as usize != listed {
                        self.push(
                            counts_at,
                            category.code(),
                            format!(
                                "the latest count is {} but {listed} supporters are listed",
                                last.of(category)
                            ),
                        );
                    }
                }
            }
            Some(last) => self.push(
                counts_at,
                "-",
                format!(
                    "the latest count totals {} but {} supporters are listed",
                    last.total(),
                    data.supporters.len()
                ),
            ),
            None => self.push(counts_at, "-", "has no counts"),
        }
        for (index, edition) in data.forum_editions.iter().enumerate() {
            let record = format!("line {} (edition {})", index + 2, edition.edition);
            let at = At {
                file: "paris_call/forum_editions.csv",
                record: &record,
            };
            if edition.end < edition.start {
                self.push(at, "end", "is before the start");
            }
        }
    }
}

/// Folds runs of white space into one space, so a quote matches across line breaks.
pub fn normalise_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text of each seed document, white space folded, by source id.
fn seed_texts<'d>(data: &'d Dataset, seeds: &Path) -> (HashMap<&'d str, String>, Vec<Problem>) {
    let mut texts = HashMap::new();
    let mut problems = Vec::new();
    for source in data.sources.iter() {
        if let Some(file) = &source.file {
            match std::fs::read_to_string(seeds.join(file.as_ref())) {
                Ok(text) => {
                    texts.insert(source.id.as_ref(), normalise_whitespace(&text));
                }
                Err(error) => problems.push(Problem::new(
                    "sources.json",
                    format!("id {:?}", source.id),
                    "file",
                    format!("seed {file} cannot be read: {error}"),
                )),
            }
        }
    }
    (texts, problems)
}

/// Every citation of a seed document must appear verbatim (white space folded) in that seed.
/// `seeds` is the folder of seed files.
pub fn check_quotes(data: &Dataset, seeds: &Path) -> Vec<Problem> {
    let (texts, mut problems) = seed_texts(data, seeds);
    for cited in all_citations(data) {
        let citation = cited.citation;
        if let Some(text) = texts.get(citation.source.as_ref()) {
            if !text.contains(&normalise_whitespace(&citation.quote)) {
                problems.push(Problem::new(
                    cited.file,
                    cited.record(),
                    format!("{}.quote", cited.field()),
                    format!(
                        "{:?} is not found verbatim in seed {}",
                        citation.quote, citation.source
                    ),
                ));
            }
        }
    }
    problems
}

/// Where each quote starts in its seed (in characters, white space folded), so a document's
/// quotes can be listed in reading order: (source id, quote, position).
pub fn quote_positions(data: &Dataset, seeds: &Path) -> Vec<(String, String, usize)> {
    let (texts, _) = seed_texts(data, seeds);
    let mut positions: Vec<(String, String, usize)> = Vec::new();
    for Cited { citation, .. } in all_citations(data) {
        let Some(text) = texts.get(citation.source.as_ref()) else {
            continue;
        };
        let Some(byte) = text.find(&normalise_whitespace(&citation.quote)) else {
            continue;
        };
        let entry = (
            citation.source.to_string(),
            citation.quote.to_string(),
            text[..byte].chars().count(),
        );
        if !positions.contains(&entry) {
            positions.push(entry);
        }
    }
    positions
}

/// Every citation in the dataset with the file, record and field it sits in.
/// A citation with where it sits: its file, its record's place and id, its own place.
pub struct Cited<'d> {
    pub file: &'static str,
    pub index: usize,
    pub id: &'d str,
    pub position: usize,
    pub citation: &'d Citation,
}

impl Cited<'_> {
    /// The record as problem reports name it: `#3 (id "elysee-meeting")`.
    pub fn record(&self) -> String {
        record_name(self.index, self.id)
    }

    pub fn field(&self) -> String {
        format!("citations[{}]", self.position)
    }
}

pub fn all_citations(data: &Dataset) -> Vec<Cited<'_>> {
    type Records<'d> = Vec<(&'d str, &'d [Citation])>;
    let tables: [(&'static str, Records); 4] = [
        (
            "actors.json",
            data.actors
                .iter()
                .map(|a| (a.id.as_ref(), a.citations.as_ref()))
                .collect(),
        ),
        (
            "initiatives.json",
            data.initiatives
                .iter()
                .map(|i| (i.id.as_ref(), i.citations.as_ref()))
                .collect(),
        ),
        (
            "events.json",
            data.events
                .iter()
                .map(|e| (e.id.as_ref(), e.citations.as_ref()))
                .collect(),
        ),
        (
            "commitments.json",
            data.commitments
                .iter()
                .map(|c| (c.id.as_ref(), c.citations.as_ref()))
                .collect(),
        ),
    ];
    let mut all = Vec::new();
    for (file, records) in tables {
        for (index, (id, citations)) in records.into_iter().enumerate() {
            for (position, citation) in citations.iter().enumerate() {
                all.push(Cited {
                    file,
                    index,
                    id,
                    position,
                    citation,
                });
            }
        }
    }
    all
}
