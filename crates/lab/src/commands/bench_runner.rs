//! `cargo xtask bench-runner [NAME]`: what the runner costs on top of cargo.
//!
//! Two comparisons, each repeated with the variants in alternating order:
//! - the whole `run` pipeline (copy, instrumented steps with `-v
//!   --message-format=json`, parsing, report, snapshot text, JSON file) against the same
//!   steps done by hand: plain cargo commands in an already prepared copy;
//! - the timing instrumentation alone: the incremental cargo steps (every cargo step
//!   after the first) with and without the rustc wrapper and linker shim.

use std::time::Instant;

use anyhow::{Context, Result};

use crate::catalogue;
use crate::engine::changes;
use crate::engine::plan::{Action, Plan};
use crate::engine::report::Report;
use crate::engine::results;
use crate::engine::sandbox::{Sandbox, StepEnv};
use crate::engine::snapshot;
use crate::engine::stats::Stats;
use crate::engine::step_runner::{Progress, RunOptions};
use crate::paths;

/// The exercise timed when none is named: local crates only, so no network is needed.
pub const DEFAULT_EXERCISE: &str = "workspace-chain";

/// Runs the benchmark and prints the medians and the ratios.
pub fn run(exercise: Option<&str>, runs: usize) -> Result<()> {
    let dir = catalogue::resolve(
        &paths::exercises_dir(),
        exercise.unwrap_or(DEFAULT_EXERCISE),
    )?;
    let plan = crate::engine::plan::load(&dir)?;
    eprintln!(
        "Timing `cargo xtask run {}` against its cargo commands run directly, {runs} runs each…",
        plan.name
    );
    let options = |instrument| RunOptions::every_step(Progress::Quiet).instrumented(instrument);
    let (mut runner, mut bare) = (Vec::new(), Vec::new());
    let (mut with, mut without) = (Vec::new(), Vec::new());
    for i in 0..runs {
        // Alternate the order so drift (caches, thermal) does not favour one side.
        let order = if i % 2 == 0 { [0, 1, 2] } else { [2, 1, 0] };
        for variant in order {
            crate::interrupt::check()?;
            match variant {
                0 => {
                    let t = Instant::now();
                    let report = crate::engine::run_dir(&dir, &options(true))?.done()?.report;
                    let _ = snapshot::render(&report);
                    results::save(&paths::results_dir(), &report)?;
                    runner.push(t.elapsed().as_secs_f64());
                    with.push(incremental_seconds(&report));
                }
                1 => bare.push(time_bare(&plan)?),
                _ => {
                    let report = crate::engine::run_dir(&dir, &options(false))?
                        .done()?
                        .report;
                    without.push(incremental_seconds(&report));
                }
            }
        }
        eprintln!(
            "  run {}: runner {:.3}s, bare cargo {:.3}s; incremental steps {:.3}s instrumented, {:.3}s not",
            i + 1,
            runner[i],
            bare[i],
            with[i],
            without[i]
        );
    }
    println!(
        "exercise: {} ({} steps, {runs} runs)",
        plan.name,
        plan.steps.len()
    );
    let line = |label: &str, v: &[f64]| {
        let s = Stats::of(v);
        println!(
            "{label:<28} median {:.3}s  (min {:.3}s, max {:.3}s)",
            s.median, s.min, s.max
        );
        s.median
    };
    let r = line("runner, whole run", &runner);
    let b = line("bare cargo, same steps", &bare);
    println!("runner overhead             {:.3}× (goal ≤ 1.10×)", r / b);
    let w = line("incremental, instrumented", &with);
    let n = line("incremental, plain", &without);
    println!(
        "instrumentation overhead    {:+.1}% (goal ≤ 5 %)",
        (w / n - 1.0) * 100.0
    );
    Ok(())
}

/// Seconds of the cargo steps after the first one: the incremental rebuilds.
fn incremental_seconds(report: &Report) -> f64 {
    report
        .steps
        .iter()
        .filter(|s| s.cargo.is_some())
        .skip(1)
        .map(|s| s.seconds)
        .sum()
}

/// Runs the plan's steps by hand in a prepared copy: plain cargo, output discarded.
fn time_bare(plan: &Plan) -> Result<f64> {
    let sandbox = Sandbox::create(&plan.dir, &plan.name)?;
    let mut env = StepEnv::from_current(&sandbox.target_dir());
    let t = Instant::now();
    // Commands started in the background, by the step that started them.
    let mut running = std::collections::BTreeMap::new();
    for step in &plan.steps {
        match &step.action {
            Action::Background(c) => {
                let handle = duct::cmd("cargo", c.cargo_args(&[]))
                    .dir(c.work_dir(sandbox.root()))
                    .full_env(env.vars())
                    .stdout_null()
                    .stderr_null()
                    .unchecked()
                    .start()
                    .context("cannot start cargo")?;
                running.insert(step.number, handle);
            }
            Action::Wait { started, .. } => {
                if let Some(handle) = running.remove(started) {
                    handle.wait().context("cannot wait for cargo")?;
                }
            }
            Action::Cargo(c) => {
                duct::cmd("cargo", c.cargo_args(&[]))
                    .dir(c.work_dir(sandbox.root()))
                    .full_env(env.vars())
                    .stdout_null()
                    .stderr_null()
                    .unchecked()
                    .run()
                    .context("cannot run cargo")?;
            }
            Action::Exec { program, args, .. } => {
                duct::cmd(sandbox.file(program), args)
                    .dir(sandbox.root())
                    .full_env(env.vars())
                    .stdout_null()
                    .stderr_null()
                    .unchecked()
                    .run()?;
            }
            change => {
                changes::apply_change(change, &sandbox, &mut env, None)?;
            }
        }
    }
    Ok(t.elapsed().as_secs_f64())
}

/// The `bench-runner` command, as the command line gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BenchRunnerArgs {
    /// Exercise to time.
    pub exercise: Option<String>,
    /// Repetitions.
    pub runs: usize,
}

impl BenchRunnerArgs {
    /// Runs the command.
    pub fn run(self) -> anyhow::Result<()> {
        run(self.exercise.as_deref(), self.runs)
    }
}
