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

/// Decides how the build of the projects under `root` may use the network.
///
/// `changes_manifests` says whether the run edits a `Cargo.toml` (cargo may then need
/// the registry's index even with every locked crate downloaded). The network is only
/// probed when a crate is missing or a manifest changes, so most runs cost nothing.
pub fn mode_for(root: &Path, changes_manifests: bool) -> Result<Mode, NotDownloaded> {
    let needed = lockfile::registry_packages_under(root);
    if needed.is_empty() {
        return Ok(Mode::Online);
    }
    let home = crate::paths::cargo_home().unwrap_or_default();
    let missing = lockfile::missing(&needed, &home);
    if missing.is_empty() && !changes_manifests {
        return Ok(Mode::Online);
    }
    match (network::crates_io_reachable(), missing.is_empty()) {
        (true, _) => Ok(Mode::Online),
        (false, true) => Ok(Mode::Offline),
        (false, false) => Err(not_downloaded(&missing)),
    }
}

/// Crates a build needs that are not downloaded, while crates.io cannot be reached.
#[derive(Debug)]
pub struct NotDownloaded(pub String);

impl std::fmt::Display for NotDownloaded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for NotDownloaded {}

/// The one message for crates that are needed, not downloaded, and cannot be.
pub fn not_downloaded(missing: &[Package]) -> NotDownloaded {
    let shown: Vec<String> = missing.iter().take(3).map(ToString::to_string).collect();
    let more = match missing.len() {
        n if n > 3 => format!(" and {} more", n - 3),
        _ => String::new(),
    };
    NotDownloaded(format!(
        "{} crate{} this needs {} not downloaded ({}{more}), and crates.io cannot be \
         reached from here ({}): run `cargo xtask prefetch` once on a network first",
        missing.len(),
        if missing.len() == 1 { "" } else { "s" },
        if missing.len() == 1 { "is" } else { "are" },
        shown.join(", "),
        network::why_unreachable(),
    ))
}
