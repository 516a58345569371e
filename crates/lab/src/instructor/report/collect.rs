//! Gathering one machine's results: by running every experiment (with progress, and
//! stopping cleanly on Ctrl-C), or by reading the latest saved results.

use std::path::Path;
use std::time::Instant;

use anyhow::Result;

use super::{Experiment, FORMAT, MachineReport};
use crate::catalogue;
use crate::engine::step_runner::RunOptions;
use crate::error::Interrupted;
use crate::instructor::machine::{self, Machine};

/// Which experiments, and from where.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// Run them now; `all` includes the real-scale tier.
    Run {
        /// Include the real-scale tier.
        all: bool,
    },
    /// Read each one's latest saved results.
    Saved,
}

/// Builds this machine's report from the exercises under `exercises`, saving each run's
/// results in `results` (and reading them from there for [`Source::Saved`]).
/// `progress` gets a line per experiment.
pub fn collect(
    exercises: &Path,
    results: &Path,
    source: Source,
    mut progress: impl FnMut(&str),
) -> Result<MachineReport> {
    let started = Instant::now();
    let listed = catalogue::list(exercises);
    let total = listed.len();
    let mut experiments = Vec::new();
    for (i, l) in listed.iter().enumerate() {
        crate::interrupt::check()?;
        let title = l.title.clone().unwrap_or_default();
        let t = Instant::now();
        let experiment = match source {
            Source::Saved => match crate::engine::results::load(results, &l.name)? {
                Some(report) => {
                    Experiment::from_report(&report).with_prediction(&report, results, exercises)
                }
                None => Experiment::skipped(&l.name, &title, &l.chapter, "no results yet"),
            },
            Source::Run { all } => run_one(exercises, results, all, &title, l)?,
        };
        let took = match source {
            Source::Run { .. } => format!(" ({:.1}s)", t.elapsed().as_secs_f64()),
            Source::Saved => String::new(),
        };
        let outcome = match (&experiment.skipped, experiment.passed) {
            (Some(why), _) => format!("skipped: {why}"),
            (None, true) => format!("ok{took}"),
            (None, false) => format!("differs from the book{took}"),
        };
        progress(&format!(
            "  [{}/{total}] {} … {outcome} [{:.0}s]",
            i + 1,
            l.name,
            started.elapsed().as_secs_f64()
        ));
        experiments.push(experiment);
    }
    let scratch = tempfile::Builder::new()
        .prefix("rebuild-lab-report-")
        .tempdir()?;
    Ok(MachineReport {
        format: FORMAT,
        created_at: crate::timestamp::rfc3339(std::time::SystemTime::now()),
        // The linker the experiments saw: their cleaned environment, not the shell's.
        machine: Machine::this(
            machine::default_linker(
                scratch.path(),
                Some(
                    crate::engine::sandbox::StepEnv::from_current(&scratch.path().join("target"))
                        .vars(),
                ),
            )
            .name(),
        ),
        experiments,
    })
}

fn run_one(
    exercises: &Path,
    results: &Path,
    all: bool,
    title: &str,
    l: &catalogue::Listed,
) -> Result<Experiment> {
    let skipped = |why: &str| Ok(Experiment::skipped(&l.name, title, &l.chapter, why));
    let plan = match crate::engine::plan::load(&exercises.join(&l.name)) {
        Ok(plan) => plan,
        Err(e) => return skipped(&format!("its manifest does not load: {e}")),
    };
    if plan.real_scale && !all {
        return skipped("real-scale tier (add --all)");
    }
    // Every step runs, even after one that differs from the book: a machine that
    // rebuilt something else is what a comparison wants to see.
    let options = RunOptions::checking().continuing();
    match crate::engine::run(plan, &options) {
        Ok(crate::engine::Run::Done(done)) => {
            let report = &done.report;
            crate::engine::results::save(results, report)?;
            Ok(Experiment::from_report(report).with_prediction(report, results, exercises))
        }
        Ok(crate::engine::Run::Skipped(missing)) => skipped(&missing.to_string()),
        Err(e) if e.downcast_ref::<Interrupted>().is_some() => Err(e),
        Err(e) => skipped(&format!("could not run: {e:#}")),
    }
}
