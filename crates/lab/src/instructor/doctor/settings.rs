//! Environment variables and cargo configuration outside the lab that change what
//! rebuilds or how long it takes. Experiments run without the variables (the runner
//! removes them), but `measure` and the learner's own builds see them, and cargo
//! config files apply to every build under them.

use std::path::Path;

use super::Finding;

/// Variables that change rebuilds or timings.
const WATCHED: &[&str] = &[
    "RUSTFLAGS",
    "CARGO_ENCODED_RUSTFLAGS",
    "CARGO_INCREMENTAL",
    "CARGO_TARGET_DIR",
    "RUSTC_WRAPPER",
    "RUSTC_WORKSPACE_WRAPPER",
    "RUSTC",
    "CARGO_BUILD_JOBS",
];
/// Prefixes of such variables.
const WATCHED_PREFIXES: &[&str] = &["CARGO_PROFILE_", "CARGO_BUILD_", "CARGO_TARGET_"];

pub(super) fn check(root: &Path) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut vars: Vec<(String, String)> = std::env::vars()
        .filter(|(k, v)| {
            !v.is_empty()
                && (WATCHED.contains(&k.as_str())
                    || WATCHED_PREFIXES.iter().any(|p| k.starts_with(p)))
        })
        .collect();
    vars.sort();
    vars.dedup();
    for (key, value) in vars {
        out.push(Finding::warning(
            &format!("env {key}"),
            format!(
                "{key}={value}: experiments run without it, but `measure` and your own builds use it"
            ),
            format!("unset {key} while you follow the book, or compare with it in mind"),
        ));
    }
    for warning in crate::engine::cargo_config::warnings(root) {
        out.push(Finding::warning(
            "cargo config",
            warning,
            "move the setting into the projects that need it, or expect results that differ",
        ));
    }
    if out.is_empty() {
        out.push(Finding::ok(
            "settings",
            "no environment variable or global cargo config changes builds",
        ));
    }
    out
}
