//! The committed record of measured timing claims (`measurements/claims.json`): what
//! `cargo xtask claims --record` measured for each claim, with the machine and the day.
//! The book renders every timing figure from it (`{{#claim NAME N}}`), so the prose and
//! the measurement cannot drift apart.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use crate::engine::plan::{Claim, Measure};
use crate::engine::report::Host;
use crate::engine::stats::Stats;

/// Where the record lives in a project.
pub fn path(root: &Path) -> PathBuf {
    root.join("measurements").join("claims.json")
}

/// Every measured claim.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Record {
    /// One entry per claim, sorted by exercise and claim number.
    pub claims: Vec<Measured>,
}

/// One claim as measured.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Measured {
    /// The exercise.
    pub exercise: String,
    /// The claim's number in its exercise, 1-based.
    pub number: usize,
    /// The claim as it stood when measured.
    pub claim: Claim,
    /// How many runs the medians are of.
    pub runs: usize,
    /// The faster step's values, one per run (seconds or bytes).
    pub faster: Vec<f64>,
    /// The slower step's values, one per run.
    pub slower: Vec<f64>,
    /// median(slower) / median(faster).
    pub ratio: f64,
    /// Whether the ratio met the claim's bounds.
    pub holds: bool,
    /// The day it was measured, `YYYY-MM-DD` (UTC).
    pub date: String,
    /// The machine and toolchain.
    pub host: Host,
}

impl Measured {
    /// The medians, minima and maxima of the faster and the slower step.
    pub fn stats(&self) -> (Stats, Stats) {
        (Stats::of(&self.faster), Stats::of(&self.slower))
    }

    /// Where and when, in words: `median of 5 runs on 2 cores, rustc 1.95.0, 2026-12-06`.
    pub fn provenance(&self) -> String {
        let rustc = self
            .host
            .rustc
            .split_whitespace()
            .take(2)
            .collect::<Vec<_>>()
            .join(" ");
        format!(
            "median of {} runs on {} cores, {}, {}, {}",
            self.runs, self.host.cpus, self.host.platform, rustc, self.date
        )
    }
}

/// A value as the book prints it: seconds with two decimals under ten, bytes in MB.
pub fn format_value(measure: Measure, value: f64) -> String {
    match measure {
        Measure::Size | Measure::Disk => format!("{:.1} MB", value / 1e6),
        _ if value < 10.0 => format!("{value:.2} s"),
        _ => format!("{value:.1} s"),
    }
}

/// A ratio as the book prints it: `2.86×`.
pub fn format_ratio(ratio: f64) -> String {
    if ratio < 10.0 {
        format!("{ratio:.2}×")
    } else {
        format!("{ratio:.1}×")
    }
}

impl Record {
    /// Reads the record; a missing file is an empty record.
    pub fn read(file: &Path) -> Result<Record> {
        match std::fs::read_to_string(file) {
            Ok(text) => serde_json::from_str(&text)
                .with_context(|| format!("cannot read the measured claims in {}", file.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Record::default()),
            Err(e) => Err(e).with_context(|| format!("cannot read {}", file.display())),
        }
    }

    /// Writes the record, sorted, as pretty JSON.
    pub fn write(&mut self, file: &Path) -> Result<()> {
        self.claims
            .sort_by(|a, b| (&a.exercise, a.number).cmp(&(&b.exercise, b.number)));
        if let Some(dir) = file.parent() {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("cannot create {}", dir.display()))?;
        }
        let mut json = serde_json::to_string_pretty(self)?;
        json.push('\n');
        crate::files::write_atomic(file, json.as_bytes())
    }

    /// Replaces every entry of the exercises in `measured` with the new ones.
    pub fn merge(&mut self, measured: Vec<Measured>) {
        let names: Vec<&str> = measured.iter().map(|m| m.exercise.as_str()).collect();
        self.claims
            .retain(|c| !names.contains(&c.exercise.as_str()));
        self.claims.extend(measured);
    }

    /// Removes every entry of `exercises`: for exercises that no longer state claims.
    pub fn forget(&mut self, exercises: &[String]) {
        self.claims.retain(|c| !exercises.contains(&c.exercise));
    }

    /// The measurement of claim `number` of `exercise`, if recorded.
    pub fn find(&self, exercise: &str, number: usize) -> Option<&Measured> {
        self.claims
            .iter()
            .find(|c| c.exercise == exercise && c.number == number)
    }

    /// Checks a recorded measurement against the claim the manifest states now: it
    /// must exist, be of the same claim, and bear it out.
    pub fn checked(&self, exercise: &str, number: usize, now: &Claim) -> Result<&Measured, String> {
        let again = format!("run `cargo xtask claims {exercise} --record` on a quiet machine");
        let Some(m) = self.find(exercise, number) else {
            return Err(format!(
                "claim {number} of `{exercise}` has no recorded measurement; {again}"
            ));
        };
        if &m.claim != now {
            return Err(format!(
                "claim {number} of `{exercise}` changed since it was measured; {again}"
            ));
        }
        if !m.holds {
            return Err(format!(
                "claim {number} of `{exercise}` did not hold when measured ({} against {}); \
                 fix the claim or the text that relies on it",
                format_ratio(m.ratio),
                m.claim.bound()
            ));
        }
        Ok(m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn measured(exercise: &str, number: usize, ratio: f64) -> Measured {
        Measured {
            exercise: exercise.into(),
            number,
            claim: Claim {
                text: "edit is faster".into(),
                measure: Measure::Time,
                faster: 3,
                slower: 1,
                at_least: 2.0,
                at_most: None,
            },
            runs: 5,
            faster: vec![0.1, 0.2, 0.3],
            slower: vec![0.5, 0.6, 0.7],
            ratio,
            holds: ratio >= 2.0,
            date: "2026-12-06".into(),
            host: Host {
                rustc: "rustc 1.95.0 (abc 2026-01-01)".into(),
                cargo: "cargo 1.95.0".into(),
                platform: "linux x86_64".into(),
                cpus: 2,
            },
        }
    }

    #[test]
    fn merging_replaces_an_exercises_entries_and_keeps_the_others() {
        let mut record = Record {
            claims: vec![
                measured("a", 1, 3.0),
                measured("a", 2, 3.0),
                measured("b", 1, 3.0),
            ],
        };
        record.merge(vec![measured("a", 1, 4.0)]);
        assert_eq!(record.claims.len(), 2);
        assert_eq!(record.find("a", 1).map(|m| m.ratio), Some(4.0));
        assert!(record.find("a", 2).is_none());
        assert!(record.find("b", 1).is_some());
    }

    #[test]
    fn forgetting_removes_only_the_named_exercises_entries() {
        let mut record = Record {
            claims: vec![measured("a", 1, 3.0), measured("b", 1, 3.0)],
        };
        record.forget(&["a".to_string()]);
        assert!(record.find("a", 1).is_none());
        assert!(record.find("b", 1).is_some());
    }

    #[test]
    fn a_claim_that_changed_or_did_not_hold_is_refused() {
        let record = Record {
            claims: vec![measured("a", 1, 3.0), measured("a", 2, 1.5)],
        };
        let now = record.claims[0].claim.clone();
        assert!(record.checked("a", 1, &now).is_ok());
        let mut changed = now.clone();
        changed.at_least = 4.0;
        assert!(
            record
                .checked("a", 1, &changed)
                .unwrap_err()
                .contains("changed")
        );
        assert!(
            record
                .checked("a", 2, &now)
                .unwrap_err()
                .contains("did not hold")
        );
        assert!(
            record
                .checked("a", 3, &now)
                .unwrap_err()
                .contains("no recorded")
        );
    }

    #[test]
    fn values_and_provenance_read_as_the_book_prints_them() {
        let m = measured("a", 1, 2.857);
        assert_eq!(format_ratio(m.ratio), "2.86×");
        assert_eq!(format_value(Measure::Time, 0.134), "0.13 s");
        assert_eq!(format_value(Measure::Time, 12.74), "12.7 s");
        assert_eq!(format_value(Measure::Size, 7_700_000.0), "7.7 MB");
        assert_eq!(
            m.provenance(),
            "median of 5 runs on 2 cores, linux x86_64, rustc 1.95.0, 2026-12-06"
        );
    }
}
