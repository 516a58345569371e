//! Challenges: projects with a slow or wasteful edit–build loop that the learner
//! fixes, checked by running real cargo on the learner's copy. Each lives in
//! `challenges/NAME/` (the learner's working files), with a pristine copy of the
//! starter and its `challenge.toml` (task, hints, goals) in `challenges/.pristine/NAME/`
//! and the reference solution, as the files that differ from the starter, in
//! `challenges/.solutions/NAME/`. The manifest stays out of the working copy, so the
//! hints are read one at a time (`cargo xtask hint`), not all at once beside the code.

pub mod check;
pub mod hints;
pub mod manifest;
pub mod reset;
pub mod solution;
pub mod solved;

use std::path::{Path, PathBuf};

use crate::error::InputError;

/// The file every challenge directory carries.
pub const MANIFEST_FILE: &str = "challenge.toml";

/// Where the challenges live: `challenges/` in the project, or the directory named by
/// `REBUILD_LAB_CHALLENGES` (for tests and for trying a challenge elsewhere).
pub fn root() -> PathBuf {
    std::env::var_os("REBUILD_LAB_CHALLENGES")
        .map(PathBuf::from)
        .unwrap_or_else(|| crate::paths::project_root().join("challenges"))
}

/// The learner's working copy of a challenge.
pub fn working(root: &Path, name: &str) -> PathBuf {
    root.join(name)
}

/// The pristine starter the lab keeps.
pub fn pristine(root: &Path, name: &str) -> PathBuf {
    root.join(".pristine").join(name)
}

/// The reference solution's files (those that differ from the starter).
pub fn solution(root: &Path, name: &str) -> PathBuf {
    root.join(".solutions").join(name)
}

/// Every challenge name under `root` (each with a manifest in `.pristine/NAME/`), sorted.
pub fn names(root: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root.join(".pristine"))
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.path().join(MANIFEST_FILE).is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with('.'))
        .collect();
    names.sort();
    names
}

/// Checks that `name` is a challenge, suggesting the nearest name when it is not.
pub fn resolve(root: &Path, name: &str) -> Result<String, InputError> {
    let all = names(root);
    if all.iter().any(|n| n == name) {
        return Ok(name.to_string());
    }
    let refs: Vec<&str> = all.iter().map(String::as_str).collect();
    let hint = crate::suggest::nearest(name, &refs)
        .map(|n| format!("; did you mean `{n}`?"))
        .unwrap_or_default();
    Err(InputError::new(format!(
        "no challenge named `{name}` in {}{hint} (`cargo xtask progress` lists them)",
        root.display()
    )))
}

/// Whether every goal of a challenge is a timing goal (checked by repeated cold builds,
/// so only by `verify --all`). False when the manifest cannot be read: the check that
/// runs next reports why.
pub fn timing_only(root: &Path, name: &str) -> bool {
    let dir = pristine(root, name);
    manifest::load(name, &dir, &dir)
        .is_ok_and(|c| !c.goals.is_empty() && c.goals.iter().all(|g| g.timing.is_some()))
}
