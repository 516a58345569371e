//! `prefetch`: downloads every registry crate the lab can need into Cargo's cache, so
//! that everything after it works without a network.
//!
//! Three kinds of source: every `Cargo.lock` of the project (the lab, the experiments,
//! the challenges, the examples and the test fixtures), fetched exactly as locked; the
//! experiments whose steps change a `Cargo.toml`, replayed in a scratch copy with a
//! fetch after each change (so `lockfile-move` finds the version it moves to); and each
//! challenge's solution applied to its starter, which may add crates.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, Result};

use crate::engine::downloads::lockfile;
use crate::engine::plan::{self, Action};
use crate::engine::sandbox::Sandbox;

/// One thing to fetch for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A project with a committed `Cargo.lock`, fetched with `--locked`.
    Locked(PathBuf),
    /// An experiment whose steps change a `Cargo.toml`: replayed in a scratch copy.
    Replayed(PathBuf),
    /// A challenge's starter with its solution's files over it.
    Solution {
        /// The starter.
        starter: PathBuf,
        /// The solution's files.
        solution: PathBuf,
    },
}

impl Source {
    /// A short label for progress lines, relative to `root`.
    pub fn label(&self, root: &Path) -> String {
        let rel = |p: &Path| p.strip_prefix(root).unwrap_or(p).display().to_string();
        match self {
            Source::Locked(dir) if dir == root => "the lab (Cargo.lock)".to_string(),
            Source::Locked(dir) => format!("{}/Cargo.lock", rel(dir)),
            Source::Replayed(dir) => format!("{} (its Cargo.toml changes)", rel(dir)),
            Source::Solution { solution, .. } => format!("{} (the solution)", rel(solution)),
        }
    }
}

/// Everything to fetch for the project at `root`, the lab's own lockfile first.
pub fn sources(root: &Path) -> Vec<Source> {
    let challenges = crate::challenge::root();
    // The learner's copies of the challenges are left alone (a fetch must not touch
    // their lockfiles); their starters, kept pristine, stand for them.
    let mut out: Vec<Source> = lockfile::lockfiles_under(root)
        .into_iter()
        .filter_map(|l| l.parent().map(Path::to_path_buf))
        .filter(|d| !d.starts_with(&challenges) && !d.starts_with(root.join("challenges")))
        .map(Source::Locked)
        .collect();
    out.sort_by_key(|s| !matches!(s, Source::Locked(d) if d == root));
    for entry in crate::catalogue::entries(&root.join("exercises")) {
        if plan::load(&entry.dir).is_ok_and(|p| crate::engine::changes::changes_manifests(&p)) {
            out.push(Source::Replayed(entry.dir));
        }
    }
    for name in crate::challenge::names(&challenges) {
        let starter = crate::challenge::pristine(&challenges, &name);
        if starter.join("Cargo.lock").is_file() {
            out.push(Source::Locked(starter.clone()));
        }
        let solution = crate::challenge::solution(&challenges, &name);
        if solution.is_dir() {
            out.push(Source::Solution { starter, solution });
        }
    }
    out
}

/// What one fetch did.
#[derive(Debug, Clone)]
pub struct Fetched {
    /// Crates newly in the cache.
    pub new_crates: usize,
    /// Seconds it took.
    pub seconds: f64,
}

/// Fetches what `source` needs into Cargo's cache.
pub fn fetch(source: &Source) -> Result<Fetched> {
    let started = Instant::now();
    let before = cached_crates();
    match source {
        Source::Locked(dir) => cargo_fetch(dir, true)?,
        Source::Replayed(dir) => replay(dir)?,
        Source::Solution { starter, solution } => {
            let sandbox = Sandbox::create(starter, "solution")?;
            sandbox.overlay(solution)?;
            cargo_fetch(sandbox.root(), false)?;
        }
    }
    Ok(Fetched {
        new_crates: cached_crates().saturating_sub(before),
        seconds: started.elapsed().as_secs_f64(),
    })
}

/// Applies the experiment's file and manifest changes in a scratch copy, fetching
/// after each one that may change what cargo resolves.
fn replay(dir: &Path) -> Result<()> {
    let plan = plan::load(dir)?;
    let sandbox = Sandbox::create(dir, &plan.name)?;
    let mut env = sandbox.step_env();
    for step in &plan.steps {
        crate::interrupt::check()?;
        if !matches!(step.action, Action::Manifest { .. } | Action::Edit { .. }) {
            continue;
        }
        let manifest =
            crate::engine::changes::may_change_resolution(&step.action).map(Path::to_path_buf);
        crate::engine::changes::apply_change(&step.action, &sandbox, &mut env, None)?;
        if let Some(path) = manifest {
            // The workspace the changed manifest belongs to: the nearest directory
            // above it with a Cargo.lock, else the exercise's root.
            let changed = sandbox.file(&path);
            let project = changed
                .ancestors()
                .skip(1)
                .take_while(|d| d.starts_with(sandbox.root()))
                .find(|d| d.join("Cargo.lock").is_file())
                .unwrap_or(sandbox.root())
                .to_path_buf();
            cargo_fetch(&project, false)?;
        }
    }
    Ok(())
}

fn cargo_fetch(dir: &Path, locked: bool) -> Result<()> {
    let mut cmd = Command::new("cargo");
    cmd.arg("fetch")
        .arg("--manifest-path")
        .arg(dir.join("Cargo.toml"))
        .env("CARGO_TERM_COLOR", "never")
        .env("CARGO_TERM_PROGRESS_WHEN", "never");
    if locked {
        cmd.arg("--locked");
    }
    let out = cmd
        .output()
        .with_context(|| format!("cannot run `cargo fetch` in {}", dir.display()))?;
    crate::interrupt::check()?;
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        let last: Vec<&str> = stderr.lines().rev().take(6).collect();
        let last: Vec<&str> = last.into_iter().rev().collect();
        anyhow::bail!(
            "`cargo fetch` failed in {}:\n{}",
            dir.display(),
            last.join("\n")
        );
    }
    Ok(())
}

/// The `.crate` files in Cargo's download cache.
pub fn cached_crates() -> usize {
    crate_files().len()
}

/// Total size in bytes of the `.crate` files in Cargo's download cache.
pub fn cache_bytes() -> u64 {
    crate_files()
        .iter()
        .filter_map(|f| std::fs::metadata(f).ok())
        .map(|m| m.len())
        .sum()
}

fn crate_files() -> Vec<PathBuf> {
    let Some(home) = crate::paths::cargo_home() else {
        return Vec::new();
    };
    let Ok(registries) = std::fs::read_dir(home.join("registry").join("cache")) else {
        return Vec::new();
    };
    registries
        .flatten()
        .filter_map(|r| std::fs::read_dir(r.path()).ok())
        .flat_map(|files| files.flatten().map(|f| f.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "crate"))
        .collect()
}

/// The registry packages that the locked sources of [`sources`] name and that are
/// still not in the cache (after a complete prefetch: none).
pub fn still_missing(root: &Path) -> Vec<lockfile::Package> {
    let needed = sources(root)
        .iter()
        .filter_map(|s| match s {
            Source::Locked(dir) => Some(lockfile::registry_packages(&dir.join("Cargo.lock"))),
            _ => None,
        })
        .flatten()
        .collect();
    lockfile::missing(&needed, &crate::paths::cargo_home().unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_project_lists_its_lockfiles_replays_and_solutions() {
        let root = crate::paths::project_root();
        let labels: Vec<String> = sources(&root).iter().map(|s| s.label(&root)).collect();
        assert_eq!(labels[0], "the lab (Cargo.lock)");
        for expected in [
            "exercises/touch-main/Cargo.lock",
            "exercises/sccache-two-clones/second/Cargo.lock",
            "exercises/lockfile-move (its Cargo.toml changes)",
            "challenges/.solutions/split-crate (the solution)",
            "xtask/tests/fixtures/registry-touch/Cargo.lock",
        ] {
            assert!(
                labels.iter().any(|l| l == expected),
                "{expected} not in {labels:#?}"
            );
        }
        // The challenges' starters stand for the learner's copies.
        assert!(
            labels
                .iter()
                .any(|l| l == "challenges/.pristine/optimize-deps/Cargo.lock")
        );
        assert!(
            !labels
                .iter()
                .any(|l| l == "challenges/optimize-deps/Cargo.lock")
        );
    }
}
