//! Results of runs, written atomically under `target/rebuild-lab/` for the book and
//! later tools: `results/NAME.json` holds the last report of each exercise.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::engine::report::Report;

/// Where the last report of `exercise` is stored under `results_dir`.
pub fn report_path(results_dir: &Path, exercise: &str) -> PathBuf {
    results_dir.join("results").join(format!("{exercise}.json"))
}

/// Saves a report as pretty JSON; returns the file written.
pub fn save(results_dir: &Path, report: &Report) -> Result<PathBuf> {
    let file = report_path(results_dir, &report.exercise);
    let json = serde_json::to_vec_pretty(report)?;
    crate::files::write_atomic(&file, &json)?;
    Ok(file)
}

/// Loads the last report of `exercise`, if there is one.
pub fn load(results_dir: &Path, exercise: &str) -> Result<Option<Report>> {
    let file = report_path(results_dir, exercise);
    match std::fs::read(&file) {
        Ok(bytes) => Ok(Some(serde_json::from_slice(&bytes).with_context(|| {
            format!(
                "{} is not a report; delete it and run again",
                file.display()
            )
        })?)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e).with_context(|| format!("cannot read {}", file.display())),
    }
}
