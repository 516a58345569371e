//! Which challenges a learner solved, and when: `target/rebuild-lab/challenges/NAME.json`.

use std::path::Path;

use anyhow::Result;
use serde::{Deserialize, Serialize};

/// A solved challenge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Solved {
    /// The challenge.
    pub challenge: String,
    /// When `check` first passed (RFC 3339, UTC).
    pub solved_at: String,
}

fn path(results_dir: &Path, name: &str) -> std::path::PathBuf {
    results_dir.join("challenges").join(format!("{name}.json"))
}

/// Records a solve, keeping the first date.
pub fn record(results_dir: &Path, name: &str) -> Result<Solved> {
    if let Some(s) = load(results_dir, name) {
        return Ok(s);
    }
    let solved = Solved {
        challenge: name.to_string(),
        solved_at: crate::timestamp::rfc3339(std::time::SystemTime::now()),
    };
    crate::files::write_atomic(
        &path(results_dir, name),
        &serde_json::to_vec_pretty(&solved)?,
    )?;
    Ok(solved)
}

/// The solve of `name`, if any.
pub fn load(results_dir: &Path, name: &str) -> Option<Solved> {
    let bytes = std::fs::read(path(results_dir, name)).ok()?;
    serde_json::from_slice(&bytes).ok()
}
