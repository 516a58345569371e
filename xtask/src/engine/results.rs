//! Results of runs, written atomically under `target/rebuild-lab/` for the book and
//! later tools: `results/NAME.json` holds the last report of each exercise.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::engine::report::Report;

/// Writes `bytes` to `file` so that readers see the old or the new content, never a
/// half-written file: a temporary file in the same directory, renamed over it.
pub fn write_atomic(file: &Path, bytes: &[u8]) -> Result<()> {
    let dir = file.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .with_context(|| format!("cannot create a temporary file in {}", dir.display()))?;
    tmp.write_all(bytes)?;
    tmp.flush()?;
    tmp.persist(file)
        .with_context(|| format!("cannot write {}", file.display()))?;
    Ok(())
}

/// Where the last report of `exercise` is stored under `results_dir`.
pub fn report_path(results_dir: &Path, exercise: &str) -> PathBuf {
    results_dir.join("results").join(format!("{exercise}.json"))
}

/// Saves a report as pretty JSON; returns the file written.
pub fn save(results_dir: &Path, report: &Report) -> Result<PathBuf> {
    let file = report_path(results_dir, &report.exercise);
    let json = serde_json::to_vec_pretty(report)?;
    write_atomic(&file, &json)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_content_and_leaves_no_temp_files() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a/b.json");
        write_atomic(&file, b"one").unwrap();
        write_atomic(&file, b"two").unwrap();
        assert_eq!(std::fs::read(&file).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(dir.path().join("a")).unwrap().count(), 1);
    }
}
