//! The one door into the engine: check that the machine has what an exercise needs,
//! make a fresh scratch copy, run every step, and hand back the plan, the report and
//! the copy. Everything that runs an exercise (commands, the page server, the
//! instructor kit) comes through here.

use std::path::Path;

use anyhow::Result;

use super::plan::{self, Plan};
use super::report::Report;
use super::requirements;
use super::sandbox::Sandbox;
use super::step_runner::{self, RunOptions};

/// How a run went, when the runner itself did not fail.
pub enum Run {
    /// Every step ran (its expectations are in the report).
    Done(Box<Done>),
    /// Nothing ran: the machine lacks a tool the exercise needs.
    Skipped(Missing),
}

/// A finished run.
pub struct Done {
    /// The plan run.
    pub plan: Plan,
    /// What happened.
    pub report: Report,
    /// The scratch copy; dropping it removes the copy.
    pub sandbox: Sandbox,
}

/// What an exercise needs that this machine lacks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missing {
    /// The exercise.
    pub exercise: String,
    /// Each missing tool, with how to get it.
    pub needs: Vec<String>,
}

impl std::fmt::Display for Missing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.exercise, self.needs.join("; "))
    }
}

impl Missing {
    /// As the error the commands report a skip with.
    pub fn into_error(self) -> anyhow::Error {
        crate::error::Skipped(self.to_string()).into()
    }
}

impl Run {
    /// The finished run, or the skip as a [`crate::error::Skipped`] error, for callers
    /// that report skips as the commands do.
    pub fn done(self) -> Result<Done> {
        match self {
            Run::Done(done) => Ok(*done),
            Run::Skipped(missing) => Err(missing.into_error()),
        }
    }
}

/// What `requires` names that this machine lacks, if anything.
pub fn missing(name: &str, requires: &[String]) -> Option<Missing> {
    let missing = requirements::missing(requires);
    (!missing.is_empty()).then(|| Missing {
        exercise: name.to_string(),
        needs: missing.iter().map(ToString::to_string).collect(),
    })
}

/// Runs a loaded plan in a fresh scratch copy.
pub fn run(plan: Plan, options: &RunOptions) -> Result<Run> {
    if let Some(m) = missing(&plan.name, &plan.requires) {
        return Ok(Run::Skipped(m));
    }
    let sandbox = Sandbox::create(&plan.dir, &plan.name)?;
    let report = step_runner::run(&plan, &sandbox, options)?;
    Ok(Run::Done(Box::new(Done {
        plan,
        report,
        sandbox,
    })))
}

/// Loads the exercise in `dir` and runs it, as [`run`] does.
pub fn run_dir(dir: &Path, options: &RunOptions) -> Result<Run> {
    run(plan::load(dir)?, options)
}
