//! A problem found in the data files, named by file, record and field.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    /// Which record: `#3 (id "paris-call-launch")` in a JSON file, `line 12 (Albania)` in a CSV file.
    pub record: String,
    /// The field's path inside the record, e.g. `when.date` or `citations[0].source`.
    pub field: String,
    pub message: String,
}

impl Problem {
    pub fn new(
        file: &str,
        record: impl Into<String>,
        field: impl Into<String>,
        message: impl Into<String>,
    ) -> Problem {
        Problem {
            file: file.to_string(),
            record: record.into(),
            field: field.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}: field `{}`: {}",
            self.file, self.record, self.field, self.message
        )
    }
}

/// All problems, one per line, with a count first.
pub fn report(problems: &[Problem]) -> String {
    let mut out = format!("the dataset has {} problem(s):\n", problems.len());
    for problem in problems {
        out.push_str(&format!("  - {problem}\n"));
    }
    out
}
