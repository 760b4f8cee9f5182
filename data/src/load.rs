//! Reads the data files into a `Dataset`, collecting every structural problem
//! (bad JSON or CSV, missing fields, unknown values, bad dates) with its file, record and field.

use crate::csv;
use crate::model::*;
use crate::problem::Problem;
use serde::de::DeserializeOwned;
use std::collections::HashMap;
use std::path::Path;

/// The data files, relative to the dataset folder.
pub const JSON_FILES: [&str; 7] = [
    "dataset.json",
    "sources.json",
    "areas.json",
    "actors.json",
    "initiatives.json",
    "events.json",
    "commitments.json",
];
pub const CSV_FILES: [&str; 8] = [
    "countries.csv",
    "regions.csv",
    "paris_call/natures.csv",
    "paris_call/principles.csv",
    "paris_call/join_notes.csv",
    "paris_call/supporters.csv",
    "paris_call/counts.csv",
    "paris_call/forum_editions.csv",
];

/// Reads every data file of `dir`. Structural problems are all collected before returning.
pub fn load(dir: &Path) -> Result<Dataset, Vec<Problem>> {
    let mut files = HashMap::new();
    let mut problems = Vec::new();
    for name in JSON_FILES.iter().chain(CSV_FILES.iter()) {
        match std::fs::read_to_string(dir.join(name)) {
            Ok(text) => {
                files.insert(name.to_string(), text);
            }
            Err(error) => problems.push(Problem::new(
                name,
                "(file)",
                "-",
                format!("cannot be read: {error}"),
            )),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    from_texts(&files)
}

/// Builds the dataset from file contents keyed by file name (as `load` reads them).
pub fn from_texts(files: &HashMap<String, String>) -> Result<Dataset, Vec<Problem>> {
    let mut problems = Vec::new();
    let file = |name: &str| files.get(name).map(String::as_str).unwrap_or("");
    let header: Option<DatasetHeader> =
        json_object("dataset.json", file("dataset.json"), &mut problems);
    let dataset = Dataset {
        version: header
            .as_ref()
            .map(|h| h.version.clone())
            .unwrap_or_default(),
        changelog: header.map(|h| h.changelog).unwrap_or_default(),
        sources: json_records("sources.json", file("sources.json"), &mut problems).into(),
        areas: json_records("areas.json", file("areas.json"), &mut problems).into(),
        actors: json_records("actors.json", file("actors.json"), &mut problems).into(),
        initiatives: json_records("initiatives.json", file("initiatives.json"), &mut problems)
            .into(),
        events: json_records("events.json", file("events.json"), &mut problems).into(),
        commitments: json_records("commitments.json", file("commitments.json"), &mut problems)
            .into(),
        countries: csv_records(
            "countries.csv",
            file("countries.csv"),
            &mut problems,
            country,
        )
        .into(),
        regions: csv_records("regions.csv", file("regions.csv"), &mut problems, region).into(),
        natures: csv_records(
            "paris_call/natures.csv",
            file("paris_call/natures.csv"),
            &mut problems,
            nature,
        )
        .into(),
        principles: csv_records(
            "paris_call/principles.csv",
            file("paris_call/principles.csv"),
            &mut problems,
            principle,
        )
        .into(),
        join_notes: csv_records(
            "paris_call/join_notes.csv",
            file("paris_call/join_notes.csv"),
            &mut problems,
            join_note,
        )
        .into(),
        supporters: csv_records(
            "paris_call/supporters.csv",
            file("paris_call/supporters.csv"),
            &mut problems,
            supporter,
        )
        .into(),
        supporter_counts: csv_records(
            "paris_call/counts.csv",
            file("paris_call/counts.csv"),
            &mut problems,
            count,
        )
        .into(),
        forum_editions: csv_records(
            "paris_call/forum_editions.csv",
            file("paris_call/forum_editions.csv"),
            &mut problems,
            forum_edition,
        )
        .into(),
    };
    if problems.is_empty() {
        Ok(dataset)
    } else {
        Err(problems)
    }
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct DatasetHeader {
    version: Str,
    changelog: List<Change>,
}

fn syntax_problem(file: &str, error: &serde_json::Error) -> Problem {
    Problem::new(
        file,
        format!("line {} column {}", error.line(), error.column()),
        "-",
        format!("not valid JSON: {error}"),
    )
}

fn json_object<T: DeserializeOwned>(
    file: &str,
    text: &str,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    let value: serde_json::Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(error) => {
            problems.push(syntax_problem(file, &error));
            return None;
        }
    };
    deserialize_record(file, "(whole file)".to_string(), value, problems)
}

/// Each record of a JSON array is read on its own, so one bad record does not hide the others.
fn json_records<T: DeserializeOwned>(
    file: &str,
    text: &str,
    problems: &mut Vec<Problem>,
) -> Vec<T> {
    let values: Vec<serde_json::Value> = match serde_json::from_str(text) {
        Ok(values) => values,
        Err(error) => {
            problems.push(syntax_problem(file, &error));
            return Vec::new();
        }
    };
    values
        .into_iter()
        .enumerate()
        .filter_map(|(index, value)| {
            let record = match value.get("id").and_then(|id| id.as_str()) {
                Some(id) => format!("#{} (id {id:?})", index + 1),
                None => format!("#{}", index + 1),
            };
            deserialize_record(file, record, value, problems)
        })
        .collect()
}

fn deserialize_record<T: DeserializeOwned>(
    file: &str,
    record: String,
    value: serde_json::Value,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    match serde_path_to_error::deserialize(value) {
        Ok(parsed) => Some(parsed),
        Err(error) => {
            let field = match error.path().to_string() {
                path if path == "." => "-".to_string(),
                path => path,
            };
            problems.push(Problem::new(
                file,
                record,
                field,
                error.into_inner().to_string(),
            ));
            None
        }
    }
}

/// One CSV row, with what it needs to name itself in a problem.
struct Row<'a> {
    file: &'a str,
    record: String,
    values: HashMap<&'a str, String>,
}

impl Row<'_> {
    fn problem(&self, field: &str, message: impl Into<String>) -> Problem {
        Problem::new(self.file, self.record.clone(), field, message)
    }

    fn optional(&self, field: &str) -> Option<Str> {
        self.values
            .get(field)
            .filter(|value| !value.trim().is_empty())
            .map(|value| value.clone().into())
    }

    fn required(&self, field: &str, problems: &mut Vec<Problem>) -> Str {
        self.optional(field).unwrap_or_else(|| {
            problems.push(self.problem(field, "is empty"));
            Str::default()
        })
    }

    fn text(&self, field: &str, problems: &mut Vec<Problem>) -> Text {
        Text {
            en: self.required(&format!("{field}_en"), problems),
            fr: self.required(&format!("{field}_fr"), problems),
        }
    }

    fn optional_text(&self, field: &str, problems: &mut Vec<Problem>) -> Option<Text> {
        let (en, fr) = (format!("{field}_en"), format!("{field}_fr"));
        match (self.optional(&en), self.optional(&fr)) {
            (None, None) => None,
            (Some(en), Some(fr)) => Some(Text { en, fr }),
            (Some(_), None) => {
                problems.push(self.problem(&fr, "is empty while the English text is given"));
                None
            }
            (None, Some(_)) => {
                problems.push(self.problem(&en, "is empty while the French text is given"));
                None
            }
        }
    }

    fn optional_date(&self, field: &str, problems: &mut Vec<Problem>) -> Option<PartialDate> {
        let text = self.optional(field)?;
        PartialDate::parse(&text)
            .map_err(|message| problems.push(self.problem(field, message)))
            .ok()
    }

    fn date(&self, field: &str, problems: &mut Vec<Problem>) -> PartialDate {
        self.optional_date(field, problems).unwrap_or_else(|| {
            if self.optional(field).is_none() {
                problems.push(self.problem(field, "is empty"));
            }
            PartialDate::day(1, 1, 1)
        })
    }

    fn number<T: std::str::FromStr + Default>(
        &self,
        field: &str,
        problems: &mut Vec<Problem>,
    ) -> T {
        let text = self.required(field, problems);
        text.trim().parse().unwrap_or_else(|_| {
            if !text.is_empty() {
                problems
                    .push(self.problem(field, format!("{text:?} is not a whole number in range")));
            }
            T::default()
        })
    }

    fn code<T>(
        &self,
        field: &str,
        parse: fn(&str) -> Option<T>,
        known: &str,
        problems: &mut Vec<Problem>,
    ) -> Option<T> {
        let text = self.optional(field)?;
        let parsed = parse(&text);
        if parsed.is_none() {
            problems.push(self.problem(
                field,
                format!("unknown value {text:?}, expected one of {known}"),
            ));
        }
        parsed
    }
}

/// Reads a CSV table by its header; `build` turns each row into a record, pushing problems.
fn csv_records<T>(
    file: &str,
    text: &str,
    problems: &mut Vec<Problem>,
    build: fn(&Row, &mut Vec<Problem>) -> T,
) -> Vec<T> {
    let records = match csv::parse(text) {
        Ok(records) => records,
        Err(message) => {
            problems.push(Problem::new(
                file,
                "(file)",
                "-",
                format!("not valid CSV: {message}"),
            ));
            return Vec::new();
        }
    };
    let Some((header, rows)) = records.split_first() else {
        problems.push(Problem::new(
            file,
            "(file)",
            "-",
            "is empty: a header line is expected",
        ));
        return Vec::new();
    };
    let mut built = Vec::new();
    for record in rows {
        let label = record.fields.first().map(String::as_str).unwrap_or("");
        let row_name = format!("line {} ({label})", record.line);
        if record.fields.len() != header.fields.len() {
            problems.push(Problem::new(
                file,
                row_name,
                "-",
                format!(
                    "has {} fields where the header has {}",
                    record.fields.len(),
                    header.fields.len()
                ),
            ));
            continue;
        }
        let values = header
            .fields
            .iter()
            .map(String::as_str)
            .zip(record.fields.iter().cloned())
            .collect();
        built.push(build(
            &Row {
                file,
                record: row_name,
                values,
            },
            problems,
        ));
    }
    built
}

fn region(row: &Row, problems: &mut Vec<Problem>) -> CountryRegion {
    CountryRegion {
        iso3: row.required("iso3", problems),
        placed_by: row.required("placed_by", problems),
        region: row.required("region", problems),
        region_name: row.text("region_name", problems),
        subregion: row.required("subregion", problems),
        subregion_name: row.text("subregion_name", problems),
    }
}

fn country(row: &Row, problems: &mut Vec<Problem>) -> Country {
    Country {
        iso3: row.required("iso3", problems),
        name: row.text("name", problems),
    }
}

fn nature(row: &Row, problems: &mut Vec<Problem>) -> Nature {
    Nature {
        id: row.required("id", problems),
        name: row.text("name", problems),
    }
}

fn principle(row: &Row, problems: &mut Vec<Problem>) -> Principle {
    Principle {
        number: row.number("number", problems),
        short_name: row.text("short_name", problems),
        text: row.text("text", problems),
    }
}

fn join_note(row: &Row, problems: &mut Vec<Problem>) -> JoinNote {
    JoinNote {
        id: row.required("id", problems),
        text: row.text("text", problems),
    }
}

fn supporter(row: &Row, problems: &mut Vec<Problem>) -> Supporter {
    let category = row.code(
        "category",
        Category::from_code,
        "state, public-authority, civil-society, private-sector, uncategorised",
        problems,
    );
    if row.optional("category").is_none() {
        problems.push(row.problem(
            "category",
            "is empty (use `uncategorised` for entries the site lists without one)",
        ));
    }
    let joined_date = row.optional_date("joined", problems);
    let confidence = row.code(
        "joined_confidence",
        Confidence::from_code,
        "high, medium, site",
        problems,
    );
    let note = row.optional("joined_note");
    let joined = match (joined_date, confidence, note) {
        (Some(date), Some(confidence), Some(note)) => Some(Joined {
            date,
            confidence,
            note,
        }),
        (None, None, None) => None,
        _ => {
            problems.push(row.problem(
                "joined",
                "a join date needs its joined_confidence and joined_note, and they need a date",
            ));
            None
        }
    };
    Supporter {
        name: row.required("name", problems),
        name_on_site: row.optional("name_on_site"),
        category: category.unwrap_or(Category::Uncategorised),
        nature: row.optional("nature"),
        country: row.optional("country"),
        country_on_site: row.optional("country_on_site"),
        joined,
        first_listed: row.date("first_listed", problems),
        site_file: row.required("site_file", problems),
    }
}

fn count(row: &Row, problems: &mut Vec<Problem>) -> SupporterCount {
    SupporterCount {
        date: row.date("date", problems),
        state: row.number("state", problems),
        public_authority: row.number("public_authority", problems),
        civil_society: row.number("civil_society", problems),
        private_sector: row.number("private_sector", problems),
        uncategorised: row.number("uncategorised", problems),
        commit: row.required("commit", problems),
    }
}

fn forum_edition(row: &Row, problems: &mut Vec<Problem>) -> ForumEdition {
    ForumEdition {
        edition: row.number("edition", problems),
        start: row.date("start", problems),
        end: row.date("end", problems),
        venue: row.text("venue", problems),
        note: row.optional_text("note", problems),
        sources: row.required("sources", problems),
    }
}
