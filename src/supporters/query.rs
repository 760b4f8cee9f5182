//! Finding Paris Call supporters: accent- and case-blind search over names, countries in both
//! languages, ISO codes, categories and natures; facets with live counts; sorting; export of
//! exactly what is shown. Plain Rust, independent of the DOM, so it is tested natively and
//! benchmarked on synthetic lists.

use crate::dataset::{country, data, region_name, region_of, supporters};
use crate::i18n;
use crate::positions::sort_positions;
use crate::route::{SupporterColumn, SupporterSort};
use crate::supporters::word_index::WordIndex;
use lafayette_data::csv::write_rows;
pub use lafayette_data::folding::normalise;
use lafayette_data::{Category, Lang, Supporter};
use std::cmp::Ordering;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

/// What a search can match for one supporter, normalised once.
pub fn haystack(supporter: &Supporter) -> String {
    let mut parts: Vec<&str> = vec![&supporter.name];
    parts.extend(supporter.name_on_site.as_deref());
    if let Some(code) = &supporter.country {
        parts.push(code);
        if let Some(country) = country(code) {
            parts.extend([country.name.en.as_ref(), country.name.fr.as_ref()]);
        }
    }
    parts.extend(supporter.country_on_site.as_deref());
    let category = category_label(supporter.category);
    parts.extend([
        category.en.as_ref(),
        category.fr.as_ref(),
        supporter.category.code(),
    ]);
    if let Some(nature) = supporter.nature.as_deref().and_then(nature_label) {
        parts.extend([nature.en.as_ref(), nature.fr.as_ref()]);
    }
    normalise(&parts.join(" "))
}

/// How well a supporter matches the search text; the better matches are listed first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Relevance {
    /// The text is the ISO code of the supporter's country ("MAR" for Morocco).
    CountryCode,
    /// Every word of the text is a whole word of what the supporter is known by.
    WholeWords,
    /// Every word is found, some only inside longer words ("mar" in "Denmark").
    Partial,
}

/// How the (normalised) haystack matches the (normalised) query, or None when a word of the
/// query is missing. `country_code` is the supporter's ISO code, if any.
pub fn relevance(haystack: &str, query: &str, country_code: Option<&str>) -> Option<Relevance> {
    let mut whole = true;
    for word in query.split_whitespace() {
        match find_word(haystack, word)? {
            true => {}
            false => whole = false,
        }
    }
    Some(Relevance::of_found(code_query(query), country_code, whole))
}

/// The query, when it could be a country's ISO code: one word.
fn code_query(query: &str) -> Option<&str> {
    (!query.is_empty() && !query.contains(' ')).then_some(query)
}

impl Relevance {
    /// How many kinds there are.
    const KINDS: usize = 3;

    /// The kind of match of a query whose every word was found, `whole` when each was found
    /// as a whole word; `code_query` is the query if it could be an ISO code (`code_query`).
    fn of_found(code_query: Option<&str>, country_code: Option<&str>, whole: bool) -> Relevance {
        let is_code = code_query
            .zip(country_code)
            .is_some_and(|(query, code)| code.eq_ignore_ascii_case(query));
        match (is_code, whole) {
            (true, _) => Relevance::CountryCode,
            (false, true) => Relevance::WholeWords,
            (false, false) => Relevance::Partial,
        }
    }
}

/// Whether `word` is in the haystack (None if not), and whether as a whole word somewhere.
fn find_word(haystack: &str, word: &str) -> Option<bool> {
    let mut found = false;
    for (start, _) in haystack.match_indices(word) {
        found = true;
        let end = start + word.len();
        let bounded = |at: Option<&u8>| at.is_none_or(|&c| c == b' ');
        let bytes = haystack.as_bytes();
        if bounded(start.checked_sub(1).and_then(|i| bytes.get(i))) && bounded(bytes.get(end)) {
            return Some(true);
        }
    }
    found.then_some(false)
}

pub fn category_label(category: Category) -> &'static lafayette_data::Text {
    match category {
        Category::State => &i18n::CATEGORY_STATE,
        Category::PublicAuthority => &i18n::CATEGORY_PUBLIC_AUTHORITY,
        Category::CivilSociety => &i18n::CATEGORY_CIVIL_SOCIETY,
        Category::PrivateSector => &i18n::CATEGORY_PRIVATE_SECTOR,
        Category::Uncategorised => &i18n::CATEGORY_UNCATEGORISED,
    }
}

/// The translation of the site's `nature` value (matched regardless of ASCII case, as the site
/// varies; the build checks every value this way).
pub fn nature_label(nature: &str) -> Option<&'static lafayette_data::Text> {
    data()
        .natures
        .iter()
        .find(|n| n.id.eq_ignore_ascii_case(nature))
        .map(|n| &n.name)
}

/// The join year, or None for "date unknown".
pub fn join_year(supporter: &Supporter) -> Option<u16> {
    supporter.joined.as_ref().map(|joined| joined.date.year)
}

/// The facet value of a join year in the URL: the year, or `unknown`.
pub fn year_key(year: Option<u16>) -> String {
    year.map(|y| y.to_string())
        .unwrap_or_else(|| "unknown".to_string())
}

/// What the reader asked for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    /// Already normalised.
    pub text: String,
    pub categories: Vec<Category>,
    pub countries: Vec<String>,
    /// Year keys (`2021`, `unknown`).
    pub years: Vec<String>,
    /// M49 codes of world regions or sub-regions (`002`, `202`).
    pub regions: Vec<String>,
    pub sort: SupporterSort,
}

/// A world region or sub-region with its live count.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RegionCount {
    /// The M49 code.
    pub code: &'static str,
    pub count: usize,
    /// For a sub-region, its region's code.
    pub parent: Option<&'static str>,
}

/// What a query keeps, summed up.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub supporters: usize,
    pub countries: usize,
    /// Per category, in the order of `Category::ALL`.
    pub categories: [usize; 5],
}

impl Summary {
    pub fn of(&self, category: Category) -> usize {
        self.categories[category as usize]
    }
}

/// A facet, whose own values are counted under every other facet.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Facet {
    Category,
    Country,
    Year,
    Region,
}

impl Facet {
    fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// Every facet's values with their live counts, and what the filters keep.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FacetCounts {
    /// Every category, in the order of `Category::ALL`.
    pub categories: Vec<(Category, usize)>,
    /// Regions with supporters, each followed by its sub-regions.
    pub regions: Vec<RegionCount>,
    /// Countries with supporters, most first.
    pub countries: Vec<(&'static str, usize)>,
    /// Join years with supporters, "unknown" last.
    pub years: Vec<(Option<u16>, usize)>,
    pub summary: Summary,
    /// The countries whose state is among the supporters the filters keep.
    pub state_countries: Vec<&'static str>,
}

/// The supporters with what searching and sorting them needs, prepared once.
pub struct Index {
    pub supporters: Vec<&'static Supporter>,
    /// The words of each supporter's search text, indexed when the search is about to be used:
    /// most visits never type one.
    words: OnceLock<WordIndex>,
    /// Normalised names, so sorting compares prepared keys instead of folding on every comparison.
    sort_names: Vec<String>,
    /// Each supporter's country as a position in `countries` (none for the uncategorised few).
    country_slots: Vec<Option<usize>>,
    /// The distinct country codes, with their names normalised in each language.
    countries: Vec<(&'static str, [String; 2])>,
    /// Each country's region and sub-region codes, by position in `countries`.
    country_regions: Vec<[&'static str; 2]>,
    /// Each supporter's join-year key (`2021`, `unknown`), as the year facet names them.
    year_keys: Vec<String>,
    /// How each supporter matched the latest query text (None: not at all): a keystroke asks
    /// for the results and the facet counts with the same text, and the search is the costly part.
    text_hits: Mutex<(String, Arc<Vec<Option<Relevance>>>)>,
    /// Every supporter in each display order asked for so far: a keystroke then filters an
    /// order instead of sorting what it keeps (at 100,000 supporters, most of its time).
    orders: Mutex<HashMap<(SupporterSort, Lang), Arc<Vec<usize>>>>,
}

impl Index {
    pub fn new(supporters: Vec<&'static Supporter>) -> Index {
        let sort_names = supporters.iter().map(|s| normalise(&s.name)).collect();
        let mut slot_of: HashMap<&'static str, usize> = HashMap::new();
        let mut countries = Vec::new();
        let country_slots = supporters
            .iter()
            .map(|s| {
                let code = s.country.as_deref()?;
                Some(*slot_of.entry(code).or_insert_with(|| {
                    let names = Lang::ALL.map(|lang| {
                        country(code)
                            .map(|c| normalise(c.name.get(lang)))
                            .unwrap_or_default()
                    });
                    countries.push((code, names));
                    countries.len() - 1
                }))
            })
            .collect();
        let all_match = Arc::new(vec![Some(Relevance::WholeWords); supporters.len()]);
        let country_regions = countries
            .iter()
            .map(|(code, _)| {
                region_of(code).map_or(["", ""], |place| {
                    [place.region.as_ref(), place.subregion.as_ref()]
                })
            })
            .collect();
        let year_keys = supporters.iter().map(|s| year_key(join_year(s))).collect();
        Index {
            supporters,
            words: OnceLock::new(),
            sort_names,
            country_slots,
            countries,
            country_regions,
            year_keys,
            text_hits: Mutex::new((String::new(), all_match)),
            orders: Mutex::new(HashMap::new()),
        }
    }

    /// The words of every supporter's search text, indexed the first time they are needed.
    /// The search box indexes them when it takes the focus, so that a reader's first
    /// keystroke does not wait for them (about 0.4 s at 100,000 supporters).
    pub fn words(&self) -> &WordIndex {
        self.words.get_or_init(|| {
            WordIndex::new(
                &self
                    .supporters
                    .iter()
                    .map(|s| haystack(s))
                    .collect::<Vec<_>>(),
            )
        })
    }

    /// For each supporter, how `text` (normalised) matches it; computed once per text.
    fn text_hits(&self, text: &str) -> Arc<Vec<Option<Relevance>>> {
        let mut last = self.text_hits.lock().unwrap_or_else(|e| e.into_inner());
        if last.0 != text {
            let words = self.words();
            let code = code_query(text);
            let hits = words
                .matches(text)
                .into_iter()
                .zip(&self.supporters)
                .map(|(found, s)| {
                    found.map(|whole| Relevance::of_found(code, s.country.as_deref(), whole))
                })
                .collect();
            *last = (text.to_string(), Arc::new(hits));
        }
        last.1.clone()
    }

    /// The supporter's country name in `lang`, normalised; empty when it has none.
    fn sort_country(&self, index: usize, lang: Lang) -> &str {
        self.country_slots[index].map_or("", |slot| &self.countries[slot].1[lang as usize])
    }

    /// The facets whose chosen values leave the supporter out, a bit each (`Facet::bit`).
    /// Each test runs only when its facet has chosen values: most keystrokes choose none.
    fn failing_facets(&self, index: usize, query: &Query) -> u8 {
        let supporter = self.supporters[index];
        let mut failing = 0;
        if !query.categories.is_empty() && !query.categories.contains(&supporter.category) {
            failing |= Facet::Category.bit();
        }
        if !query.countries.is_empty()
            && !supporter
                .country
                .as_deref()
                .is_some_and(|c| query.countries.iter().any(|q| q == c))
        {
            failing |= Facet::Country.bit();
        }
        if !query.years.is_empty() && !query.years.contains(&self.year_keys[index]) {
            failing |= Facet::Year.bit();
        }
        if !query.regions.is_empty()
            && !self
                .regions(index)
                .iter()
                .any(|r| query.regions.iter().any(|q| q == r))
        {
            failing |= Facet::Region.bit();
        }
        failing
    }

    /// The supporter's region and sub-region codes (empty without a country).
    fn regions(&self, index: usize) -> [&'static str; 2] {
        self.country_slots[index].map_or(["", ""], |slot| self.country_regions[slot])
    }

    /// The positions of the supporters shown: the best matches first, each kind of match in
    /// display order.
    pub fn search(&self, query: &Query, lang: Lang) -> Vec<usize> {
        let hits = self.text_hits(&query.text);
        // One list per kind of match, each filled in display order: no sorting a keystroke.
        let mut by_kind: [Vec<usize>; Relevance::KINDS] = Default::default();
        for &index in self.order(query.sort, lang).iter() {
            if let Some(kind) = hits[index] {
                if self.failing_facets(index, query) == 0 {
                    by_kind[kind as usize].push(index);
                }
            }
        }
        by_kind.concat()
    }

    /// How many supporters the text alone matches, whatever the facets.
    pub fn text_matches(&self, text: &str) -> usize {
        self.text_hits(text)
            .iter()
            .filter(|hit| hit.is_some())
            .count()
    }

    /// Every supporter in the order of `sort` in `lang`, sorted at its first use.
    fn order(&self, sort: SupporterSort, lang: Lang) -> Arc<Vec<usize>> {
        let mut orders = self.orders.lock().unwrap_or_else(|e| e.into_inner());
        orders
            .entry((sort, lang))
            .or_insert_with(|| Arc::new(self.sorted(sort, lang)))
            .clone()
    }

    fn sorted(&self, sort: SupporterSort, lang: Lang) -> Vec<usize> {
        let mut shown: Vec<usize> = (0..self.supporters.len()).collect();
        let by_name = |a: usize, b: usize| {
            self.sort_names[a]
                .cmp(&self.sort_names[b])
                .then_with(|| self.supporters[a].name.cmp(&self.supporters[b].name))
        };
        sort_positions(&mut shown, &|a, b| {
            let primary = match sort.column {
                SupporterColumn::Name => Ordering::Equal,
                SupporterColumn::Country => {
                    self.sort_country(a, lang).cmp(self.sort_country(b, lang))
                }
                SupporterColumn::Category => self.supporters[a]
                    .category
                    .cmp(&self.supporters[b].category),
                // Unknown dates sort last whatever the direction.
                SupporterColumn::Joined => {
                    match (&self.supporters[a].joined, &self.supporters[b].joined) {
                        (Some(x), Some(y)) => x.date.cmp(&y.date),
                        (Some(_), None) => return Ordering::Less,
                        (None, Some(_)) => return Ordering::Greater,
                        (None, None) => Ordering::Equal,
                    }
                }
            };
            let ordered = primary.then_with(|| by_name(a, b));
            if sort.descending {
                ordered.reverse()
            } else {
                ordered
            }
        });
        shown
    }

    /// Every facet's live counts and the summary, from one pass over the supporters: a
    /// supporter left out by no facet counts everywhere, one left out by a single facet counts
    /// in that facet's own values (each facet is counted under every other).
    pub fn facet_counts(&self, query: &Query, lang: Lang) -> FacetCounts {
        let hits = self.text_hits(&query.text);
        let mut categories = [0; Category::ALL.len()];
        let mut countries = vec![0; self.countries.len()];
        let mut regions = vec![0; self.countries.len()];
        let mut years: Vec<(Option<u16>, usize)> = Vec::new();
        let mut summary = Summary::default();
        let mut kept_countries = vec![false; self.countries.len()];
        let mut state_countries = Vec::new();
        for (index, hit) in hits.iter().enumerate() {
            if hit.is_none() {
                continue;
            }
            let failing = self.failing_facets(index, query);
            let counts_in = |facet: Facet| failing & !facet.bit() == 0;
            let supporter = self.supporters[index];
            let slot = self.country_slots[index];
            if counts_in(Facet::Category) {
                categories[supporter.category as usize] += 1;
            }
            if let Some(slot) = slot {
                if counts_in(Facet::Country) {
                    countries[slot] += 1;
                }
                if counts_in(Facet::Region) {
                    regions[slot] += 1;
                }
            }
            if counts_in(Facet::Year) {
                let year = join_year(supporter);
                match years.iter_mut().find(|(y, _)| *y == year) {
                    Some((_, count)) => *count += 1,
                    None => years.push((year, 1)),
                }
            }
            if failing == 0 {
                summary.supporters += 1;
                summary.categories[supporter.category as usize] += 1;
                if let Some(slot) = slot {
                    kept_countries[slot] = true;
                    if supporter.category == Category::State {
                        state_countries.push(self.countries[slot].0);
                    }
                }
            }
        }
        summary.countries = kept_countries.into_iter().filter(|&kept| kept).count();
        years.sort_by_key(|(year, _)| year.unwrap_or(u16::MAX));
        FacetCounts {
            categories: Category::ALL
                .map(|category| (category, categories[category as usize]))
                .to_vec(),
            regions: self.region_counts(regions, lang),
            countries: self.country_counts(countries, lang),
            years,
            summary,
            state_countries,
        }
    }

    /// Countries (ISO codes) with their counts by position in `countries`: most supporters
    /// first, then by name in `lang`.
    fn country_counts(&self, per_slot: Vec<usize>, lang: Lang) -> Vec<(&'static str, usize)> {
        let name = |slot: usize| self.countries[slot].1[lang as usize].as_str();
        let mut slots: Vec<usize> = (0..per_slot.len())
            .filter(|&slot| per_slot[slot] > 0)
            .collect();
        sort_positions(&mut slots, &|a, b| {
            per_slot[b]
                .cmp(&per_slot[a])
                .then_with(|| name(a).cmp(name(b)))
        });
        slots
            .into_iter()
            .map(|slot| (self.countries[slot].0, per_slot[slot]))
            .collect()
    }

    /// World regions and sub-regions (M49 codes) with their counts, from each country's count
    /// (by position in `countries`): regions by name in `lang`, each followed by its
    /// sub-regions by name.
    fn region_counts(&self, per_slot: Vec<usize>, lang: Lang) -> Vec<RegionCount> {
        let mut counts: HashMap<&'static str, usize> = HashMap::new();
        for (regions, count) in self.country_regions.iter().zip(per_slot) {
            for code in regions.iter().filter(|code| !code.is_empty() && count > 0) {
                *counts.entry(code).or_default() += count;
            }
        }
        let name = |code: &str| region_name(code).map_or(String::new(), |n| normalise(n.get(lang)));
        let mut regions: Vec<RegionCount> = counts
            .iter()
            .map(|(&code, &count)| RegionCount {
                code,
                count,
                parent: self
                    .country_regions
                    .iter()
                    .find(|[_, subregion]| *subregion == code)
                    .map(|[region, _]| *region),
            })
            .collect();
        // Each region, then its sub-regions: sorted by (region's name, sub-region's name).
        regions.sort_by_cached_key(|r| match r.parent {
            None => (name(r.code), String::new()),
            Some(parent) => (name(parent), name(r.code)),
        });
        regions
    }
}

/// `count` synthetic supporters for scale benchmarks: the real ones repeated, each copy
/// renamed so every name is unique.
pub fn synthetic(count: usize) -> Vec<Supporter> {
    let real = supporters();
    (0..count)
        .map(|i| {
            let mut copy = real[i % real.len()].clone();
            copy.name = format!("{} {}", copy.name, i / real.len()).into();
            copy
        })
        .collect()
}

const EXPORT_COLUMNS: [&str; 10] = [
    "name",
    "name_on_site",
    "category",
    "nature",
    "country",
    "country_name",
    "joined",
    "joined_confidence",
    "first_listed",
    "source",
];

/// The link to a supporter's file in the official site's repository.
pub fn source_url(supporter: &Supporter) -> String {
    format!(
        "https://github.com/ambanum/pariscall.international/blob/916433b20a70ce587db86de70b108ce21a25c551/_supporters/{}",
        supporter.site_file
    )
}

fn export_row(supporter: &Supporter, lang: Lang) -> [String; 10] {
    [
        supporter.name.to_string(),
        supporter
            .name_on_site
            .as_deref()
            .unwrap_or_default()
            .to_string(),
        supporter.category.code().to_string(),
        supporter.nature.as_deref().unwrap_or_default().to_string(),
        supporter.country.as_deref().unwrap_or_default().to_string(),
        supporter
            .country
            .as_deref()
            .and_then(country)
            .map(|c| c.name.get(lang).to_string())
            .unwrap_or_default(),
        supporter
            .joined
            .as_ref()
            .map(|j| j.date.to_string())
            .unwrap_or_default(),
        supporter
            .joined
            .as_ref()
            .map(|j| j.confidence.code().to_string())
            .unwrap_or_default(),
        supporter.first_listed.to_string(),
        source_url(supporter),
    ]
}

/// Exactly the supporters shown, as RFC 4180 CSV with a BOM for spreadsheets.
pub fn to_csv(shown: &[&Supporter], lang: Lang) -> String {
    let header = EXPORT_COLUMNS.map(str::to_string);
    let rows = std::iter::once(header).chain(shown.iter().map(|s| export_row(s, lang)));
    format!("\u{feff}{}", write_rows(rows))
}

/// Exactly the supporters shown, as a JSON array of objects.
pub fn to_json(shown: &[&Supporter], lang: Lang) -> String {
    let objects: Vec<String> = shown
        .iter()
        .map(|supporter| {
            let fields: Vec<String> = EXPORT_COLUMNS
                .iter()
                .zip(export_row(supporter, lang))
                .map(|(key, value)| format!("\"{key}\":{}", json_string(&value)))
                .collect();
            format!("{{{}}}", fields.join(","))
        })
        .collect();
    format!("[\n{}\n]\n", objects.join(",\n"))
}

fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The order the index's prepared keys must reproduce.
    fn normalise_cmp(a: &str, b: &str) -> Ordering {
        normalise(a).cmp(&normalise(b)).then_with(|| a.cmp(b))
    }

    fn index() -> Index {
        Index::new(supporters().iter().collect())
    }

    fn names(index: &Index, shown: &[usize]) -> Vec<&'static str> {
        shown
            .iter()
            .map(|&i| index.supporters[i].name.as_ref())
            .collect()
    }

    fn search(text: &str) -> Vec<&'static str> {
        let index = index();
        let shown = index.search(
            &Query {
                text: normalise(text),
                ..Query::default()
            },
            Lang::En,
        );
        names(&index, &shown)
    }

    #[test]
    fn finds_a_country_in_either_language_and_by_code() {
        for query in ["etats unis", "United States", "USA", "Etats-Unis"] {
            assert!(search(query).contains(&"United States"), "{query}");
        }
        let in_german = search("Allemagne");
        assert_eq!(in_german.len(), 35, "the 35 supporters based in Germany");
        assert_eq!(in_german, search("DEU"));
        let in_english = search("Germany");
        // English also finds a name that says Germany: "American Chamber of Commerce in Germany".
        assert!(in_german.iter().all(|name| in_english.contains(name)));
        assert!(in_english.contains(&"American Chamber of Commerce in Germany"));
    }

    #[test]
    fn finds_by_nature_and_category_in_french() {
        let universities = search("université");
        assert!(!universities.is_empty());
        assert!(
            universities.len() >= 55,
            "the site's nature `Université` in both cases: {}",
            universities.len()
        );
        assert_eq!(search("secteur prive").len(), 708);
        assert!(search("uncategorised").len() >= 5);
    }

    #[test]
    fn results_do_not_depend_on_the_query_before() {
        let index = index();
        let query = |text: &str| Query {
            text: normalise(text),
            ..Query::default()
        };
        let france = index.search(&query("france"), Lang::En);
        assert!(!france.is_empty());
        assert_ne!(index.search(&query("microsoft"), Lang::En), france);
        assert_eq!(index.search(&query("france"), Lang::En), france);
        assert_eq!(
            index.search(&query(""), Lang::En).len(),
            index.supporters.len()
        );
    }

    #[test]
    fn an_iso_code_lists_that_countrys_supporters_first() {
        let index = index();
        for text in ["MAR", "mar"] {
            let query = Query {
                text: normalise(text),
                ..Query::default()
            };
            let shown = index.search(&query, Lang::En);
            let moroccan = index
                .supporters
                .iter()
                .filter(|s| s.country.as_deref() == Some("MAR"))
                .count();
            assert!(moroccan > 0, "the dataset has Moroccan supporters");
            let countries: Vec<Option<&str>> = shown
                .iter()
                .map(|&i| index.supporters[i].country.as_deref())
                .collect();
            assert!(
                countries[..moroccan].iter().all(|c| *c == Some("MAR")),
                "{text}: Morocco's {moroccan} supporters first, then the rest: {:?}",
                names(&index, &shown)
            );
            assert!(
                shown.len() > moroccan,
                "partial matches (Denmark, Colmar…) still follow"
            );
        }
    }

    #[test]
    fn whole_words_rank_above_parts_of_words() {
        let index = index();
        let query = Query {
            text: normalise("state"),
            ..Query::default()
        };
        let shown = index.search(&query, Lang::En);
        let first_partial = shown
            .iter()
            .position(|&i| {
                relevance(&haystack(index.supporters[i]), "state", None) == Some(Relevance::Partial)
            })
            .expect("\"United States\" contains \"state\" inside a word");
        assert!(
            shown[..first_partial]
                .iter()
                .any(|&i| index.supporters[i].name.as_ref() == "Washington State"),
            "a name with the word State is a whole-word match"
        );
        assert!(
            shown[first_partial..]
                .iter()
                .all(|&i| index.supporters[i].category != Category::State),
            "every state (category State) comes before the names that only contain \"states\""
        );
        assert!(shown[first_partial..]
            .iter()
            .any(|&i| index.supporters[i].name.contains("United States")));
        // Within each kind of match, the display order holds: here, by name.
        let sorted = |part: &[usize]| part.is_sorted_by_key(|&i| &index.sort_names[i]);
        assert!(sorted(&shown[..first_partial]) && sorted(&shown[first_partial..]));
    }

    #[test]
    fn relevance_tells_whole_words_codes_and_parts_apart() {
        assert_eq!(
            relevance("kingdom of morocco mar", "mar", Some("MAR")),
            Some(Relevance::CountryCode)
        );
        assert_eq!(
            relevance("denmark dnk", "mar", Some("DNK")),
            Some(Relevance::Partial)
        );
        assert_eq!(relevance("amarach", "mar", None), Some(Relevance::Partial));
        assert_eq!(
            relevance("le mar", "mar", None),
            Some(Relevance::WholeWords)
        );
        assert_eq!(
            relevance("marseille mar", "mar", None),
            Some(Relevance::WholeWords)
        );
        assert_eq!(
            relevance("united states", "united st", None),
            Some(Relevance::Partial)
        );
        assert_eq!(
            relevance("united states", "states united", None),
            Some(Relevance::WholeWords)
        );
        assert_eq!(relevance("united states", "france", None), None);
        assert_eq!(relevance("anything", "", None), Some(Relevance::WholeWords));
    }

    #[test]
    fn a_region_keeps_its_countries_supporters_and_counts_agree() {
        let index = index();
        let africa = Query {
            regions: vec!["002".into()],
            ..Query::default()
        };
        let shown = index.search(&africa, Lang::En);
        let african = |s: &Supporter| {
            s.country
                .as_deref()
                .and_then(region_of)
                .is_some_and(|place| place.region == "002")
        };
        let expected = index.supporters.iter().filter(|s| african(s)).count();
        assert!(expected > 20, "Morocco, Senegal, Nigeria… {expected}");
        assert_eq!(shown.len(), expected);
        assert!(shown.iter().all(|&i| african(index.supporters[i])));
        let counts = index.facet_counts(&Query::default(), Lang::En).regions;
        let count_of = |code: &str| counts.iter().find(|r| r.code == code).map(|r| r.count);
        assert_eq!(count_of("002"), Some(expected));
        // Every count promises what choosing it shows, sub-regions included.
        for region in &counts {
            let chosen = Query {
                regions: vec![region.code.to_string()],
                ..Query::default()
            };
            assert_eq!(
                index.search(&chosen, Lang::En).len(),
                region.count,
                "{region:?}"
            );
        }
        // Each region is followed by its own sub-regions.
        let mut current = None;
        for region in &counts {
            match region.parent {
                None => current = Some(region.code),
                Some(parent) => assert_eq!(Some(parent), current, "{region:?}"),
            }
        }
        let northern_africa = counts.iter().find(|r| r.code == "015").unwrap();
        assert_eq!(northern_africa.parent, Some("002"));
        assert!(northern_africa.count > 0 && northern_africa.count < expected);
    }

    #[test]
    fn every_word_must_match() {
        assert!(search("microsoft").contains(&"Microsoft"));
        assert!(search("microsoft germany")
            .iter()
            .all(|name| normalise(name).contains("microsoft")));
        assert!(search("zzzz no such supporter").is_empty());
    }

    #[test]
    fn facet_counts_agree_with_the_results_they_promise() {
        let index = index();
        // The states among the supporters shown are the countries the map marks.
        for query in [
            Query::default(),
            Query {
                text: "republic".into(),
                ..Query::default()
            },
        ] {
            let mut states: Vec<&str> = index
                .search(&query, Lang::En)
                .into_iter()
                .map(|i| index.supporters[i])
                .filter(|s| s.category == Category::State)
                .filter_map(|s| s.country.as_deref())
                .collect();
            let mut marked = index.facet_counts(&query, Lang::En).state_countries;
            states.sort();
            marked.sort();
            assert!(!states.is_empty(), "{:?}", query.text);
            assert_eq!(marked, states, "{:?}", query.text);
        }
        let query = Query {
            countries: vec!["USA".into()],
            ..Query::default()
        };
        for (category, count) in index.facet_counts(&query, Lang::En).categories {
            let narrowed = Query {
                categories: vec![category],
                ..query.clone()
            };
            assert_eq!(
                index.search(&narrowed, Lang::En).len(),
                count,
                "{category:?}"
            );
        }
        let all: usize = index
            .facet_counts(&Query::default(), Lang::En)
            .categories
            .iter()
            .map(|(_, n)| n)
            .sum();
        assert_eq!(all, 1222);
        for (year, count) in index.facet_counts(&query, Lang::En).years {
            let narrowed = Query {
                years: vec![year_key(year)],
                ..query.clone()
            };
            assert_eq!(index.search(&narrowed, Lang::En).len(), count, "{year:?}");
        }
        let unknown = index
            .facet_counts(&Query::default(), Lang::En)
            .years
            .into_iter()
            .find(|(y, _)| y.is_none())
            .unwrap()
            .1;
        assert_eq!(
            unknown,
            1222 - 175,
            "join dates are known for 175 supporters only"
        );
        let countries = index.facet_counts(&Query::default(), Lang::En).countries;
        assert_eq!(countries[0], ("USA", 155));
        assert_eq!(
            countries.len(),
            112,
            "112 countries; five supporters have none"
        );
    }

    #[test]
    fn with_every_facet_chosen_each_value_counts_what_choosing_it_alone_would_show() {
        let index = index();
        let query = Query {
            text: normalise("univ"),
            categories: vec![Category::CivilSociety, Category::PublicAuthority],
            countries: vec!["USA".into(), "FRA".into(), "GBR".into()],
            years: vec!["unknown".into(), "2018".into()],
            regions: vec!["150".into(), "019".into()],
            ..Query::default()
        };
        let shown = |narrowed: Query| index.search(&narrowed, Lang::En).len();
        let counts = index.facet_counts(&query, Lang::En);
        assert!(counts.summary.supporters > 0, "a query that keeps some");
        assert_eq!(counts.summary.supporters, shown(query.clone()));
        for (category, count) in counts.categories {
            let narrowed = Query {
                categories: vec![category],
                ..query.clone()
            };
            assert_eq!(shown(narrowed), count, "{category:?}");
        }
        for (code, count) in counts.countries {
            let narrowed = Query {
                countries: vec![code.to_string()],
                ..query.clone()
            };
            assert_eq!(shown(narrowed), count, "{code}");
        }
        for region in counts.regions {
            let narrowed = Query {
                regions: vec![region.code.to_string()],
                ..query.clone()
            };
            assert_eq!(shown(narrowed), region.count, "{region:?}");
        }
        for (year, count) in counts.years {
            let narrowed = Query {
                years: vec![year_key(year)],
                ..query.clone()
            };
            assert_eq!(shown(narrowed), count, "{year:?}");
        }
    }

    #[test]
    fn the_summary_follows_the_filters() {
        let index = index();
        let all = index.facet_counts(&Query::default(), Lang::En).summary;
        assert_eq!(all.supporters, 1222);
        assert_eq!(all.of(Category::State), 81);
        assert_eq!(all.categories.iter().sum::<usize>(), 1222);
        let morocco = index
            .facet_counts(
                &Query {
                    countries: vec!["MAR".into()],
                    ..Query::default()
                },
                Lang::En,
            )
            .summary;
        assert_eq!(morocco.countries, 1);
        assert_eq!(morocco.of(Category::State), 1);
        assert_eq!(
            morocco.supporters,
            index
                .search(
                    &Query {
                        countries: vec!["MAR".into()],
                        ..Query::default()
                    },
                    Lang::En
                )
                .len()
        );
    }

    #[test]
    fn countries_with_as_many_supporters_sort_by_name_in_the_readers_language() {
        let index = index();
        for lang in Lang::ALL {
            let counts = index.facet_counts(&Query::default(), lang).countries;
            let name = |code: &str| normalise(country(code).unwrap().name.get(lang));
            assert!(counts
                .windows(2)
                .all(|w| w[0].1 > w[1].1 || (w[0].1 == w[1].1 && name(w[0].0) <= name(w[1].0))));
        }
    }

    #[test]
    fn sorts_by_each_key_in_both_directions_with_unknown_dates_last() {
        let index = index();
        let by = |column: SupporterColumn, descending: bool| {
            index.search(
                &Query {
                    sort: SupporterSort { column, descending },
                    ..Query::default()
                },
                Lang::En,
            )
        };
        let names_up = names(&index, &by(SupporterColumn::Name, false));
        let mut expected = names_up.clone();
        expected.sort_by(|a, b| normalise_cmp(a, b));
        assert_eq!(names_up, expected);
        assert_eq!(
            names(&index, &by(SupporterColumn::Name, true)),
            names_up.iter().rev().copied().collect::<Vec<_>>()
        );
        for descending in [false, true] {
            let joined = by(SupporterColumn::Joined, descending);
            let known: Vec<bool> = joined
                .iter()
                .map(|&i| index.supporters[i].joined.is_some())
                .collect();
            assert!(
                known.windows(2).all(|w| w[0] || !w[1]),
                "unknown dates come last"
            );
        }
        let earliest = index.supporters[by(SupporterColumn::Joined, false)[0]];
        assert_eq!(earliest.joined.as_ref().unwrap().date.year, 2018);
    }

    #[test]
    fn csv_export_escapes_and_holds_exactly_the_rows_shown() {
        let index = index();
        let shown = index.search(
            &Query {
                text: normalise("dell"),
                ..Query::default()
            },
            Lang::Fr,
        );
        let rows: Vec<&Supporter> = shown.iter().map(|&i| index.supporters[i]).collect();
        let csv = to_csv(&rows, Lang::Fr);
        assert!(csv.starts_with('\u{feff}'));
        let parsed = lafayette_data::csv::parse(&csv).unwrap();
        assert_eq!(parsed.len(), rows.len() + 1);
        assert_eq!(parsed[0].fields, EXPORT_COLUMNS);
        assert!(
            parsed.iter().any(|r| r.fields[0] == "Dell")
                && parsed.iter().any(|r| r.fields[0] == "Dell Technologies")
        );
        let quoted = to_csv(
            &[supporters().iter().find(|s| s.name.contains(',')).unwrap()],
            Lang::En,
        );
        assert!(
            quoted.contains("\",") || quoted.contains(",\""),
            "a name with a comma is quoted"
        );
    }

    #[test]
    fn synthetic_lists_scale_the_real_one_with_unique_names() {
        let many = synthetic(3000);
        assert_eq!(many.len(), 3000);
        let names: std::collections::HashSet<&str> = many.iter().map(|s| s.name.as_ref()).collect();
        assert_eq!(names.len(), 3000);
        let index = Index::new(Box::leak(many.into_boxed_slice()).iter().collect());
        let germany = index.search(
            &Query {
                text: normalise("Allemagne"),
                ..Query::default()
            },
            Lang::En,
        );
        let in_third_copy = supporters()[..3000 - 2 * 1222]
            .iter()
            .filter(|s| s.country.as_deref() == Some("DEU"))
            .count();
        assert_eq!(
            germany.len(),
            2 * 35 + in_third_copy,
            "two whole copies and part of a third"
        );
    }

    #[test]
    fn json_export_is_valid_json_of_the_rows_shown() {
        let rows: Vec<&Supporter> = supporters().iter().take(3).collect();
        let json = to_json(&rows, Lang::En);
        assert_eq!(json.matches("\"name\":").count(), 3);
        assert_eq!(json_string("a\"b\\c\nd\u{1}"), "\"a\\\"b\\\\c\\nd\\u0001\"");
    }
}
