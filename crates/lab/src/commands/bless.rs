//! `cargo xtask bless [NAME...]`: run exercises and write their snapshots, on purpose.

use std::path::PathBuf;

use anyhow::Result;

use crate::engine::snapshot;
use crate::engine::step_runner::RunOptions;
use crate::error::CheckFailed;
use crate::paths;

/// Runs the exercises and writes their snapshots. An exercise whose expectations fail
/// is not blessed: a snapshot records behaviour the manifest agrees with.
pub fn run(exercises: &[String], snapshots: Option<PathBuf>) -> Result<()> {
    // A challenge's name blesses the snapshot of its reference solution.
    let root = crate::challenge::root();
    let challenges = crate::challenge::names(&root);
    let (named_challenges, exercises): (Vec<String>, Vec<String>) = exercises
        .iter()
        .cloned()
        .partition(|n| challenges.contains(n));
    for name in &named_challenges {
        let file = crate::challenge::check::bless(&root, name)?;
        println!("blessed {}", file.display());
    }
    if exercises.is_empty() && !named_challenges.is_empty() {
        return Ok(());
    }
    let dirs = super::verify::select(&exercises)?;
    let snapshots = snapshots.unwrap_or_else(paths::snapshots_dir);
    let options = RunOptions::checking();
    let mut refused = Vec::new();
    for dir in dirs {
        let crate::engine::Done { plan, report, .. } = match crate::engine::run_dir(&dir, &options)?
        {
            crate::engine::Run::Done(done) => *done,
            crate::engine::Run::Skipped(missing) => {
                eprintln!("{missing}");
                continue;
            }
        };
        if !report.passed() {
            eprintln!("{}: expectations failed; not blessed:", plan.name);
            eprint!("{}", crate::table::render(&report));
            refused.push(plan.name);
            continue;
        }
        let file = snapshot::path(&snapshots, &plan.name);
        snapshot::write(&file, &plan.name, &plan.title, &snapshot::render(&report))?;
        let _ = std::fs::remove_file(snapshot::pending_path(&file));
        println!("blessed {}", file.display());
    }
    if refused.is_empty() {
        Ok(())
    } else {
        Err(CheckFailed(format!("not blessed: {}", refused.join(", "))).into())
    }
}

/// The `bless` command, as the command line gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlessArgs {
    /// Exercises to bless; all when empty.
    pub exercises: Vec<String>,
    /// Snapshot directory override.
    pub snapshots: Option<PathBuf>,
}

impl BlessArgs {
    /// Runs the command.
    pub fn run(self) -> anyhow::Result<()> {
        run(&self.exercises, self.snapshots)
    }
}
