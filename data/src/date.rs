//! Partial dates: parsing, validation, ordering and honest formatting in both languages.

use crate::model::{DateKind, Lang, PartialDate, When};
use std::fmt;

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

impl PartialDate {
    pub const fn day(year: u16, month: u8, day: u8) -> PartialDate {
        PartialDate { year, month, day }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, rejecting impossible days.
    pub fn parse(text: &str) -> Result<PartialDate, String> {
        let parts: Vec<&str> = text.split('-').collect();
        let number = |part: &str, digits: usize, what: &str| -> Result<u16, String> {
            if part.len() != digits || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(format!("{what} in {text:?} must be {digits} digits (dates are YYYY, YYYY-MM or YYYY-MM-DD)"));
            }
            part.parse().map_err(|_| format!("bad {what} in {text:?}"))
        };
        if parts.is_empty() || parts.len() > 3 {
            return Err(format!(
                "{text:?} is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"
            ));
        }
        let year = number(parts[0], 4, "year")?;
        let month = match parts.get(1) {
            Some(part) => number(part, 2, "month")? as u8,
            None => 0,
        };
        let day = match parts.get(2) {
            Some(part) => number(part, 2, "day")? as u8,
            None => 0,
        };
        let date = PartialDate { year, month, day };
        if parts.len() > 1 && !(1..=12).contains(&month) {
            return Err(format!("{text:?} has no month {month}"));
        }
        if parts.len() > 2 && (day == 0 || day > days_in_month(year, month)) {
            return Err(format!("{text:?} is not a day of the calendar"));
        }
        Ok(date)
    }

    pub fn has_month(&self) -> bool {
        self.month != 0
    }

    pub fn has_day(&self) -> bool {
        self.day != 0
    }

    /// Days since 1970-01-01 of the first day the date can be.
    pub fn first_day(&self) -> i32 {
        days_from_civil(
            self.year as i32,
            self.month.max(1) as u32,
            self.day.max(1) as u32,
        )
    }

    /// Days since 1970-01-01 of the last day the date can be.
    pub fn last_day(&self) -> i32 {
        let month = if self.has_month() { self.month } else { 12 };
        let day = if self.has_day() {
            self.day
        } else {
            days_in_month(self.year, month)
        };
        days_from_civil(self.year as i32, month as u32, day as u32)
    }

    /// The date in words, to its own precision and no further.
    pub fn format(&self, lang: Lang) -> String {
        let months = match lang {
            Lang::En => &MONTHS_EN,
            Lang::Fr => &MONTHS_FR,
        };
        match (self.has_month(), self.has_day()) {
            (false, _) => self.year.to_string(),
            (true, false) => format!("{} {}", months[self.month as usize - 1], self.year),
            // A day is never left at a line's end without its month (a no-break space).
            (true, true) => match (lang, self.day) {
                (Lang::Fr, 1) => {
                    format!("1er\u{a0}{} {}", months[self.month as usize - 1], self.year)
                }
                _ => format!(
                    "{}\u{a0}{} {}",
                    self.day,
                    months[self.month as usize - 1],
                    self.year
                ),
            },
        }
    }
}

impl PartialDate {
    /// The date with its month abbreviated, for table cells: "16 Sep 2019", "16 sept. 2019".
    pub fn format_short(&self, lang: Lang) -> String {
        let months = match lang {
            Lang::En => &MONTHS_SHORT_EN,
            Lang::Fr => &MONTHS_SHORT_FR,
        };
        match (self.has_month(), self.has_day()) {
            (false, _) => self.year.to_string(),
            (true, false) => format!("{} {}", months[self.month as usize - 1], self.year),
            (true, true) => format!(
                "{}\u{a0}{} {}",
                self.day,
                months[self.month as usize - 1],
                self.year
            ),
        }
    }
}

const MONTHS_SHORT_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const MONTHS_SHORT_FR: [&str; 12] = [
    "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
    "déc.",
];

impl fmt::Display for PartialDate {
    /// The data files' own spelling: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if self.has_month() {
            write!(f, "-{:02}", self.month)?;
        }
        if self.has_day() {
            write!(f, "-{:02}", self.day)?;
        }
        Ok(())
    }
}

/// As text (`2021-11`) for JSON; as a struct literal for the Rust code generator, which is
/// not human-readable.
#[cfg(feature = "build")]
impl serde::Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        if serializer.is_human_readable() {
            return serializer.collect_str(self);
        }
        let mut fields = serializer.serialize_struct("PartialDate", 3)?;
        fields.serialize_field("year", &self.year)?;
        fields.serialize_field("month", &self.month)?;
        fields.serialize_field("day", &self.day)?;
        fields.end()
    }
}

#[cfg(feature = "build")]
impl<'de> serde::Deserialize<'de> for PartialDate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        PartialDate::parse(&text).map_err(serde::de::Error::custom)
    }
}

impl When {
    pub fn on(date: PartialDate) -> When {
        When {
            kind: DateKind::Exact,
            date,
            end: None,
            derived: None,
        }
    }

    /// The first day the event can have happened, for placing it on a time axis.
    pub fn start_day(&self) -> i32 {
        self.date.first_day()
    }

    /// The last day the event can have happened.
    pub fn end_day(&self) -> i32 {
        match (self.kind, self.end) {
            (DateKind::Range, Some(end)) => end.last_day(),
            _ => self.date.last_day(),
        }
    }

    /// The date as a reader should see it: "2021", "November 2021", "c. 1961",
    /// "before 12 November 2019", "9–13 November 2021".
    pub fn format(&self, lang: Lang) -> String {
        self.format_as(lang, PartialDate::format)
    }

    /// The same with months abbreviated, where room is short: "before 10 Nov 2021".
    pub fn format_short(&self, lang: Lang) -> String {
        self.format_as(lang, PartialDate::format_short)
    }

    fn format_as(&self, lang: Lang, date_in: fn(&PartialDate, Lang) -> String) -> String {
        let date = date_in(&self.date, lang);
        match (self.kind, lang) {
            (DateKind::Exact, _) => date,
            (DateKind::Circa, Lang::En) => format!("c. {date}"),
            (DateKind::Circa, Lang::Fr) => format!("vers {date}"),
            (DateKind::Before, Lang::En) => format!("before {date}"),
            (DateKind::Before, Lang::Fr) => format!("avant {}", with_article(&date, self.date)),
            (DateKind::After, Lang::En) => format!("after {date}"),
            (DateKind::After, Lang::Fr) => format!("après {}", with_article(&date, self.date)),
            (DateKind::Range, _) => match self.end {
                Some(end) => format_range(self.date, end, lang, date_in),
                None => date,
            },
        }
    }

    /// The machine-readable value for an HTML `<time datetime>`.
    pub fn datetime(&self) -> String {
        self.date.to_string()
    }
}

/// French puts "le" before a day ("avant le 12 novembre 2019") but not before a month or year.
fn with_article(formatted: &str, date: PartialDate) -> String {
    if date.has_day() {
        format!("le {formatted}")
    } else {
        formatted.to_string()
    }
}

fn format_range(
    start: PartialDate,
    end: PartialDate,
    lang: Lang,
    date_in: fn(&PartialDate, Lang) -> String,
) -> String {
    let same_month = start.year == end.year && start.month == end.month;
    if same_month && start.has_day() && end.has_day() {
        let month_year = date_in(&PartialDate { day: 0, ..end }, lang);
        let first = match (lang, start.day) {
            (Lang::Fr, 1) => "1er".to_string(),
            _ => start.day.to_string(),
        };
        return format!("{first}–{}\u{a0}{month_year}", end.day);
    }
    if start.year == end.year && !start.has_month() && !end.has_month() {
        return date_in(&start, lang);
    }
    format!("{} – {}", date_in(&start, lang), date_in(&end, lang))
}

pub fn is_leap_year(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 (Howard Hinnant's algorithm), valid for the proleptic Gregorian calendar.
pub fn days_from_civil(year: i32, month: u32, day: u32) -> i32 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = if year >= 0 { year } else { year - 399 } / 400;
    let year_of_era = year - era * 400;
    let month_index = (month + 9) % 12;
    let day_of_year = (153 * month_index + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year as i32;
    era * 146_097 + day_of_era - 719_468
}

/// The calendar date of a day count since 1970-01-01 (inverse of `days_from_civil`).
pub fn civil_from_days(days: i32) -> PartialDate {
    let z = days + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * month_index + 2) / 5 + 1) as u8;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    } as u8;
    let year = year_of_era + era * 400 + i32::from(month <= 2);
    PartialDate {
        year: year as u16,
        month,
        day,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn when(kind: DateKind, date: &str) -> When {
        When {
            kind,
            date: PartialDate::parse(date).unwrap(),
            end: None,
            derived: None,
        }
    }

    #[test]
    fn parses_each_precision_and_rejects_impossible_dates() {
        assert_eq!(
            PartialDate::parse("2021").unwrap(),
            PartialDate {
                year: 2021,
                month: 0,
                day: 0
            }
        );
        assert_eq!(
            PartialDate::parse("2021-11").unwrap(),
            PartialDate {
                year: 2021,
                month: 11,
                day: 0
            }
        );
        assert_eq!(
            PartialDate::parse("2021-11-10").unwrap(),
            PartialDate::day(2021, 11, 10)
        );
        assert_eq!(
            PartialDate::parse("2020-02-29").unwrap(),
            PartialDate::day(2020, 2, 29)
        );
        for bad in [
            "",
            "21",
            "2021-13",
            "2021-00",
            "2019-02-29",
            "2021-11-31",
            "2021/11/10",
            "2021-1-10",
            "2021-11-10-1",
            "abcd",
        ] {
            assert!(
                PartialDate::parse(bad).is_err(),
                "{bad:?} should be rejected"
            );
        }
    }

    #[test]
    fn display_round_trips_the_file_spelling() {
        for text in ["1961", "2021-11", "2021-11-09"] {
            assert_eq!(PartialDate::parse(text).unwrap().to_string(), text);
        }
    }

    #[test]
    fn formats_to_its_own_precision_in_both_languages() {
        assert_eq!(when(DateKind::Exact, "2021").format(Lang::En), "2021");
        assert_eq!(
            when(DateKind::Exact, "2021-11").format(Lang::En),
            "November 2021"
        );
        assert_eq!(
            when(DateKind::Exact, "2021-11").format(Lang::Fr),
            "novembre 2021"
        );
        assert_eq!(
            when(DateKind::Exact, "2021-11-10").format(Lang::En),
            "10\u{a0}November 2021"
        );
        assert_eq!(
            when(DateKind::Exact, "2021-11-01").format(Lang::Fr),
            "1er\u{a0}novembre 2021"
        );
        assert_eq!(when(DateKind::Circa, "1961").format(Lang::En), "c. 1961");
        assert_eq!(when(DateKind::Circa, "1961").format(Lang::Fr), "vers 1961");
        assert_eq!(
            when(DateKind::Before, "2019-11-12").format(Lang::En),
            "before 12\u{a0}November 2019"
        );
        assert_eq!(
            when(DateKind::Before, "2019-11-12").format(Lang::Fr),
            "avant le 12\u{a0}novembre 2019"
        );
        assert_eq!(when(DateKind::After, "2019").format(Lang::Fr), "après 2019");
    }

    #[test]
    fn short_forms_keep_the_kind_of_date() {
        assert_eq!(
            when(DateKind::Before, "2021-11-10").format_short(Lang::En),
            "before 10\u{a0}Nov 2021"
        );
        assert_eq!(
            when(DateKind::Before, "2021-11-10").format_short(Lang::Fr),
            "avant le 10\u{a0}nov. 2021"
        );
    }

    #[test]
    fn short_dates_abbreviate_the_month_in_each_language() {
        let date = PartialDate::day(2019, 9, 16);
        assert_eq!(date.format_short(Lang::En), "16\u{a0}Sep 2019");
        assert_eq!(date.format_short(Lang::Fr), "16\u{a0}sept. 2019");
        assert_eq!(
            PartialDate::parse("2021-08")
                .unwrap()
                .format_short(Lang::Fr),
            "août 2021"
        );
    }

    #[test]
    fn formats_ranges_compactly() {
        let mut trip = when(DateKind::Range, "2021-11-09");
        trip.end = Some(PartialDate::day(2021, 11, 13));
        assert_eq!(trip.format(Lang::En), "9–13\u{a0}November 2021");
        assert_eq!(trip.format(Lang::Fr), "9–13\u{a0}novembre 2021");
        let mut years = when(DateKind::Range, "1961");
        years.end = Some(PartialDate::parse("2021").unwrap());
        assert_eq!(years.format(Lang::En), "1961 – 2021");
    }

    #[test]
    fn day_numbers_cover_the_whole_precision() {
        let year = PartialDate::parse("2020").unwrap();
        assert_eq!(
            year.last_day() - year.first_day(),
            365,
            "2020 is a leap year: 366 days"
        );
        let month = PartialDate::parse("2021-02").unwrap();
        assert_eq!(month.last_day() - month.first_day(), 27);
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2021, 11, 10), 18_941);
    }

    #[test]
    fn civil_from_days_inverts_days_from_civil() {
        for days in (-10_000..30_000).step_by(37) {
            let date = civil_from_days(days);
            assert_eq!(
                days_from_civil(date.year as i32, date.month as u32, date.day as u32),
                days
            );
        }
    }
}
