//! `cargo xtask run NAME`: run one exercise and show what each step rebuilt.

use anyhow::Result;

use crate::catalogue;
use crate::error::CheckFailed;
use crate::paths;
use crate::results;
use crate::step_runner::{Progress, RunOptions};
use crate::table;

/// Runs an exercise by name or path; prints a table, or JSON with `json`.
pub fn run(exercise: &str, keep: bool, json: bool) -> Result<()> {
    let dir = catalogue::resolve(&paths::exercises_dir(), exercise)?;
    let options = RunOptions {
        progress: if json {
            Progress::Quiet
        } else {
            Progress::Show
        },
        stop_on_failure: false,
        instrument: true,
        observer: None,
        cancel: None,
    };
    if !json {
        eprintln!("Running {} in a scratch copy…", dir.display());
    }
    let (_plan, report, sandbox) = super::run_exercise(&dir, &options)?;
    let saved = results::save(&paths::results_dir(), &report)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        println!();
        print!("{}", table::render(&report));
        println!("report: {}", saved.display());
    }
    if keep {
        let kept = sandbox.keep();
        eprintln!("kept the scratch copy at {}", kept.display());
    }
    if report.passed() {
        Ok(())
    } else {
        Err(CheckFailed(format!(
            "{}: some steps did not behave as expected",
            report.exercise
        ))
        .into())
    }
}
