//! The supporters map's model: the shapes of public/world-map.txt (projected and written by
//! `cargo xtask geography`), the colour classes of supporter counts, and the map as a picture
//! for export. Plain Rust, tested natively against the real file.

use crate::i18n::{self, format_count};
use crate::picture::{Anchor, Picture, Shape};
use lafayette_data::Lang;

/// The shapes' file beside the page, read when the map is first shown.
pub const MAP_FILE: &str = "world-map.txt";
/// Its element in the single offline file (see xtask/src/offline_page.rs).
pub const IN_PAGE_ID: &str = "world-map";

/// One country's outline.
#[derive(Clone, Debug, PartialEq)]
pub struct Country {
    /// ISO 3166 alpha-3; empty where the boundary data gives none.
    pub iso3: &'static str,
    /// Where its marker goes (the middle of its largest part), in whole map units.
    pub marker: (i32, i32),
    /// Its outline as SVG path data, in map units.
    pub path: &'static str,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WorldMap {
    /// In whole map units (integers: no float parsing or printing in the wasm for them).
    pub width: u32,
    pub height: u32,
    pub countries: Vec<Country>,
}

/// Reads the file; says which line is wrong when it cannot.
pub fn parse(text: &'static str) -> Result<WorldMap, String> {
    let mut lines = text.lines();
    let size: Vec<u32> = lines
        .next()
        .and_then(|line| line.strip_prefix("viewBox "))
        .map(|rest| rest.split(' ').filter_map(|n| n.parse().ok()).collect())
        .unwrap_or_default();
    let [_, _, width, height] = size[..] else {
        return Err(format!(
            "{MAP_FILE}: line 1 is not `viewBox 0 0 <width> <height>`"
        ));
    };
    let countries = lines
        .enumerate()
        .map(|(index, line)| {
            let wrong = || {
                format!(
                    "{MAP_FILE}: line {} is not `ISO3<tab>x,y<tab>path`",
                    index + 2
                )
            };
            let mut fields = line.split('\t');
            let (iso3, marker, path) = (fields.next(), fields.next(), fields.next());
            let (x, y) = marker.and_then(|m| m.split_once(',')).ok_or_else(wrong)?;
            Ok(Country {
                iso3: iso3.ok_or_else(wrong)?,
                marker: (
                    x.parse().map_err(|_| wrong())?,
                    y.parse().map_err(|_| wrong())?,
                ),
                path: path.ok_or_else(wrong)?,
            })
        })
        .collect::<Result<_, String>>()?;
    Ok(WorldMap {
        width,
        height,
        countries,
    })
}

/// The first count of each colour class: 1–2, 3–9, 10–29, 30–99, 100 and more (the counts
/// run from 1 to about 150, most countries under 10).
pub const CLASS_STARTS: [usize; 5] = [1, 3, 10, 30, 100];

/// The colour class of a count; None for no supporter.
pub fn class_of(count: usize) -> Option<usize> {
    CLASS_STARTS.iter().rposition(|&start| count >= start)
}

/// A class's range in words: "3–9", "100 or more".
pub fn class_label(class: usize, lang: Lang) -> String {
    let start = format_count(CLASS_STARTS[class], lang);
    match CLASS_STARTS.get(class + 1) {
        Some(next) => format!("{start}–{}", format_count(next - 1, lang)),
        None => match lang {
            Lang::En => format!("{start} or more"),
            Lang::Fr => format!("{start} et plus"),
        },
    }
}

/// The fills of the classes, light to dark, and of a country without supporters, for the
/// exported picture (the page takes them from the stylesheet, per theme).
pub const CLASS_FILLS: [&str; 5] = ["#c6dbef", "#85bcdb", "#4292c6", "#1c66ad", "#08306b"];
pub const NO_SUPPORTER_FILL: &str = "#e6e6e6";
pub const STATE_MARK: &str = "#c2410c";

/// What the map shows, for its picture: per country, the supporters and whether its state
/// is one of them.
pub struct Counts<'a> {
    pub of: &'a dyn Fn(&str) -> usize,
    pub state_supports: &'a dyn Fn(&str) -> bool,
}

/// The map as a picture with its title, legend and source line, as exported.
pub fn picture(map: &WorldMap, counts: &Counts, title: &str, lang: Lang) -> Picture {
    const MARGIN: f64 = 20.0;
    const TOP: f64 = 50.0;
    let text = |x, y, text: String, size, bold| Shape::Text {
        x,
        y,
        text,
        size,
        bold,
        fill: "#1a1a1a",
        anchor: Anchor::Start,
        degrees: 0.0,
    };
    let mut shapes = vec![text(MARGIN, 32.0, title.to_string(), 20.0, true)];
    for country in &map.countries {
        let count = (counts.of)(country.iso3);
        shapes.push(Shape::Path {
            at: (MARGIN, TOP),
            d: country.path,
            fill: class_of(count).map_or(NO_SUPPORTER_FILL, |class| CLASS_FILLS[class]),
            stroke: "#ffffff",
        });
    }
    for country in &map.countries {
        if (counts.state_supports)(country.iso3) {
            shapes.push(Shape::Circle {
                centre: (
                    MARGIN + f64::from(country.marker.0),
                    TOP + f64::from(country.marker.1),
                ),
                radius: 3.5,
                fill: STATE_MARK,
            });
        }
    }
    let legend_y = TOP + f64::from(map.height) + 24.0;
    let mut x = MARGIN;
    for (class, fill) in CLASS_FILLS.into_iter().enumerate() {
        let label = class_label(class, lang);
        shapes.push(Shape::Rect {
            x,
            y: legend_y - 11.0,
            width: 14.0,
            height: 14.0,
            fill,
        });
        // About 7.5 units a character at 13 units.
        let next = x + 20.0 + label.chars().count() as f64 * 7.5 + 16.0;
        shapes.push(text(x + 20.0, legend_y, label, 13.0, false));
        x = next;
    }
    shapes.push(Shape::Circle {
        centre: (x + 7.0, legend_y - 4.0),
        radius: 3.5,
        fill: STATE_MARK,
    });
    shapes.push(text(
        x + 16.0,
        legend_y,
        i18n::STATE_SUPPORTER.get(lang).to_string(),
        13.0,
        false,
    ));
    shapes.push(text(
        MARGIN,
        legend_y + 24.0,
        i18n::MAP_SOURCE.get(lang).to_string(),
        12.0,
        false,
    ));
    Picture {
        width: f64::from(map.width) + 2.0 * MARGIN,
        height: legend_y + 40.0,
        shapes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::data;

    const FILE: &str = include_str!("../../public/world-map.txt");

    #[test]
    fn the_file_has_a_shape_or_a_marker_for_every_country_of_the_dataset() {
        let map = parse(FILE).unwrap();
        assert_eq!(map.width, 1000);
        assert!(map.height > 300 && map.height < 600, "{}", map.height);
        for country in data().countries.iter() {
            let shape = map
                .countries
                .iter()
                .find(|c| c.iso3 == country.iso3.as_ref())
                .unwrap_or_else(|| panic!("{} is on the map", country.iso3));
            let (x, y) = shape.marker;
            assert!((0..=map.width as i32).contains(&x) && (0..=map.height as i32).contains(&y));
        }
        let france = map.countries.iter().find(|c| c.iso3 == "FRA").unwrap();
        assert!(france.path.starts_with('M') && france.path.ends_with('z'));
        // France's mainland is in the northern half, east of the Atlantic.
        assert!(
            france.marker.1 < map.height as i32 / 2 && france.marker.0 > map.width as i32 / 2 - 20
        );
    }

    #[test]
    fn a_broken_file_names_its_line() {
        assert!(parse("nothing").unwrap_err().contains("line 1"));
        let broken = "viewBox 0 0 1000 500\nFRA\t1,2\tM0 0z\nMAR\tnowhere\n";
        assert!(parse(broken).unwrap_err().contains("line 3"));
    }

    #[test]
    fn classes_cover_every_count_once() {
        assert_eq!(class_of(0), None);
        assert_eq!(class_of(1), Some(0));
        assert_eq!(class_of(2), Some(0));
        assert_eq!(class_of(3), Some(1));
        assert_eq!(class_of(99), Some(3));
        assert_eq!(class_of(100), Some(4));
        assert_eq!(class_of(1_000), Some(4));
        assert_eq!(class_label(1, Lang::En), "3–9");
        assert_eq!(class_label(4, Lang::Fr), "100 et plus");
    }

    #[test]
    fn the_picture_has_its_title_legend_source_and_every_shape() {
        let map = parse(FILE).unwrap();
        let of = |iso3: &str| if iso3 == "MAR" { 5 } else { 0 };
        let state = |iso3: &str| iso3 == "FRA";
        let counts = Counts {
            of: &of,
            state_supports: &state,
        };
        let svg = picture(&map, &counts, "Paris Call supporters by country", Lang::En).to_svg();
        assert!(svg.contains("Paris Call supporters by country"));
        assert!(svg.contains(i18n::MAP_SOURCE.en.as_ref()));
        assert!(svg.contains("100 or more") && svg.contains(i18n::STATE_SUPPORTER.en.as_ref()));
        assert_eq!(svg.matches("<path").count(), map.countries.len());
        assert_eq!(
            svg.matches(&format!("fill=\"{}\"", CLASS_FILLS[1])).count(),
            2,
            "Morocco and the legend"
        );
        assert_eq!(svg.matches("<circle").count(), 2, "France and the legend");
    }
}
