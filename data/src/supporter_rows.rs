//! The supporters as compact text rows, the form the app embeds them in.
//!
//! As Rust struct literals, 1,222 supporters were ~150 KB of pointers and lengths in the wasm,
//! which compress badly; as one string of separated fields they compress like text, and the
//! app reads them once at start, borrowing every field from the string (no copy).
//! One row per supporter, fields in `FIELDS` order, an empty field for an absent value.
//! The site file is left empty when the official site's naming gives it from the other fields
//! (1,175 of 1,222: "Women4Cyber", civil society, BEL → `women4_cyber-civil-society-BEL.md`).

use crate::folding::{fold, Letters, Words};
use crate::model::{Category, Confidence, Joined, PartialDate, Supporter};
use std::borrow::Cow;

const FIELD_END: char = '\u{1f}';
const ROW_END: char = '\u{1e}';

/// The fields of a row, in order (error messages name them).
pub const FIELDS: [&str; 11] = [
    "name",
    "name_on_site",
    "category",
    "nature",
    "country",
    "country_on_site",
    "joined.date",
    "joined.confidence",
    "joined.note",
    "first_listed",
    "site_file",
];

/// The rows of `supporters`; fails naming the supporter and field holding a separator.
pub fn encode(supporters: &[Supporter]) -> Result<String, String> {
    let mut out = String::new();
    for (index, supporter) in supporters.iter().enumerate() {
        let joined = supporter.joined.as_ref();
        let fields: [Cow<str>; 11] = [
            Cow::Borrowed(&supporter.name),
            optional(&supporter.name_on_site).into(),
            Cow::Borrowed(supporter.category.code()),
            optional(&supporter.nature).into(),
            optional(&supporter.country).into(),
            optional(&supporter.country_on_site).into(),
            joined.map_or(Cow::Borrowed(""), |j| Cow::Owned(j.date.to_string())),
            joined.map_or("", |j| j.confidence.code()).into(),
            joined.map_or("", |j| &j.note).into(),
            Cow::Owned(supporter.first_listed.to_string()),
            if supporter.site_file == site_file_by_name(supporter) {
                Cow::Borrowed("")
            } else {
                Cow::Borrowed(&supporter.site_file)
            },
        ];
        for (name, value) in FIELDS.iter().zip(&fields) {
            if value.contains([FIELD_END, ROW_END]) {
                return Err(format!(
                    "supporter {index} ({}): field {name} holds a control character U+001E or U+001F",
                    supporter.name
                ));
            }
            out.push_str(value);
            out.push(FIELD_END);
        }
        out.push(ROW_END);
    }
    Ok(out)
}

fn optional<'a>(value: &'a Option<Cow<'static, str>>) -> &'a str {
    value.as_deref().unwrap_or("")
}

/// The file the rows are served from beside the app, named by their content so that a new
/// build never meets an old copy in a cache.
pub fn file_name(rows: &str) -> String {
    format!(
        "supporters-{:016x}.txt",
        crate::fingerprint(rows.as_bytes())
    )
}

/// The supporters written by `encode`; the error names the row and field that does not read.
pub fn decode(rows: &'static str) -> Result<Vec<Supporter>, String> {
    rows.split_terminator(ROW_END)
        .enumerate()
        .map(|(index, row)| {
            decode_row(row).map_err(|field| format!("supporter row {index}: bad field {field}"))
        })
        .collect()
}

fn decode_row(row: &'static str) -> Result<Supporter, &'static str> {
    let mut fields = [""; FIELDS.len()];
    let mut parts = row.split_terminator(FIELD_END);
    for (field, name) in fields.iter_mut().zip(FIELDS) {
        *field = parts.next().ok_or(name)?;
    }
    let [name, name_on_site, category, nature, country, country_on_site, date, confidence, note, first_listed, site_file] =
        fields;
    let joined = match (date, confidence, note) {
        ("", "", "") => None,
        _ => Some(Joined {
            date: PartialDate::parse(date).map_err(|_| "joined.date")?,
            confidence: Confidence::from_code(confidence).ok_or("joined.confidence")?,
            note: Cow::Borrowed(note),
        }),
    };
    let mut supporter = Supporter {
        name: Cow::Borrowed(name),
        name_on_site: present(name_on_site),
        category: Category::from_code(category).ok_or("category")?,
        nature: present(nature),
        country: present(country),
        country_on_site: present(country_on_site),
        joined,
        first_listed: PartialDate::parse(first_listed).map_err(|_| "first_listed")?,
        site_file: Cow::Borrowed(site_file),
    };
    if site_file.is_empty() {
        supporter.site_file = Cow::Owned(site_file_by_name(&supporter));
    }
    Ok(supporter)
}

/// The file name the official site gives a supporter: its name as the site writes it, folded to
/// lowercase ASCII words joined by `_` (a word also breaks before a capital that follows a
/// lowercase letter or digit, and after a digit), then category and country code.
pub fn site_file_by_name(supporter: &Supporter) -> String {
    let name = supporter.name_on_site.as_deref().unwrap_or(&supporter.name);
    let country = supporter
        .country_on_site
        .as_deref()
        .or(supporter.country.as_deref())
        .unwrap_or("");
    let mut stem = Words::new(name.len(), '_');
    let mut previous: Option<char> = None;
    for c in name.chars() {
        let word_break = previous.is_some_and(|p| {
            (p.is_lowercase() || p.is_ascii_digit()) && c.is_uppercase()
                || p.is_ascii_digit() && c.is_alphabetic() && !c.is_ascii_digit()
        });
        let mut letters = c.to_lowercase().filter_map(|c| match fold(c) {
            Some(Letters::One(c)) if !c.is_ascii() => None,
            folded => folded,
        });
        let Some(first) = letters.next() else {
            stem.gap();
            previous = None;
            continue;
        };
        if word_break {
            stem.gap();
        }
        previous = Some(c);
        for letters in std::iter::once(first).chain(letters) {
            stem.push(letters);
        }
    }
    format!(
        "{}-{}-{country}.md",
        stem.into_text(),
        supporter.category.code()
    )
}

fn present(field: &'static str) -> Option<Cow<'static, str>> {
    (!field.is_empty()).then_some(Cow::Borrowed(field))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn supporter(name: &'static str, joined: Option<Joined>) -> Supporter {
        Supporter {
            name: Cow::Borrowed(name),
            name_on_site: None,
            category: Category::PrivateSector,
            nature: Some(Cow::Borrowed("company")),
            country: Some(Cow::Borrowed("FRA")),
            country_on_site: None,
            joined,
            first_listed: PartialDate::day(2019, 9, 16),
            site_file: Cow::Borrowed("acme-private-sector-FRA.md"),
        }
    }

    fn leak(text: String) -> &'static str {
        Box::leak(text.into_boxed_str())
    }

    #[test]
    fn rows_read_back_as_the_supporters_they_were_written_from() {
        let supporters = vec![
            supporter("Acme", None),
            supporter(
                "Ünïcode, “quoted”; with a comma",
                Some(Joined {
                    date: PartialDate::day(2018, 11, 12),
                    confidence: Confidence::High,
                    note: Cow::Borrowed("launch-list"),
                }),
            ),
            Supporter {
                name_on_site: Some(Cow::Borrowed("Albanie")),
                category: Category::State,
                nature: None,
                country: None,
                country_on_site: Some(Cow::Borrowed("ROM")),
                first_listed: PartialDate {
                    year: 2020,
                    month: 0,
                    day: 0,
                },
                ..supporter("Albania", None)
            },
        ];
        let rows = leak(encode(&supporters).unwrap());
        assert_eq!(decode(rows).unwrap(), supporters);
        assert_eq!(decode("").unwrap(), vec![]);
    }

    #[test]
    fn site_files_are_named_the_way_the_official_site_names_them() {
        let named = |name: &'static str, category, country: &'static str| {
            site_file_by_name(&Supporter {
                category,
                country: Some(Cow::Borrowed(country)),
                ..supporter(name, None)
            })
        };
        let civil = Category::CivilSociety;
        assert_eq!(
            named(
                "CyberLand, Innlandet County, Norway",
                Category::PublicAuthority,
                "NOR"
            ),
            "cyber_land_innlandet_county_norway-public-authority-NOR.md"
        );
        assert_eq!(
            named("Initiative for IT Capacity Building (I4ITCB)", civil, "NGA"),
            "initiative_for_it_capacity_building_i4_itcb-civil-society-NGA.md"
        );
        assert_eq!(
            named("The Commune of Șelimbăr", Category::PublicAuthority, "ROU"),
            "the_commune_of_selimbar-public-authority-ROU.md"
        );
        assert_eq!(
            named("Women4Cyber", civil, "BEL"),
            "women4_cyber-civil-society-BEL.md"
        );
        // The name as the site writes it, and the site's own country code, win.
        let albania = Supporter {
            name_on_site: Some(Cow::Borrowed("Albanie")),
            category: Category::State,
            country: Some(Cow::Borrowed("ALB")),
            country_on_site: Some(Cow::Borrowed("ALX")),
            ..supporter("Albania", None)
        };
        assert_eq!(site_file_by_name(&albania), "albanie-state-ALX.md");
    }

    #[test]
    fn a_site_file_named_otherwise_is_kept_as_it_is() {
        let derived = supporter("Acme", None);
        let odd = Supporter {
            site_file: Cow::Borrowed("acme-inc-private-sector-FRA.md"),
            ..supporter("Acme", None)
        };
        let rows = leak(encode(&[derived.clone(), odd.clone()]).unwrap());
        assert!(
            !rows.contains("acme-private-sector-FRA.md")
                && rows.contains("acme-inc-private-sector-FRA.md")
        );
        assert_eq!(decode(rows).unwrap(), vec![derived, odd]);
    }

    #[test]
    fn a_separator_inside_a_field_is_refused_by_name() {
        let error = encode(&[supporter("Bad\u{1e}name", None)]).unwrap_err();
        assert!(
            error.contains("supporter 0") && error.contains("field name"),
            "{error}"
        );
    }

    #[test]
    fn a_row_that_does_not_read_names_its_field() {
        let good = encode(&[supporter("Acme", None)]).unwrap();
        let bad_category = leak(good.replace("private-sector", "pirate"));
        assert_eq!(
            decode(bad_category).unwrap_err(),
            "supporter row 0: bad field category"
        );
        let short = leak(
            good.split(FIELD_END)
                .take(4)
                .collect::<Vec<_>>()
                .join("\u{1f}")
                + "\u{1e}",
        );
        assert!(decode(short).unwrap_err().contains("bad field"));
    }

    #[test]
    fn the_file_is_named_by_its_rows() {
        let acme = encode(&[supporter("Acme", None)]).unwrap();
        let other = encode(&[supporter("Acne", None)]).unwrap();
        assert_eq!(file_name(&acme), file_name(&acme.clone()));
        assert_ne!(file_name(&acme), file_name(&other));
        assert!(file_name(&acme).starts_with("supporters-") && file_name(&acme).ends_with(".txt"));
    }
}
