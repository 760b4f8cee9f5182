//! The names of the dataset's downloads, shared by the build that writes them
//! (`export.rs`) and the app that links to them.

/// The folder of the downloads inside dist/.
pub const FOLDER: &str = "data";
pub const JSON_FILE: &str = "lafayette-dataset.json";
pub const README_FILE: &str = "README.md";

/// The whole app as one HTML file (written by `cargo xtask post-build`, Trunk's post-build
/// hook, into dist/ beside index.html).
pub const OFFLINE_PAGE: &str = "lafayette-offline.html";

/// One CSV file per table.
pub const TABLES: [&str; 14] = [
    "sources.csv",
    "events.csv",
    "actors.csv",
    "initiatives.csv",
    "areas.csv",
    "commitments.csv",
    "citations.csv",
    "countries.csv",
    "regions.csv",
    "supporters.csv",
    "principles.csv",
    "supporter_counts.csv",
    "forum_editions.csv",
    "changelog.csv",
];

/// The columns of regions.csv, in the dataset folder and in the downloads alike
/// (`cargo xtask geography` writes the first).
pub const REGION_COLUMNS: [&str; 8] = [
    "iso3",
    "placed_by",
    "region",
    "region_name_en",
    "region_name_fr",
    "subregion",
    "subregion_name_en",
    "subregion_name_fr",
];
