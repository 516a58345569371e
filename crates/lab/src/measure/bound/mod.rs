//! `measure --cold-bound`: how far could more machines take a cold build? A scratch
//! copy of the project is built cold twice, each time from an empty target directory of
//! its own: with `--jobs 2 --timings`, which gives every unit's time and when its
//! metadata was ready, and with `--jobs 1`. The engine reads the unit graph from the
//! first build's `-v` commands ([`crate::engine::unit_graph`]). From the times and the
//! graph, [`schedule`] computes the critical path (the shortest the build could take
//! however many workers it had) and simulates the build with 1, 2, 4, 8, 16 and 64
//! workers; the two measured builds say how close the simulation comes on this
//! machine. The learner's files, `target/` and Cargo home are not touched (the
//! registry is read, as any build reads it).

pub mod schedule;
pub mod timings;

use std::fmt::Write as _;
use std::path::PathBuf;

use anyhow::{Context, Result};
use serde::Serialize;

use crate::engine::plan::{Action, CargoCommand, CargoStep, Expect, Step};
use crate::engine::report::{CargoOutcome, TargetKind, UnitMode, UnitReport, unit_label};
use crate::engine::sandbox::Sandbox;
use crate::engine::step_runner::{self, Progress, RunOptions};
use crate::error::CheckFailed;
use crate::measure::project::Project;
use schedule::{Graph, Task, Wait};

/// The numbers of workers simulated.
pub const WORKERS: [usize; 6] = [1, 2, 4, 8, 16, 64];

/// What to bound.
#[derive(Debug, Clone)]
pub struct Options {
    /// The project's directory.
    pub path: PathBuf,
    /// Progress on stderr.
    pub progress: Progress,
}

/// A cold build measured on this machine.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Measured {
    /// `--jobs N`.
    pub jobs: usize,
    /// Wall time of cargo.
    pub seconds: f64,
}

/// The simulated length with some number of workers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Simulated {
    /// Workers.
    pub workers: usize,
    /// Seconds.
    pub seconds: f64,
}

/// A unit on the critical path.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PathUnit {
    /// The unit (`serde_derive proc-macro`).
    pub unit: String,
    /// Its time.
    pub seconds: f64,
}

/// What `--cold-bound` found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Bound {
    /// The workspace root.
    pub project: PathBuf,
    /// The machine, in a line.
    pub machine: String,
    /// Units compiled or run in the cold build.
    pub units: usize,
    /// Their times, summed: the work of the build.
    pub work_seconds: f64,
    /// Units whose time came from the lab's own timing instead of cargo's report.
    pub timed_by_the_lab: usize,
    /// The cold builds measured.
    pub measured: Vec<Measured>,
    /// The simulation, per number of workers.
    pub simulated: Vec<Simulated>,
    /// The critical path's length: the build with as many workers as it likes.
    pub critical_seconds: f64,
    /// The units along it, first to last.
    pub critical_path: Vec<PathUnit>,
}

impl Bound {
    /// The simulated length for `workers`.
    pub fn simulated_for(&self, workers: usize) -> Option<f64> {
        self.simulated
            .iter()
            .find(|s| s.workers == workers)
            .map(|s| s.seconds)
    }

    /// The measured length for `jobs`.
    pub fn measured_for(&self, jobs: usize) -> Option<f64> {
        self.measured
            .iter()
            .find(|m| m.jobs == jobs)
            .map(|m| m.seconds)
    }
}

/// One cold build in `root` with `--jobs N`, into a target directory of its own.
fn cold_build(
    root: &std::path::Path,
    target: &std::path::Path,
    jobs: usize,
    progress: Progress,
) -> Result<(f64, CargoOutcome)> {
    let plan = crate::measure::sequence::plan(
        "cold-bound",
        root,
        vec![Step {
            number: 1,
            label: format!("cold build with --jobs {jobs}"),
            action: Action::Cargo(CargoStep {
                command: CargoCommand::Build,
                args: vec!["--timings".into(), "--jobs".into(), jobs.to_string()],
                dir: None,
                toolchain: None,
                expect: Expect {
                    success: true,
                    ..Expect::default()
                },
            }),
        }],
    );
    let sandbox = Sandbox::in_place(root, target)?;
    let report = step_runner::run(&plan, &sandbox, &RunOptions::every_step(progress))?;
    let step = report.steps.first().context("the cold build did not run")?;
    let cargo = step.cargo.clone().context("the cold build ran no cargo")?;
    if !step.passed() {
        return Err(CheckFailed(format!(
            "the project does not build as it is, so there is no cold build to bound:\n{}",
            cargo.errors.join("\n")
        ))
        .into());
    }
    Ok((step.seconds, cargo))
}

/// Whether a unit of cargo's timings report is `u`.
fn same_unit(t: &timings::UnitTime, u: &UnitReport) -> bool {
    if t.name != u.package || t.version != u.version {
        return false;
    }
    match (u.mode, &u.kind) {
        (UnitMode::RunBuildScript, _) => t.is_run(),
        (_, TargetKind::BuildScript) => {
            !t.is_run() && (t.target.contains("build-script") || t.target.contains("build script"))
        }
        (_, TargetKind::Lib | TargetKind::ProcMacro) => !t.is_run() && t.target.trim().is_empty(),
        _ => {
            !t.is_run()
                && (t.target.contains(&format!("\"{}\"", u.target))
                    || t.target.contains(&format!(" {} ", u.target)))
        }
    }
}

/// The graph of the compiled units, with cargo's times where its report has them.
fn graph(cargo: &CargoOutcome, times: &[timings::UnitTime]) -> (Graph, usize) {
    let compiled: Vec<usize> = (0..cargo.units.len())
        .filter(|&i| !cargo.units[i].fresh)
        .collect();
    let mut place = vec![usize::MAX; cargo.units.len()];
    let mut tasks = Vec::new();
    let mut by_lab = 0;
    for (t, &i) in compiled.iter().enumerate() {
        place[i] = t;
        let u = &cargo.units[i];
        let (seconds, metadata_at) = match times.iter().find(|t| same_unit(t, u)) {
            Some(t) => (t.duration, t.metadata_at()),
            None => {
                by_lab += 1;
                let s = cargo
                    .timing_of(u)
                    .map_or(0.0, |t| t.compile_seconds + t.link_seconds.unwrap_or(0.0));
                (s, None)
            }
        };
        tasks.push(Task {
            name: unit_label(u),
            seconds,
            metadata_at,
        });
    }
    let waits = cargo
        .edges
        .iter()
        .filter(|e| place[e.unit] != usize::MAX && place[e.on] != usize::MAX)
        .map(|e| Wait {
            unit: place[e.unit],
            on: place[e.on],
            metadata: e.metadata,
        })
        .collect();
    (Graph { tasks, waits }, by_lab)
}

/// Bounds the cold build of the project at `options.path`.
pub fn bound(options: &Options) -> Result<Bound> {
    let project = Project::open(&options.path)?;
    let (dir, root) = project.scratch_copy("rebuild-lab-bound-")?;
    let mut measured = Vec::new();
    let (seconds, cargo) = cold_build(&root, &dir.path().join("target-j2"), 2, options.progress)?;
    measured.push(Measured { jobs: 2, seconds });
    let times = timings::read(&dir.path().join("target-j2"))?;
    crate::interrupt::check()?;
    let (seconds, _) = cold_build(&root, &dir.path().join("target-j1"), 1, options.progress)?;
    measured.push(Measured { jobs: 1, seconds });
    measured.sort_by_key(|m| m.jobs);

    let (graph, timed_by_the_lab) = graph(&cargo, &times);
    let (critical_seconds, path) = graph.critical_path()?;
    // With N workers a build can always leave some idle, so the best with N is the
    // best with N or fewer: list scheduling alone can come out a hair slower with more
    // workers (Graham's scheduling anomaly).
    let mut simulated: Vec<Simulated> = Vec::new();
    for &workers in &WORKERS {
        let seconds = graph.simulate(workers)?;
        let best = simulated
            .last()
            .map_or(seconds, |s: &Simulated| s.seconds.min(seconds));
        simulated.push(Simulated {
            workers,
            seconds: best,
        });
    }
    Ok(Bound {
        project: project.root.clone(),
        machine: format!(
            "{} cores, {}",
            std::thread::available_parallelism().map_or(1, |n| n.get()),
            crate::engine::host::host(None).rustc
        ),
        units: graph.tasks.len(),
        work_seconds: graph.tasks.iter().map(|t| t.seconds).sum(),
        timed_by_the_lab,
        measured,
        simulated,
        critical_seconds,
        critical_path: path
            .iter()
            .map(|&i| PathUnit {
                unit: graph.tasks[i].name.clone(),
                seconds: graph.tasks[i].seconds,
            })
            .collect(),
    })
}

/// The bound as a person reads it.
pub fn render(b: &Bound) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "project: {}", b.project.display());
    let _ = writeln!(out, "machine: {}", b.machine);
    let _ = writeln!(
        out,
        "cold build: {} units, {:.1}s of work (their times summed, from cargo's --timings \
         report{})",
        b.units,
        b.work_seconds,
        if b.timed_by_the_lab > 0 {
            format!("; {} timed by the lab instead", b.timed_by_the_lab)
        } else {
            String::new()
        }
    );
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "WORKERS  BEST POSSIBLE  MEASURED (cold build, --jobs N)"
    );
    for s in &b.simulated {
        let measured = match b.measured_for(s.workers) {
            Some(m) => format!(
                "{m:.1}s (the simulation is {:.2}× of it)",
                s.seconds / m.max(1e-9)
            ),
            None => "-".into(),
        };
        let _ = writeln!(
            out,
            "{:<7}  {:<13}  {measured}",
            s.workers,
            format!("{:.1}s", s.seconds)
        );
    }
    let _ = writeln!(
        out,
        "any      {:<13}  (the critical path)",
        format!("{:.1}s", b.critical_seconds)
    );
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "The critical path ({:.1}s): each unit waits for the one before it.",
        b.critical_seconds
    );
    for p in &b.critical_path {
        let _ = writeln!(out, "  {:<44} {:>6.1}s", p.unit, p.seconds);
    }
    let _ = writeln!(out);
    if let (Some(wide), Some(two)) = (b.simulated.last(), b.measured_for(2)) {
        let _ = writeln!(
            out,
            "On {} workers this build could take at best {:.1}s, {:.2}× the cold build measured \
             here with --jobs 2; no number of machines makes it shorter than its critical path. \
             The simulation starts every unit the moment its inputs are ready and leaves out \
             cargo's own work between units, so it is a bound, not a forecast.",
            wide.workers,
            wide.seconds,
            wide.seconds / two.max(1e-9)
        );
    }
    out
}

/// The bound as an HTML page with a chart: the best possible time per number of
/// workers, the measured builds beside them, and the critical path as a line.
pub fn html(b: &Bound) -> String {
    use crate::html::{escape, svg_open};
    let (w, h, left, bottom) = (640.0, 300.0, 60.0, 40.0);
    let max = b
        .simulated
        .iter()
        .map(|s| s.seconds)
        .chain(b.measured.iter().map(|m| m.seconds))
        .fold(0.0_f64, f64::max)
        .max(0.001);
    let plot_h = h - bottom - 20.0;
    let y = |s: f64| 20.0 + plot_h * (1.0 - s / max);
    // The bars, then room on the right for the critical path's label.
    let right = 130.0;
    let slot = (w - left - right) / b.simulated.len().max(1) as f64;
    let mut svg = svg_open(
        "class=\"bound-chart\"",
        w,
        h,
        "Best possible cold build per number of workers, with the builds measured",
    );
    for (i, s) in b.simulated.iter().enumerate() {
        let x = left + slot * i as f64 + slot * 0.2;
        let _ = write!(
            svg,
            "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"#4a7\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"middle\">{}</text>\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"middle\">{:.1}s</text>",
            y(s.seconds),
            slot * 0.6,
            h - bottom - y(s.seconds),
            x + slot * 0.3,
            h - bottom + 16.0,
            s.workers,
            x + slot * 0.3,
            y(s.seconds) - 4.0,
            s.seconds
        );
        if let Some(m) = b.measured_for(s.workers) {
            let _ = write!(
                svg,
                "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"5\" fill=\"#c42\"/>",
                x + slot * 0.3,
                y(m)
            );
        }
    }
    let _ = write!(
        svg,
        "<line x1=\"{left}\" x2=\"{:.1}\" y1=\"{:.1}\" y2=\"{:.1}\" stroke=\"#000\" \
         stroke-dasharray=\"4 3\"/><text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" \
         text-anchor=\"start\">critical path {:.1}s</text>\
         <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"middle\">workers</text>",
        w - right + 4.0,
        y(b.critical_seconds),
        y(b.critical_seconds),
        w - right + 8.0,
        y(b.critical_seconds) + 4.0,
        b.critical_seconds,
        left + (w - left - right) / 2.0,
        h - 6.0
    );
    svg.push_str("</svg>");
    format!(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>cold-build bound: {}</title>\
         <style>body{{font-family:sans-serif;max-width:60em;margin:2em auto}}\
         pre{{background:#f4f4f4;padding:1em;white-space:pre-wrap}}</style></head><body>\
         <h1>How far could more machines go?</h1><p>Green bars: the best possible cold build \
         with that many workers, simulated from the units' times and the unit graph. Red \
         dots: the cold builds measured here. Dashed line: the critical path.</p>{svg}\
         <pre>{}</pre></body></html>\n",
        escape(&b.project.display().to_string()),
        escape(&render(b))
    )
}
