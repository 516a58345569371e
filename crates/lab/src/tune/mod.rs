//! `tune`: tries each lever on the learner's own project, measured, and says which
//! made the edit loop faster by more than the noise.
//!
//! Every variant (the baseline, and the baseline plus one lever) builds in a scratch
//! copy of the project's sources with its own target directory, so the variants never
//! evict each other's artifacts and the learner's files, `target/` and Cargo home are
//! not touched (the registry is read, as any build reads it). Each variant gets a cold
//! build (reported as a cost), then rounds of `measure`'s edit loop; within a round
//! the variants take turns in an order that rotates, so each lever is judged against
//! the baseline of its own round ([`verdict`]). The levers kept are then measured
//! together against the baseline once more.

pub mod apply;
pub mod lever;
pub mod program;
pub mod render;
pub mod rounds;
pub mod verdict;

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};

use crate::engine::report::Report;
use crate::engine::sandbox::Sandbox;
use crate::engine::stats::Stats;
use crate::engine::step_runner::{self, RunOptions};
use crate::error::{CheckFailed, InputError, Interrupted};
use crate::measure::project::Project;
use lever::{Judge, Lever, LoopProfile, Offer, Situation};
use rounds::{Build, LoopFiles};
use verdict::Comparison;

/// What to tune and how.
#[derive(Debug, Clone)]
pub struct Options {
    /// The project's directory.
    pub path: PathBuf,
    /// Rounds of the edit loop per variant.
    pub runs: usize,
    /// The levers to try, by name; every one that applies when `None`.
    pub levers: Option<Vec<String>>,
    /// The longest run to start without asking.
    pub budget: Duration,
    /// Start a run estimated past the budget without asking.
    pub yes: bool,
    /// Progress on stderr.
    pub progress: bool,
    /// The profile whose loop is measured (`--release`).
    pub profile: LoopProfile,
    /// The program's arguments, when its run time is measured too (`--run`).
    pub run: Option<Vec<String>>,
}

/// One variant's builds.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct VariantResult {
    /// `baseline`, a lever's name, or `together`.
    pub name: String,
    /// The toolchain, when not the default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub toolchain: Option<String>,
    /// Seconds of the cold build.
    pub cold_seconds: f64,
    /// Bytes in the variant's target directory after the cold build.
    pub disk_bytes: u64,
    /// Bytes of the binary the build produced, when it produced one.
    pub binary_bytes: Option<u64>,
    /// The linker that wrote the binary, as read from it.
    pub linker: Option<String>,
    /// Seconds of each round of the edit loop (the builds only).
    pub loops: Vec<f64>,
    /// Seconds of the program's run after each round (`--run`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub program: Vec<f64>,
}

impl VariantResult {
    /// Median, min and max of the rounds.
    pub fn loop_stats(&self) -> Option<Stats> {
        (!self.loops.is_empty()).then(|| Stats::of(&self.loops))
    }
}

/// A lever's result against the baseline of the same rounds.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LeverResult {
    /// The lever's name.
    pub name: String,
    /// What it does.
    pub title: String,
    /// What the learner gives up.
    pub loses: String,
    /// The settings, as `Cargo.toml` and `.cargo/config.toml` lines.
    pub settings: Vec<String>,
    /// The variant's builds.
    pub variant: VariantResult,
    /// The baseline's rounds it was paired with.
    pub baseline_loops: Vec<f64>,
    /// The comparison; `None` when the lever could not be judged (see `note`).
    pub comparison: Option<Comparison>,
    /// What the lever is judged on.
    #[serde(default)]
    pub judge: Judge,
    /// The baseline's program runs it was paired with (`--run`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub baseline_program: Vec<f64>,
    /// The program's run time compared, round by round (`--run`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub program: Option<Comparison>,
    /// Why the lever was not judged, or anything else the learner should know.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl LeverResult {
    /// Whether the lever is kept: its edit loop was faster, or, for a lever judged on
    /// the program, the program was faster and the edit loop not slower.
    pub fn kept(&self) -> bool {
        let Some(edit_loop) = &self.comparison else {
            return false;
        };
        match self.judge {
            Judge::EditLoop => edit_loop.verdict.kept(),
            Judge::Program => {
                edit_loop.verdict != verdict::Verdict::Slower
                    && self.program.as_ref().is_some_and(|p| p.verdict.kept())
            }
        }
    }
}

/// Everything `tune` found.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Tuning {
    /// The workspace root.
    pub project: PathBuf,
    /// The machine, in a line.
    pub machine: String,
    /// The files the edit loop changes.
    pub loop_files: Vec<PathBuf>,
    /// Rounds per variant.
    pub runs: usize,
    /// The profile whose loop was measured.
    #[serde(default)]
    pub profile: LoopProfile,
    /// The program's arguments, when its run time was measured (`--run`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub run: Option<Vec<String>>,
    /// The baseline (the project as it is).
    pub baseline: VariantResult,
    /// Each lever tried.
    pub levers: Vec<LeverResult>,
    /// The kept levers measured together, when more than one was kept.
    pub together: Option<LeverResult>,
    /// Levers not tried here, with why.
    pub not_tried: Vec<(String, String)>,
    /// Why the run stopped early (Ctrl-C, the budget), if it did.
    pub stopped: Option<String>,
    /// Seconds the whole run took.
    pub seconds: f64,
}

impl Tuning {
    /// The levers kept, best first, without two that clash (set the same thing, or
    /// make each other pointless): of those, the one with the smaller ratio.
    pub fn kept(&self) -> Vec<&LeverResult> {
        let mut kept: Vec<&LeverResult> = self.levers.iter().filter(|l| l.kept()).collect();
        kept.sort_by(|a, b| ratio(a).total_cmp(&ratio(b)));
        let mut chosen: Vec<(&LeverResult, Option<Lever>)> = Vec::new();
        for l in kept {
            let this = lever::by_name(&l.name, self.profile);
            let clashes = chosen.iter().any(|(_, c)| match (c, &this) {
                (Some(c), Some(t)) => c.clashes_with(t),
                _ => false,
            });
            if !clashes {
                chosen.push((l, this));
            }
        }
        chosen.into_iter().map(|(l, _)| l).collect()
    }
}

impl Tuning {
    /// What to keep: the kept levers, or, when together they were not faster than
    /// the best of them alone by the same 5 % a lever must show, that one alone and
    /// the levers kept for the program's speed (which did not slow the loop).
    pub fn recommended(&self) -> Vec<&LeverResult> {
        let kept = self.kept();
        match (&self.together, kept.first()) {
            (Some(together), Some(best)) if !self.together_pays(together, best) => {
                let mut out = vec![*best];
                out.extend(
                    kept.iter()
                        .skip(1)
                        .filter(|l| l.judge == Judge::Program)
                        .copied(),
                );
                out
            }
            _ => kept,
        }
    }

    /// Whether the set measured together beat its best lever alone.
    pub fn together_pays(&self, together: &LeverResult, best: &LeverResult) -> bool {
        match (&together.comparison, &best.comparison) {
            (Some(t), Some(b)) => t.ratio <= b.ratio * verdict::WIN_RATIO,
            _ => false,
        }
    }
}

fn ratio(l: &LeverResult) -> f64 {
    l.comparison.as_ref().map_or(f64::INFINITY, |c| c.ratio)
}

/// What every variant of a run shares: the profile, the program's arguments and the
/// binary's name.
struct Setup {
    profile: LoopProfile,
    run: Option<Vec<String>>,
    binary: Option<String>,
}

/// One variant being measured: its scratch copy and how it builds.
struct Variant {
    name: String,
    levers: Vec<Lever>,
    build: Build,
    profile: LoopProfile,
    /// The program's arguments (`--run`).
    run: Option<Vec<String>>,
    /// The binary's file name, when the project builds one.
    binary: Option<String>,
    _dir: crate::engine::sandbox::ScratchDir,
    root: PathBuf,
    result: VariantResult,
    failed: Option<String>,
    /// The packages whose build script ran in the last round.
    rerun_scripts: Vec<String>,
}

impl Variant {
    fn new(
        project: &Project,
        setup: &Setup,
        name: &str,
        levers: Vec<Lever>,
        toolchain: Option<&str>,
    ) -> Result<Variant> {
        let (dir, root) = project.scratch_copy(&format!("rebuild-lab-tune-{name}-"))?;
        let mut failed = None;
        for script in levers.iter().flat_map(|l| l.build_scripts.iter()) {
            if let Err(e) = add_rerun_line(&root.join(script)) {
                failed = Some(format!("{e:#}"));
            }
        }
        let mut args: Vec<String> = setup
            .profile
            .cargo_args()
            .iter()
            .map(|a| a.to_string())
            .collect();
        for l in &levers {
            for k in &l.profile {
                args.extend(["--config".to_string(), k.config_arg()]);
            }
        }
        let flags: Vec<String> = levers.iter().flat_map(|l| l.rustflags.clone()).collect();
        if !flags.is_empty() {
            let quoted: Vec<String> = flags.iter().map(|f| format!("{f:?}")).collect();
            args.extend([
                "--config".to_string(),
                format!("build.rustflags=[{}]", quoted.join(",")),
            ]);
        }
        Ok(Variant {
            name: name.to_string(),
            levers,
            profile: setup.profile,
            run: setup.run.clone(),
            binary: setup.binary.clone(),
            build: Build {
                args,
                toolchain: toolchain.map(str::to_string),
            },
            _dir: dir,
            root,
            result: VariantResult {
                name: name.to_string(),
                toolchain: toolchain.map(str::to_string),
                cold_seconds: 0.0,
                disk_bytes: 0,
                binary_bytes: None,
                linker: None,
                loops: Vec::new(),
                program: Vec::new(),
            },
            failed,
            rerun_scripts: Vec::new(),
        })
    }

    fn run(&self, plan: &crate::engine::plan::Plan) -> Result<Report> {
        let sandbox = Sandbox::in_place(&self.root, &self.root.join("target"))?;
        let options = RunOptions::every_step(step_runner::Progress::Quiet).instrumented(false);
        step_runner::run(plan, &sandbox, &options)
    }

    /// Where the variant's build puts the binary.
    fn binary_path(&self) -> Option<PathBuf> {
        self.binary
            .as_ref()
            .map(|b| self.root.join("target").join(self.profile.dir()).join(b))
    }

    /// The cold build: its time, the target's size, the binary's size and linker.
    fn cold(&mut self) -> Result<()> {
        let report = self.run(&rounds::cold(&self.root, &self.build))?;
        let step = &report.steps[0];
        if !step.passed() {
            // The compiler's errors; cargo's own words when it stopped before rustc
            // (a broken manifest, a missing path).
            let errors = step
                .cargo
                .as_ref()
                .map(|c| {
                    if c.errors.is_empty() {
                        last_lines(c.output.trim(), 15)
                    } else {
                        first_lines(&c.errors.join("\n"), 15)
                    }
                })
                .unwrap_or_default();
            self.failed = Some(format!("the cold build failed:\n{errors}"));
            return Ok(());
        }
        self.result.cold_seconds = step.seconds;
        self.result.disk_bytes = crate::files::bytes_under(&self.root.join("target"));
        if let Some(path) = self.binary_path() {
            self.result.binary_bytes = std::fs::metadata(&path).ok().map(|m| m.len());
            self.result.linker = crate::measure::linker::read(&path);
        }
        Ok(())
    }

    /// One round of the edit loop whose time is not kept: the first edits after a cold
    /// build fill the incremental caches, so every variant gets one before the rounds
    /// that count.
    fn warm_up(&mut self, files: &LoopFiles) -> Result<()> {
        if self.failed.is_none() {
            let programs = self.result.program.len();
            self.round(files, 0)?;
            self.result.loops.pop();
            self.result.program.truncate(programs);
        }
        Ok(())
    }

    /// One round of the edit loop; its seconds are added to the result.
    fn round(&mut self, files: &LoopFiles, round: usize) -> Result<()> {
        let report = self.run(&rounds::round(&self.root, &self.build, files, round))?;
        if let Some(bad) = report.steps.iter().find(|s| !s.passed()) {
            self.failed = Some(format!("a build of the edit loop failed ({})", bad.label));
            return Ok(());
        }
        let seconds: f64 = report
            .steps
            .iter()
            .filter(|s| s.cargo.is_some())
            .map(|s| s.seconds)
            .sum();
        self.result.loops.push(seconds);
        if let (Some(args), Some(binary)) = (&self.run, self.binary_path()) {
            let mut runs = Vec::new();
            for _ in 0..program::RUNS_PER_ROUND {
                crate::interrupt::check()?;
                match program::time(&binary, args, &self.root) {
                    program::Outcome::Ran(s) => runs.push(s),
                    program::Outcome::Failed(why) => {
                        self.failed = Some(format!("--run: {why}"));
                        return Ok(());
                    }
                }
            }
            self.result.program.push(Stats::of(&runs).median);
        }
        self.rerun_scripts = report
            .steps
            .iter()
            .filter_map(|s| s.cargo.as_ref())
            .flat_map(|c| c.units.iter())
            .filter(|u| {
                !u.fresh && !u.registry && u.mode == crate::engine::report::UnitMode::RunBuildScript
            })
            .map(|u| u.package.clone())
            .collect();
        self.rerun_scripts.sort();
        self.rerun_scripts.dedup();
        Ok(())
    }
}

/// Adds the `rerun-if-changed` line at the start of a build script's `main`.
fn add_rerun_line(script: &Path) -> Result<()> {
    let text = std::fs::read_to_string(script)
        .with_context(|| format!("cannot read {}", script.display()))?;
    let Some(at) = text
        .find("fn main()")
        .and_then(|i| text[i..].find('{').map(|j| i + j + 1))
    else {
        bail!("found no `fn main()` in {}", script.display());
    };
    let edited = format!("{}\n    {}{}", &text[..at], lever::RERUN_LINE, &text[at..]);
    std::fs::write(script, edited).with_context(|| format!("cannot write {}", script.display()))
}

fn last_lines(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}

fn first_lines(text: &str, n: usize) -> String {
    text.lines().take(n).collect::<Vec<_>>().join("\n")
}

/// What `tune` knows before it builds anything, for `--list-levers` and the plan.
fn situation(
    project: &Project,
    setup: &Setup,
    linker: Option<String>,
    linker_known: bool,
    build_scripts_rerun: Vec<PathBuf>,
) -> Situation {
    let on_path = |p: &str| crate::engine::requirements::find_on_path(p).is_some();
    let nightly = duct::cmd!("rustc", "+nightly", "--version")
        .stdout_null()
        .stderr_null()
        .unchecked()
        .run()
        .is_ok_and(|o| o.status.success());
    let cranelift = nightly
        && duct::cmd!(
            "rustup",
            "component",
            "list",
            "--toolchain",
            "nightly",
            "--installed"
        )
        .stderr_null()
        .unchecked()
        .read()
        .is_ok_and(|list| list.contains("rustc-codegen-cranelift"));
    Situation {
        linker,
        linker_known,
        mold: on_path("mold"),
        wild: on_path("wild") && on_path("clang"),
        cranelift,
        rust_lld: crate::measure::linker::rust_lld().is_some(),
        nightly,
        loop_profile: setup.profile,
        program: setup.run.is_some(),
        profile: apply::profile_keys(&project.root.join("Cargo.toml"), setup.profile),
        incremental_env: std::env::var_os("CARGO_INCREMENTAL").is_some(),
        rustflags_env: ["RUSTFLAGS", "CARGO_ENCODED_RUSTFLAGS"]
            .iter()
            .any(|v| std::env::var_os(v).is_some_and(|v| !v.is_empty())),
        cores: std::thread::available_parallelism().map_or(1, |n| n.get()),
        linux: cfg!(target_os = "linux"),
        build_scripts_rerun,
    }
}

/// Progress lines with the time spent and an estimate of what is left.
struct Clock {
    start: Instant,
    /// When the run should end, from the start; revised after each round.
    estimate: std::cell::Cell<Option<Duration>>,
    show: bool,
}

impl Clock {
    fn say(&self, what: &str) {
        if !self.show {
            return;
        }
        let spent = self.start.elapsed();
        let left = self
            .estimate
            .get()
            .map(|e| match e.checked_sub(spent) {
                Some(left) => format!(", about {} left", minutes(left)),
                None => ", almost done".to_string(),
            })
            .unwrap_or_default();
        eprintln!("  [{}{left}] {what}", minutes(spent));
    }
}

/// `1m05s`, `42s`.
pub fn minutes(d: Duration) -> String {
    let s = d.as_secs();
    if s >= 60 {
        format!("{}m{:02}s", s / 60, s % 60)
    } else {
        format!("{s}s")
    }
}

/// Tunes the project at `options.path`.
pub fn tune(options: &Options) -> Result<Tuning> {
    if options.runs == 0 {
        return Err(InputError::new("--runs must be at least 1").into());
    }
    let project = Project::open(&options.path)?;
    let binary = project.binary(None, None)?;
    let bin_name = binary.map(|(_, t)| t.name.clone());
    if options.run.is_some() && bin_name.is_none() {
        return Err(InputError::new(format!(
            "--run times the program, but {} builds no binary",
            project.root.display()
        ))
        .into());
    }
    let setup = Setup {
        profile: options.profile,
        run: options.run.clone(),
        binary: bin_name.clone(),
    };
    let files = loop_files(&project, binary)?;
    let clock = Clock {
        start: Instant::now(),
        estimate: std::cell::Cell::new(None),
        show: options.progress,
    };
    // Named levers must exist before anything is built; whether they apply is known
    // after the baseline's build (its linker).
    if let Some(named) = &options.levers {
        let names: Vec<&str> = lever::catalogue(&Situation::default())
            .iter()
            .map(|o| o.lever.name)
            .collect();
        for name in named {
            if !names.contains(&name.as_str()) {
                let hint = crate::suggest::nearest(name, &names)
                    .map(|n| format!("; did you mean `{n}`?"))
                    .unwrap_or_default();
                return Err(InputError::new(format!(
                    "no lever is called `{name}`{hint} (the levers: {})",
                    names.join(", ")
                ))
                .into());
            }
        }
    }

    clock.say("baseline: cold build of a scratch copy (the project as it is)");
    let mut baseline = Variant::new(&project, &setup, "baseline", Vec::new(), None)?;
    baseline.cold()?;
    if let Some(why) = &baseline.failed {
        return Err(CheckFailed(format!(
            "the project does not build as it is, so there is nothing to tune: {why}\n\
             Fix the build (cargo build in {}) and run tune again.",
            project.root.display()
        ))
        .into());
    }
    crate::interrupt::check()?;
    clock.say("baseline: one round of the edit loop, to warm it up and estimate the run");
    baseline.round(&files, 0)?;
    let warmup =
        baseline.result.loops.pop().unwrap_or(0.0) + baseline.result.program.pop().unwrap_or(0.0);
    if let Some(why) = &baseline.failed {
        return Err(CheckFailed(format!(
            "the project's edit loop does not work as it is, so there is nothing to tune: \
             {why}"
        ))
        .into());
    }

    // The build scripts of the workspace that the warm-up round reran.
    let scripts: Vec<PathBuf> = project
        .members
        .iter()
        .filter(|m| baseline.rerun_scripts.contains(&m.name))
        .flat_map(|m| {
            m.targets
                .iter()
                .filter(|t| t.kind.iter().any(|k| k == "custom-build"))
        })
        .map(|t| project.relative(&t.src_path))
        .collect();
    let here = situation(
        &project,
        &setup,
        baseline.result.linker.clone(),
        bin_name.is_some(),
        scripts,
    );
    let offers = lever::catalogue(&here);
    let chosen = lever::choose(&offers, options.levers.as_deref()).map_err(InputError::new)?;
    let not_tried: Vec<(String, String)> = offers
        .iter()
        .filter(|o| !chosen.iter().any(|c| c.name == o.lever.name))
        .map(|o| {
            (
                o.lever.name.to_string(),
                o.not_here
                    .clone()
                    .unwrap_or_else(|| "not named with --levers".into()),
            )
        })
        .collect();
    if chosen.is_empty() {
        bail!(CheckFailed(format!(
            "no lever applies to this project on this machine:\n{}",
            not_tried
                .iter()
                .map(|(n, w)| format!("  {n}: {w}"))
                .collect::<Vec<_>>()
                .join("\n")
        )));
    }

    // The plan, its estimate, and consent past the budget.
    let nightly_baseline = chosen.iter().any(|l| l.toolchain.is_some());
    let variants_count = chosen.len() + usize::from(nightly_baseline);
    let cold = baseline.result.cold_seconds;
    let estimate_secs = (cold + warmup) * (variants_count as f64 + 1.0)
        + warmup * options.runs as f64 * (variants_count as f64 + 1.0) * 1.6;
    let estimate = Duration::from_secs_f64(estimate_secs);
    let disk = baseline.result.disk_bytes * (variants_count as u64 + 2);
    if options.progress {
        eprintln!(
            "tune: {} lever{} to try ({}), {} rounds each; estimated {} and up to {} of disk \
             in the temp dir",
            chosen.len(),
            if chosen.len() == 1 { "" } else { "s" },
            chosen.iter().map(|l| l.name).collect::<Vec<_>>().join(", "),
            options.runs,
            minutes(estimate),
            render::bytes(disk)
        );
    }
    if let Some(free) = crate::files::free_bytes(&std::env::temp_dir())
        && disk > free
    {
        bail!(CheckFailed(format!(
            "the variants need up to {} in {}, which has {} free: free some space, point TMPDIR \
             elsewhere, or try fewer --levers",
            render::bytes(disk),
            std::env::temp_dir().display(),
            render::bytes(free)
        )));
    }
    if estimate > options.budget && !options.yes {
        let question = format!(
            "This run is estimated at {}, past the budget of {}. Start it?",
            minutes(estimate),
            minutes(options.budget)
        );
        if !ask(&question)? {
            bail!(CheckFailed(format!(
                "tune did not start: estimated {} is past --budget {} (pass --budget MINUTES or --yes, or fewer --levers)",
                minutes(estimate),
                minutes(options.budget)
            )));
        }
    }
    clock.estimate.set(Some(estimate + clock.start.elapsed()));

    let mut stopped = None;
    let mut variants: Vec<Variant> = Vec::new();
    let mut nightly = None;
    let outcome = (|| -> Result<()> {
        if nightly_baseline {
            clock
                .say("nightly baseline: cold build (the levers that need nightly compare with it)");
            let mut v = Variant::new(
                &project,
                &setup,
                "baseline-nightly",
                Vec::new(),
                Some("nightly"),
            )?;
            v.cold()?;
            v.warm_up(&files)?;
            nightly = Some(v);
        }
        for l in &chosen {
            crate::interrupt::check()?;
            clock.say(&format!("{}: cold build", l.name));
            let mut v = Variant::new(&project, &setup, l.name, vec![l.clone()], l.toolchain)?;
            v.cold()?;
            if v.failed.is_none()
                && let Some(expected) = l.expect_linker
                && !v
                    .result
                    .linker
                    .as_deref()
                    .is_some_and(|k| k.starts_with(expected))
            {
                v.failed = Some(format!(
                    "the setting did not take effect: the binary was linked by {}",
                    v.result.linker.as_deref().unwrap_or("an unknown linker")
                ));
            }
            v.warm_up(&files)?;
            variants.push(v);
        }
        rounds_of(
            &mut baseline,
            nightly.as_mut(),
            &mut variants,
            &files,
            options,
            &clock,
        )
    })();
    match outcome {
        Ok(()) => {}
        Err(e) if e.downcast_ref::<Interrupted>().is_some() => {
            stopped = Some("interrupted (Ctrl-C): the scratch copies are removed".to_string());
        }
        Err(e) if e.downcast_ref::<PastBudget>().is_some() => {
            stopped = Some(format!("{e}"));
        }
        Err(e) => return Err(e),
    }

    let levers: Vec<LeverResult> = variants
        .iter()
        .map(|v| {
            let paired = match (&v.build.toolchain, &nightly) {
                (Some(_), Some(n)) => &n.result,
                _ => &baseline.result,
            };
            lever_result(v, paired)
        })
        .collect();
    let mut tuning = Tuning {
        project: project.root.clone(),
        machine: machine_line(&here),
        loop_files: std::iter::once(files.entry.0.clone())
            .chain(files.leaf.as_ref().map(|(f, _)| f.clone()))
            .collect(),
        runs: options.runs,
        profile: options.profile,
        run: options.run.clone(),
        baseline: baseline.result.clone(),
        levers,
        together: None,
        not_tried,
        stopped,
        seconds: 0.0,
    };

    // The kept levers, together, against the baseline once more.
    let kept: Vec<String> = tuning
        .kept()
        .iter()
        .filter(|l| l.variant.toolchain.is_none())
        .map(|l| l.name.clone())
        .collect();
    if tuning.stopped.is_none() && kept.len() > 1 {
        let levers: Vec<Lever> = chosen
            .iter()
            .filter(|l| kept.iter().any(|k| k == l.name))
            .cloned()
            .collect();
        let result = (|| -> Result<LeverResult> {
            clock.say(&format!("together ({}): cold build", kept.join(" + ")));
            let mut v = Variant::new(&project, &setup, "together", levers, None)?;
            v.cold()?;
            v.warm_up(&files)?;
            let mut base = Variant {
                result: VariantResult {
                    loops: Vec::new(),
                    program: Vec::new(),
                    ..baseline.result.clone()
                },
                ..baseline
            };
            let mut list = vec![v];
            rounds_of(&mut base, None, &mut list, &files, options, &clock)?;
            Ok(lever_result(&list[0], &base.result))
        })();
        match result {
            Ok(r) => tuning.together = Some(r),
            Err(e) if e.downcast_ref::<Interrupted>().is_some() => {
                tuning.stopped =
                    Some("interrupted (Ctrl-C) while measuring the kept levers together".into());
            }
            Err(e) if e.downcast_ref::<PastBudget>().is_some() => {
                tuning.stopped = Some(format!("{e}"))
            }
            Err(e) => return Err(e),
        }
    }
    tuning.seconds = clock.start.elapsed().as_secs_f64();
    Ok(tuning)
}

/// The run went past its budget: it stops and reports what it measured.
#[derive(Debug)]
struct PastBudget(Duration);

impl std::fmt::Display for PastBudget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "stopped past the budget of {} (--budget): the rounds so far are reported",
            minutes(self.0)
        )
    }
}

impl std::error::Error for PastBudget {}

/// The rounds: every variant (and the baselines) once per round, in a rotating order.
fn rounds_of(
    baseline: &mut Variant,
    mut nightly: Option<&mut Variant>,
    variants: &mut [Variant],
    files: &LoopFiles,
    options: &Options,
    clock: &Clock,
) -> Result<()> {
    // Past twice the budget (the estimate can be off), stop: the learner agreed to the
    // budget, or to the estimate.
    let limit = options.budget.max(clock.estimate.get().unwrap_or_default()) * 2;
    let rounds_start = clock.start.elapsed();
    for round in 1..=options.runs {
        let mut order: Vec<usize> = (0..variants.len() + 2).collect();
        let len = order.len();
        order.rotate_left(round % len);
        for i in order {
            crate::interrupt::check()?;
            if clock.start.elapsed() > limit {
                return Err(PastBudget(limit).into());
            }
            let v: &mut Variant = match i {
                0 => &mut *baseline,
                1 => match nightly.as_deref_mut() {
                    Some(n) => n,
                    None => continue,
                },
                i => &mut variants[i - 2],
            };
            if v.failed.is_some() {
                continue;
            }
            clock.say(&format!("{}: round {round} of {}", v.name, options.runs));
            v.round(files, round)?;
        }
        // What is left: as long as the rounds so far took, each.
        let spent = clock.start.elapsed();
        let per_round = (spent - rounds_start) / round as u32;
        clock
            .estimate
            .set(Some(spent + per_round * (options.runs - round) as u32));
    }
    Ok(())
}

fn lever_result(v: &Variant, baseline: &VariantResult) -> LeverResult {
    let rounds = v.result.loops.len().min(baseline.loops.len());
    let baseline_loops = baseline.loops[..rounds].to_vec();
    let mut failed = v.failed.clone();
    if failed.is_none()
        && v.levers.iter().any(|l| !l.build_scripts.is_empty())
        && !v.rerun_scripts.is_empty()
    {
        failed = Some(format!(
            "the change did not take effect: the build script of {} still reran",
            v.rerun_scripts.join(", ")
        ));
    }
    let comparison = failed
        .is_none()
        .then(|| verdict::compare(&baseline_loops, &v.result.loops));
    let programs = v.result.program.len().min(baseline.program.len());
    let baseline_program = baseline.program[..programs].to_vec();
    let program = (failed.is_none() && programs > 0)
        .then(|| verdict::compare(&baseline_program, &v.result.program));
    // A set measured together is judged as its levers are: on the program when one
    // of them is.
    let judge = if v.levers.iter().any(|l| l.judge == Judge::Program) {
        Judge::Program
    } else {
        Judge::EditLoop
    };
    let name = if v.levers.len() == 1 {
        v.levers[0].name.to_string()
    } else {
        v.name.clone()
    };
    LeverResult {
        name,
        title: v
            .levers
            .iter()
            .map(|l| l.title)
            .collect::<Vec<_>>()
            .join(" + "),
        loses: v
            .levers
            .iter()
            .map(|l| l.loses)
            .collect::<Vec<_>>()
            .join("; "),
        settings: v.levers.iter().flat_map(render::setting_lines).collect(),
        variant: v.result.clone(),
        baseline_loops,
        comparison,
        judge,
        baseline_program,
        program,
        note: failed,
    }
}

fn machine_line(s: &Situation) -> String {
    format!(
        "{} cores, {}, linker {}",
        s.cores,
        crate::engine::host::host(None).rustc,
        s.linker.as_deref().unwrap_or("unknown")
    )
}

/// The files the edit loop changes: `measure`'s choice (the binary's entry file, and a
/// leaf member's library).
fn loop_files(
    project: &Project,
    binary: Option<(
        &crate::measure::project::Member,
        &crate::measure::project::MemberTarget,
    )>,
) -> Result<LoopFiles> {
    let probes = crate::measure::default_probes(project, binary)?;
    let read = |f: &Path| -> Result<(PathBuf, String)> {
        let text = std::fs::read_to_string(project.root.join(f))
            .with_context(|| format!("cannot read {}", project.root.join(f).display()))?;
        Ok((f.to_path_buf(), text))
    };
    let mut edited = probes.iter().filter(|p| p.edited);
    let entry = edited
        .next()
        .map(|p| read(&p.file))
        .transpose()?
        .context("found no file to edit")?;
    let leaf = edited.next().map(|p| read(&p.file)).transpose()?;
    Ok(LoopFiles { entry, leaf })
}

/// Asks a yes/no question on the terminal; `false` without one.
pub fn ask(question: &str) -> Result<bool> {
    if !std::io::stdin().is_terminal() {
        eprintln!("{question} [y/N] (no terminal to ask: no)");
        return Ok(false);
    }
    eprint!("{question} [y/N] ");
    let mut answer = String::new();
    std::io::stdin().read_line(&mut answer)?;
    Ok(matches!(answer.trim(), "y" | "Y" | "yes" | "Yes"))
}

/// Where a project's last tuning is kept: beside the lab's results, outside the
/// project.
pub fn saved_path(project: &Path) -> PathBuf {
    let key: String = project
        .display()
        .to_string()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    crate::paths::results_dir()
        .join("tune")
        .join(format!("{key}.json"))
}

/// Keeps the tuning for `--apply`.
pub fn save(tuning: &Tuning) -> Result<PathBuf> {
    let path = saved_path(&tuning.project);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    crate::files::write_atomic(&path, &serde_json::to_vec_pretty(tuning)?)?;
    Ok(path)
}

/// The last tuning of the project, if any.
pub fn load_saved(project: &Path) -> Result<Option<Tuning>> {
    let path = saved_path(project);
    match std::fs::read(&path) {
        Ok(bytes) => Ok(Some(serde_json::from_slice(&bytes).with_context(|| {
            format!("cannot read the saved tuning {}", path.display())
        })?)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
    }
}

/// The offers, for `--list-levers`: for the loop of `profile`, with the program timed
/// or not (`run`).
pub fn offers(path: &Path, profile: LoopProfile, run: bool) -> Result<(Project, Vec<Offer>)> {
    let project = Project::open(path)?;
    let binary = project.binary(None, None)?;
    // The linker of a binary the project already built, if there is one.
    let linker = binary.and_then(|(_, t)| {
        crate::measure::linker::read(&project.target_dir.join(profile.dir()).join(&t.name))
    });
    let known = linker.is_some();
    let setup = Setup {
        profile,
        run: run.then(Vec::new),
        binary: binary.map(|(_, t)| t.name.clone()),
    };
    let s = situation(&project, &setup, linker, known, Vec::new());
    Ok((project, lever::catalogue(&s)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result(name: &str, judge: Judge, edit_loop: &[f64], program: &[f64]) -> LeverResult {
        let base = [1.0; 5];
        LeverResult {
            name: name.into(),
            title: String::new(),
            loses: String::new(),
            settings: Vec::new(),
            variant: VariantResult {
                name: name.into(),
                toolchain: None,
                cold_seconds: 1.0,
                disk_bytes: 1,
                binary_bytes: None,
                linker: None,
                loops: edit_loop.to_vec(),
                program: program.to_vec(),
            },
            baseline_loops: base.to_vec(),
            comparison: Some(verdict::compare(&base, edit_loop)),
            judge,
            baseline_program: base.to_vec(),
            program: (!program.is_empty()).then(|| verdict::compare(&base, program)),
            note: None,
        }
    }

    #[test]
    fn a_lever_for_the_program_is_kept_for_the_program_unless_the_loop_got_slower() {
        let same = [1.0, 1.01, 0.99, 1.0, 1.02];
        let faster = [0.2; 5];
        let slower = [1.2; 5];
        assert!(result("deps-optimized", Judge::Program, &same, &faster).kept());
        assert!(!result("deps-optimized", Judge::Program, &slower, &faster).kept());
        assert!(!result("deps-optimized", Judge::Program, &faster, &same).kept());
        // Without program runs there is nothing to judge it on.
        assert!(!result("deps-optimized", Judge::Program, &faster, &[]).kept());
        // An edit-loop lever ignores the program.
        assert!(result("no-debuginfo", Judge::EditLoop, &faster, &slower).kept());
    }

    #[test]
    fn the_program_lever_is_recommended_beside_the_best_for_the_loop() {
        let tuning = Tuning {
            project: PathBuf::from("/p"),
            machine: String::new(),
            loop_files: Vec::new(),
            runs: 5,
            profile: LoopProfile::Dev,
            run: Some(Vec::new()),
            baseline: result("baseline", Judge::EditLoop, &[1.0; 5], &[]).variant,
            levers: vec![
                result("deps-optimized", Judge::Program, &[1.0; 5], &[0.1; 5]),
                result("no-debuginfo", Judge::EditLoop, &[0.7; 5], &[]),
                result("line-tables-only", Judge::EditLoop, &[0.8; 5], &[]),
            ],
            together: None,
            not_tried: Vec::new(),
            stopped: None,
            seconds: 0.0,
        };
        let names = |v: Vec<&LeverResult>| v.iter().map(|l| l.name.clone()).collect::<Vec<_>>();
        // no-debuginfo makes line tables pointless: they are not kept together.
        assert_eq!(names(tuning.kept()), ["no-debuginfo", "deps-optimized"]);
        // Measured together, they were no faster for the loop than no-debuginfo alone:
        // that one, and the lever kept for the program.
        let together = Tuning {
            together: Some(result("together", Judge::Program, &[0.7; 5], &[0.1; 5])),
            ..tuning.clone()
        };
        assert_eq!(
            names(together.recommended()),
            ["no-debuginfo", "deps-optimized"]
        );
        // Faster together than no-debuginfo alone: both, as measured.
        let pays = Tuning {
            together: Some(result("together", Judge::Program, &[0.5; 5], &[0.1; 5])),
            ..tuning
        };
        assert_eq!(
            names(pays.recommended()),
            ["no-debuginfo", "deps-optimized"]
        );
    }
}
