//! What a build needs from crates.io, whether it is already downloaded, and whether
//! crates.io can be reached: the runner's offline mode.
//!
//! Workshops are often offline. After `cargo xtask prefetch`, every registry crate of
//! the lab is in Cargo's cache; when crates.io then cannot be reached (no network, or a
//! proxy that does not answer), the runner runs cargo offline (`CARGO_NET_OFFLINE`), so
//! even a step that changes a requirement resolves from what was downloaded. When a
//! crate is missing and crates.io cannot be reached, the run stops before cargo does,
//! with one message: run `cargo xtask prefetch` on a network first.

pub mod lockfile;
pub mod network;

use std::path::Path;

pub use lockfile::Package;

/// How a run may use the network.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// Let cargo download what it needs (the usual case).
    Online,
    /// crates.io cannot be reached, but every crate is downloaded: run cargo offline.
    Offline,
}

/// What gets the missing crates: `prefetch` for the lab's own projects, a plain
/// `cargo fetch` for a learner's project (which `prefetch` does not know).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Remedy {
    /// `cargo xtask prefetch`.
    Prefetch,
    /// `cargo fetch` in this project.
    CargoFetch(std::path::PathBuf),
}

/// Decides how the build of the projects under `root` may use the network.
///
/// `changes_manifests` says whether the run edits a `Cargo.toml` (cargo may then need
/// the registry's index even with every locked crate downloaded). The network is only
/// probed when a crate is missing or a manifest changes, so most runs cost nothing.
pub fn mode_for(
    root: &Path,
    changes_manifests: bool,
    remedy: Remedy,
) -> Result<Mode, NotDownloaded> {
    // The lab's projects may hold several (two clones of one project); a learner's
    // project has its one at the root, and its tree can be large to walk on every run.
    let needed = match &remedy {
        Remedy::Prefetch => lockfile::registry_packages_under(root),
        Remedy::CargoFetch(_) => lockfile::registry_packages(&root.join("Cargo.lock")),
    };
    if needed.is_empty() {
        return Ok(Mode::Online);
    }
    let home = crate::paths::cargo_home().unwrap_or_default();
    let missing = lockfile::missing(&needed, &home);
    if missing.is_empty() && !changes_manifests {
        return Ok(Mode::Online);
    }
    match (network::crates_io_reachable(root), missing.is_empty()) {
        (true, _) => Ok(Mode::Online),
        (false, true) => Ok(Mode::Offline),
        (false, false) => Err(NotDownloaded {
            missing,
            why: network::why_unreachable(root),
            remedy,
        }),
    }
}

/// Crates a build needs that are not downloaded, while crates.io cannot be reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotDownloaded {
    /// The crates missing from Cargo's cache.
    pub missing: Vec<Package>,
    /// Why crates.io is out of reach.
    pub why: String,
    /// What downloads them.
    pub remedy: Remedy,
}

impl std::fmt::Display for NotDownloaded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let n = self.missing.len();
        let shown: Vec<String> = self
            .missing
            .iter()
            .take(3)
            .map(ToString::to_string)
            .collect();
        let more = match n {
            n if n > 3 => format!(" and {} more", n - 3),
            _ => String::new(),
        };
        let remedy = match &self.remedy {
            Remedy::Prefetch => "run `cargo xtask prefetch` once on a network first".to_string(),
            Remedy::CargoFetch(dir) => {
                format!(
                    "run `cargo fetch` in {} once on a network first",
                    dir.display()
                )
            }
        };
        write!(
            f,
            "{n} crate{} this needs {} not downloaded ({}{more}), and crates.io cannot be \
             reached from here ({}): {remedy}",
            if n == 1 { "" } else { "s" },
            if n == 1 { "is" } else { "are" },
            shown.join(", "),
            self.why,
        )
    }
}

impl std::error::Error for NotDownloaded {}
