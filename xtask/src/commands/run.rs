//! `cargo xtask run NAME`: run one exercise and show what each step rebuilt.

use anyhow::Result;

use std::io::IsTerminal;

use crate::catalogue;
use crate::engine::results;
use crate::engine::step_runner::{Progress, RunOptions};
use crate::error::CheckFailed;
use crate::error::InputError;
use crate::learner::ask::{self, Answer};
use crate::learner::predictions::{self, Prediction};
use crate::paths;
use crate::table;

/// Runs an exercise by name or path; prints a table, or JSON with `json`. With
/// `predict`, asks for a prediction on the terminal first and scores it after.
pub fn run(exercise: &str, keep: bool, json: bool, predict: bool) -> Result<()> {
    let dir = catalogue::resolve(&paths::exercises_dir(), exercise)?;
    let prediction = if predict {
        Some(ask_prediction(&dir)?)
    } else {
        None
    };
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
    if let Some(p) = &prediction {
        match predictions::score(p, &report) {
            Some(score) => {
                println!();
                print!("{}", ask::render_score(&score));
            }
            None if p.skipped => {}
            None => println!("The run stopped before step {}: nothing to score.", p.step),
        }
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

/// Asks for the prediction of the exercise in `dir` on the terminal and saves it.
fn ask_prediction(dir: &std::path::Path) -> Result<Prediction> {
    if !std::io::stdin().is_terminal() {
        return Err(InputError::new(
            "--predict asks on the terminal, and standard input is not one; run without --predict, or predict in the book (`cargo xtask serve`)",
        )
        .into());
    }
    let plan = crate::engine::plan::load(dir)?;
    let step = plan.predict.ok_or_else(|| {
        InputError::new(format!(
            "`{}` names no `predict` step in its manifest, so there is nothing to predict",
            plan.name
        ))
    })?;
    let snapshot = crate::engine::snapshot::read(&crate::engine::snapshot::path(&paths::snapshots_dir(), &plan.name))?
        .ok_or_else(|| {
            InputError::new(format!(
                "`{}` has no committed snapshot to take the choices from; run `cargo xtask bless {}` first",
                plan.name, plan.name
            ))
        })?;
    let choices = predictions::choices(&snapshot, step);
    let label = plan
        .steps
        .get(step - 1)
        .map(|s| s.label.clone())
        .unwrap_or_default();
    let stdin = std::io::stdin();
    let answer = ask::ask(
        &plan.question,
        step,
        &label,
        &choices,
        &mut stdin.lock(),
        &mut std::io::stdout(),
    )?;
    let (compiled, skipped) = match answer {
        Answer::Compiled(set) => (set, false),
        Answer::Skipped => (Default::default(), true),
    };
    let prediction = Prediction {
        exercise: plan.name.clone(),
        step,
        compiled,
        skipped,
        made_at: crate::engine::step_runner::rfc3339(std::time::SystemTime::now()),
    };
    predictions::save(&paths::results_dir(), &prediction)?;
    Ok(prediction)
}
