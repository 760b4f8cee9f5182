//! The cooperation matrix: cooperation areas against initiatives or against actors, each cell
//! counting the evidence that links them (commitments, and events naming both), with sorting
//! and export. Plain Rust, tested natively.

use crate::dataset::data;
use crate::picture::{wrap, Anchor, Picture, Shape};
use crate::positions::sort_positions;
use crate::route::{Cell, ColumnOrder, Columns, RowSort};
use lafayette_data::csv::write_rows;
use lafayette_data::{Commitment, Event, Lang, Text};
use std::cmp::Ordering;

/// One piece of evidence behind a cell.
#[derive(Clone, Copy, Debug)]
pub enum Evidence {
    Commitment(&'static Commitment),
    Event(&'static Event),
}

impl Evidence {
    /// The quotes it rests on.
    pub fn citations(&self) -> &'static [lafayette_data::Citation] {
        match self {
            Evidence::Commitment(commitment) => &commitment.citations,
            Evidence::Event(event) => &event.citations,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Header {
    pub id: &'static str,
    pub label: &'static Text,
    /// For actor columns: the country group (`USA`, `FRA`, or empty for others).
    pub group: &'static str,
}

pub struct Matrix {
    pub columns_kind: Columns,
    pub rows: Vec<Header>,
    pub columns: Vec<Header>,
    /// `cells[row][column]`: the evidence linking them.
    pub cells: Vec<Vec<Vec<Evidence>>>,
}

fn links(evidence: &Evidence, columns: Columns, row: &str, column: &str) -> bool {
    match (evidence, columns) {
        (Evidence::Commitment(c), Columns::Initiatives) => {
            c.area == row && c.initiative.as_deref() == Some(column)
        }
        (Evidence::Commitment(c), Columns::Actors) => c.area == row && c.actor == column,
        (Evidence::Event(e), Columns::Initiatives) => {
            e.areas.iter().any(|a| a == row) && e.initiatives.iter().any(|i| i == column)
        }
        (Evidence::Event(e), Columns::Actors) => {
            e.areas.iter().any(|a| a == row) && e.participants.iter().any(|p| p == column)
        }
    }
}

fn country_group(country: Option<&str>) -> &'static str {
    match country {
        Some("USA") => "USA",
        Some("FRA") => "FRA",
        _ => "",
    }
}

impl Matrix {
    /// The matrix of the evidence that cites one of `sources` (all evidence when empty).
    pub fn build(columns_kind: Columns, sources: &[String]) -> Matrix {
        let data = data();
        let cites = |citations: &[lafayette_data::Citation]| {
            sources.is_empty()
                || citations
                    .iter()
                    .any(|c| sources.iter().any(|s| *s == c.source))
        };
        let evidence: Vec<Evidence> = data
            .commitments
            .iter()
            .filter(|c| cites(&c.citations))
            .map(Evidence::Commitment)
            .chain(
                data.events
                    .iter()
                    .filter(|e| cites(&e.citations))
                    .map(Evidence::Event),
            )
            .collect();
        let rows: Vec<Header> = data
            .areas
            .iter()
            .map(|a| Header {
                id: &a.id,
                label: &a.name,
                group: "",
            })
            .collect();
        let candidates: Vec<Header> = match columns_kind {
            Columns::Initiatives => data
                .initiatives
                .iter()
                .map(|i| Header {
                    id: &i.id,
                    label: &i.name,
                    group: "",
                })
                .collect(),
            Columns::Actors => data
                .actors
                .iter()
                .map(|a| Header {
                    id: &a.id,
                    label: &a.name,
                    group: country_group(a.country.as_deref()),
                })
                .collect(),
        };
        let cell = |row: &Header, column: &Header| -> Vec<Evidence> {
            evidence
                .iter()
                .filter(|e| links(e, columns_kind, row.id, column.id))
                .copied()
                .collect()
        };
        // Only columns with evidence: a matrix of empty columns tells nothing.
        let columns: Vec<Header> = candidates
            .into_iter()
            .filter(|column| rows.iter().any(|row| !cell(row, column).is_empty()))
            .collect();
        let cells = rows
            .iter()
            .map(|row| columns.iter().map(|column| cell(row, column)).collect())
            .collect();
        Matrix {
            columns_kind,
            rows,
            columns,
            cells,
        }
    }

    pub fn count(&self, row: usize, column: usize) -> usize {
        self.cells[row][column].len()
    }

    pub fn row_total(&self, row: usize) -> usize {
        (0..self.columns.len()).map(|c| self.count(row, c)).sum()
    }

    pub fn column_total(&self, column: usize) -> usize {
        (0..self.rows.len()).map(|r| self.count(r, column)).sum()
    }

    pub fn max_count(&self) -> usize {
        (0..self.rows.len())
            .flat_map(|r| (0..self.columns.len()).map(move |c| (r, c)))
            .map(|(r, c)| self.count(r, c))
            .max()
            .unwrap_or(0)
    }

    pub fn row_index(&self, id: &str) -> Option<usize> {
        self.rows.iter().position(|h| h.id == id)
    }

    pub fn column_index(&self, id: &str) -> Option<usize> {
        self.columns.iter().position(|h| h.id == id)
    }

    /// The (row, column) of a cell, if the matrix has both.
    pub fn position(&self, cell: Cell) -> Option<(usize, usize)> {
        Some((
            self.row_index(cell.area.as_str())?,
            self.column_index(cell.column.as_str())?,
        ))
    }

    /// Row order: by total (largest first), by name, or by one column's counts.
    pub fn row_order(&self, sort: RowSort, lang: Lang) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.rows.len()).collect();
        let by_name = |a: usize, b: usize| {
            self.rows[a]
                .label
                .get(lang)
                .cmp(self.rows[b].label.get(lang))
        };
        let column = match sort {
            RowSort::Column(column) => self.column_index(column.as_str()),
            _ => None,
        };
        let first: Box<dyn Fn(usize, usize) -> Ordering> = match (sort, column) {
            (_, Some(column)) => {
                Box::new(move |a, b| self.count(b, column).cmp(&self.count(a, column)))
            }
            (RowSort::Name, _) => Box::new(|_, _| Ordering::Equal),
            _ => Box::new(|a, b| self.row_total(b).cmp(&self.row_total(a))),
        };
        sort_positions(&mut order, &|a, b| first(a, b).then_with(|| by_name(a, b)));
        order
    }

    /// Column order: by group (United States, France, others, then name), by name, by total
    /// or by one area's counts.
    pub fn column_order(&self, sort: ColumnOrder, lang: Lang) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.columns.len()).collect();
        let by_name = |a: usize, b: usize| {
            self.columns[a]
                .label
                .get(lang)
                .cmp(self.columns[b].label.get(lang))
        };
        let row = match sort {
            ColumnOrder::Row(area) => self.row_index(area.as_str()),
            _ => None,
        };
        let first: Box<dyn Fn(usize, usize) -> Ordering> = match (sort, row) {
            (_, Some(row)) => Box::new(move |a, b| self.count(row, b).cmp(&self.count(row, a))),
            (ColumnOrder::Name, _) => Box::new(|_, _| Ordering::Equal),
            (ColumnOrder::Total, _) => {
                Box::new(|a, b| self.column_total(b).cmp(&self.column_total(a)))
            }
            _ => Box::new(|a, b| {
                group_rank(self.columns[a].group).cmp(&group_rank(self.columns[b].group))
            }),
        };
        sort_positions(&mut order, &|a, b| first(a, b).then_with(|| by_name(a, b)));
        order
    }

    /// The matrix as CSV: one row per area, one column per initiative or actor, totals last.
    pub fn to_csv(&self, lang: Lang) -> String {
        let mut header = vec![String::new()];
        header.extend(self.columns.iter().map(|c| c.label.get(lang).to_string()));
        header.push("total".into());
        let mut rows = vec![header];
        for (r, row) in self.rows.iter().enumerate() {
            let mut line = vec![row.label.get(lang).to_string()];
            line.extend((0..self.columns.len()).map(|c| self.count(r, c).to_string()));
            line.push(self.row_total(r).to_string());
            rows.push(line);
        }
        format!("\u{feff}{}", write_rows(rows))
    }

    /// The matrix as a picture, as the screen shows it: rows and columns in their order,
    /// whole names (wrapped), the title, a legend for the colours and bars, the source line
    /// and the date.
    pub fn picture(&self, rows: &[usize], columns: &[usize], lang: Lang, notes: &Notes) -> Picture {
        const MARGIN: f64 = 20.0;
        const CELL: f64 = 30.0;
        const LINE: f64 = 14.0;
        const CHAR: f64 = 6.6;
        let row_lines: Vec<Vec<String>> = rows
            .iter()
            .map(|&r| wrap(self.rows[r].label.get(lang), 30))
            .collect();
        let column_lines: Vec<Vec<String>> = columns
            .iter()
            .map(|&c| wrap(self.columns[c].label.get(lang), 30))
            .collect();
        let longest = |lines: &[Vec<String>]| {
            lines
                .iter()
                .flatten()
                .map(|l| l.chars().count())
                .max()
                .unwrap_or(0) as f64
        };
        let left = MARGIN + longest(&row_lines) * CHAR + 10.0;
        let width = (left + CELL * (columns.len() + 1) as f64 + MARGIN).max(560.0);
        let mut shapes = Vec::new();
        let mut text = |x: f64, y: f64, line: String, size: f64, bold: bool, anchor: Anchor| {
            shapes.push(Shape::Text {
                x,
                y,
                text: line,
                size,
                bold,
                fill: "#16191f",
                anchor,
                degrees: 0.0,
            })
        };
        let mut y = MARGIN + 18.0;
        text(MARGIN, y, notes.title.clone(), 18.0, true, Anchor::Start);
        for line in wrap(&notes.counted, ((width - 2.0 * MARGIN) / CHAR) as usize) {
            y += LINE + 2.0;
            text(MARGIN, y, line, 12.0, false, Anchor::Start);
        }
        // Column names run upwards from the top of the cells, each wrapped name in columns.
        let header = longest(&column_lines) * CHAR + 12.0;
        let top = y + 16.0 + header;
        for (position, lines) in column_lines.iter().enumerate() {
            let x = left + CELL * position as f64;
            let count = lines.len() as f64;
            for (index, line) in lines.iter().enumerate() {
                shapes.push(Shape::Text {
                    x: x + CELL / 2.0 + (index as f64 - (count - 1.0) / 2.0) * 12.0 + 4.0,
                    y: top - 8.0,
                    text: line.clone(),
                    size: 11.0,
                    bold: false,
                    fill: "#16191f",
                    anchor: Anchor::Start,
                    degrees: -90.0,
                });
            }
            let bar = match self.columns[columns[position]].group {
                "USA" => Some(GROUP_COLOURS[0]),
                "FRA" => Some(GROUP_COLOURS[1]),
                _ => None,
            };
            if let Some(fill) = bar {
                shapes.push(Shape::Rect {
                    x: x + 1.0,
                    y: top - 5.0,
                    width: CELL - 2.0,
                    height: 4.0,
                    fill,
                });
            }
        }
        shapes.push(Shape::Text {
            x: left + CELL * columns.len() as f64 + CELL / 2.0 + 4.0,
            y: top - 8.0,
            text: notes.total.clone(),
            size: 11.0,
            bold: true,
            fill: "#16191f",
            anchor: Anchor::Start,
            degrees: -90.0,
        });
        let max = self.max_count();
        let mut y = top;
        for (&r, lines) in rows.iter().zip(&row_lines) {
            let height = CELL.max(lines.len() as f64 * LINE + 8.0);
            for (index, line) in lines.iter().enumerate() {
                shapes.push(Shape::Text {
                    x: left - 8.0,
                    y: y + 12.0 + LINE * index as f64 + (height - lines.len() as f64 * LINE) / 2.0,
                    text: line.clone(),
                    size: 12.0,
                    bold: false,
                    fill: "#16191f",
                    anchor: Anchor::End,
                    degrees: 0.0,
                });
            }
            for (position, &c) in columns.iter().enumerate() {
                let count = self.count(r, c);
                let (fill, ink) = HEAT[heat_level(count, max)];
                let x = left + CELL * position as f64;
                shapes.push(Shape::Rect {
                    x: x + 1.0,
                    y: y + 1.0,
                    width: CELL - 2.0,
                    height: height - 2.0,
                    fill,
                });
                if count > 0 {
                    shapes.push(Shape::Text {
                        x: x + CELL / 2.0,
                        y: y + height / 2.0 + 4.0,
                        text: count.to_string(),
                        size: 12.0,
                        bold: true,
                        fill: ink,
                        anchor: Anchor::Middle,
                        degrees: 0.0,
                    });
                }
            }
            shapes.push(Shape::Text {
                x: left + CELL * columns.len() as f64 + CELL / 2.0,
                y: y + height / 2.0 + 4.0,
                text: self.row_total(r).to_string(),
                size: 12.0,
                bold: true,
                fill: "#16191f",
                anchor: Anchor::Middle,
                degrees: 0.0,
            });
            y += height;
        }
        // The legend: what each colour counts, and the country bars.
        y += 26.0;
        let mut x = MARGIN;
        let mut legend_text = |x: f64, y: f64, line: String| {
            shapes.push(Shape::Text {
                x,
                y,
                text: line,
                size: 12.0,
                bold: false,
                fill: "#16191f",
                anchor: Anchor::Start,
                degrees: 0.0,
            })
        };
        legend_text(x, y, notes.scale.clone());
        y += 10.0;
        for (level, (low, high)) in heat_ranges(max).into_iter().enumerate() {
            let (fill, ink) = HEAT[level + 1];
            shapes.push(Shape::Rect {
                x,
                y,
                width: 44.0,
                height: 20.0,
                fill,
            });
            let label = if low == high {
                low.to_string()
            } else {
                format!("{low}–{high}")
            };
            shapes.push(Shape::Text {
                x: x + 22.0,
                y: y + 14.0,
                text: label,
                size: 11.0,
                bold: true,
                fill: ink,
                anchor: Anchor::Middle,
                degrees: 0.0,
            });
            x += 48.0;
        }
        y += 20.0;
        if self.columns_kind == Columns::Actors {
            y += 18.0;
            let mut x = MARGIN;
            for (fill, label) in GROUP_COLOURS.iter().zip(&notes.groups) {
                shapes.push(Shape::Rect {
                    x,
                    y: y - 9.0,
                    width: 24.0,
                    height: 5.0,
                    fill,
                });
                shapes.push(Shape::Text {
                    x: x + 30.0,
                    y,
                    text: label.clone(),
                    size: 12.0,
                    bold: false,
                    fill: "#16191f",
                    anchor: Anchor::Start,
                    degrees: 0.0,
                });
                x += 30.0 + label.chars().count() as f64 * CHAR + 20.0;
            }
        }
        for line in [&notes.source, &notes.date] {
            for line in wrap(line, ((width - 2.0 * MARGIN) / CHAR) as usize) {
                y += LINE + 4.0;
                shapes.push(Shape::Text {
                    x: MARGIN,
                    y,
                    text: line,
                    size: 11.0,
                    bold: false,
                    fill: "#4b5361",
                    anchor: Anchor::Start,
                    degrees: 0.0,
                });
            }
        }
        Picture {
            width,
            height: y + MARGIN,
            shapes,
        }
    }
}

/// The words around an exported matrix, in the reader's language.
#[derive(Clone, Debug, Default)]
pub struct Notes {
    pub title: String,
    pub counted: String,
    pub total: String,
    pub scale: String,
    /// The country bars' meaning: United States, France.
    pub groups: [String; 2],
    pub source: String,
    pub date: String,
}

/// The country bars of actor columns: United States, France (the screen's colours).
pub const GROUP_COLOURS: [&str; 2] = ["#1d4ea3", "#b0261c"];

/// The counts each palette level covers (levels 1 to 5) for a matrix whose largest count is
/// `max`; levels no count reaches are left out.
pub fn heat_ranges(max: usize) -> Vec<(usize, usize)> {
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    for count in 1..=max {
        let level = heat_level(count, max);
        match ranges.get_mut(level - 1) {
            Some(range) => range.1 = count,
            None => {
                while ranges.len() < level - 1 {
                    ranges.push((0, 0));
                }
                ranges.push((count, count));
            }
        }
    }
    ranges.retain(|&(low, _)| low > 0);
    ranges
}

fn group_rank(group: &str) -> u8 {
    match group {
        "USA" => 0,
        "FRA" => 1,
        _ => 2,
    }
}

/// A colour-blind-safe sequential palette (light to dark blue–purple), with a text colour of
/// at least 4.5:1 contrast on each; level 0 is "none".
pub const HEAT: [(&str, &str); 6] = [
    ("#f4f6f9", "#16191f"),
    ("#dbe7f5", "#16191f"),
    ("#a9c6e8", "#16191f"),
    ("#6a9fd4", "#0b0d12"),
    ("#2f6aaf", "#ffffff"),
    ("#1b3d7a", "#ffffff"),
];

/// Characters per line of a column's name in the table: in the view, and in a figure embed,
/// where the names take less height so that the figure fits 600 px.
pub const HEADER_LINE_CHARS: usize = 22;
pub const FIGURE_HEADER_LINE_CHARS: usize = 16;
/// The most lines a column's name takes: the style sheet sizes `.lines-1` to `.lines-8`.
pub const HEADER_MOST_LINES: usize = 8;

/// A column's name as the table shows it, running upwards: broken into lines here rather than
/// by the browser, and its header given the width of that many lines (its class). WebKit gives
/// a name that wraps while running upwards no width in a table cell, so in Safari the names
/// ran into each other.
pub fn header_lines(label: &str, line_chars: usize) -> (Vec<String>, String) {
    let lines = wrap(label, line_chars);
    let class = format!("vertical lines-{}", lines.len().min(HEADER_MOST_LINES));
    (lines, class)
}

/// The palette level of a count (0 for none, 1–5 by fifths of the maximum).
pub fn heat_level(count: usize, max: usize) -> usize {
    if count == 0 || max == 0 {
        0
    } else {
        (1 + (count - 1) * 5 / max.max(1)).min(5)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::{AreaId, InitiativeId};
    use crate::route::ColumnId;

    #[test]
    fn every_column_name_has_room_for_its_lines() {
        for kind in [Columns::Initiatives, Columns::Actors] {
            for column in Matrix::build(kind, &[]).columns {
                for (lang, chars) in Lang::ALL
                    .into_iter()
                    .flat_map(|lang| [(lang, HEADER_LINE_CHARS), (lang, FIGURE_HEADER_LINE_CHARS)])
                {
                    let name = column.label.get(lang);
                    let (lines, class) = header_lines(name, chars);
                    assert_eq!(lines.join(" "), name);
                    assert!(
                        lines.len() <= HEADER_MOST_LINES,
                        "{name}: {} lines, the style sheet sizes {HEADER_MOST_LINES}",
                        lines.len()
                    );
                    assert_eq!(class, format!("vertical lines-{}", lines.len()));
                }
            }
        }
    }

    #[test]
    fn counts_equal_the_evidence_behind_each_cell() {
        for kind in [Columns::Initiatives, Columns::Actors] {
            let matrix = Matrix::build(kind, &[]);
            for (r, row) in matrix.rows.iter().enumerate() {
                for (c, column) in matrix.columns.iter().enumerate() {
                    let commitments = data()
                        .commitments
                        .iter()
                        .filter(|m| {
                            m.area == row.id
                                && (m.initiative.as_deref() == Some(column.id)
                                    || (kind == Columns::Actors && m.actor == column.id))
                        })
                        .count();
                    let events = data()
                        .events
                        .iter()
                        .filter(|e| {
                            e.areas.iter().any(|a| a == row.id)
                                && match kind {
                                    Columns::Initiatives => {
                                        e.initiatives.iter().any(|i| i == column.id)
                                    }
                                    Columns::Actors => {
                                        e.participants.iter().any(|p| p == column.id)
                                    }
                                }
                        })
                        .count();
                    assert_eq!(
                        matrix.count(r, c),
                        commitments + events,
                        "{} × {}",
                        row.id,
                        column.id
                    );
                }
            }
            assert!(
                matrix
                    .columns
                    .iter()
                    .enumerate()
                    .all(|(c, _)| matrix.column_total(c) > 0),
                "no empty column"
            );
        }
    }

    #[test]
    fn the_space_dialogue_links_space_and_climate() {
        let matrix = Matrix::build(Columns::Initiatives, &[]);
        let (space, climate) = (
            matrix.row_index("space").unwrap(),
            matrix.row_index("climate").unwrap(),
        );
        let dialogue = matrix
            .column_index("comprehensive-dialogue-on-space")
            .unwrap();
        assert!(matrix.count(space, dialogue) >= 3);
        assert!(matrix.count(climate, dialogue) >= 2);
        let total: usize = (0..matrix.rows.len()).map(|r| matrix.row_total(r)).sum();
        let by_columns: usize = (0..matrix.columns.len())
            .map(|c| matrix.column_total(c))
            .sum();
        assert_eq!(total, by_columns);
    }

    #[test]
    fn sorting_rows_by_total_name_or_a_column() {
        let matrix = Matrix::build(Columns::Initiatives, &[]);
        let by_total = matrix.row_order(RowSort::Total, Lang::En);
        assert!(by_total
            .windows(2)
            .all(|w| matrix.row_total(w[0]) >= matrix.row_total(w[1])));
        let by_name = matrix.row_order(RowSort::Name, Lang::Fr);
        assert!(by_name
            .windows(2)
            .all(|w| matrix.rows[w[0]].label.fr <= matrix.rows[w[1]].label.fr));
        let column = matrix.column_index("paris-call").unwrap();
        let paris_call = ColumnId::Initiative(InitiativeId::parse("paris-call").unwrap());
        let by_column = matrix.row_order(RowSort::Column(paris_call), Lang::En);
        assert!(by_column
            .windows(2)
            .all(|w| matrix.count(w[0], column) >= matrix.count(w[1], column)));
        let actors = Matrix::build(Columns::Actors, &[]);
        assert_eq!(
            actors.row_order(RowSort::Column(paris_call), Lang::En),
            actors.row_order(RowSort::Total, Lang::En),
            "a column this matrix lacks falls back to totals"
        );
    }

    #[test]
    fn columns_sort_by_name_total_or_a_selected_row() {
        let matrix = Matrix::build(Columns::Initiatives, &[]);
        let by_total = matrix.column_order(ColumnOrder::Total, Lang::En);
        assert!(by_total
            .windows(2)
            .all(|w| matrix.column_total(w[0]) >= matrix.column_total(w[1])));
        let by_name = matrix.column_order(ColumnOrder::Name, Lang::En);
        assert!(by_name
            .windows(2)
            .all(|w| matrix.columns[w[0]].label.en <= matrix.columns[w[1]].label.en));
        let climate = matrix.row_index("climate").unwrap();
        let climate_id = AreaId::parse("climate").unwrap();
        let by_climate = matrix.column_order(ColumnOrder::Row(climate_id), Lang::En);
        assert!(by_climate
            .windows(2)
            .all(|w| matrix.count(climate, w[0]) >= matrix.count(climate, w[1])));
        assert!(matrix.count(climate, by_climate[0]) > 0);
    }

    #[test]
    fn actor_columns_are_split_by_country() {
        let matrix = Matrix::build(Columns::Actors, &[]);
        let order = matrix.column_order(ColumnOrder::Group, Lang::En);
        let groups: Vec<u8> = order
            .iter()
            .map(|&c| group_rank(matrix.columns[c].group))
            .collect();
        assert!(
            groups.windows(2).all(|w| w[0] <= w[1]),
            "United States, then France, then the others"
        );
        assert!(groups.contains(&0) && groups.contains(&1) && groups.contains(&2));
    }

    #[test]
    fn exports_hold_the_counts_and_escape_names() {
        let matrix = Matrix::build(Columns::Initiatives, &[]);
        let csv = matrix.to_csv(Lang::En);
        let parsed = lafayette_data::csv::parse(&csv).unwrap();
        assert_eq!(parsed.len(), matrix.rows.len() + 1);
        assert_eq!(parsed[0].fields.len(), matrix.columns.len() + 2);
        let rows = matrix.row_order(RowSort::Name, Lang::Fr);
        let columns = matrix.column_order(ColumnOrder::Name, Lang::Fr);
        let notes = Notes {
            title: "Matrice".into(),
            source: "Source : le jeu de données".into(),
            ..Notes::default()
        };
        let svg = matrix.picture(&rows, &columns, Lang::Fr, &notes).to_svg();
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains("Appel de Paris") && svg.contains("Source : le jeu de données"));
        // In the order shown: the first row by name comes first.
        let line = |r: usize| wrap(matrix.rows[rows[r]].label.fr.as_ref(), 30).remove(0);
        let at = |text: String| svg.find(&format!(">{text}<")).expect("the row's name");
        assert!(at(line(0)) < at(line(1)));
    }

    #[test]
    fn a_source_filter_keeps_only_the_evidence_that_source_supports() {
        let source = "state-cyber-dialogue-2020-01-22".to_string();
        let matrix = Matrix::build(Columns::Initiatives, std::slice::from_ref(&source));
        let all: Vec<&Evidence> = matrix.cells.iter().flatten().flatten().collect();
        assert!(!all.is_empty());
        for evidence in all {
            let (id, citations) = match evidence {
                Evidence::Commitment(c) => (&c.id, &c.citations),
                Evidence::Event(e) => (&e.id, &e.citations),
            };
            assert!(citations.iter().any(|c| c.source == source), "{id}");
        }
        assert!(
            matrix.column_index("space-climate-observatory").is_none(),
            "the 2020 release says nothing of the observatory"
        );
    }

    #[test]
    fn the_picture_keeps_whole_names() {
        let matrix = Matrix::build(Columns::Actors, &[]);
        let rows: Vec<usize> = (0..matrix.rows.len()).collect();
        let columns: Vec<usize> = (0..matrix.columns.len()).collect();
        let picture = matrix.picture(&rows, &columns, Lang::En, &Notes::default());
        let texts: String = picture
            .shapes
            .iter()
            .filter_map(|shape| match shape {
                Shape::Text { text, .. } => Some(format!("{text} ")),
                _ => None,
            })
            .collect();
        for column in &matrix.columns {
            for word in column.label.en.split_whitespace() {
                assert!(texts.contains(word), "{word} of {}", column.label.en);
            }
        }
    }

    #[test]
    fn the_legend_covers_every_count_once() {
        for max in [1, 2, 5, 9, 17] {
            let ranges = heat_ranges(max);
            let covered: Vec<usize> = ranges.iter().flat_map(|&(a, b)| a..=b).collect();
            assert_eq!(covered, (1..=max).collect::<Vec<_>>(), "{max}");
        }
    }

    #[test]
    fn heat_levels_spread_over_the_palette() {
        assert_eq!(heat_level(0, 9), 0);
        assert_eq!(heat_level(1, 9), 1);
        assert_eq!(heat_level(9, 9), 5);
        assert!((1..=9)
            .map(|n| heat_level(n, 9))
            .collect::<Vec<_>>()
            .windows(2)
            .all(|w| w[0] <= w[1]));
    }
}
