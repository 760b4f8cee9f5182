//! Validates the dataset and embeds it as Rust statics (`$OUT_DIR/dataset.rs`).
//! A broken dataset fails the build with every problem listed by file, record and field.

use std::path::Path;

fn main() {
    let dataset = Path::new("data/dataset");
    // The seeds sit beside the repository; when present, every quote is checked against them.
    let seeds = Path::new("../shared/seeds");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=data/dataset");
    println!("cargo:rerun-if-changed=../shared/seeds");
    let (mut data, quotes) = match lafayette_data::load_valid(dataset, seeds) {
        Ok(valid) => valid,
        Err(report) => {
            eprintln!("error: {report}");
            std::process::exit(1);
        }
    };
    if let lafayette_data::QuoteCheck::Skipped { reason } = quotes {
        println!("cargo:warning={reason}");
    }
    // The supporters go in a file of compact rows (see lafayette_data::supporter_rows) that
    // the app loads when a view needs them; the rest goes in as struct literals.
    let supporters = std::mem::take(&mut data.supporters);
    let rows = lafayette_data::supporter_rows::encode(&supporters).unwrap_or_else(|problem| {
        eprintln!("error: data/dataset/supporters.csv: {problem}");
        std::process::exit(1);
    });
    let read = lafayette_data::supporter_rows::decode(rows.clone().leak());
    assert_eq!(
        read.as_deref(),
        Ok(&supporters[..]),
        "supporter rows must read back as written"
    );
    let states = supporters
        .iter()
        .filter(|s| s.category == lafayette_data::Category::State)
        .count();
    let code = lafayette_data::rust_code::to_rust(&data)
        .expect("the dataset's types all have a Rust form");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_path_buf();
    std::fs::write(out.join("supporter-rows.txt"), &rows).expect("OUT_DIR is writable");
    std::fs::write(
        out.join("dataset.rs"),
        format!(
            "const WITHOUT_SUPPORTERS: Dataset = {code};\n\
             /// Where the app finds the supporters' rows, beside its page.\n\
             pub const SUPPORTER_ROWS_FILE: &str = {:?};\n\
             /// How many supporters the rows hold, all and states, for views that only count them.\n\
             pub const SUPPORTER_TOTALS: (usize, usize) = ({}, {states});\n",
            lafayette_data::supporter_rows::file_name(&rows),
            supporters.len(),
        ),
    )
    .expect("OUT_DIR is writable");
    // Reading order of each document's quotes; empty (record order) when the seeds are absent.
    let positions = lafayette_data::validate::quote_positions(&data, seeds);
    let entries: Vec<String> = positions
        .iter()
        .map(|(source, quote, at)| format!("({source:?}, {quote:?}, {at})"))
        .collect();
    let table = format!(
        "pub static QUOTE_POSITIONS: &[(&str, &str, usize)] = &[{}];\n",
        entries.join(",")
    );
    std::fs::write(out.join("quote_positions.rs"), table).expect("OUT_DIR is writable");
}
