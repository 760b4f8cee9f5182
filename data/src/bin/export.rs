//! Writes the dataset's downloads (JSON, CSV per table, README) into `$TRUNK_STAGING_DIR/data`
//! (run by Trunk before each build), or into the folder given as the only argument.

use lafayette_data::export;
use std::path::{Path, PathBuf};

fn main() {
    let target = match std::env::args_os().nth(1) {
        Some(folder) => PathBuf::from(folder),
        None => PathBuf::from(
            std::env::var_os("TRUNK_STAGING_DIR").expect("TRUNK_STAGING_DIR or a folder argument"),
        )
        .join(export::FOLDER),
    };
    let dataset = Path::new(env!("CARGO_MANIFEST_DIR")).join("dataset");
    let data = lafayette_data::load::load(&dataset).unwrap_or_else(|problems| {
        eprintln!("{}", lafayette_data::problem::report(&problems));
        std::process::exit(1);
    });
    std::fs::create_dir_all(&target).expect("the downloads folder can be created");
    for (name, contents) in export::downloads(&data) {
        std::fs::write(target.join(&name), contents).expect("a download can be written");
    }
}
