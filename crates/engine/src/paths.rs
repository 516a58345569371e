//! Where the project's own directories are.

use std::path::{Path, PathBuf};

/// The repository root (the workspace that holds `xtask/` and `crates/engine/`).
pub fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .expect("the engine crate lives two levels below the project root")
        .to_path_buf()
}

/// The directory that holds the exercises.
pub fn exercises_dir() -> PathBuf {
    project_root().join("exercises")
}

/// The directory that holds the committed snapshots, one `NAME.snap` per exercise.
pub fn snapshots_dir() -> PathBuf {
    project_root().join("xtask").join("snapshots")
}

/// The project's target directory; honours `CARGO_TARGET_DIR` like cargo does (a
/// relative one is relative to the project root, an empty one is unset).
pub fn target_dir() -> PathBuf {
    target_dir_of(&project_root())
}

/// The target directory cargo would use for the project at `root`.
pub fn target_dir_of(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .map(|p| if p.is_absolute() { p } else { root.join(p) })
        .unwrap_or_else(|| root.join("target"))
}

/// Where results of runs are written for the book and later tools.
pub fn results_dir() -> PathBuf {
    target_dir().join("rebuild-lab")
}

/// Cargo's home directory: `CARGO_HOME`, or `~/.cargo`.
pub fn cargo_home() -> Option<PathBuf> {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
}
