//! The cooperation matrix: cooperation areas against initiatives or against actors, each cell
//! counting the evidence that links them (commitments, and events naming both), with sorting
//! and export. Plain Rust, tested natively.

use crate::dataset::data;
use crate::decimal::decimal;
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

    /// The matrix as a standalone SVG heatmap (text, not markup from data: names are escaped).
    pub fn to_svg(&self, lang: Lang) -> String {
        let (cell, left, top) = (28.0, 230.0, 200.0);
        let width = left + cell * self.columns.len() as f64 + 10.0;
        let height = top + cell * self.rows.len() as f64 + 10.0;
        let max = self.max_count().max(1) as f64;
        let mut svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" font-family=\"sans-serif\" font-size=\"11\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>",
            decimal(width, 0),
            decimal(height, 0)
        );
        for (c, column) in self.columns.iter().enumerate() {
            let x = left + cell * c as f64 + cell / 2.0;
            svg.push_str(&format!(
                "<text transform=\"translate({} {}) rotate(-60)\">{}</text>",
                decimal(x, 0),
                decimal(top - 6.0, 0),
                escape_xml(column.label.get(lang))
            ));
        }
        for (r, row) in self.rows.iter().enumerate() {
            let y = top + cell * r as f64;
            svg.push_str(&format!(
                "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
                decimal(left - 6.0, 0),
                decimal(y + cell * 0.65, 1),
                escape_xml(row.label.get(lang))
            ));
            for c in 0..self.columns.len() {
                let count = self.count(r, c);
                let x = left + cell * c as f64;
                let level = HEAT[heat_level(count, max as usize)];
                svg.push_str(&format!(
                    "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\" stroke=\"#fff\"/>",
                    decimal(x, 0),
                    decimal(y, 0),
                    decimal(cell, 0),
                    decimal(cell, 0),
                    level.0
                ));
                if count > 0 {
                    svg.push_str(&format!(
                        "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"{}\">{count}</text>",
                        decimal(x + cell / 2.0, 0),
                        decimal(y + cell * 0.65, 1),
                        level.1
                    ));
                }
            }
        }
        svg.push_str("</svg>");
        svg
    }
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

/// The palette level of a count (0 for none, 1–5 by fifths of the maximum).
pub fn heat_level(count: usize, max: usize) -> usize {
    if count == 0 || max == 0 {
        0
    } else {
        (1 + (count - 1) * 5 / max.max(1)).min(5)
    }
}

fn escape_xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::{AreaId, InitiativeId};
    use crate::route::ColumnId;

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
        let svg = matrix.to_svg(Lang::Fr);
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains("Appel de Paris"));
        assert_eq!(escape_xml("<a & \"b\">"), "&lt;a &amp; &quot;b&quot;&gt;");
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
