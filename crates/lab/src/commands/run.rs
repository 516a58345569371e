//! `cargo xtask run NAME`: run one exercise and show what each step rebuilt.

use anyhow::Result;

use std::io::IsTerminal;

use crate::catalogue;
use crate::engine::results;
use crate::engine::step_runner::{Progress, RunOptions};
use crate::error::CheckFailed;
use crate::error::InputError;
use crate::learner::ask;
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
    let options = RunOptions::every_step(if json {
        Progress::Quiet
    } else {
        Progress::Show
    });
    if !json {
        eprintln!("Running {} in a scratch copy…", dir.display());
    }
    let crate::engine::Done {
        plan,
        report,
        sandbox,
    } = crate::engine::run_dir(&dir, &options)?.done()?;
    let saved = results::save(&paths::results_dir(), &report)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        println!();
        print!("{}", table::render(&report));
        println!("report: {}", saved.display());
    }
    if let Some(p) = &prediction {
        match predictions::score(p, &plan, &report) {
            Some(score) => {
                let record = crate::engine::measurements::Record::read(
                    &crate::engine::measurements::path(&paths::project_root()),
                )
                .unwrap_or_default();
                println!();
                print!(
                    "{}",
                    ask::render_score(&score, |c| predictions::claim_words(&record, &plan.name, c))
                );
            }
            None if p.skipped => {}
            None => println!("The run stopped before the steps you predicted: nothing to score."),
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
    if plan.predict.is_empty() {
        return Err(InputError::new(format!(
            "`{}` asks no `predict` question in its manifest, so there is nothing to predict",
            plan.name
        ))
        .into());
    }
    let snapshot = crate::engine::snapshot::read(&crate::engine::snapshot::path(&paths::snapshots_dir(), &plan.name))?
        .ok_or_else(|| {
            InputError::new(format!(
                "`{}` has no committed snapshot to take the choices from; run `cargo xtask bless {}` first",
                plan.name, plan.name
            ))
        })?;
    let stdin = std::io::stdin();
    let answers = ask::ask(
        &plan,
        |step| predictions::choices(&snapshot, step),
        &mut stdin.lock(),
        &mut std::io::stdout(),
    )?;
    let prediction = Prediction {
        exercise: plan.name.clone(),
        skipped: answers.is_none(),
        answers: answers.unwrap_or_default(),
        made_at: crate::timestamp::rfc3339(std::time::SystemTime::now()),
    };
    predictions::save(&paths::results_dir(), &prediction)?;
    Ok(prediction)
}

/// The `run` command, as the command line gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunArgs {
    /// Exercise name or path.
    pub exercise: String,
    /// Keep the scratch copy.
    pub keep: bool,
    /// Print JSON instead of a table.
    pub json: bool,
    /// Ask for a prediction before running, and score it after.
    pub predict: bool,
}

impl RunArgs {
    /// Runs the command.
    pub fn run(self) -> anyhow::Result<()> {
        run(&self.exercise, self.keep, self.json, self.predict)
    }
}
