//! `report`: one machine's results, every experiment's step times with their
//! compile/link split and what rebuilt, as JSON (to collect) and as one self-contained
//! HTML page; and `report --compare`, several machines side by side.

pub mod charts;
pub mod collect;
pub mod compare;
pub mod html;

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::engine::report::Report;
use crate::instructor::machine::Machine;

/// The version of the JSON layout, so `--compare` can refuse files it cannot read.
pub const FORMAT: u32 = 1;

/// One machine's report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MachineReport {
    /// [`FORMAT`].
    pub format: u32,
    /// When it was made (RFC 3339, UTC).
    pub created_at: String,
    /// The machine.
    pub machine: Machine,
    /// Every experiment, in the book's order.
    pub experiments: Vec<Experiment>,
}

/// One experiment's results on the machine.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Experiment {
    /// The exercise's name.
    pub name: String,
    /// Its title.
    pub title: String,
    /// Its chapter.
    pub chapter: String,
    /// Why it has no results here (a missing tool, not run yet), or `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skipped: Option<String>,
    /// Whether every step met its expectations.
    pub passed: bool,
    /// Its cargo steps (the changes between them take no time worth charting).
    pub steps: Vec<Step>,
    /// The learner's saved prediction on this machine, scored against this run, one
    /// entry per question (empty: no prediction, or skipped).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub predicted: Vec<crate::learner::predictions::InWords>,
}

/// One cargo step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// The step's number in the exercise.
    pub number: usize,
    /// Its label.
    pub label: String,
    /// Wall time of the step, in seconds.
    pub seconds: f64,
    /// Seconds in rustc, summed over the crates (they may overlap in time).
    pub compile_seconds: f64,
    /// Seconds in the linker.
    pub link_seconds: f64,
    /// The packages it compiled, sorted.
    pub compiled: Vec<String>,
    /// How many units stayed fresh.
    pub fresh: usize,
}

impl Experiment {
    /// The results of one run.
    pub fn from_report(report: &Report) -> Experiment {
        let steps = report
            .steps
            .iter()
            .filter_map(|s| {
                let cargo = s.cargo.as_ref()?;
                Some(Step {
                    number: s.number,
                    label: s.label.clone(),
                    seconds: s.seconds,
                    // `+ 0.0` turns the empty sum's -0.0 into 0.0.
                    compile_seconds: cargo.timings.iter().map(|t| t.compile_seconds).sum::<f64>()
                        + 0.0,
                    link_seconds: cargo.link_seconds() + 0.0,
                    compiled: cargo.compiled_packages().into_iter().collect(),
                    fresh: cargo.units.iter().filter(|u| u.fresh).count(),
                })
            })
            .collect();
        Experiment {
            name: report.exercise.clone(),
            title: report.title.clone(),
            chapter: report.chapter.clone(),
            skipped: None,
            passed: report.steps.iter().all(|s| s.passed()),
            steps,
            predicted: Vec::new(),
        }
    }

    /// The same, with the prediction saved under `results` for it, scored against
    /// the report (the plan is read from `exercises`).
    pub fn with_prediction(
        mut self,
        report: &Report,
        results: &Path,
        exercises: &Path,
    ) -> Experiment {
        let prediction = crate::learner::predictions::load(results, &self.name)
            .ok()
            .flatten();
        let plan = crate::engine::plan::load(&exercises.join(&self.name)).ok();
        if let (Some(p), Some(plan)) = (prediction, plan) {
            self.predicted = crate::learner::predictions::in_words(&p, &plan, report);
        }
        self
    }

    /// An experiment without results, and why.
    pub fn skipped(name: &str, title: &str, chapter: &str, why: &str) -> Experiment {
        Experiment {
            name: name.into(),
            title: title.into(),
            chapter: chapter.into(),
            skipped: Some(why.into()),
            passed: false,
            steps: Vec::new(),
            predicted: Vec::new(),
        }
    }

    /// Wall time of all its cargo steps.
    pub fn seconds(&self) -> f64 {
        self.steps.iter().map(|s| s.seconds).sum()
    }
}

/// Reads a report written by `report` (for `--compare`), with a clear error for a file
/// that is not one.
pub fn load(file: &Path) -> anyhow::Result<MachineReport> {
    use anyhow::Context;
    let text =
        std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    let report: MachineReport = serde_json::from_str(&text).map_err(|e| {
        crate::error::InputError::new(format!(
            "{} is not a report written by `cargo xtask report` ({e})",
            file.display()
        ))
    })?;
    if report.format != FORMAT {
        return Err(crate::error::InputError::new(format!(
            "{} has report format {}, this lab reads format {FORMAT}: make both reports with the same lab",
            file.display(),
            report.format
        ))
        .into());
    }
    Ok(report)
}
