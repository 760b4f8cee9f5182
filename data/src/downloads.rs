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
pub const TABLES: [&str; 13] = [
    "sources.csv",
    "events.csv",
    "actors.csv",
    "initiatives.csv",
    "areas.csv",
    "commitments.csv",
    "citations.csv",
    "countries.csv",
    "supporters.csv",
    "principles.csv",
    "supporter_counts.csv",
    "forum_editions.csv",
    "changelog.csv",
];
