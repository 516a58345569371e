//! One module per `cargo xtask` command. Commands are thin: they find exercises, call
//! the stages, and print.

pub mod bench_book;
pub mod bench_measure;
pub mod bench_page;
pub mod bench_runner;
pub mod bless;
pub mod book;
pub mod check;
pub mod claims;
pub mod doctor;
pub mod hint;
pub mod list;
pub mod measure;
pub mod prefetch;
pub mod progress;
pub mod report;
pub mod reset;
pub mod run;
pub mod serve;
pub mod solution;
pub mod verify;
pub mod workshop;

use std::path::Path;

use anyhow::Result;

use crate::engine::plan::{self, Plan};
use crate::engine::report::Report;
use crate::engine::requirements;
use crate::engine::sandbox::Sandbox;
use crate::engine::step_runner::{self, RunOptions};
use crate::error::Skipped;

/// Loads the exercise in `dir`, runs it in a fresh sandbox and returns the plan, the
/// report and the sandbox (dropping the sandbox removes the scratch copy).
///
/// Fails with [`Skipped`] when the exercise needs a tool this machine lacks.
pub fn run_exercise(dir: &Path, options: &RunOptions) -> Result<(Plan, Report, Sandbox)> {
    run_plan(plan::load(dir)?, options)
}

/// Runs a loaded plan in a fresh sandbox, as [`run_exercise`] does.
///
/// Fails with [`Skipped`] when the exercise needs a tool this machine lacks.
pub fn run_plan(plan: Plan, options: &RunOptions) -> Result<(Plan, Report, Sandbox)> {
    let missing = requirements::missing(&plan.requires);
    if !missing.is_empty() {
        let what: Vec<String> = missing.iter().map(ToString::to_string).collect();
        return Err(Skipped(format!("{} {}", plan.name, what.join("; "))).into());
    }
    let sandbox = Sandbox::create(&plan.dir, &plan.name)?;
    let report = step_runner::run(&plan, &sandbox, options)?;
    Ok((plan, report, sandbox))
}
