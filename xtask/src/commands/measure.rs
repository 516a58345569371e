//! `cargo xtask measure --path DIR`: the edit-build loop of the learner's own project.

use anyhow::Result;

use crate::cli::MeasureArgs;
use crate::engine::step_runner::Progress;
use crate::error::CheckFailed;
use crate::measure::{self, Options};

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
