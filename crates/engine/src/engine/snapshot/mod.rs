//! Snapshots: the normalized, time-free text of a report, stored one file per exercise
//! in insta's `.snap` format (so `cargo insta review` can read pending ones), compared
//! on `verify` and rewritten on purpose by `bless`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::engine::normalize::{self, Roots};
use crate::engine::plan::CargoCommand;
use crate::engine::report::{Report, UnitReport};

pub use crate::engine::report::{NEW_UNIT, unit_label};

mod typed;
pub use typed::{Line, SnapStep, Snapshot, Unit};

/// Renders the parts of a report that must be the same on every run: which units were
/// compiled or fresh, and why; never times.
pub fn render(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "exercise: {}", report.exercise);
    let _ = writeln!(out, "title: {}", report.title);
    let mut last_incremental: Option<&Vec<String>> = None;
    for step in &report.steps {
        let _ = writeln!(out);
        let _ = writeln!(out, "step {}: {}", step.number, step.label);
        if let Some(why) = &step.not_run {
            let _ = writeln!(out, "  not run: {why}");
        }
        if let Some(exec) = &step.exec {
            if step.label != format!("run {}", exec.command) {
                let _ = writeln!(out, "  $ {}", exec.command);
            }
            if !exec.success {
                let _ = writeln!(out, "  the command failed");
            }
            // Only what the step checks: the rest of a system tool's output names
            // versions and paths of the machine it ran on.
            for text in &exec.checked {
                let found = if exec.output.contains(text.as_str()) {
                    "contains"
                } else {
                    "lacks"
                };
                let _ = writeln!(out, "  output {found}: {text}");
            }
        }
        let Some(cargo) = &step.cargo else { continue };
        if step.label != cargo.command {
            let _ = writeln!(out, "  $ {}", cargo.command);
        }
        for var in &cargo.env {
            let _ = writeln!(out, "  env {var}");
        }
        if !cargo.success {
            let _ = writeln!(out, "  the command failed");
            for e in &cargo.errors {
                for line in e.lines().take(1) {
                    let _ = writeln!(out, "  | {line}");
                }
            }
        }
        for change in &cargo.lockfile {
            let _ = writeln!(out, "  Cargo.lock: {change}");
        }
        for on in &cargo.lock_waits {
            let _ = writeln!(out, "  waited for the lock on the {on}");
        }
        let width = cargo
            .units
            .iter()
            .map(|u| unit_name(u).len())
            .max()
            .unwrap_or(0);
        for u in &cargo.units {
            let state = if u.fresh { "fresh" } else { "compiled" };
            let name = unit_name(u);
            let why = if u.fresh {
                String::new()
            } else if u.reasons.is_empty() {
                format!("  ({})", u.new_reason())
            } else {
                format!("  {}", u.reasons.join("; "))
            };
            let _ = writeln!(out, "  {state:<8}  {name:<width$}{why}");
        }
        // Which units went through the linker (never how long: times vary).
        let linked: Vec<String> = cargo
            .units
            .iter()
            .filter(|u| !u.fresh && cargo.timing_of(u).is_some_and(|t| t.link_seconds.is_some()))
            .map(unit_name)
            .collect();
        if !linked.is_empty() {
            let _ = writeln!(out, "  linked: {}", linked.join(", "));
        }
        for line in &cargo.order {
            let _ = writeln!(out, "  order: {line}");
        }
        for line in crate::engine::services::sccache::summary(&cargo.cache) {
            let _ = writeln!(out, "  sccache {line}");
        }
        // The incremental caches, when they differ from the last cargo step's.
        if !cargo.incremental.is_empty() && last_incremental != Some(&cargo.incremental) {
            let _ = writeln!(
                out,
                "  incremental caches: {}",
                cargo.incremental.join(", ")
            );
        }
        last_incremental = Some(&cargo.incremental);
        // What a program or test printed is part of the lesson for `run` and `test`.
        if matches!(cargo.subcommand, CargoCommand::Run | CargoCommand::Test) {
            for line in cargo.output.lines().filter(|l| !l.trim().is_empty()) {
                let _ = writeln!(out, "  | {}", line.trim_end());
            }
        }
    }
    normalize::normalize(&out, &Roots::for_run(Path::new(&report.root)))
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

/// A unit as one readable name: `itoa 1.0.19 lib`, `app 0.1.0 bin`,
/// `serde 1.0.228 build-script (run)`, `fp 0.1.0 lib (check)`.
pub fn unit_name(u: &UnitReport) -> String {
    let label = unit_label(u);
    match label.split_once(' ') {
        Some((package, rest)) => format!("{package} {} {rest}", u.version),
        None => label,
    }
}

/// The snapshot file of an exercise.
pub fn path(snapshots_dir: &Path, exercise: &str) -> PathBuf {
    snapshots_dir.join(format!("{exercise}.snap"))
}

/// The pending file written beside a snapshot that did not match (insta's convention).
pub fn pending_path(snapshot: &Path) -> PathBuf {
    let mut s = snapshot.as_os_str().to_owned();
    s.push(".new");
    PathBuf::from(s)
}

/// The content of a snapshot file without its header.
pub fn read(file: &Path) -> Result<Option<String>> {
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", file.display())),
    };
    Ok(Some(strip_header(&text).to_string()))
}

fn strip_header(text: &str) -> &str {
    if let Some(rest) = text.strip_prefix("---\n")
        && let Some(end) = rest.find("\n---\n")
    {
        return &rest[end + 5..];
    }
    text
}

/// Writes a snapshot file with an insta header.
pub fn write(file: &Path, exercise: &str, title: &str, content: &str) -> Result<()> {
    write_from(
        file,
        &format!("exercises/{exercise}/exercise.toml"),
        title,
        content,
    )
}

/// Writes a snapshot file whose header names `source` (the manifest it came from).
pub fn write_from(file: &Path, source: &str, title: &str, content: &str) -> Result<()> {
    let text = format!(
        "---\nsource: {source}\ndescription: {}\nexpression: report\n---\n{content}",
        serde_json::to_string(title)?
    );
    crate::files::write_atomic(file, text.as_bytes())
}

/// How a rendered report compares with its stored snapshot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Comparison {
    /// Identical.
    Same,
    /// No snapshot stored yet.
    Missing,
    /// Different; holds a unified diff from the stored to the new text.
    Changed(String),
}

/// Compares `content` with the snapshot stored in `file`.
pub fn compare(file: &Path, content: &str) -> Result<Comparison> {
    Ok(match read(file)? {
        None => Comparison::Missing,
        Some(stored) if stored.trim_end() == content.trim_end() => Comparison::Same,
        Some(stored) => Comparison::Changed(
            diffy::create_patch(&stored, content)
                .to_string()
                .lines()
                .skip(2)
                .collect::<Vec<_>>()
                .join("\n"),
        ),
    })
}

/// Compares `content` with the snapshot in `file`. When they differ: under CI, the
/// problems say so; elsewhere the new content is also written beside it as a pending
/// snapshot (insta's `.snap.new`), which `cargo xtask bless NAME` accepts. `source`
/// and `title` head a pending file; `name` is what `bless` takes. Returns the problems.
pub fn check_or_write_pending(
    file: &Path,
    content: &str,
    source: &str,
    title: &str,
    name: &str,
) -> Result<Vec<String>> {
    let pending = pending_path(file);
    let what = match compare(file, content)? {
        Comparison::Same => {
            let _ = std::fs::remove_file(&pending);
            return Ok(Vec::new());
        }
        Comparison::Missing => format!("no snapshot at {}", file.display()),
        Comparison::Changed(diff) => format!("the snapshot {} differs:\n{diff}", file.display()),
    };
    let next = if crate::ci::is_ci() {
        format!("run `cargo xtask bless {name}` locally if the change is intended")
    } else {
        write_from(&pending, source, title, content)?;
        format!(
            "wrote {}; run `cargo xtask bless {name}` if the change is intended",
            pending.display()
        )
    };
    Ok(vec![what, next])
}

/// The lines of step `number` in a snapshot's text, from its `step N:` line up to
/// the next step.
pub fn step_section(snapshot: &str, number: usize) -> Option<String> {
    Snapshot::parse(snapshot)
        .step(number)
        .map(|s| s.render().trim_end().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SNAP: &str = "exercise: x\ntitle: t\n\nstep 1: first build\n  $ cargo build\n  compiled  app\n\nstep 2: touch src/main.rs\n\nstep 3: build\n  fresh     app\n";

    #[test]
    fn takes_one_step_of_a_snapshot() {
        assert_eq!(
            step_section(SNAP, 1).unwrap(),
            "step 1: first build\n  $ cargo build\n  compiled  app"
        );
        assert_eq!(
            step_section(SNAP, 3).unwrap(),
            "step 3: build\n  fresh     app"
        );
        assert_eq!(step_section(SNAP, 4), None);
    }

    #[test]
    fn round_trips_through_an_insta_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = path(dir.path(), "demo");
        assert_eq!(compare(&file, "a\n").unwrap(), Comparison::Missing);
        write(&file, "demo", "A \"demo\"", "a\nb\n").unwrap();
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(text.starts_with(
            "---\nsource: exercises/demo/exercise.toml\ndescription: \"A \\\"demo\\\"\"\n"
        ));
        assert_eq!(compare(&file, "a\nb\n").unwrap(), Comparison::Same);
        match compare(&file, "a\nc\n").unwrap() {
            Comparison::Changed(diff) => assert!(diff.contains("-b\n+c"), "{diff}"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn pending_file_sits_beside_the_snapshot() {
        assert_eq!(
            pending_path(Path::new("s/x.snap")),
            PathBuf::from("s/x.snap.new")
        );
    }
}
