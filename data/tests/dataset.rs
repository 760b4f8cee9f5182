//! The real dataset is valid, matches the reference material when it is present, and every
//! kind of corruption is rejected with a message naming the file, the record and the field.

use lafayette_data::load::{from_texts, CSV_FILES, JSON_FILES};
use lafayette_data::validate::{check_quotes, validate};
use lafayette_data::{csv, load_valid, supporter_rows, Category, QuoteCheck};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

fn dataset_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("dataset")
}

/// `../shared` beside the repository root, present on the team's machines and in CI.
fn shared_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared")
}

fn read_files() -> HashMap<String, String> {
    JSON_FILES
        .iter()
        .chain(CSV_FILES.iter())
        .map(|name| {
            (
                name.to_string(),
                std::fs::read_to_string(dataset_dir().join(name)).unwrap(),
            )
        })
        .collect()
}

#[test]
fn the_dataset_is_valid_and_its_quotes_are_in_the_seeds() {
    let seeds = shared_dir().join("seeds");
    let (data, quotes) =
        load_valid(&dataset_dir(), &seeds).unwrap_or_else(|report| panic!("{report}"));
    match quotes {
        QuoteCheck::Checked { citations } => {
            assert!(citations > 100, "only {citations} citations checked");
            println!("checked {citations} quotes against {}", seeds.display());
        }
        QuoteCheck::Skipped { reason } => println!("SKIPPED quote check: {reason}"),
    }
    assert_eq!(data.supporters.len(), 1222);
    assert_eq!(data.principles.len(), 9);
    println!(
        "counts: {} sources, {} areas, {} actors, {} initiatives, {} events, {} commitments, {} countries, {} supporters, {} count snapshots, {} forum editions",
        data.sources.len(),
        data.areas.len(),
        data.actors.len(),
        data.initiatives.len(),
        data.events.len(),
        data.commitments.len(),
        data.countries.len(),
        data.supporters.len(),
        data.supporter_counts.len(),
        data.forum_editions.len()
    );
}

#[test]
fn the_supporters_read_back_from_the_rows_the_app_embeds() {
    let (data, _) = load_valid(&dataset_dir(), &shared_dir().join("seeds")).unwrap();
    let rows = supporter_rows::encode(&data.supporters).unwrap();
    let read = supporter_rows::decode(Box::leak(rows.into_boxed_str())).unwrap();
    assert_eq!(read.len(), 1222);
    assert_eq!(read, data.supporters.to_vec());
    // The rows leave out the site files that the site's naming gives; nearly all of them.
    let by_name = data
        .supporters
        .iter()
        .filter(|s| s.site_file == supporter_rows::site_file_by_name(s))
        .count();
    println!("{by_name} of 1222 site files follow from the name");
    assert!(
        by_name >= 1150,
        "only {by_name} site files follow from the name"
    );
}

#[test]
fn supporters_match_the_reference_list_one_for_one() {
    let reference = shared_dir().join("reference/paris_call/supporters_detailed.csv");
    let Ok(text) = std::fs::read_to_string(&reference) else {
        println!(
            "SKIPPED: {} not found; supporters not compared with the reference",
            reference.display()
        );
        return;
    };
    let data = lafayette_data::load::load(&dataset_dir()).unwrap();
    let records = csv::parse(&text).unwrap();
    let header = &records[0].fields;
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (name, category, iso3, joined, site_file) = (
        column("name"),
        column("category"),
        column("iso3"),
        column("joined"),
        column("site_file"),
    );
    assert_eq!(
        records.len() - 1,
        data.supporters.len(),
        "no supporter may be dropped or added"
    );
    for (row, supporter) in records[1..].iter().zip(data.supporters.iter()) {
        let f = &row.fields;
        assert_eq!(
            supporter.name, f[name],
            "names are kept exactly as on the site"
        );
        assert_eq!(
            Some(supporter.category),
            Category::from_code(&f[category]),
            "{}",
            supporter.name
        );
        assert_eq!(
            supporter.country.as_deref().unwrap_or(""),
            f[iso3],
            "{}",
            supporter.name
        );
        assert_eq!(
            supporter
                .joined
                .as_ref()
                .map(|j| j.date.to_string())
                .unwrap_or_default(),
            f[joined],
            "{}",
            supporter.name
        );
        assert_eq!(format!("_supporters/{}", supporter.site_file), f[site_file]);
    }
    let usa = data
        .supporters
        .iter()
        .find(|s| s.country.as_deref() == Some("USA") && s.category == Category::State)
        .unwrap();
    assert_eq!(usa.joined.as_ref().unwrap().date.to_string(), "2021-11-10");
}

#[test]
fn counts_over_time_agree_with_published_figures() {
    let data = lafayette_data::load::load(&dataset_dir()).unwrap();
    let on = |date: &str| {
        data.supporter_counts
            .iter()
            .find(|c| c.date.to_string() == date)
            .unwrap()
    };
    assert_eq!(
        (on("2019-11-12").total(), on("2019-11-12").state),
        (1039, 74)
    );
    assert_eq!(
        (on("2021-11-11").total(), on("2021-11-11").state),
        (1218, 80)
    );
    assert_eq!(
        (on("2024-01-19").total(), on("2024-01-19").state),
        (1222, 81)
    );
}

/// Applies `corrupt` to a copy of the files and returns the problems, as text.
fn problems_after(corrupt: impl FnOnce(&mut HashMap<String, String>)) -> Vec<String> {
    let mut files = read_files();
    corrupt(&mut files);
    let problems = match from_texts(&files) {
        Err(problems) => problems,
        Ok(data) => {
            let mut problems = validate(&data);
            let seeds = shared_dir().join("seeds");
            if seeds.is_dir() {
                problems.extend(check_quotes(&data, &seeds));
            }
            problems
        }
    };
    problems.iter().map(ToString::to_string).collect()
}

fn replace_once(files: &mut HashMap<String, String>, file: &str, from: &str, to: &str) {
    let text = files.get_mut(file).unwrap();
    assert!(text.contains(from), "{file} has no {from:?} to corrupt");
    *text = text.replacen(from, to, 1);
}

/// Asserts that one of the problems mentions every one of `needles`.
fn assert_reported(problems: &[String], needles: &[&str]) {
    assert!(
        problems
            .iter()
            .any(|p| needles.iter().all(|n| p.contains(n))),
        "expected a problem mentioning {needles:?}, got:\n{}",
        problems.join("\n")
    );
}

#[test]
fn corruption_duplicate_id() {
    let problems = problems_after(|f| {
        replace_once(
            f,
            "events.json",
            "\"id\": \"biden-clumsy\"",
            "\"id\": \"aukus-rift\"",
        )
    });
    assert_reported(
        &problems,
        &[
            "events.json",
            "id \"aukus-rift\"",
            "field `id`",
            "duplicates",
        ],
    );
}

#[test]
fn corruption_dangling_participant() {
    let problems =
        problems_after(|f| replace_once(f, "events.json", "\"joe-biden\"", "\"joe-bidden\""));
    assert_reported(
        &problems,
        &[
            "events.json",
            "biden-clumsy",
            "participants[0]",
            "joe-bidden",
            "not in actors.json",
        ],
    );
}

#[test]
fn corruption_unknown_enum_value() {
    let problems = problems_after(|f| {
        replace_once(
            f,
            "events.json",
            "\"scope\": \"bilateral\"",
            "\"scope\": \"trilateral\"",
        )
    });
    assert_reported(
        &problems,
        &[
            "events.json",
            "field `scope`",
            "unknown variant `trilateral`",
        ],
    );
}

#[test]
fn corruption_impossible_date() {
    let problems =
        problems_after(|f| replace_once(f, "events.json", "\"2020-01-22\"", "\"2020-02-30\""));
    assert_reported(
        &problems,
        &[
            "events.json",
            "cyber-dialogue-third",
            "when.date",
            "not a day of the calendar",
        ],
    );
}

#[test]
fn corruption_unknown_date_precision() {
    let problems = problems_after(|f| {
        replace_once(
            f,
            "events.json",
            "\"kind\": \"circa\"",
            "\"kind\": \"roughly\"",
        )
    });
    assert_reported(
        &problems,
        &[
            "events.json",
            "space-cooperation-begins",
            "when.kind",
            "unknown variant `roughly`",
        ],
    );
}

#[test]
fn corruption_range_without_end() {
    let problems =
        problems_after(|f| replace_once(f, "events.json", "\"end\": \"2021-11-13\",", ""));
    assert_reported(
        &problems,
        &[
            "events.json",
            "harris-paris-trip",
            "when.end",
            "needs an end date",
        ],
    );
}

#[test]
fn corruption_missing_french() {
    let problems =
        problems_after(|f| replace_once(f, "areas.json", "\"fr\": \"Espace\"", "\"fr\": \" \""));
    assert_reported(
        &problems,
        &[
            "areas.json",
            "id \"space\"",
            "name.fr",
            "English and French",
        ],
    );
}

#[test]
fn corruption_missing_language_key() {
    let problems =
        problems_after(|f| replace_once(f, "areas.json", ",\n   \"fr\": \"Espace\"", ""));
    assert_reported(
        &problems,
        &[
            "areas.json",
            "id \"space\"",
            "field `name`",
            "missing field `fr`",
        ],
    );
}

#[test]
fn corruption_empty_name() {
    let problems =
        problems_after(|f| replace_once(f, "actors.json", "\"en\": \"NASA\"", "\"en\": \"\""));
    assert_reported(
        &problems,
        &["actors.json", "id \"nasa\"", "name.en", "is empty"],
    );
}

#[test]
fn corruption_dangling_citation_source() {
    let problems = problems_after(|f| {
        replace_once(
            f,
            "commitments.json",
            "\"source\": \"whitehouse-fact-sheet-2021-11-10\"",
            "\"source\": \"nowhere\"",
        )
    });
    assert_reported(
        &problems,
        &[
            "commitments.json",
            "space-dialogue-us",
            "citations[0].source",
            "not in sources.json",
        ],
    );
}

#[test]
fn corruption_event_without_citation() {
    let problems = problems_after(|f| {
        let events: &mut String = f.get_mut("events.json").unwrap();
        let mut parsed: serde_json::Value = serde_json::from_str(events).unwrap();
        parsed[0]["citations"] = serde_json::json!([]);
        *events = parsed.to_string();
    });
    assert_reported(
        &problems,
        &["events.json", "#1", "field `citations`", "cites no source"],
    );
}

#[test]
fn corruption_quote_not_in_seed() {
    if !shared_dir().join("seeds").is_dir() {
        println!("SKIPPED: ../shared/seeds not found; quote corruption not testable here");
        return;
    }
    let problems = problems_after(|f| {
        replace_once(
            f,
            "events.json",
            "\"quote\": \"over 60 years",
            "\"quote\": \"over 70 years",
        )
    });
    assert_reported(
        &problems,
        &[
            "events.json",
            "space-cooperation-begins",
            "citations[0].quote",
            "not found verbatim",
        ],
    );
}

#[test]
fn corruption_json_syntax() {
    let problems = problems_after(|f| {
        replace_once(
            f,
            "initiatives.json",
            "\"kind\": \"observatory\",",
            "\"kind\": \"observatory\"",
        )
    });
    assert_reported(&problems, &["initiatives.json", "line", "not valid JSON"]);
}

#[test]
fn corruption_unknown_field() {
    let problems = problems_after(|f| {
        replace_once(
            f,
            "sources.json",
            "\"kind\": \"seed\",",
            "\"kind\": \"seed\", \"colour\": \"red\",",
        )
    });
    assert_reported(&problems, &["sources.json", "#1", "unknown field `colour`"]);
}

#[test]
fn corruption_supporter_dropped() {
    let problems = problems_after(|f| {
        replace_once(
            f,
            "paris_call/supporters.csv",
            "Albania,Albanie,state,,ALB,,,,,2019-09-16,albanie-state-ALB.md\n",
            "",
        )
    });
    assert_reported(
        &problems,
        &[
            "paris_call/supporters.csv",
            "field `category`",
            "80 supporters are `state`",
            "81",
        ],
    );
    assert_reported(
        &problems,
        &["paris_call/counts.csv", "latest count totals 1222 but 1221"],
    );
}

#[test]
fn corruption_supporter_unknown_category() {
    let problems = problems_after(|f| {
        replace_once(
            f,
            "paris_call/supporters.csv",
            "Andorra,Andorre,state,",
            "Andorra,Andorre,nation,",
        )
    });
    assert_reported(
        &problems,
        &[
            "paris_call/supporters.csv",
            "line 3 (Andorra)",
            "field `category`",
            "unknown value \"nation\"",
        ],
    );
}

#[test]
fn corruption_supporter_unknown_country() {
    let problems = problems_after(|f| {
        replace_once(
            f,
            "paris_call/supporters.csv",
            "Armenia,Arménie,state,,ARM,",
            "Armenia,Arménie,state,,XAR,",
        )
    });
    assert_reported(
        &problems,
        &[
            "paris_call/supporters.csv",
            "line 5 (Armenia)",
            "field `country`",
            "not in countries.csv",
        ],
    );
}

#[test]
fn corruption_join_date_without_confidence() {
    let problems = problems_after(|f| {
        replace_once(
            f,
            "paris_call/supporters.csv",
            "2021-11-10,high,us-2021",
            "2021-11-10,,us-2021",
        )
    });
    assert_reported(
        &problems,
        &[
            "paris_call/supporters.csv",
            "United States",
            "field `joined`",
            "joined_confidence",
        ],
    );
}

#[test]
fn corruption_ragged_csv_row() {
    let problems =
        problems_after(|f| replace_once(f, "countries.csv", "FRA,France,France", "FRA,France"));
    assert_reported(
        &problems,
        &[
            "countries.csv",
            "(FRA)",
            "has 2 fields where the header has 3",
        ],
    );
}

#[test]
fn corruption_bad_number() {
    let problems = problems_after(|f| {
        replace_once(
            f,
            "paris_call/counts.csv",
            "2019-09-16,cc88a7b8d2bb,68,",
            "2019-09-16,cc88a7b8d2bb,sixty-eight,",
        )
    });
    assert_reported(
        &problems,
        &[
            "paris_call/counts.csv",
            "line 2 (2019-09-16)",
            "field `state`",
            "not a whole number",
        ],
    );
}

#[test]
fn corruption_every_problem_is_listed_not_just_the_first() {
    let problems = problems_after(|f| {
        replace_once(f, "events.json", "\"joe-biden\"", "\"nobody\"");
        replace_once(
            f,
            "actors.json",
            "\"country\": \"FRA\"",
            "\"country\": \"XFR\"",
        );
        replace_once(f, "initiatives.json", "\"climate\",", "\"weather\",");
    });
    assert_reported(&problems, &["events.json", "nobody"]);
    assert_reported(&problems, &["actors.json", "XFR"]);
    assert_reported(&problems, &["initiatives.json", "weather"]);
}

#[test]
fn corruption_structural_problems_in_several_files_are_all_listed() {
    let problems = problems_after(|f| {
        replace_once(
            f,
            "events.json",
            "\"scope\": \"bilateral\"",
            "\"scope\": \"nowhere\"",
        );
        replace_once(
            f,
            "paris_call/counts.csv",
            "2019-09-16,cc88a7b8d2bb,68,",
            "2019-09-16,cc88a7b8d2bb,x,",
        );
        f.insert("areas.json".into(), "[{".into());
    });
    assert_reported(&problems, &["events.json", "unknown variant"]);
    assert_reported(&problems, &["paris_call/counts.csv", "not a whole number"]);
    assert_reported(&problems, &["areas.json", "not valid JSON"]);
}

/// Property tests of the parsers that read the dataset's files: thousands of random inputs,
/// no panic, and what parses round-trips (proptest shrinks any failure to a minimal input).
mod hostile_input {
    use lafayette_data::csv;
    use lafayette_data::load::from_texts;
    use lafayette_data::PartialDate;
    use proptest::prelude::*;

    /// Text of up to `max` characters from those CSV treats specially, and a few others.
    fn csv_text(max: usize) -> impl Strategy<Value = String> {
        proptest::string::string_regex(&format!("[ab,\"\r\n é😀;\t\u{feff}]{{0,{max}}}"))
            .expect("a valid pattern")
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5_000))]

        #[test]
        fn csv_round_trips_any_fields(
            rows in prop::collection::vec(prop::collection::vec(csv_text(12), 3), 1..5)
        ) {
            let text = csv::write_rows(rows.iter().map(|row| row.iter().map(String::as_str)));
            let parsed = csv::parse(&text).map_err(|e| TestCaseError::fail(format!("{e}: {text:?}")))?;
            let fields: Vec<Vec<String>> = parsed.into_iter().map(|record| record.fields).collect();
            // A lone empty field is a blank line, which CSV cannot tell from no record.
            let expected: Vec<Vec<String>> = rows
                .into_iter()
                .filter(|row| row.iter().any(|f| !f.is_empty()) || row.len() > 1)
                .collect();
            prop_assert_eq!(fields, expected, "{:?}", text);
        }

        #[test]
        fn csv_never_panics_on_garbage(text in csv_text(40)) {
            let _ = csv::parse(&text);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]

        #[test]
        fn dates_parse_what_they_format_and_refuse_the_rest_without_panic(
            text in "[0123456789\\- x+é]{0,12}",
            (year, month, day) in (1000u16..10_000, 1u8..13, 1u8..29),
        ) {
            if let Ok(date) = PartialDate::parse(&text) {
                prop_assert_eq!(PartialDate::parse(&date.to_string()), Ok(date));
            }
            let date = PartialDate::day(year, month, day);
            prop_assert_eq!(PartialDate::parse(&date.to_string()), Ok(date));
        }
    }

    /// One edit of a dataset file: remove a character, insert junk, or cut the rest.
    #[derive(Clone, Debug)]
    enum Edit {
        Remove(prop::sample::Index),
        Insert(prop::sample::Index, char),
        Truncate(prop::sample::Index),
    }

    fn edit() -> impl Strategy<Value = Edit> {
        let junk = prop::sample::select("{}[]\",:0-9aé\n\\".chars().collect::<Vec<_>>());
        prop_oneof![
            any::<prop::sample::Index>().prop_map(Edit::Remove),
            (any::<prop::sample::Index>(), junk).prop_map(|(at, c)| Edit::Insert(at, c)),
            any::<prop::sample::Index>().prop_map(Edit::Truncate),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn mutated_dataset_files_give_problems_not_panics(
            file in any::<prop::sample::Index>(),
            edits in prop::collection::vec(edit(), 1..4),
        ) {
            let files = super::read_files();
            let mut names: Vec<&String> = files.keys().collect();
            names.sort();
            let name = names[file.index(names.len())].clone();
            let mut mutated = files.clone();
            let text = mutated.get_mut(&name).expect("a file");
            let mut chars: Vec<char> = text.chars().collect();
            for edit in edits {
                if chars.is_empty() {
                    break;
                }
                match edit {
                    Edit::Remove(at) => {
                        chars.remove(at.index(chars.len()));
                    }
                    Edit::Insert(at, c) => chars.insert(at.index(chars.len()), c),
                    Edit::Truncate(at) => chars.truncate(at.index(chars.len())),
                }
            }
            *text = chars.into_iter().collect();
            if let Ok(data) = from_texts(&mutated) {
                let _ = lafayette_data::validate::validate(&data);
            }
        }
    }
}

/// Edits one record of a JSON file in place.
fn edit_record(
    files: &mut HashMap<String, String>,
    file: &str,
    id: &str,
    edit: impl FnOnce(&mut serde_json::Value),
) {
    let text: &mut String = files.get_mut(file).unwrap();
    let mut parsed: serde_json::Value = serde_json::from_str(text).unwrap();
    let record = parsed
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|r| r["id"] == id)
        .unwrap();
    edit(record);
    *text = serde_json::to_string_pretty(&parsed).unwrap();
}

#[test]
fn corruption_outcome_answers_an_unknown_commitment() {
    let problems = problems_after(|f| {
        edit_record(f, "events.json", "space-dialogue-first-meeting-2022", |e| {
            e["answers"]["commitments"][1] = serde_json::json!("no-such-promise");
        })
    });
    assert_reported(
        &problems,
        &[
            "events.json",
            "space-dialogue-first-meeting-2022",
            "answers.commitments",
            "not in commitments.json",
        ],
    );
}

#[test]
fn corruption_outcome_before_its_promise() {
    let problems = problems_after(|f| {
        edit_record(f, "events.json", "space-dialogue-first-meeting-2022", |e| {
            e["when"] = serde_json::json!({"kind": "exact", "date": "2020-01-01"});
        })
    });
    assert_reported(
        &problems,
        &[
            "events.json",
            "space-dialogue-first-meeting-2022",
            "answers.commitments[0]",
            "comes before the promise",
        ],
    );
}

#[test]
fn corruption_outside_source_without_read_date() {
    let problems = problems_after(|f| {
        edit_record(f, "sources.json", "mfa-cds-first-meeting-en-2022", |s| {
            s.as_object_mut().unwrap().remove("read");
        })
    });
    assert_reported(
        &problems,
        &[
            "sources.json",
            "mfa-cds-first-meeting-en-2022",
            "read",
            "the date it was read",
        ],
    );
}

#[test]
fn corruption_commitment_with_neither_outcome_nor_no_record() {
    let problems = problems_after(|f| {
        edit_record(f, "commitments.json", "space-stem-us", |c| {
            c.as_object_mut().unwrap().remove("no_record");
        })
    });
    assert_reported(
        &problems,
        &[
            "commitments.json",
            "space-stem-us",
            "no_record",
            "no outcome answers it",
        ],
    );
}

#[test]
fn corruption_country_without_a_region() {
    let problems = problems_after(|f| {
        let regions = f.get_mut("regions.csv").expect("regions.csv");
        *regions = regions
            .lines()
            .filter(|line| !line.starts_with("MAR,"))
            .map(|line| format!("{line}\n"))
            .collect();
    });
    assert_reported(
        &problems,
        &[
            "regions.csv",
            "(MAR)",
            "field `iso3`",
            "cargo xtask geography",
        ],
    );
}

#[test]
fn corruption_region_named_two_ways() {
    let problems = problems_after(|f| {
        replace_once(
            f,
            "regions.csv",
            "MAR,un-m49,002,Africa,Afrique",
            "MAR,un-m49,002,Afrika,Afrique",
        )
    });
    assert_reported(
        &problems,
        &[
            "regions.csv",
            "(MAR)",
            "field `region_name_en`",
            "named differently",
        ],
    );
}
