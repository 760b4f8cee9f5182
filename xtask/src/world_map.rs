//! The supporters map's shapes, public/world-map.txt, from Natural Earth's 1:50m countries as
//! the npm package `world-atlas` publishes them (TopoJSON, public domain): each country
//! projected once here (Equal Earth) and written as a relative SVG path at whole units of a
//! 1,000-unit-wide map, so the app draws it without geometry code or a second copy of the data.
//!
//! Lines: `viewBox 0 0 1000 <height>`, then one per country: `<ISO3>\t<x>,<y>\t<path>`, the
//! point being where a marker goes (the middle of its largest ring) and ISO3 empty where
//! Natural Earth gives no code (Kosovo, Northern Cyprus, Somaliland).

use crate::process::Result;
use serde_json::Value;
use std::collections::HashMap;
use std::fmt::Write;
use std::path::Path;

/// The file's name, in public/ and beside the built page.
pub const MAP_FILE: &str = "world-map.txt";
const WIDTH: f64 = 1000.0;
/// Antarctica: no supporter, and a fifth of the map's height.
const LEFT_OUT: &str = "010";

/// Equal Earth (Šavrič, Patterson, Jenny 2018): areas true, so countries compare fairly.
fn equal_earth(longitude: f64, latitude: f64) -> (f64, f64) {
    const A1: f64 = 1.340264;
    const A2: f64 = -0.081106;
    const A3: f64 = 0.000893;
    const A4: f64 = 0.003796;
    let m = 3f64.sqrt() / 2.0;
    let (lambda, phi) = (longitude.to_radians(), latitude.to_radians());
    let theta = (m * phi.sin()).asin();
    let t2 = theta * theta;
    let t6 = t2 * t2 * t2;
    let x = lambda * theta.cos() / (m * (A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2)));
    let y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    (x, y)
}

/// Map units per projected unit: the whole longitude range fills `WIDTH`.
fn scale() -> f64 {
    WIDTH / (2.0 * equal_earth(180.0, 0.0).0)
}

/// A ring that runs along the 180th meridian jumps from one edge of the map to the other
/// (Russia's Chukotka, Fiji): split it there into pieces, each on one side, so that no line
/// crosses the whole map.
fn split_at_antimeridian(ring: Vec<(f64, f64)>) -> Vec<Vec<(f64, f64)>> {
    let jumps: Vec<usize> = (1..ring.len())
        .filter(|&i| (ring[i].0 - ring[i - 1].0).abs() > WIDTH / 2.0)
        .collect();
    let Some(&first) = jumps.first() else {
        return vec![ring];
    };
    // Start at the first jump, so that each piece runs from one jump to the next.
    let mut rotated = ring[first..].to_vec();
    rotated.extend_from_slice(&ring[1..first]);
    let mut pieces = vec![Vec::new()];
    for (i, point) in rotated.iter().enumerate() {
        if i > 0 && (point.0 - rotated[i - 1].0).abs() > WIDTH / 2.0 {
            pieces.push(Vec::new());
        }
        pieces.last_mut().expect("one piece at least").push(*point);
    }
    pieces
}

/// A ring's bounding box.
struct Bounds {
    left: f64,
    right: f64,
    top: f64,
    bottom: f64,
}

impl Bounds {
    fn area(&self) -> f64 {
        (self.right - self.left) * (self.bottom - self.top)
    }

    fn middle(&self) -> (f64, f64) {
        (
            (self.left + self.right) / 2.0,
            (self.top + self.bottom) / 2.0,
        )
    }
}

fn bounds(points: &[(f64, f64)]) -> Bounds {
    points.iter().fold(
        Bounds {
            left: f64::MAX,
            right: f64::MIN,
            top: f64::MAX,
            bottom: f64::MIN,
        },
        |b, &(x, y)| Bounds {
            left: b.left.min(x),
            right: b.right.max(x),
            top: b.top.min(y),
            bottom: b.bottom.max(y),
        },
    )
}

/// The file's text from the TopoJSON `topology` and CLDR's numeric → alpha-3 `codes`.
fn from_topology(topology: &Value, codes: &HashMap<String, String>) -> Result<String> {
    let transform = &topology["transform"];
    let number = |v: &Value| v.as_f64().ok_or("world-atlas: a number expected");
    let (kx, ky) = (
        number(&transform["scale"][0])?,
        number(&transform["scale"][1])?,
    );
    let (tx, ty) = (
        number(&transform["translate"][0])?,
        number(&transform["translate"][1])?,
    );
    let scale = scale();
    // Each arc's points, in map units (y downwards from the equator; shifted below).
    let arcs: Vec<Vec<(f64, f64)>> = topology["arcs"]
        .as_array()
        .ok_or("world-atlas: no arcs")?
        .iter()
        .map(|arc| {
            let (mut x, mut y) = (0.0, 0.0);
            arc.as_array()
                .into_iter()
                .flatten()
                .map(|delta| {
                    x += delta[0].as_f64().unwrap_or_default();
                    y += delta[1].as_f64().unwrap_or_default();
                    let (px, py) = equal_earth(x * kx + tx, y * ky + ty);
                    (WIDTH / 2.0 + px * scale, -py * scale)
                })
                .collect()
        })
        .collect();
    let ring = |indices: &Value| -> Vec<(f64, f64)> {
        let mut points = Vec::new();
        for index in indices.as_array().into_iter().flatten() {
            let index = index.as_i64().unwrap_or_default();
            let arc = &arcs[if index < 0 { !index } else { index } as usize];
            let ordered: Vec<(f64, f64)> = if index < 0 {
                arc.iter().rev().copied().collect()
            } else {
                arc.clone()
            };
            // Each arc starts where the one before it ended.
            let skip = usize::from(!points.is_empty());
            points.extend(ordered.into_iter().skip(skip));
        }
        points
    };
    let mut countries: Vec<(String, Vec<Vec<(f64, f64)>>)> = Vec::new();
    for geometry in topology["objects"]["countries"]["geometries"]
        .as_array()
        .ok_or("world-atlas: no countries")?
    {
        let id = geometry["id"].as_str().unwrap_or_default();
        if id == LEFT_OUT {
            continue;
        }
        let polygons: Vec<&Value> = match geometry["type"].as_str() {
            Some("Polygon") => vec![&geometry["arcs"]],
            Some("MultiPolygon") => geometry["arcs"].as_array().into_iter().flatten().collect(),
            _ => continue,
        };
        let rings: Vec<Vec<(f64, f64)>> = polygons
            .iter()
            .flat_map(|polygon| polygon.as_array().into_iter().flatten().map(ring))
            .flat_map(split_at_antimeridian)
            .collect();
        let iso3 = codes.get(id).cloned().unwrap_or_default();
        // One line per country: territories that share its code join it (Australia's).
        match countries
            .iter_mut()
            .find(|(known, _)| !iso3.is_empty() && *known == iso3)
        {
            Some((_, known)) => known.extend(rings),
            None => countries.push((iso3, rings)),
        }
    }
    let all: Vec<(f64, f64)> = countries
        .iter()
        .flat_map(|(_, rings)| rings.iter().flatten().copied())
        .collect();
    let Bounds { top, bottom, .. } = bounds(&all);
    let mut out = format!(
        "viewBox 0 0 {} {}\n",
        WIDTH as i64,
        (bottom - top).ceil() as i64
    );
    for (iso3, rings) in &countries {
        let mut path = String::new();
        // The marker goes in the middle of the largest ring (the mainland, not an island).
        let middle = rings
            .iter()
            .map(|ring| bounds(ring))
            .max_by(|a, b| a.area().total_cmp(&b.area()))
            .map_or((0.0, 0.0), |b| b.middle());
        for ring in rings {
            let mut kept: Vec<(i64, i64)> = Vec::with_capacity(ring.len());
            for point in ring
                .iter()
                .map(|(x, y)| (x.round() as i64, (y - top).round() as i64))
            {
                if kept.last() != Some(&point) {
                    kept.push(point);
                }
            }
            if kept.len() < 4 {
                continue; // Smaller than a unit: the marker stands for it.
            }
            let (first, rest) = kept.split_first().expect("four points");
            write!(path, "M{} {}l", first.0, first.1).expect("a String");
            let mut previous = *first;
            for &(x, y) in rest {
                write!(path, "{} {} ", x - previous.0, y - previous.1).expect("a String");
                previous = (x, y);
            }
            path.pop();
            path.push('z');
        }
        let (x, y) = (middle.0.round() as i64, (middle.1 - top).round() as i64);
        writeln!(out, "{iso3}\t{x},{y}\t{path}").expect("a String");
    }
    Ok(out)
}

/// The file's text from the package's 1:50m countries.
pub fn generate(package: &Path, codes: &HashMap<String, String>) -> Result<String> {
    let path = package.join("countries-50m.json");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let topology: Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    from_topology(&topology, codes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_earth_keeps_the_equator_straight_and_the_poles_flat() {
        assert_eq!(equal_earth(0.0, 0.0), (0.0, 0.0));
        let (x, _) = equal_earth(180.0, 0.0);
        assert!((x - 2.7066).abs() < 1e-3, "{x}");
        let (pole_x, pole_y) = equal_earth(180.0, 90.0);
        assert!((pole_y - 1.3173).abs() < 1e-3, "{pole_y}");
        assert!(pole_x > 1.0, "a flat pole, not a point: {pole_x}");
        assert!(equal_earth(10.0, 45.0).1 > 0.0 && equal_earth(10.0, -45.0).1 < 0.0);
    }

    #[test]
    fn a_ring_across_the_180th_meridian_is_split_into_one_piece_per_side() {
        let ring = vec![
            (990.0, 10.0),
            (1000.0, 10.0),
            (0.0, 12.0),
            (10.0, 12.0),
            (10.0, 20.0),
            (0.0, 20.0),
            (1000.0, 18.0),
            (990.0, 18.0),
            (990.0, 10.0),
        ];
        let pieces = split_at_antimeridian(ring);
        assert_eq!(pieces.len(), 2, "{pieces:?}");
        for piece in &pieces {
            let (left, right) = (
                piece.iter().all(|p| p.0 < 500.0),
                piece.iter().all(|p| p.0 > 500.0),
            );
            assert!(left || right, "{piece:?}");
        }
        assert_eq!(
            pieces.iter().map(Vec::len).sum::<usize>(),
            8,
            "no point lost"
        );
        assert_eq!(split_at_antimeridian(vec![(1.0, 1.0), (2.0, 2.0)]).len(), 1);
    }

    #[test]
    fn a_topology_becomes_relative_paths_with_a_point_per_country() {
        // Two arcs sharing a border: a square of 10° split in two.
        let topology = serde_json::json!({
            "transform": {"scale": [1.0, 1.0], "translate": [0.0, 0.0]},
            "arcs": [[[0, 0], [0, 10]], [[0, 10], [10, 0], [0, -10], [-10, 0]]],
            "objects": {"countries": {"geometries": [
                {"type": "Polygon", "arcs": [[0, 1]], "id": "504"},
                {"type": "Polygon", "arcs": [[-1]], "id": "010"}
            ]}}
        });
        let codes = HashMap::from([("504".to_string(), "MAR".to_string())]);
        let map = from_topology(&topology, &codes).unwrap();
        let lines: Vec<&str> = map.lines().collect();
        assert!(lines[0].starts_with("viewBox 0 0 1000 "), "{map}");
        assert_eq!(lines.len(), 2, "Antarctica left out: {map}");
        let fields: Vec<&str> = lines[1].split('\t').collect();
        assert_eq!(fields[0], "MAR");
        assert!(
            fields[2].starts_with("M500 ") && fields[2].ends_with('z'),
            "{map}"
        );
        // The ring closes on itself: its moves add up to nothing.
        let moves: Vec<i64> = fields[2]
            .split_once('l')
            .unwrap()
            .1
            .trim_end_matches('z')
            .split(' ')
            .map(|n| n.parse().unwrap())
            .collect();
        assert_eq!(moves.iter().step_by(2).sum::<i64>(), 0);
        assert_eq!(moves.iter().skip(1).step_by(2).sum::<i64>(), 0);
    }
}
