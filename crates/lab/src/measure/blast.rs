//! `measure --blast`: the blast radius of each workspace member. In place, as `measure`
//! works (every file it changes is saved first and put back after, with its time), it
//! brings `cargo build --workspace` up to date, then for each member in turn adds a
//! line of code to its library (or, without one, its first binary's entry file),
//! builds, puts the file back and builds again. Each edit's build says what an edit of
//! that member costs: the units cargo compiled, with its reasons, and the time; the
//! reasons name the dependency that carried the rebuild to each unit ("the dependency
//! `core` was rebuilt"), so the edges of the workspace's graph that carried it are
//! facts of the build, not guesses.

use std::fmt::Write as _;
use std::path::PathBuf;

use anyhow::{Context, Result};
use serde::Serialize;

use super::journal;
use super::project::Project;
use super::sequence::code_line;
use crate::engine::edits::TextEdit;
use crate::engine::plan::{Action, CargoCommand, CargoStep, Expect, Step};
use crate::engine::report::{StepReport, unit_label};
use crate::engine::sandbox::Sandbox;
use crate::engine::step_runner::{self, Progress, RunOptions};
use crate::error::{CheckFailed, InputError};

/// What to measure.
#[derive(Debug, Clone)]
pub struct Options {
    /// The project's directory.
    pub path: PathBuf,
    /// Progress on stderr.
    pub progress: Progress,
}

/// A unit an edit rebuilt.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rebuilt {
    /// The unit (`render lib`).
    pub unit: String,
    /// Its package.
    pub package: String,
    /// Cargo's reasons.
    pub reasons: Vec<String>,
}

/// What an edit of one member cost.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cost {
    /// The member.
    pub member: String,
    /// The file edited, relative to the workspace root.
    pub file: PathBuf,
    /// The units its edit's build compiled.
    pub rebuilt: Vec<Rebuilt>,
    /// Seconds of that build.
    pub seconds: f64,
    /// Seconds of it spent linking.
    pub link_seconds: f64,
}

impl Cost {
    /// The workspace members it rebuilt, itself included.
    pub fn members(&self) -> Vec<&str> {
        let mut out: Vec<&str> = self.rebuilt.iter().map(|r| r.package.as_str()).collect();
        out.sort();
        out.dedup();
        out
    }
}

/// The workspace's blast radius.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Blast {
    /// The workspace root.
    pub project: PathBuf,
    /// Each member's cost, in the order they were edited.
    pub costs: Vec<Cost>,
    /// The workspace's dependency edges, `(member, member it depends on)`.
    pub edges: Vec<(String, String)>,
    /// Edges that carried a rebuild, `(dependency, dependent)`, with how many of the
    /// edits they carried one in.
    pub carried: Vec<(String, String, usize)>,
    /// Members skipped, with why.
    pub skipped: Vec<(String, String)>,
}

impl Blast {
    /// The costs, worst first: most units rebuilt, then most crates, then by name, so
    /// that the order is the same from run to run (the times are not).
    pub fn worst(&self) -> Vec<&Cost> {
        let mut v: Vec<&Cost> = self.costs.iter().collect();
        v.sort_by(|a, b| {
            b.rebuilt
                .len()
                .cmp(&a.rebuilt.len())
                .then(b.members().len().cmp(&a.members().len()))
                .then(a.member.cmp(&b.member))
        });
        v
    }
}

/// The dependency a reason says carried the rebuild: "the dependency `core` was
/// rebuilt".
fn carried_by(reason: &str) -> Option<&str> {
    let rest = reason.split("the dependency `").nth(1)?;
    rest.split('`').next()
}

fn build(label: String, number: usize) -> Step {
    Step {
        number,
        label,
        action: Action::Cargo(CargoStep {
            command: CargoCommand::Build,
            args: vec!["--workspace".into()],
            dir: None,
            toolchain: None,
            expect: Expect {
                success: true,
                ..Expect::default()
            },
        }),
    }
}

/// Measures the blast radius of every member of the workspace at `options.path`.
pub fn blast(options: &Options) -> Result<Blast> {
    let project = Project::open(&options.path)?;
    let recovered = journal::recover(&super::journals_dir(), &project.root)?;
    if !recovered.is_empty() && options.progress != Progress::Quiet {
        eprintln!(
            "restored {} from an earlier measure that did not finish",
            recovered
                .iter()
                .map(|f| f.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    for m in &project.members {
        let target = m
            .targets
            .iter()
            .find(|t| t.kind.iter().any(|k| k == "lib" || k == "proc-macro"))
            .or_else(|| m.targets.iter().find(|t| t.kind.iter().any(|k| k == "bin")));
        match target {
            Some(t) => {
                let file = project.relative(&t.src_path);
                let text = std::fs::read_to_string(project.root.join(&file))
                    .with_context(|| format!("cannot read {}", file.display()))?;
                files.push((m.name.clone(), file, text));
            }
            None => skipped.push((m.name.clone(), "no library and no binary to edit".into())),
        }
    }
    if files.is_empty() {
        return Err(InputError::new(format!(
            "{} has no member with a library or a binary to edit",
            project.root.display()
        ))
        .into());
    }
    let saved: Vec<PathBuf> = files
        .iter()
        .map(|(_, f, _)| project.root.join(f))
        .chain([project.root.join("Cargo.lock")])
        .collect();
    let mut journal = journal::Journal::open(&super::journals_dir(), &project.root, &saved)?;

    let mut steps = vec![build("bring the workspace's build up to date".into(), 1)];
    // The index of each edit's build among the steps.
    let mut edit_builds = Vec::new();
    for (i, (_, file, original)) in files.iter().enumerate() {
        let write = |text: String| Action::Edit {
            path: file.clone(),
            edit: TextEdit::Write { text },
            keep_mtime: false,
        };
        steps.push(Step {
            number: steps.len() + 1,
            label: format!("add a line of code to {}", file.display()),
            action: write(format!("{original}{}", code_line(i + 1))),
        });
        edit_builds.push(steps.len());
        steps.push(build(
            format!("build after a code edit in {}", file.display()),
            steps.len() + 1,
        ));
        steps.push(Step {
            number: steps.len() + 1,
            label: format!("put {} back", file.display()),
            action: write(original.clone()),
        });
        steps.push(build(
            format!("build after putting {} back", file.display()),
            steps.len() + 1,
        ));
    }
    let sandbox = Sandbox::in_place(&project.root, &project.target_dir)?;
    let run_options = RunOptions::every_step(options.progress);
    let plan = super::sequence::plan("measure --blast", &project.root, steps);
    let outcome = step_runner::run(&plan, &sandbox, &run_options);
    // The files' times back, and a build that settles anything keyed to them, then
    // their content back whatever happened.
    let settled = match &outcome {
        Ok(report) if report.passed() => {
            journal.restore_times()?;
            let closing = super::sequence::plan(
                "measure --blast",
                &project.root,
                vec![build("build after putting the files' times back".into(), 1)],
            );
            Some(step_runner::run(&closing, &sandbox, &run_options))
        }
        _ => None,
    };
    journal.restore()?;
    let report = outcome?;
    if let Some(s) = settled {
        s?;
    }
    if let Some(bad) = report.steps.iter().find(|s| !s.passed()) {
        let errors = bad
            .cargo
            .as_ref()
            .map(|c| c.errors.join("\n"))
            .unwrap_or_default();
        return Err(CheckFailed(format!(
            "the workspace does not build ({}), so there is no blast radius to measure:\n{errors}",
            bad.label
        ))
        .into());
    }

    let cost = |(member, file, _): &(String, PathBuf, String), step: &StepReport| -> Cost {
        let cargo = step.cargo.as_ref();
        let rebuilt = cargo
            .map(|c| {
                c.units
                    .iter()
                    .filter(|u| !u.fresh && !u.registry)
                    .map(|u| Rebuilt {
                        unit: unit_label(u),
                        package: u.package.clone(),
                        reasons: u.reasons.clone(),
                    })
                    .collect()
            })
            .unwrap_or_default();
        Cost {
            member: member.clone(),
            file: file.clone(),
            rebuilt,
            seconds: step.seconds,
            link_seconds: cargo.map_or(0.0, |c| c.link_seconds()),
        }
    };
    let costs: Vec<Cost> = files
        .iter()
        .zip(&edit_builds)
        .map(|(f, &i)| cost(f, &report.steps[i]))
        .collect();
    let mut carried: Vec<(String, String, usize)> = Vec::new();
    for c in &costs {
        let mut seen = Vec::new();
        for r in &c.rebuilt {
            for reason in &r.reasons {
                if let Some(dep) = carried_by(reason) {
                    let edge = (dep.to_string(), r.package.clone());
                    if dep != r.package && !seen.contains(&edge) {
                        seen.push(edge);
                    }
                }
            }
        }
        for (from, to) in seen {
            match carried.iter_mut().find(|(f, t, _)| *f == from && *t == to) {
                Some(e) => e.2 += 1,
                None => carried.push((from, to, 1)),
            }
        }
    }
    Ok(Blast {
        project: project.root.clone(),
        costs,
        edges: project
            .members
            .iter()
            .flat_map(|m| m.depends_on.iter().map(|d| (m.name.clone(), d.clone())))
            .collect(),
        carried,
        skipped,
    })
}

/// The blast radius as a person reads it: a compact table and the worst offenders.
pub fn render(b: &Blast) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "project: {}", b.project.display());
    let _ = writeln!(
        out,
        "each member edited in turn (a line of code added to its library or entry file, \
         then put back), each edit followed by cargo build --workspace"
    );
    let _ = writeln!(out);
    let width = b
        .costs
        .iter()
        .map(|c| c.member.len())
        .max()
        .unwrap_or(6)
        .max(6);
    let _ = writeln!(out, "{:<width$}  UNITS  SECONDS  REBUILT", "MEMBER");
    for c in b.worst() {
        let _ = writeln!(
            out,
            "{:<width$}  {:>5}  {:>7.2}  {}",
            c.member,
            c.rebuilt.len(),
            c.seconds,
            c.members().join(", ")
        );
    }
    for (m, why) in &b.skipped {
        let _ = writeln!(out, "{m:<width$}  skipped: {why}");
    }
    let _ = writeln!(out);
    let worst: Vec<&Cost> = b
        .worst()
        .into_iter()
        .filter(|c| c.members().len() > 1)
        .take(3)
        .collect();
    if worst.is_empty() {
        let _ = writeln!(
            out,
            "No edit of a member rebuilt another member: every crate of this workspace is a \
             leaf of the others' rebuilds."
        );
    } else {
        let _ = writeln!(out, "Worst offenders:");
        for c in worst {
            let others: Vec<&str> = c.members().into_iter().filter(|m| *m != c.member).collect();
            let _ = writeln!(
                out,
                "  editing `{}` rebuilds {} unit{} in {} crate{} ({:.2}s): {} besides itself",
                c.member,
                c.rebuilt.len(),
                if c.rebuilt.len() == 1 { "" } else { "s" },
                others.len() + 1,
                if others.is_empty() { "" } else { "s" },
                c.seconds,
                others.join(", ")
            );
            // Who carried it to each: cargo's reasons.
            for r in c.rebuilt.iter().filter(|r| r.package != c.member) {
                if let Some(by) = r.reasons.iter().find_map(|x| carried_by(x)) {
                    let _ = writeln!(out, "    {}: the dependency `{by}` was rebuilt", r.unit);
                }
            }
        }
    }
    out
}

/// The depth of each member in the workspace's graph: 0 for a member that depends on
/// no other, else one more than its deepest dependency.
fn depths(b: &Blast) -> Vec<(String, usize)> {
    let names: Vec<&str> = b.costs.iter().map(|c| c.member.as_str()).collect();
    let mut depth: Vec<usize> = vec![0; names.len()];
    for _ in 0..names.len() {
        for (i, n) in names.iter().enumerate() {
            for (from, to) in &b.edges {
                if from == n
                    && let Some(j) = names.iter().position(|m| m == to)
                {
                    depth[i] = depth[i].max(depth[j] + 1);
                }
            }
        }
    }
    names
        .iter()
        .zip(depth)
        .map(|(n, d)| (n.to_string(), d))
        .collect()
}

/// The blast radius as an HTML page: the workspace's crate graph, each crate coloured
/// by the time an edit of it cost and sized by the units it rebuilt, the edges that
/// carried rebuilds drawn thicker; and the table.
pub fn html(b: &Blast) -> String {
    use crate::html::{escape, svg_open};
    let depth = depths(b);
    let levels = depth.iter().map(|(_, d)| *d).max().unwrap_or(0) + 1;
    let widest = (0..levels)
        .map(|l| depth.iter().filter(|(_, d)| *d == l).count())
        .max()
        .unwrap_or(1);
    let (w, row) = ((widest as f64 * 130.0).max(400.0), 110.0);
    let h = levels as f64 * row + 40.0;
    let max_seconds = b
        .costs
        .iter()
        .map(|c| c.seconds)
        .fold(0.0_f64, f64::max)
        .max(1e-9);
    let max_units = b
        .costs
        .iter()
        .map(|c| c.rebuilt.len())
        .max()
        .unwrap_or(1)
        .max(1);
    // Positions: the deepest crates (those that depend on the most) at the top.
    let mut pos: Vec<(String, f64, f64)> = Vec::new();
    for l in 0..levels {
        let row_members: Vec<&String> = depth
            .iter()
            .filter(|(_, d)| *d == l)
            .map(|(n, _)| n)
            .collect();
        for (i, n) in row_members.iter().enumerate() {
            let x = w * (i as f64 + 0.5) / row_members.len() as f64;
            let y = 40.0 + (levels - 1 - l) as f64 * row;
            pos.push(((*n).clone(), x, y));
        }
    }
    let at = |n: &str| {
        pos.iter()
            .find(|(m, _, _)| m == n)
            .map(|(_, x, y)| (*x, *y))
    };
    let mut svg = svg_open(
        "class=\"blast-graph\"",
        w,
        h,
        "The workspace's crates: colour is the time an edit cost, size the units it rebuilt",
    );
    for (from, to) in &b.edges {
        if let (Some((x1, y1)), Some((x2, y2))) = (at(from), at(to)) {
            let carried = b
                .carried
                .iter()
                .find(|(f, t, _)| f == to && t == from)
                .map_or(0, |c| c.2);
            let _ = write!(
                svg,
                "<line x1=\"{x1:.1}\" y1=\"{y1:.1}\" x2=\"{x2:.1}\" y2=\"{y2:.1}\" \
                 stroke=\"{}\" stroke-width=\"{}\"><title>{} depends on {}{}</title></line>",
                if carried > 0 { "#c42" } else { "#bbb" },
                1 + carried.min(6),
                escape(from),
                escape(to),
                if carried > 0 {
                    format!("; carried a rebuild in {carried} edit(s)")
                } else {
                    String::new()
                }
            );
        }
    }
    for c in &b.costs {
        let Some((x, y)) = at(&c.member) else {
            continue;
        };
        let share = c.seconds / max_seconds;
        let r = 12.0 + 22.0 * (c.rebuilt.len() as f64 / max_units as f64).sqrt();
        // From pale yellow (cheap) to deep red (the costliest edit).
        let (red, green, blue) = (
            250.0 - 60.0 * share,
            230.0 - 180.0 * share,
            150.0 - 110.0 * share,
        );
        let _ = write!(
            svg,
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{r:.1}\" fill=\"rgb({red:.0},{green:.0},{blue:.0})\" \
             stroke=\"#333\"><title>editing {} rebuilds {} units, {:.2}s</title></circle>\
             <text x=\"{x:.1}\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"middle\">{}</text>\
             <text x=\"{x:.1}\" y=\"{:.1}\" font-size=\"10\" text-anchor=\"middle\">{} · {:.1}s</text>",
            escape(&c.member),
            c.rebuilt.len(),
            c.seconds,
            y + r + 14.0,
            escape(&crate::html::shorten(&c.member, 18)),
            y + 4.0,
            c.rebuilt.len(),
            c.seconds
        );
    }
    svg.push_str("</svg>");
    format!(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>blast radius: {}</title>\
         <style>body{{font-family:sans-serif;max-width:70em;margin:2em auto}}\
         pre{{background:#f4f4f4;padding:1em;white-space:pre-wrap}}</style></head><body>\
         <h1>What an edit of each crate costs</h1><p>Each circle is a workspace member: its \
         colour is the time the build after an edit of it took (deeper red: longer), its size \
         the units that build compiled, and its label both. Lines are dependencies, drawn from \
         the crate that depends to the one it depends on; red lines carried a rebuild (cargo \
         said so), thicker the more edits they carried.</p>{svg}<pre>{}</pre></body></html>\n",
        escape(&b.project.display().to_string()),
        escape(&render(b))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dependency_that_carried_a_rebuild_is_read_from_cargos_reason() {
        assert_eq!(
            carried_by("the dependency `core` was rebuilt"),
            Some("core")
        );
        assert_eq!(carried_by("the file `src/lib.rs` has changed"), None);
    }
}
