//! `measure`: the lab's engine on the learner's own project. It runs a fixed sequence
//! of builds in place (see [`sequence`]), with every file it changes saved first and
//! put back after (see [`journal`]), then reads the steps with the rules of
//! [`diagnosis`].
//!
//! Build cache: `measure` uses the project's own target directory. The timing wrapper
//! (`RUSTC_WRAPPER`) and cargo's fingerprint log change no fingerprint, so the
//! learner's next `cargo build` is as fresh as before; the sequence ends by putting
//! the files' times back and checking that a no-op build is fresh.

pub mod blast;
pub mod bound;
pub mod chain;
pub mod diagnosis;
pub mod guard;
pub mod hyperfine;
pub mod journal;
pub mod linker;
pub mod project;
pub mod sequence;

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::Serialize;

use crate::engine::report::Report;
use crate::engine::sandbox::Sandbox;
use crate::engine::stats::Stats;
use crate::engine::step_runner::{self, Progress, RunOptions};
use crate::error::InputError;
use diagnosis::Finding;
use project::Project;
use sequence::{Probes, Role, Target};

/// What to measure and how.
#[derive(Debug, Clone)]
pub struct Options {
    /// The project's directory.
    pub path: PathBuf,
    /// Files to touch; the lab picks when empty.
    pub touch: Vec<PathBuf>,
    /// Files to edit; the lab picks when empty.
    pub edit: Vec<PathBuf>,
    /// `-p PACKAGE`.
    pub package: Option<String>,
    /// `--bin BIN`.
    pub bin: Option<String>,
    /// Measure `cargo check` instead of `cargo build`.
    pub check: bool,
    /// Builds per timed step.
    pub runs: usize,
    /// Progress on stderr.
    pub progress: Progress,
}

/// A file the sequence works on, and why the lab chose it.
#[derive(Debug, Clone, Serialize)]
pub struct Probe {
    /// The file, relative to the project root.
    pub file: PathBuf,
    /// Why it was chosen (or `given with --edit`).
    pub why: String,
    /// Whether it is touched.
    pub touched: bool,
    /// Whether it is edited.
    pub edited: bool,
}

/// The median time of one kind of step.
#[derive(Debug, Clone, Serialize)]
pub struct Timing {
    /// The kind of step (`no-op`, `touch`, `code edit`...).
    pub step: String,
    /// The file changed before it, if any.
    pub file: Option<PathBuf>,
    /// Builds measured.
    pub runs: usize,
    /// Median seconds.
    pub median: f64,
    /// Fastest.
    pub min: f64,
    /// Slowest.
    pub max: f64,
    /// Median share of the step spent linking.
    pub link_share: f64,
}

/// Everything `measure` found.
#[derive(Debug, Clone, Serialize)]
pub struct Measurement {
    /// The workspace root measured.
    pub project: PathBuf,
    /// `cargo build` or `cargo check`, with the target options.
    pub command: String,
    /// The target directory used (the project's own).
    pub target_dir: PathBuf,
    /// Whether the first build started cold or from the target's current state.
    pub start: String,
    /// Files restored from a journal left by an earlier, interrupted `measure`.
    pub recovered: Vec<PathBuf>,
    /// The files touched and edited.
    pub probes: Vec<Probe>,
    /// Every step, as `run` reports them.
    pub report: Report,
    /// Medians per kind of step.
    pub timings: Vec<Timing>,
    /// The linker that produced the binary, as read from it.
    pub linker: Option<String>,
    /// What the rules found.
    pub findings: Vec<Finding>,
    /// What each step of the report is for, in the report's order.
    #[serde(skip)]
    pub roles: Vec<Role>,
    /// The workspace's dependency edges, `(member, member it depends on)`.
    #[serde(skip)]
    pub edges: Vec<(String, String)>,
}

impl Measurement {
    /// Whether every step ran and the last no-op build was fresh.
    pub fn passed(&self) -> bool {
        self.report.passed()
    }
}

/// Where revert journals live: beside the lab's results, outside the project.
pub fn journals_dir() -> PathBuf {
    crate::paths::results_dir().join("measure-journals")
}

/// Measures the project at `options.path`.
pub fn measure(options: &Options) -> Result<Measurement> {
    if options.runs == 0 {
        return Err(InputError::new("--runs must be at least 1").into());
    }
    let project = Project::open(&options.path)?;
    let recovered = journal::recover(&journals_dir(), &project.root)?;
    let binary = project.binary(options.package.as_deref(), options.bin.as_deref())?;
    let probes = choose_probes(&project, binary, &options.touch, &options.edit)?;
    let target = Target {
        check: options.check,
        package: options.package.clone(),
        bin: options.bin.clone(),
    };
    let probe_files = Probes {
        touch: probes
            .iter()
            .filter(|p| p.touched)
            .map(|p| p.file.clone())
            .collect(),
        edit: probes
            .iter()
            .filter(|p| p.edited)
            .map(|p| {
                let path = project.root.join(&p.file);
                std::fs::read_to_string(&path)
                    .map(|text| (p.file.clone(), text))
                    .with_context(|| format!("cannot read {}", path.display()))
            })
            .collect::<Result<_>>()?,
    };
    let mut saved: Vec<PathBuf> = probes.iter().map(|p| project.root.join(&p.file)).collect();
    saved.push(project.root.join("Cargo.lock"));
    let mut journal = journal::Journal::open(&journals_dir(), &project.root, &saved)?;

    let start = if project
        .target_dir
        .join("debug")
        .join(".fingerprint")
        .is_dir()
    {
        "from the current state of the target directory".to_string()
    } else {
        "cold: the target directory holds no build yet".to_string()
    };
    let sandbox = Sandbox::in_place(&project.root, &project.target_dir)?;
    let run_options = RunOptions::every_step(options.progress);
    let (main, mut roles) = sequence::main_plan(&project.root, &target, &probe_files, options.runs);
    let mut report = step_runner::run(&main, &sandbox, &run_options)?;
    if report.passed() {
        journal.restore_times()?;
        // When the no-op build already compiled something, the last one will too: that
        // is the project's finding, not a sign that measure left anything changed.
        let noop_fresh = roles.iter().zip(&report.steps).all(|(role, step)| {
            *role != Role::NoOp
                || step
                    .cargo
                    .as_ref()
                    .is_some_and(|c| c.compiled_packages().is_empty())
        });
        let (closing, closing_roles) = sequence::closing_plan(&project.root, &target, noop_fresh);
        let tail = step_runner::run(&closing, &sandbox, &run_options)?;
        let offset = report.steps.len();
        for mut step in tail.steps {
            step.number += offset;
            report.steps.push(step);
        }
        roles.extend(closing_roles);
    }
    journal.restore()?;
    report.exercise = "measure".into();
    report.title = project.root.display().to_string();
    if let Some(wrapper) = std::env::var_os("RUSTC_WRAPPER").filter(|w| !w.is_empty()) {
        report.warnings.push(format!(
            "RUSTC_WRAPPER={} ran behind the lab's timing wrapper, so its cache hits are \
             part of these times",
            wrapper.to_string_lossy()
        ));
    }

    let linker = binary
        .filter(|_| !options.check)
        .and_then(|(_, t)| linker::read(&project.target_dir.join("debug").join(&t.name)));
    let steps: Vec<(Role, &crate::engine::report::StepReport)> =
        roles.iter().cloned().zip(report.steps.iter()).collect();
    let ctx = diagnosis::Context {
        members: project.members.iter().map(|m| m.name.clone()).collect(),
        linker: linker.clone(),
        other_linkers: linker::alternatives(linker.as_deref()),
    };
    let findings = diagnosis::diagnose(&steps, &ctx);
    let timings = timings(&steps);
    let command = match &main.steps[0].action {
        crate::engine::plan::Action::Cargo(c) => c.display(),
        _ => String::new(),
    };
    Ok(Measurement {
        project: project.root.clone(),
        command,
        target_dir: project.target_dir.clone(),
        start,
        recovered,
        probes,
        report,
        timings,
        linker,
        findings,
        roles,
        edges: project
            .members
            .iter()
            .flat_map(|m| m.depends_on.iter().map(|d| (m.name.clone(), d.clone())))
            .collect(),
    })
}

/// The files `measure` touches and edits when none are given: the binary's entry file
/// and a leaf member's library.
pub fn default_probes(
    project: &Project,
    binary: Option<(&project::Member, &project::MemberTarget)>,
) -> Result<Vec<Probe>> {
    choose_probes(project, binary, &[], &[])
}

/// The files to touch and edit: the ones given, or the binary's entry file and a leaf
/// member's library.
fn choose_probes(
    project: &Project,
    binary: Option<(&project::Member, &project::MemberTarget)>,
    touch: &[PathBuf],
    edit: &[PathBuf],
) -> Result<Vec<Probe>> {
    let mut probes: Vec<Probe> = Vec::new();
    let mut add = |file: PathBuf, why: String, touched: bool, edited: bool| match probes
        .iter_mut()
        .find(|p| p.file == file)
    {
        Some(p) => {
            p.touched |= touched;
            p.edited |= edited;
        }
        None => probes.push(Probe {
            file,
            why,
            touched,
            edited,
        }),
    };
    let given = |f: &Path| -> Result<PathBuf> {
        let abs = project.root.join(f);
        if !abs.is_file() {
            return Err(InputError::new(format!(
                "{} is not a file of the project at {}",
                f.display(),
                project.root.display()
            ))
            .into());
        }
        Ok(project.relative(&abs.canonicalize()?))
    };
    for f in touch {
        add(given(f)?, "given with --touch".into(), true, false);
    }
    for f in edit {
        add(given(f)?, "given with --edit".into(), false, true);
    }
    let leaf = project.leaf_library(binary.map(|(m, _)| m.name.as_str()));
    let entry = binary.map(|(m, t)| {
        (
            project.relative(&t.src_path),
            format!(
                "the entry file of the binary `{}` (package `{}`)",
                t.name, m.name
            ),
        )
    });
    let leaf_file = leaf
        .filter(|(m, _)| binary.is_none_or(|(b, _)| b.name != m.name))
        .map(|(m, t)| {
            (
                project.relative(&t.src_path),
                format!(
                    "the library of `{}`, a workspace member that depends on no other",
                    m.name
                ),
            )
        });
    if touch.is_empty()
        && let Some((file, why)) = entry.clone().or_else(|| leaf_file.clone())
    {
        add(file, why, true, false);
    }
    if edit.is_empty() {
        for (file, why) in entry.into_iter().chain(leaf_file) {
            add(file, why, false, true);
        }
    }
    if probes.is_empty() {
        return Err(InputError::new(format!(
            "found no binary and no library to edit in {}; name files with --edit FILE",
            project.root.display()
        ))
        .into());
    }
    Ok(probes)
}

/// Medians per kind of build step and file.
fn timings(steps: &[(Role, &crate::engine::report::StepReport)]) -> Vec<Timing> {
    let mut out: Vec<Timing> = Vec::new();
    let mut groups: Vec<(Role, Vec<&crate::engine::report::StepReport>)> = Vec::new();
    for (role, step) in steps {
        if matches!(role, Role::Change) || step.cargo.is_none() {
            continue;
        }
        match groups.iter_mut().find(|(r, _)| r == role) {
            Some((_, list)) => list.push(step),
            None => groups.push((role.clone(), vec![step])),
        }
    }
    for (role, list) in groups {
        let secs: Vec<f64> = list.iter().map(|s| s.seconds).collect();
        let shares: Vec<f64> = list
            .iter()
            .map(|s| {
                let link = s.cargo.as_ref().map_or(0.0, |c| c.link_seconds());
                if s.seconds > 0.0 {
                    link / s.seconds
                } else {
                    0.0
                }
            })
            .collect();
        let stats = Stats::of(&secs);
        out.push(Timing {
            step: role.name().to_string(),
            file: role.file().map(Path::to_path_buf),
            runs: list.len(),
            median: stats.median,
            min: stats.min,
            max: stats.max,
            link_share: Stats::of(&shares).median,
        });
    }
    out
}

/// The measurement as a person reads it: the steps, the timings, the diagnosis.
pub fn render(m: &Measurement) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    for f in &m.recovered {
        let _ = writeln!(
            out,
            "restored {} from an earlier measure that did not finish",
            f.display()
        );
    }
    let _ = writeln!(out, "project: {}", m.project.display());
    let _ = writeln!(out, "command: {}", m.command);
    let _ = writeln!(
        out,
        "build cache: the project's own target directory {} (the lab's timing wrapper \
         changes no fingerprint; your next cargo build stays fresh)",
        m.target_dir.display()
    );
    let _ = writeln!(out, "start: {}", m.start);
    for p in &m.probes {
        let what = match (p.touched, p.edited) {
            (true, true) => "touched and edited",
            (true, false) => "touched",
            _ => "edited",
        };
        let _ = writeln!(out, "{what}: {} — {}", p.file.display(), p.why);
    }
    let _ = writeln!(out);
    out.push_str(&crate::table::render(&m.report));
    let _ = writeln!(out);
    let repeated = m.timings.iter().any(|t| t.runs > 1);
    let _ = writeln!(
        out,
        "{}",
        if repeated {
            "Timings (wall time of cargo, median [min–max] ×runs):"
        } else {
            "Timings (wall time of cargo, one run each; --runs N repeats them):"
        }
    );
    for t in &m.timings {
        let label = match &t.file {
            Some(f) => format!("{} {}", t.step, f.display()),
            None => t.step.clone(),
        };
        let range = if t.runs > 1 {
            format!(" [{:.2}–{:.2}] ×{}", t.min, t.max, t.runs)
        } else {
            String::new()
        };
        let link = if t.link_share > 0.0 {
            format!(", linking {:.0} %", t.link_share * 100.0)
        } else {
            String::new()
        };
        let _ = writeln!(out, "  {label:<40} {:>7.2}s{range}{link}", t.median);
    }
    if let Some(l) = &m.linker {
        let _ = writeln!(out, "  linker (read from the binary): {l}");
    }
    let _ = writeln!(out);
    if m.findings.is_empty() {
        let _ = writeln!(
            out,
            "Diagnosis: nothing stands out. The no-op build is fresh, edits rebuild only what \
             depends on them, and linking is not the larger part of the loop."
        );
    } else {
        let _ = writeln!(out, "Diagnosis:");
        for (i, f) in m.findings.iter().enumerate() {
            let _ = writeln!(out, "{}. {}", i + 1, f.summary);
            for e in &f.evidence {
                let _ = writeln!(out, "   evidence: {e}");
            }
            let _ = writeln!(out, "   what to do: {}", f.advice);
            let _ = writeln!(out, "   read: {}", f.book);
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "Which settings would make this loop faster here? `tune` tries each lever in scratch \
         copies, measured, and keeps only what beats the noise:\n  cargo xtask tune --path {}",
        m.project.display()
    );
    out
}
