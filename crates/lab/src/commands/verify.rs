//! `cargo xtask verify`: every test the project has. Formatting, clippy and the unit
//! and integration tests, then every exercise against its expectations and snapshot.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, Result};

use crate::book::{self, BuildOptions};
use crate::catalogue;
use crate::engine::results;
use crate::engine::snapshot;
use crate::engine::step_runner::RunOptions;
use crate::error::{CheckFailed, InputError, Interrupted, Skipped};
use crate::paths;

/// What `verify` checks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VerifyArgs {
    /// Exercises to verify; all when empty.
    pub exercises: Vec<String>,
    /// Run formatting, clippy and the unit tests.
    pub lint_and_tests: bool,
    /// Also the slow tier: challenges whose goals are timing goals (medians of
    /// repeated cold builds), and experiments marked as such.
    pub all: bool,
    /// Run the exercises.
    pub exercises_check: bool,
    /// Build and check the book.
    pub book_check: bool,
    /// Snapshot directory override.
    pub snapshots: Option<PathBuf>,
    /// Book directory override.
    pub book: Option<PathBuf>,
}

/// The exercises named (by name or path), or all of them when none is.
pub fn select(names: &[String]) -> Result<Vec<PathBuf>, InputError> {
    let root = paths::exercises_dir();
    if names.is_empty() {
        return Ok(catalogue::entries(&root)
            .into_iter()
            .map(|e| e.dir)
            .collect());
    }
    names.iter().map(|n| catalogue::resolve(&root, n)).collect()
}

/// The clippy run of `verify` (`prefetch --build` runs the same, to warm its cache).
pub const CLIPPY_ARGS: &[&str] = &[
    "clippy",
    "--workspace",
    "--all-targets",
    "--quiet",
    "--",
    "-D",
    "warnings",
];

/// Runs the checks; fails when any fails, after running them all.
pub fn run(args: &VerifyArgs) -> Result<()> {
    let dirs = if args.exercises_check {
        select(&args.exercises)?
    } else {
        Vec::new()
    };
    let mut failed: Vec<String> = Vec::new();
    let mut tally = Tally::default();
    let mut bad_input = false;
    if args.lint_and_tests {
        // Tests that cannot run here (a tool missing) write why into this file; they
        // are counted as skipped below, not as passed.
        let skips = paths::results_dir().join("test-skips.txt");
        let _ = std::fs::remove_file(&skips);
        // `--all` also runs the tests marked `#[ignore]` for their cost (each says why).
        let tests: &[&str] = if args.all {
            &["test", "--workspace", "--quiet", "--", "--include-ignored"]
        } else {
            &["test", "--workspace", "--quiet"]
        };
        for args in [&["fmt", "--all", "--check"][..], CLIPPY_ARGS, tests] {
            let shown = format!("cargo {}", args.join(" "));
            eprintln!("==> {shown}");
            let status = duct::cmd("cargo", args)
                .dir(paths::project_root())
                .env("REBUILD_LAB_TEST_SKIPS", &skips)
                .unchecked()
                .run()
                .with_context(|| format!("cannot run `{shown}`"))?
                .status;
            crate::interrupt::check()?;
            tally.add(status.success());
            if !status.success() {
                failed.push(shown);
            }
        }
        let skipped: Vec<String> = std::fs::read_to_string(&skips)
            .unwrap_or_default()
            .lines()
            .map(str::to_string)
            .collect();
        if !skipped.is_empty() {
            eprintln!("tests that could not run here ({}):", skipped.len());
            for s in &skipped {
                eprintln!("  skipped: {s}");
            }
        }
        tally.skipped += skipped.len();
    }

    if args.exercises_check {
        let snapshots = args.snapshots.clone().unwrap_or_else(paths::snapshots_dir);
        // The real-scale tier runs with `--all`, or when named.
        let skip_real_scale = !args.all && args.exercises.is_empty();
        let (exercises, input) = verify_exercises(&dirs, &snapshots, skip_real_scale)?;
        bad_input |= input;
        if exercises.failed > 0 {
            failed.push("exercises".to_string());
        }
        tally.passed += exercises.passed;
        tally.failed += exercises.failed;
        tally.skipped += exercises.skipped;
    }
    // Challenges: every starter fails each goal, every solution passes (all of them
    // when verify checks everything, none when it was given exercises to check).
    if args.exercises_check && args.exercises.is_empty() {
        let challenges = verify_challenges(args.all)?;
        if challenges.failed > 0 {
            failed.push("challenges".to_string());
        }
        tally.passed += challenges.passed;
        tally.failed += challenges.failed;
        tally.skipped += challenges.skipped;
    }
    if args.book_check {
        eprintln!("==> book");
        let root = args.book.clone().unwrap_or_else(paths::project_root);
        let problems = verify_book(&root)?;
        tally.add(problems.is_empty());
        if problems.is_empty() {
            eprintln!("book: builds; links, fragments and exercises check out");
        } else {
            for p in &problems {
                eprintln!("  {p}");
            }
            failed.push("book".to_string());
        }
    }
    // The last line, alone, in the form test harnesses close with.
    println!(
        "checks: {} passed, {} failed, {} skipped",
        tally.passed, tally.failed, tally.skipped
    );
    if failed.is_empty() {
        Ok(())
    } else if bad_input && failed == ["exercises"] {
        Err(InputError::new(format!("verify failed: {}", failed.join(", "))).into())
    } else {
        Err(CheckFailed(format!("verify failed: {}", failed.join(", "))).into())
    }
}

/// Counts of checks: each of fmt, clippy and the tests, each exercise, the book.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Checks that passed.
    pub passed: usize,
    /// Checks that failed.
    pub failed: usize,
    /// Exercises skipped for a missing tool.
    pub skipped: usize,
}

impl Tally {
    fn add(&mut self, ok: bool) {
        if ok {
            self.passed += 1;
        } else {
            self.failed += 1;
        }
    }
}

/// Builds the book in `root` and lists its problems.
fn verify_book(root: &std::path::Path) -> Result<Vec<String>> {
    let mut options = BuildOptions::project(super::book::default_dest(), false);
    if root != paths::project_root() {
        options.dest = paths::results_dir().join("verify-book");
    }
    options.root = root.to_path_buf();
    let built = match book::build(&options) {
        Ok(b) => b,
        Err(e) => return Ok(vec![format!("{e:#}")]),
    };
    book::check(&built, &options.sources, root)
}

/// Runs the exercises; returns their tally and whether a failure was bad input.
/// How many exercises are checked at once. Most steps are short cargo runs that keep
/// one core busy, so two at a time on the reference machine's two cores shortens the
/// whole check; the results are printed in order.
const PARALLEL_EXERCISES: usize = 2;

/// The order in which to start the exercises: the longest first, by the time their
/// last run took (saved in its report), so that two long ones do not end up running
/// together at the end; exercises never run keep the catalogue's order, first.
fn longest_first(dirs: &[PathBuf]) -> Vec<usize> {
    let results = paths::results_dir();
    let last_seconds = |dir: &PathBuf| -> f64 {
        let name = dir.file_name().map(|n| n.to_string_lossy().into_owned());
        name.and_then(|n| results::load(&results, &n).ok().flatten())
            .map_or(f64::INFINITY, |r| r.steps.iter().map(|s| s.seconds).sum())
    };
    let seconds: Vec<f64> = dirs.iter().map(last_seconds).collect();
    let mut order: Vec<usize> = (0..dirs.len()).collect();
    // A stable sort: equal times (and exercises never run) keep their order.
    order.sort_by(|&a, &b| seconds[b].total_cmp(&seconds[a]));
    order
}

fn verify_exercises(
    dirs: &[PathBuf],
    snapshots: &std::path::Path,
    skip_real_scale: bool,
) -> Result<(Tally, bool)> {
    let mut bad_input = false;
    eprintln!("==> exercises ({})", dirs.len());
    let started = Instant::now();
    let (mut passed, total) = (0usize, dirs.len());
    let mut skipped = 0usize;
    let order = longest_first(dirs);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let (tx, rx) = std::sync::mpsc::channel::<(usize, f64, Result<Vec<String>>)>();
    let mut interrupted = None;
    std::thread::scope(|scope| {
        for _ in 0..PARALLEL_EXERCISES.min(dirs.len()) {
            let (tx, next, order) = (tx.clone(), &next, &order);
            scope.spawn(move || {
                loop {
                    let n = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    let Some(&i) = order.get(n) else { break };
                    let dir = &dirs[i];
                    if crate::interrupt::check().is_err() {
                        break;
                    }
                    let t = Instant::now();
                    let result = verify_one(dir, snapshots, skip_real_scale);
                    if tx.send((i, t.elapsed().as_secs_f64(), result)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        // Print in the catalogue's order, as results arrive.
        let mut done: Vec<Option<(f64, Result<Vec<String>>)>> = (0..total).map(|_| None).collect();
        let mut shown = 0;
        for (i, seconds, result) in rx {
            done[i] = Some((seconds, result));
            while shown < total {
                let Some((seconds, result)) = done[shown].take() else {
                    break;
                };
                let dir = &dirs[shown];
                let label = dir.file_name().map_or_else(
                    || dir.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                eprint!("  [{}/{total}] {label} … ", shown + 1);
                shown += 1;
                let problems = match result {
                    Ok(problems) => problems,
                    Err(e) if e.downcast_ref::<Interrupted>().is_some() => {
                        eprintln!("interrupted");
                        interrupted.get_or_insert(e);
                        continue;
                    }
                    Err(e) if e.downcast_ref::<Skipped>().is_some() => {
                        skipped += 1;
                        eprintln!("{e}");
                        continue;
                    }
                    Err(e) => {
                        bad_input |= e.downcast_ref::<InputError>().is_some();
                        vec![format!("{e:#}")]
                    }
                };
                if problems.is_empty() {
                    passed += 1;
                    eprintln!("ok ({seconds:.1}s)");
                } else {
                    eprintln!("FAILED ({seconds:.1}s)");
                    for p in &problems {
                        for line in p.lines() {
                            eprintln!("      {line}");
                        }
                    }
                }
            }
        }
    });
    if let Some(e) = interrupted {
        return Err(e);
    }
    crate::interrupt::check()?;
    eprintln!(
        "exercises: {passed} passed, {} failed, {skipped} skipped, in {:.1}s",
        total - passed - skipped,
        started.elapsed().as_secs_f64()
    );
    let tally = Tally {
        passed,
        failed: total - passed - skipped,
        skipped,
    };
    Ok((tally, bad_input))
}

/// Checks every challenge's starter and reference solution; a challenge whose goals
/// are all timing goals only with `all` (`verify --all`).
fn verify_challenges(all: bool) -> Result<Tally> {
    let root = crate::challenge::root();
    let names = crate::challenge::names(&root);
    eprintln!("==> challenges ({})", names.len());
    let mut tally = Tally::default();
    for (i, name) in names.iter().enumerate() {
        let t = Instant::now();
        eprint!("  [{}/{}] {name} … ", i + 1, names.len());
        if !all && crate::challenge::timing_only(&root, name) {
            tally.skipped += 1;
            eprintln!("skipped: its goals are timing goals, checked by `cargo xtask verify --all`");
            continue;
        }
        let problems = match crate::challenge::check::dev_check(&root, name) {
            Ok(p) => p,
            Err(e) if e.downcast_ref::<Interrupted>().is_some() => return Err(e),
            Err(e) if e.downcast_ref::<Skipped>().is_some() => {
                tally.skipped += 1;
                eprintln!("{e}");
                continue;
            }
            Err(e) => vec![format!("{e:#}")],
        };
        if problems.is_empty() {
            tally.passed += 1;
            eprintln!(
                "ok: the starter fails every goal, the solution passes ({:.1}s)",
                t.elapsed().as_secs_f64()
            );
        } else {
            tally.failed += 1;
            eprintln!("FAILED ({:.1}s)", t.elapsed().as_secs_f64());
            for p in &problems {
                for line in p.lines() {
                    eprintln!("      {line}");
                }
            }
        }
    }
    eprintln!(
        "challenges: {} passed, {} failed, {} skipped",
        tally.passed, tally.failed, tally.skipped
    );
    Ok(tally)
}

/// Runs one exercise and returns what is wrong with it (empty when nothing is).
fn verify_one(
    dir: &std::path::Path,
    snapshots: &std::path::Path,
    skip_real_scale: bool,
) -> Result<Vec<String>> {
    let plan = crate::engine::plan::load(dir)?;
    if skip_real_scale && plan.real_scale {
        return Err(Skipped(
            "real-scale tier: run by `cargo xtask verify --all` and `cargo xtask claims`".into(),
        )
        .into());
    }
    let options = RunOptions::checking();
    let crate::engine::Done { plan, report, .. } = crate::engine::run(plan, &options)?.done()?;
    results::save(&paths::results_dir(), &report)?;
    let mut problems = Vec::new();
    for step in report.steps.iter().filter(|s| !s.passed()) {
        for f in &step.failures {
            problems.push(format!("step {} ({}): {f}", step.number, step.label));
        }
    }
    // Cargo's own words: where a package had one compiled unit, the lab's reason for
    // it begins with what `cargo -v` printed.
    for difference in crate::engine::reason_wording::differences(&report.steps) {
        problems.push(difference.to_string());
    }
    if !problems.is_empty() {
        return Ok(problems);
    }
    let content = snapshot::render(&report);
    let file = snapshot::path(snapshots, &plan.name);
    problems.extend(snapshot::check_or_write_pending(
        &file,
        &content,
        &format!("exercises/{}/exercise.toml", plan.name),
        &plan.title,
        &plan.name,
    )?);
    Ok(problems)
}

impl VerifyArgs {
    /// Runs the command.
    pub fn run(&self) -> anyhow::Result<()> {
        run(self)
    }
}
