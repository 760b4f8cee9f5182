//! Running commands with visible progress, and adding up the tests they report.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

pub type Result<T = ()> = std::result::Result<T, String>;

/// Prints a step so a long set-up or test run shows where it is.
pub fn step(message: &str) {
    println!("\n==> {message}");
}

fn describe(command: &Command) -> String {
    let mut line = command.get_program().to_string_lossy().into_owned();
    for arg in command.get_args() {
        line.push(' ');
        line.push_str(&arg.to_string_lossy());
    }
    line
}

/// Runs a command with its output shown as it comes; fails if it fails.
pub fn run(command: &mut Command) -> Result {
    let line = describe(command);
    let status = command
        .status()
        .map_err(|error| format!("could not start `{line}`: {error}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{line}` failed ({status})"))
    }
}

/// Runs a command and returns its standard output, or None when it cannot run or fails.
pub fn output(command: &mut Command) -> Option<String> {
    let output = command.stderr(Stdio::null()).output().ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

/// The tests counted over a whole run, from cargo's `test result:` lines.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    pub passed: u64,
    pub failed: u64,
    pub ignored: u64,
}

impl Tally {
    /// Adds a `test result: ok. 12 passed; 0 failed; 1 ignored; ...` line; other lines add nothing.
    pub fn add_line(&mut self, line: &str) {
        let Some(rest) = line.trim_start().strip_prefix("test result:") else {
            return;
        };
        for part in rest.split(';') {
            let words: Vec<&str> = part.split_whitespace().collect();
            let count = |name: &str| {
                words
                    .iter()
                    .position(|w| *w == name)
                    .and_then(|i| i.checked_sub(1))
                    .and_then(|i| words[i].parse::<u64>().ok())
            };
            if let Some(n) = count("passed") {
                self.passed += n;
            }
            if let Some(n) = count("failed") {
                self.failed += n;
            }
            if let Some(n) = count("ignored") {
                self.ignored += n;
            }
        }
    }

    /// The closing line CI reads.
    pub fn summary(&self) -> String {
        format!(
            "{} passed, {} failed, {} skipped",
            self.passed, self.failed, self.ignored
        )
    }
}

/// Runs a test command, echoing its output and counting what it reports.
pub fn run_tests(command: &mut Command, tally: &mut Tally) -> Result {
    let line = describe(command);
    let mut child = command
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|error| format!("could not start `{line}`: {error}"))?;
    let stdout = child.stdout.take().expect("stdout is piped");
    let before = *tally;
    for text in BufReader::new(stdout)
        .lines()
        .map_while(std::result::Result::ok)
    {
        println!("{text}");
        tally.add_line(&text);
    }
    let status = child
        .wait()
        .map_err(|error| format!("`{line}` did not finish: {error}"))?;
    if !status.success() {
        return Err(format!("`{line}` failed ({status})"));
    }
    if tally.passed == before.passed {
        return Err(format!("`{line}` ran no test"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_cargo_result_lines() {
        let mut tally = Tally::default();
        tally.add_line("test result: ok. 12 passed; 0 failed; 1 ignored; 0 measured; 0 filtered out; finished in 0.01s");
        tally.add_line(
            "test result: FAILED. 3 passed; 2 failed; 0 ignored; 0 measured; 0 filtered out",
        );
        tally.add_line("test parse_works ... ok");
        tally.add_line("running 5 tests");
        assert_eq!(
            tally,
            Tally {
                passed: 15,
                failed: 2,
                ignored: 1
            }
        );
        assert_eq!(tally.summary(), "15 passed, 2 failed, 1 skipped");
    }
}
