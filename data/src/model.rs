//! The dataset's types. The same types are filled from the data files at build time
//! (feature `build`) and written back out as Rust statics, so at run time the app reads
//! plain borrowed data and parses nothing.
//!
//! Field names are the data files' keys; enum values are written in kebab-case in the files.

use std::borrow::Cow;

#[cfg(feature = "build")]
use serde::{Deserialize, Serialize};

/// A string that is borrowed from the embedded statics at run time and owned while building.
pub type Str = Cow<'static, str>;
/// A list that is borrowed from the embedded statics at run time and owned while building.
pub type List<T> = Cow<'static, [T]>;

/// The two languages of everything the user sees.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(
    feature = "build",
    derive(Serialize, Deserialize),
    serde(rename_all = "kebab-case")
)]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// The BCP 47 code, as used in `lang` attributes and in the URL.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(code))
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Fr,
            Lang::Fr => Lang::En,
        }
    }
}

/// A label or sentence in both languages.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
#[cfg_attr(
    feature = "build",
    derive(Serialize, Deserialize),
    serde(deny_unknown_fields)
)]
pub struct Text {
    pub en: Str,
    pub fr: Str,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Fr => &self.fr,
        }
    }
}

/// A calendar date known to the year, the month or the day (`month`/`day` 0 when unknown).
/// Written `YYYY`, `YYYY-MM` or `YYYY-MM-DD` in the data files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

/// How a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
#[cfg_attr(
    feature = "build",
    derive(Serialize, Deserialize),
    serde(rename_all = "kebab-case")
)]
pub enum DateKind {
    /// On the date, to its precision.
    #[default]
    Exact,
    /// Around the date ("c. 1961").
    Circa,
    /// No later than the date.
    Before,
    /// No earlier than the date.
    After,
    /// From `date` to `end`.
    Range,
}

/// When something happened, never more precise than the sources allow.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "build",
    derive(Serialize, Deserialize),
    serde(deny_unknown_fields)
)]
pub struct When {
    #[cfg_attr(feature = "build", serde(default))]
    pub kind: DateKind,
    pub date: PartialDate,
    #[cfg_attr(feature = "build", serde(default))]
    pub end: Option<PartialDate>,
    /// Set when the date is not written in the source but worked out from it,
    /// e.g. "next Wednesday" resolved against the trip's days; says how.
    #[cfg_attr(feature = "build", serde(default))]
    pub derived: Option<Text>,
}

/// A short verbatim quote from a source, in the source's language.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "build",
    derive(Serialize, Deserialize),
    serde(deny_unknown_fields)
)]
pub struct Citation {
    pub source: Str,
    pub quote: Str,
    /// The quote in the other language, where useful.
    #[cfg_attr(feature = "build", serde(default))]
    pub translation: Option<Str>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "build",
    derive(Serialize, Deserialize),
    serde(rename_all = "kebab-case")
)]
pub enum SourceKind {
    /// One of the five documents the dataset is built from.
    Seed,
    /// A public reference collection, such as the Paris Call's own repository.
    Reference,
    /// A page read after the seeds for what became of a commitment: an official statement
    /// or a news report, with its address and the day it was read.
    Outside,
}

#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "build",
    derive(Serialize, Deserialize),
    serde(deny_unknown_fields)
)]
pub struct Source {
    pub id: Str,
    pub kind: SourceKind,
    pub title: Text,
    pub publisher: Text,
    pub date: When,
    pub language: Lang,
    /// The seed's file name, for seed documents: the dataset's own key to the text the quotes
    /// are checked against, not an address for readers.
    #[cfg_attr(feature = "build", serde(default))]
    pub file: Option<Str>,
    /// The public address of the document, where one could be established and checked.
    #[cfg_attr(feature = "build", serde(default))]
    pub url: Option<Str>,
    /// The title as the document is published, in its own language.
    #[cfg_attr(feature = "build", serde(default))]
    pub published_title: Option<Str>,
    /// How the address was checked against a stored public copy of the page, or why there is
    /// none.
    #[cfg_attr(feature = "build", serde(default))]
    pub address_check: Option<Text>,
    /// The day the page was read at its address (outside sources).
    #[cfg_attr(feature = "build", serde(default))]
    pub read: Option<PartialDate>,
    pub licence: Text,
    /// What the document is, for the Sources view (seeds and references).
    #[cfg_attr(feature = "build", serde(default))]
    pub summary: Text,
}

#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "build",
    derive(Serialize, Deserialize),
    serde(deny_unknown_fields)
)]
pub struct Area {
    pub id: Str,
    pub name: Text,
    /// The broader area this one belongs to (cybersecurity's sub-areas).
    #[cfg_attr(feature = "build", serde(default))]
    pub parent: Option<Str>,
    pub description: Text,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "build",
    derive(Serialize, Deserialize),
    serde(rename_all = "kebab-case")
)]
pub enum ActorKind {
    Person,
    Government,
    Department,
    Agency,
    InternationalOrganisation,
    Company,
    Subnational,
    CivilSociety,
}

#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "build",
    derive(Serialize, Deserialize),
    serde(deny_unknown_fields)
)]
pub struct Actor {
    pub id: Str,
    pub kind: ActorKind,
    pub name: Text,
    /// ISO 3166 alpha-3; none for international bodies.
    #[cfg_attr(feature = "build", serde(default))]
    pub country: Option<Str>,
    /// For people, the role held at the time of the events.
    #[cfg_attr(feature = "build", serde(default))]
    pub role: Option<Text>,
    /// The government or organisation this actor belongs to.
    #[cfg_attr(feature = "build", serde(default))]
    pub part_of: Option<Str>,
    pub citations: List<Citation>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "build",
    derive(Serialize, Deserialize),
    serde(rename_all = "kebab-case")
)]
pub enum InitiativeKind {
    Dialogue,
    Observatory,
    Call,
    Statement,
    Conference,
    Forum,
    Alliance,
    Pact,
    Programme,
}

#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "build",
    derive(Serialize, Deserialize),
    serde(deny_unknown_fields)
)]
pub struct Initiative {
    pub id: Str,
    pub kind: InitiativeKind,
    pub name: Text,
    pub summary: Text,
    #[cfg_attr(feature = "build", serde(default))]
    pub started: Option<When>,
    pub areas: List<Str>,
    /// Actor ids of members or participants named by the sources.
    pub members: List<Str>,
    pub citations: List<Citation>,
}

/// Whose event it is, for the timeline's lanes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "build",
    derive(Serialize, Deserialize),
    serde(rename_all = "kebab-case")
)]
pub enum Scope {
    UnitedStates,
    France,
    Bilateral,
    Multilateral,
}

#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "build",
    derive(Serialize, Deserialize),
    serde(deny_unknown_fields)
)]
pub struct Event {
    pub id: Str,
    pub when: When,
    pub scope: Scope,
    pub title: Text,
    pub summary: Text,
    #[cfg_attr(feature = "build", serde(default))]
    pub place: Option<Text>,
    pub participants: List<Str>,
    pub areas: List<Str>,
    #[cfg_attr(feature = "build", serde(default))]
    pub initiatives: List<Str>,
    #[cfg_attr(feature = "build", serde(default))]
    pub related: List<Str>,
    pub citations: List<Citation>,
    /// For an outcome: the commitments it answers and what it did to them.
    #[cfg_attr(feature = "build", serde(default))]
    pub answers: Option<Answers>,
}

/// What an outcome did to the commitments, or the initiatives, it answers.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "build",
    derive(Serialize, Deserialize),
    serde(deny_unknown_fields)
)]
pub struct Answers {
    pub effect: Effect,
    #[cfg_attr(feature = "build", serde(default))]
    pub commitments: List<Str>,
    #[cfg_attr(feature = "build", serde(default))]
    pub initiatives: List<Str>,
}

/// What an outcome did: the rules that turn effects into a commitment's status are in
/// data/README.md and `follow_through`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(
    feature = "build",
    derive(Serialize, Deserialize),
    serde(rename_all = "kebab-case")
)]
pub enum Effect {
    /// The promise was kept: the thing promised happened.
    Done,
    /// A step toward it, or it continues.
    InProgress,
    /// It was abandoned, reversed or refused.
    NotDone,
}

/// A commitment for which no outcome could be found: searched up to `as_of`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "build",
    derive(Serialize, Deserialize),
    serde(deny_unknown_fields)
)]
pub struct NoRecord {
    pub as_of: PartialDate,
}

/// Who committed to what, in which area, under which initiative, at which event.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "build",
    derive(Serialize, Deserialize),
    serde(deny_unknown_fields)
)]
pub struct Commitment {
    pub id: Str,
    pub actor: Str,
    pub area: Str,
    #[cfg_attr(feature = "build", serde(default))]
    pub initiative: Option<Str>,
    pub event: Str,
    pub what: Text,
    pub citations: List<Citation>,
    /// Set when no public record of what became of it was found.
    #[cfg_attr(feature = "build", serde(default))]
    pub no_record: Option<NoRecord>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "build", derive(Serialize))]
pub struct Country {
    pub iso3: Str,
    pub name: Text,
}

/// A country's world region and sub-region (UN M49 codes and names), from the published
/// packages `cargo xtask geography` reads; never typed by hand.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "build", derive(Serialize))]
pub struct CountryRegion {
    pub iso3: Str,
    /// `un-m49`, or `cldr` for a country M49 does not list (Taiwan), placed by Unicode CLDR.
    pub placed_by: Str,
    pub region: Str,
    pub region_name: Text,
    pub subregion: Str,
    pub subregion_name: Text,
}

/// The Paris Call site's `nature` field, in French as on the site, with its translation.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "build", derive(Serialize))]
pub struct Nature {
    pub id: Str,
    pub name: Text,
}

#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "build", derive(Serialize))]
pub struct Principle {
    pub number: u8,
    pub short_name: Text,
    pub text: Text,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    feature = "build",
    derive(Serialize, Deserialize),
    serde(rename_all = "kebab-case")
)]
pub enum Category {
    State,
    PublicAuthority,
    CivilSociety,
    PrivateSector,
    /// Listed without a category; the official site hides these.
    Uncategorised,
}

impl Category {
    pub const ALL: [Category; 5] = [
        Category::State,
        Category::PublicAuthority,
        Category::CivilSociety,
        Category::PrivateSector,
        Category::Uncategorised,
    ];

    /// The site's own spelling, used in the data files and the CSV export.
    pub fn code(self) -> &'static str {
        match self {
            Category::State => "state",
            Category::PublicAuthority => "public-authority",
            Category::CivilSociety => "civil-society",
            Category::PrivateSector => "private-sector",
            Category::Uncategorised => "uncategorised",
        }
    }

    pub fn from_code(code: &str) -> Option<Category> {
        Category::ALL
            .into_iter()
            .find(|category| category.code() == code)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "build",
    derive(Serialize, Deserialize),
    serde(rename_all = "kebab-case")
)]
pub enum Confidence {
    High,
    Medium,
    /// Taken from the `date_signed` field of the site's own supporter file.
    Site,
}

impl Confidence {
    pub const ALL: [Confidence; 3] = [Confidence::High, Confidence::Medium, Confidence::Site];

    pub fn code(self) -> &'static str {
        match self {
            Confidence::High => "high",
            Confidence::Medium => "medium",
            Confidence::Site => "site",
        }
    }

    pub fn from_code(code: &str) -> Option<Confidence> {
        Confidence::ALL
            .into_iter()
            .find(|confidence| confidence.code() == code)
    }
}

/// Why a join date is believed, shared by the supporters it applies to.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "build", derive(Serialize))]
pub struct JoinNote {
    pub id: Str,
    pub text: Text,
}

#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "build", derive(Serialize))]
pub struct Joined {
    pub date: PartialDate,
    pub confidence: Confidence,
    /// A `JoinNote` id.
    pub note: Str,
}

#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "build", derive(Serialize))]
pub struct Supporter {
    /// The name exactly as the site lists it (in English for states).
    pub name: Str,
    /// The name as the site writes it, where it differs (French for states).
    pub name_on_site: Option<Str>,
    pub category: Category,
    /// A `Nature` id.
    pub nature: Option<Str>,
    /// ISO 3166 alpha-3; none for the five entries the site left without one.
    pub country: Option<Str>,
    /// The site's own non-standard code, where it differs (ROM, MTG, SCG).
    pub country_on_site: Option<Str>,
    /// Only where a source gives it; unknown otherwise, never guessed.
    pub joined: Option<Joined>,
    /// The day the entry first appeared in the official list: it joined no later than this.
    pub first_listed: PartialDate,
    /// The supporter's file in the site's repository, the source of the entry.
    pub site_file: Str,
}

/// The number of supporters per category on a day the official list changed.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "build", derive(Serialize))]
pub struct SupporterCount {
    pub date: PartialDate,
    pub state: u16,
    pub public_authority: u16,
    pub civil_society: u16,
    pub private_sector: u16,
    pub uncategorised: u16,
    /// The commit of the site's repository the count was taken from.
    pub commit: Str,
}

impl SupporterCount {
    pub fn total(&self) -> u16 {
        self.state
            + self.public_authority
            + self.civil_society
            + self.private_sector
            + self.uncategorised
    }

    pub fn of(&self, category: Category) -> u16 {
        match category {
            Category::State => self.state,
            Category::PublicAuthority => self.public_authority,
            Category::CivilSociety => self.civil_society,
            Category::PrivateSector => self.private_sector,
            Category::Uncategorised => self.uncategorised,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "build", derive(Serialize))]
pub struct ForumEdition {
    pub edition: u8,
    pub start: PartialDate,
    pub end: PartialDate,
    pub venue: Text,
    pub note: Option<Text>,
    /// Where the dates and venue come from (links, separated by " ; ").
    pub sources: Str,
}

#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "build",
    derive(Serialize, Deserialize),
    serde(deny_unknown_fields)
)]
pub struct Change {
    pub version: Str,
    pub date: PartialDate,
    pub summary: Text,
}

/// Everything the app shows.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "build", derive(Serialize))]
pub struct Dataset {
    pub version: Str,
    pub changelog: List<Change>,
    pub sources: List<Source>,
    pub areas: List<Area>,
    pub actors: List<Actor>,
    pub initiatives: List<Initiative>,
    pub events: List<Event>,
    pub commitments: List<Commitment>,
    pub countries: List<Country>,
    pub regions: List<CountryRegion>,
    pub natures: List<Nature>,
    pub principles: List<Principle>,
    pub join_notes: List<JoinNote>,
    pub supporters: List<Supporter>,
    pub supporter_counts: List<SupporterCount>,
    pub forum_editions: List<ForumEdition>,
}

impl Dataset {
    /// The release date of the current version, from the changelog.
    pub fn release_date(&self) -> Option<PartialDate> {
        self.changelog
            .iter()
            .find(|change| change.version == self.version)
            .map(|change| change.date)
    }

    /// "Lafayette dataset of US–France cooperation, version 1.0.0 (2026-11-22)".
    pub fn citation(&self, lang: Lang) -> String {
        let released = self
            .release_date()
            .map(|date| date.to_string())
            .unwrap_or_default();
        match lang {
            Lang::En => format!("Lafayette dataset of US–France cooperation, version {} ({released})", self.version),
            Lang::Fr => format!("Jeu de données Lafayette sur la coopération franco-américaine, version {} ({released})", self.version),
        }
    }
}
