//! `cargo xtask measure --path DIR`: the edit-build loop of the learner's own project.

use std::path::PathBuf;

use anyhow::Result;

use crate::engine::step_runner::Progress;
use crate::error::CheckFailed;
use crate::measure::{self, Options};

/// What `measure` measures.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MeasureArgs {
    /// The project's directory; the current directory when not given.
    pub path: Option<PathBuf>,
    /// Files to touch.
    pub touch: Vec<PathBuf>,
    /// Files to edit.
    pub edit: Vec<PathBuf>,
    /// `-p NAME`.
    pub package: Option<String>,
    /// `--bin NAME`.
    pub bin: Option<String>,
    /// `cargo check` instead of `cargo build`.
    pub check: bool,
    /// Builds per timed step.
    pub runs: usize,
    /// Print JSON.
    pub json: bool,
}

/// Measures the project, prints the table and diagnosis (or JSON), and fails when a
/// build failed or the final no-op build was not fresh.
pub fn run(args: &MeasureArgs) -> Result<()> {
    let path = match &args.path {
        Some(p) => p.clone(),
        None => std::env::current_dir()?,
    };
    if !args.json {
        eprintln!(
            "Measuring {} in place; every file changed is saved first and put back after…",
            path.display()
        );
    }
    let options = Options {
        path,
        touch: args.touch.clone(),
        edit: args.edit.clone(),
        package: args.package.clone(),
        bin: args.bin.clone(),
        check: args.check,
        runs: args.runs,
        progress: if args.json {
            Progress::Quiet
        } else {
            Progress::Show
        },
    };
    let m = measure::measure(&options)?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&m)?);
    } else {
        println!();
        print!("{}", measure::render(&m));
    }
    if m.passed() {
        Ok(())
    } else {
        Err(CheckFailed(
            "measure: a build failed or the last no-op build was not fresh (see above)".into(),
        )
        .into())
    }
}

impl MeasureArgs {
    /// Runs the command.
    pub fn run(&self) -> anyhow::Result<()> {
        run(self)
    }
}
