//! The lab's directories, in one place: exercises, snapshots, challenges, the
//! learner's results and the committed measurements.

use std::path::PathBuf;

/// Where the lab's files are: the one layout the book, the server and its runs read.
#[derive(Debug, Clone)]
pub struct Layout {
    /// The exercises directory.
    pub exercises: PathBuf,
    /// The committed snapshots.
    pub snapshots: PathBuf,
    /// The learner's results (`target/rebuild-lab`).
    pub results: PathBuf,
    /// The challenges.
    pub challenges: PathBuf,
    /// The committed record of measured claims the book's figures come from.
    pub measurements: PathBuf,
    /// The project root, where the workshop track (`workshop.toml`) and its record
    /// (`measurements/workshop.json`) are.
    pub root: PathBuf,
}

impl Layout {
    /// The project's own exercises, snapshots and results.
    pub fn project() -> Layout {
        Layout {
            exercises: crate::paths::exercises_dir(),
            snapshots: crate::paths::snapshots_dir(),
            results: crate::paths::results_dir(),
            challenges: crate::challenge::root(),
            measurements: crate::engine::measurements::path(&crate::paths::project_root()),
            root: crate::paths::project_root(),
        }
    }
}
