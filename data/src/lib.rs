//! The Lafayette dataset: its types (always), and with the `build` feature the loader,
//! validator and Rust code generator that the app's build script runs.

pub mod csv;
pub mod date;
pub mod downloads;
pub mod folding;
pub mod follow_through;
pub mod model;
pub mod supporter_rows;

#[cfg(feature = "build")]
pub mod export;
#[cfg(feature = "build")]
pub mod load;
#[cfg(feature = "build")]
pub mod problem;
#[cfg(feature = "build")]
pub mod rust_code;
#[cfg(feature = "build")]
pub mod validate;

pub use model::*;

/// FNV-1a: a stable fingerprint for a file name (not a security hash).
pub fn fingerprint(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Where the quotes could be checked against the seed documents.
#[cfg(feature = "build")]
#[derive(Debug, PartialEq, Eq)]
pub enum QuoteCheck {
    Checked { citations: usize },
    Skipped { reason: String },
}

/// Loads and validates the dataset in `dir`; checks quotes against `seeds` when that folder exists.
/// The error lists every problem, each naming its file, record and field.
#[cfg(feature = "build")]
pub fn load_valid(
    dir: &std::path::Path,
    seeds: &std::path::Path,
) -> Result<(Dataset, QuoteCheck), String> {
    let data = load::load(dir).map_err(|problems| problem::report(&problems))?;
    let mut problems = validate::validate(&data);
    let quote_check = if seeds.is_dir() {
        problems.extend(validate::check_quotes(&data, seeds));
        QuoteCheck::Checked {
            citations: validate::all_citations(&data).len(),
        }
    } else {
        QuoteCheck::Skipped {
            reason: format!(
                "{} not found: quotes were not checked against the seeds",
                seeds.display()
            ),
        }
    };
    if problems.is_empty() {
        Ok((data, quote_check))
    } else {
        Err(problem::report(&problems))
    }
}
