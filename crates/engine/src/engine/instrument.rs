//! Where the time of a rebuild goes, on stable Rust: a small shim (`crates/engine/shim/main.rs`,
//! compiled by `xtask/build.rs`) stands between cargo and rustc (as `RUSTC_WRAPPER`,
//! the way sccache does) and between rustc and the linker (as `-C linker`), and times
//! both. Each call appends one JSON line to the log named by [`LOG_VAR`]; the step
//! runner reads it after the step.
//!
//! The wrapper is set for every step of a run, the first included, so it cannot change
//! what rebuilds between steps; it never changes rustc's arguments except to route the
//! link through the timing shim.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

/// The environment variable naming the timing log of the current step.
pub const LOG_VAR: &str = "REBUILD_LAB_TIMING_LOG";
/// A further rustc wrapper (sccache) the shim runs rustc through.
pub const NEXT_WRAPPER_VAR: &str = "REBUILD_LAB_NEXT_WRAPPER";
/// The linker shim the wrapper routes links through.
pub const SHIM_VAR: &str = "REBUILD_LAB_LINKER";
/// The name the runner's binary has when it acts as the rustc wrapper.
pub const WRAPPER_NAME: &str = "rebuild-lab-rustc";
/// The name the runner's binary has when it acts as the linker.
pub const LINKER_NAME: &str = "rebuild-lab-linker";

/// One timed call.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Record {
    /// A rustc invocation (the link inside it included).
    Rustc {
        /// `CARGO_PKG_NAME` of the unit.
        package: String,
        /// `--crate-name`.
        crate_name: String,
        /// `--crate-type` values.
        crate_types: Vec<String>,
        /// Compiled as a test harness (`--test`).
        #[serde(default)]
        test: bool,
        /// Wall time of the whole rustc call.
        seconds: f64,
        /// When it started, in seconds since the Unix epoch (0 in older logs).
        #[serde(default)]
        start: f64,
    },
    /// A linker invocation.
    Link {
        /// `CARGO_PKG_NAME` of the unit being linked.
        package: String,
        /// The crate being linked.
        crate_name: String,
        /// A test harness is being linked.
        #[serde(default)]
        test: bool,
        /// Wall time of the linker call.
        seconds: f64,
        /// When it started, in seconds since the Unix epoch (0 in older logs).
        #[serde(default)]
        start: f64,
    },
}

/// The shim, compiled with the runner.
pub const SHIM: &str = env!("REBUILD_LAB_SHIM");

/// The wrapper and linker names, as links to the shim, in `dir`.
pub fn install(dir: &Path) -> Result<Tools> {
    let exe = PathBuf::from(SHIM);
    if !exe.is_file() {
        anyhow::bail!(
            "the timing shim {} is missing; rebuild the lab with `cargo build -p xtask`",
            exe.display()
        );
    }
    std::fs::create_dir_all(dir)?;
    let tools = Tools {
        wrapper: dir.join(WRAPPER_NAME),
        linker: dir.join(LINKER_NAME),
    };
    for link in [&tools.wrapper, &tools.linker] {
        let _ = std::fs::remove_file(link);
        link_or_copy(&exe, link)?;
    }
    Ok(tools)
}

#[cfg(unix)]
fn link_or_copy(exe: &Path, link: &Path) -> Result<()> {
    std::os::unix::fs::symlink(exe, link)
        .with_context(|| format!("cannot create {}", link.display()))
}

#[cfg(not(unix))]
fn link_or_copy(exe: &Path, link: &Path) -> Result<()> {
    std::fs::copy(exe, link)
        .map(|_| ())
        .with_context(|| format!("cannot create {}", link.display()))
}

/// The installed wrapper and linker shim.
#[derive(Debug, Clone)]
pub struct Tools {
    /// Set as `RUSTC_WRAPPER`.
    pub wrapper: PathBuf,
    /// Passed to rustc as `-C linker` by the wrapper.
    pub linker: PathBuf,
}

/// Reads a step's timing log; a missing log means nothing was run.
pub fn read_log(path: &Path) -> Vec<Record> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shim_times_a_wrapped_command_and_its_log_parses() {
        let dir = tempfile::tempdir().unwrap();
        let tools = install(dir.path()).unwrap();
        let log = dir.path().join("log.jsonl");
        // As cargo calls a wrapper: the tool first, then its arguments.
        let status = std::process::Command::new(&tools.wrapper)
            .args([
                "/bin/sh",
                "-c",
                "exit 0",
                "--crate-name",
                "demo",
                "--crate-type=lib",
            ])
            .env(LOG_VAR, &log)
            .env("CARGO_PKG_NAME", "demo-pkg")
            .status()
            .unwrap();
        assert!(status.success());
        let status = std::process::Command::new(&tools.linker)
            .env(LOG_VAR, &log)
            .env("REBUILD_LAB_REAL_LINKER", "/bin/true")
            .env("CARGO_PKG_NAME", "demo-pkg")
            .env("REBUILD_LAB_CRATE", "demo")
            .status()
            .unwrap();
        assert!(status.success());
        let records = read_log(&log);
        assert_eq!(records.len(), 2, "{records:?}");
        match &records[0] {
            Record::Rustc {
                package,
                crate_name,
                crate_types,
                ..
            } => {
                assert_eq!(
                    (package.as_str(), crate_name.as_str()),
                    ("demo-pkg", "demo")
                );
                assert_eq!(crate_types, &["lib"]);
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(&records[1], Record::Link { crate_name, .. } if crate_name == "demo"));
        // Both carry their start time, the link after the compile began.
        match (&records[0], &records[1]) {
            (Record::Rustc { start: a, .. }, Record::Link { start: b, .. }) => {
                assert!(*a > 1.0e9 && b >= a, "{a} {b}");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_failing_tool_keeps_its_exit_code() {
        let dir = tempfile::tempdir().unwrap();
        let tools = install(dir.path()).unwrap();
        let status = std::process::Command::new(&tools.wrapper)
            .args(["/bin/sh", "-c", "exit 3"])
            .status()
            .unwrap();
        assert_eq!(status.code(), Some(3));
    }
}
