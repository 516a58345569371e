//! Checks a challenge: runs its steps on a scratch copy of a project (the learner's
//! copy, the starter, or the starter with the reference solution over it) with the
//! experiments' engine, and decides each goal by its step's expectations.

use std::path::Path;

use anyhow::Result;

use super::manifest::{self, Challenge};
use crate::engine::report::Report;
use crate::engine::sandbox::Sandbox;
use crate::engine::stats::Stats;
use crate::engine::step_runner::{self, Progress, RunOptions};

/// One goal's result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoalResult {
    /// The goal in words.
    pub text: String,
    /// Its step.
    pub step: usize,
    /// Whether it held.
    pub passed: bool,
    /// Why not: the step's failed expectations, or that it never ran.
    pub why: Vec<String>,
}

/// A checked challenge.
#[derive(Debug)]
pub struct Outcome {
    /// The challenge as loaded against the checked project.
    pub challenge: Challenge,
    /// The run's report.
    pub report: Report,
    /// Every goal, in manifest order.
    pub goals: Vec<GoalResult>,
    /// Steps that are not goals but whose expectations failed (guards that keep a
    /// solution honest), as `step N (label): failure`.
    pub other_failures: Vec<String>,
}

impl Outcome {
    /// Whether every goal and every other expectation held.
    pub fn passed(&self) -> bool {
        self.goals.iter().all(|g| g.passed) && self.other_failures.is_empty()
    }
}

/// Checks challenge `name` (manifest from `manifest_dir`) on a copy of `project`, with
/// the files of `overlay` copied over it when given.
pub fn check(
    name: &str,
    manifest_dir: &Path,
    project: &Path,
    overlay: Option<&Path>,
    progress: Progress,
) -> Result<Outcome> {
    let options = RunOptions::every_step(progress);
    check_with(name, manifest_dir, project, overlay, &options)
}

/// [`check`] with the run's options: a watcher of its progress, a cancel.
pub fn check_with(
    name: &str,
    manifest_dir: &Path,
    project: &Path,
    overlay: Option<&Path>,
    options: &RunOptions,
) -> Result<Outcome> {
    let sandbox = Sandbox::create(project, name)?;
    if let Some(o) = overlay {
        sandbox.overlay(o)?;
    }
    let challenge = manifest::load(name, manifest_dir, sandbox.root())?;
    if let Some(missing) = crate::engine::run::missing(name, &challenge.plan.requires) {
        return Err(missing.into_error());
    }
    let options = options.clone().continuing();
    let report = step_runner::run(&challenge.plan, &sandbox, &options)?;
    drop(sandbox);
    let timings = if challenge.goals.iter().any(|g| g.timing.is_some()) {
        measure_against_starter(
            &challenge,
            &report,
            manifest_dir,
            project,
            overlay,
            &options,
        )?
    } else {
        Vec::new()
    };
    let mut outcome = judge(challenge, report);
    for (goal, result) in outcome.challenge.goals.iter().zip(outcome.goals.iter_mut()) {
        if let Some(t) = goal.timing
            && let Some((mine, starter)) = timings
                .iter()
                .find(|(s, measure, _, _)| *s == goal.step && *measure == t.measure)
                .map(|(_, _, m, st)| (m, st))
        {
            let (m, st) = (Stats::of(mine), Stats::of(starter));
            let ratio = if m.median > 0.0 {
                st.median / m.median
            } else {
                0.0
            };
            let v = |x: f64| match t.measure {
                crate::engine::plan::Measure::Size | crate::engine::plan::Measure::Disk => {
                    crate::engine::measurements::format_value(t.measure, x)
                }
                _ => format!("{x:.3}s"),
            };
            let line = format!(
                "{} at step {}: yours median {} ({}–{}), the starter's {} ({}–{}), {} runs each: {ratio:.2}× (goal ≥ {:.1}×)",
                t.measure.as_str(),
                goal.step,
                v(m.median),
                v(m.min),
                v(m.max),
                v(st.median),
                v(st.min),
                v(st.max),
                mine.len(),
                t.at_least
            );
            result.passed = result.passed && ratio >= t.at_least;
            result.why.push(line);
        }
    }
    Ok(outcome)
}

/// A measured goal's step and measure, with the learner's values and the starter's.
type Series = (usize, crate::engine::plan::Measure, Vec<f64>, Vec<f64>);

/// Runs the learner's copy and the starter in turns (three of each, the first run of
/// the learner's included) and returns, per timing goal's step, both series.
fn measure_against_starter(
    challenge: &Challenge,
    first: &Report,
    manifest_dir: &Path,
    project: &Path,
    overlay: Option<&Path>,
    options: &RunOptions,
) -> Result<Vec<Series>> {
    const RUNS: usize = 3;
    let quiet = options.clone().quiet();
    let goals: Vec<(usize, crate::engine::plan::Measure)> = challenge
        .goals
        .iter()
        .filter_map(|g| g.timing.map(|t| (g.step, t.measure)))
        .collect();
    let value = |r: &Report, step: usize, m: crate::engine::plan::Measure| {
        r.steps
            .iter()
            .find(|s| s.number == step)
            .map_or(0.0, |s| s.value(m))
    };
    let mut series: Vec<Series> = goals
        .iter()
        .map(|(step, m)| (*step, *m, vec![value(first, *step, *m)], Vec::new()))
        .collect();
    let run_once = |dir: &Path, overlay: Option<&Path>| -> Result<Report> {
        let sandbox = Sandbox::create(dir, &challenge.name)?;
        if let Some(o) = overlay {
            sandbox.overlay(o)?;
        }
        let c = manifest::load(&challenge.name, manifest_dir, sandbox.root())?;
        step_runner::run(&c.plan, &sandbox, &quiet)
    };
    for i in 0..(2 * RUNS - 1) {
        // Starter first, then the learner's copy, in turns.
        let starter = i % 2 == 0;
        let report = if starter {
            run_once(manifest_dir, None)?
        } else {
            run_once(project, overlay)?
        };
        for ((step, m), (_, _, mine, theirs)) in goals.iter().zip(series.iter_mut()) {
            let v = value(&report, *step, *m);
            if starter {
                theirs.push(v);
            } else {
                mine.push(v);
            }
        }
    }
    Ok(series)
}

/// Decides the goals from a report.
pub fn judge(challenge: Challenge, report: Report) -> Outcome {
    let goals = challenge
        .goals
        .iter()
        .map(|g| {
            let step = report.steps.iter().find(|s| s.number == g.step);
            let why = match step {
                None => vec![format!("step {} did not run", g.step)],
                Some(s) if s.not_run.is_some() => {
                    vec![format!(
                        "not run: {}",
                        s.not_run.as_deref().unwrap_or_default()
                    )]
                }
                Some(s) => {
                    let mut why = s.failures.clone();
                    // A learner's compile error: show the compiler's own words.
                    if let Some(c) = &s.cargo
                        && !c.success
                    {
                        why.extend(c.errors.iter().take(3).cloned());
                    }
                    why
                }
            };
            GoalResult {
                text: g.text.clone(),
                step: g.step,
                passed: step.is_some() && why.is_empty(),
                why,
            }
        })
        .collect();
    let goal_steps: Vec<usize> = challenge.goals.iter().map(|g| g.step).collect();
    let other_failures = report
        .steps
        .iter()
        .filter(|s| !goal_steps.contains(&s.number))
        .flat_map(|s| {
            s.failures
                .iter()
                .map(move |f| format!("step {} ({}): {f}", s.number, s.label))
        })
        .collect();
    Outcome {
        challenge,
        report,
        goals,
        other_failures,
    }
}

/// The outcome as the terminal shows it: each goal passed or failed, and what to do.
pub fn render(outcome: &Outcome) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    let _ = writeln!(s, "{}: {}", outcome.challenge.name, outcome.challenge.title);
    for g in &outcome.goals {
        let _ = writeln!(
            s,
            "  {} goal (step {}): {}",
            if g.passed { "✓" } else { "✗" },
            g.step,
            g.text
        );
        for w in &g.why {
            for (i, line) in w.lines().enumerate() {
                let _ = writeln!(s, "      {}{line}", if i == 0 { "" } else { "  " });
            }
        }
    }
    for f in &outcome.other_failures {
        let _ = writeln!(s, "  ✗ {f}");
    }
    let passed = outcome.goals.iter().filter(|g| g.passed).count();
    let next = if outcome.passed() {
        " Solved!".to_string()
    } else {
        format!(
            " `cargo xtask hint {}` gives a hint; the table above shows what cargo rebuilt, and why.",
            outcome.challenge.name
        )
    };
    let _ = writeln!(s, "{passed} of {} goals met.{next}", outcome.goals.len());
    s
}

/// Where the snapshot of a challenge's solution is kept.
pub fn snapshot_path(name: &str) -> std::path::PathBuf {
    crate::paths::snapshots_dir()
        .join("challenges")
        .join(format!("{name}.snap"))
}

/// Checks the reference solution and writes the snapshot of its report.
pub fn bless(root: &Path, name: &str) -> Result<std::path::PathBuf> {
    let pristine = super::pristine(root, name);
    let solved = check(
        name,
        &pristine,
        &pristine,
        Some(&super::solution(root, name)),
        Progress::Quiet,
    )?;
    if !solved.passed() {
        anyhow::bail!(
            "the reference solution does not pass; not blessed:\n{}",
            render(&solved)
        );
    }
    let file = snapshot_path(name);
    crate::engine::snapshot::write_from(
        &file,
        &format!("challenges/{name}/challenge.toml"),
        &solved.challenge.title,
        &crate::engine::snapshot::render(&solved.report),
    )?;
    let _ = std::fs::remove_file(crate::engine::snapshot::pending_path(&file));
    Ok(file)
}

/// What `verify` proves of a challenge, as rustlings' `dev check` does: the starter
/// fails every goal, the reference solution passes everything, and its report matches
/// the committed snapshot (so a change in cargo cannot quietly break it).
pub fn dev_check(root: &Path, name: &str) -> Result<Vec<String>> {
    let pristine = super::pristine(root, name);
    let mut problems = Vec::new();
    let starter = check(name, &pristine, &pristine, None, Progress::Quiet)?;
    for g in starter.goals.iter().filter(|g| g.passed) {
        problems.push(format!(
            "the starter already meets goal (step {}): {}",
            g.step, g.text
        ));
    }
    let solution = super::solution(root, name);
    if !solution.is_dir() {
        problems.push(format!("no reference solution in {}", solution.display()));
        return Ok(problems);
    }
    let solved = check(name, &pristine, &pristine, Some(&solution), Progress::Quiet)?;
    if !solved.passed() {
        problems.push(format!(
            "the reference solution does not pass:\n{}",
            render(&solved)
        ));
        return Ok(problems);
    }
    let content = crate::engine::snapshot::render(&solved.report);
    let file = snapshot_path(name);
    problems.extend(crate::engine::snapshot::check_or_write_pending(
        &file,
        &content,
        &format!("challenges/{name}/challenge.toml"),
        &solved.challenge.title,
        name,
    )?);
    Ok(problems)
}
