//! Where the time of a rebuild goes, on stable Rust: the runner puts itself between
//! cargo and rustc (as `RUSTC_WRAPPER`, the way sccache does) and between rustc and the
//! linker (as `-C linker`), and times both. Each call appends one JSON line to the log
//! named by [`LOG_VAR`]; the step runner reads it after the step.
//!
//! The wrapper is set for every step of a run, the first included, so it cannot change
//! what rebuilds between steps; it never changes rustc's arguments except to route the
//! link through the timing shim.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

/// The environment variable naming the timing log of the current step.
pub const LOG_VAR: &str = "REBUILD_LAB_TIMING_LOG";
/// The linker shim the wrapper routes links through.
pub const SHIM_VAR: &str = "REBUILD_LAB_LINKER";
/// The linker rustc would have used, for the shim to call.
const REAL_LINKER_VAR: &str = "REBUILD_LAB_REAL_LINKER";
/// The crate being compiled, passed from the wrapper to the shim.
const CRATE_VAR: &str = "REBUILD_LAB_CRATE";
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
        /// Wall time of the whole rustc call.
        seconds: f64,
    },
    /// A linker invocation.
    Link {
        /// `CARGO_PKG_NAME` of the unit being linked.
        package: String,
        /// The crate being linked.
        crate_name: String,
        /// Wall time of the linker call.
        seconds: f64,
    },
}

/// The wrapper and linker names, as links to the runner's binary `exe` (the running
/// one when `None`), in `dir`.
pub fn install(dir: &Path, exe: Option<&Path>) -> Result<Tools> {
    let exe = match exe {
        Some(e) => e.to_path_buf(),
        None => std::env::current_exe().context("cannot find the runner's own executable")?,
    };
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

/// When the process was started under one of the shim names, does that job and
/// returns its exit code; otherwise `None`.
pub fn dispatch() -> Option<i32> {
    let mut args = std::env::args_os();
    let argv0 = PathBuf::from(args.next()?);
    let name = argv0.file_name()?.to_string_lossy().into_owned();
    let rest: Vec<std::ffi::OsString> = args.collect();
    if name.starts_with(WRAPPER_NAME) {
        Some(run_wrapper(rest))
    } else if name.starts_with(LINKER_NAME) {
        Some(run_linker(rest))
    } else {
        None
    }
}

fn run_wrapper(args: Vec<std::ffi::OsString>) -> i32 {
    let Some((rustc, rustc_args)) = args.split_first() else {
        eprintln!("{WRAPPER_NAME}: expected the rustc path as first argument");
        return 101;
    };
    let strings: Vec<String> = rustc_args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let crate_name = flag_value(&strings, "--crate-name");
    let log = std::env::var_os(LOG_VAR);
    let (Some(crate_name), Some(log)) = (crate_name, log) else {
        // Version queries and the like: pass through untouched.
        return status_code(Command::new(rustc).args(rustc_args).status());
    };
    let crate_types: Vec<String> = flag_values(&strings, "--crate-type");
    let mut cmd = Command::new(rustc);
    let mut real_linker = None;
    let mut i = 0;
    while i < rustc_args.len() {
        let a = &strings[i];
        if a == "-C" && strings.get(i + 1).is_some_and(|v| v.starts_with("linker=")) {
            real_linker = Some(strings[i + 1]["linker=".len()..].to_string());
            i += 2;
            continue;
        }
        if let Some(v) = a.strip_prefix("-Clinker=") {
            real_linker = Some(v.to_string());
            i += 1;
            continue;
        }
        cmd.arg(&rustc_args[i]);
        i += 1;
    }
    let linker = std::env::var_os(SHIM_VAR).map(PathBuf::from);
    // Only link steps need the shim; other crates keep their arguments as they were.
    let links = crate_types
        .iter()
        .any(|t| matches!(t.as_str(), "bin" | "dylib" | "cdylib" | "proc-macro"))
        || strings.iter().any(|a| a == "--test");
    if let (true, Some(linker)) = (links, linker) {
        cmd.arg("-C").arg(format!("linker={}", linker.display()));
        if let Some(real) = &real_linker {
            cmd.env(REAL_LINKER_VAR, real);
        }
    } else if let Some(real) = &real_linker {
        cmd.arg("-C").arg(format!("linker={real}"));
    }
    cmd.env(CRATE_VAR, &crate_name);
    let start = Instant::now();
    let code = status_code(cmd.status());
    append(
        Path::new(&log),
        &Record::Rustc {
            package: std::env::var("CARGO_PKG_NAME").unwrap_or_default(),
            crate_name,
            crate_types,
            seconds: start.elapsed().as_secs_f64(),
        },
    );
    code
}

fn run_linker(args: Vec<std::ffi::OsString>) -> i32 {
    let real = std::env::var_os(REAL_LINKER_VAR).unwrap_or_else(|| "cc".into());
    let start = Instant::now();
    let code = status_code(Command::new(&real).args(&args).status());
    if let Some(log) = std::env::var_os(LOG_VAR) {
        append(
            Path::new(&log),
            &Record::Link {
                package: std::env::var("CARGO_PKG_NAME").unwrap_or_default(),
                crate_name: std::env::var(CRATE_VAR).unwrap_or_default(),
                seconds: start.elapsed().as_secs_f64(),
            },
        );
    }
    code
}

fn status_code(status: std::io::Result<std::process::ExitStatus>) -> i32 {
    match status {
        Ok(s) => s.code().unwrap_or(101),
        Err(e) => {
            eprintln!("rebuild-lab: cannot start the wrapped tool: {e}");
            101
        }
    }
}

fn append(log: &Path, record: &Record) {
    // One short line per write with O_APPEND: parallel rustc calls never interleave.
    if let Ok(line) = serde_json::to_string(record)
        && let Ok(mut f) = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(log)
    {
        let _ = f.write_all(format!("{line}\n").as_bytes());
    }
}

fn flag_value(args: &[String], flag: &str) -> Option<String> {
    flag_values(args, flag).into_iter().next()
}

fn flag_values(args: &[String], flag: &str) -> Vec<String> {
    let mut out = Vec::new();
    let eq = format!("{flag}=");
    for (i, a) in args.iter().enumerate() {
        if a == flag {
            if let Some(v) = args.get(i + 1) {
                out.push(v.clone());
            }
        } else if let Some(v) = a.strip_prefix(&eq) {
            out.push(v.to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_flags_in_both_spellings() {
        let args: Vec<String> = [
            "--crate-name",
            "app",
            "--crate-type=bin",
            "--crate-type",
            "rlib",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(flag_value(&args, "--crate-name").as_deref(), Some("app"));
        assert_eq!(flag_values(&args, "--crate-type"), ["bin", "rlib"]);
    }

    #[test]
    fn log_lines_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("log.jsonl");
        let r = Record::Link {
            package: "app".into(),
            crate_name: "app".into(),
            seconds: 0.25,
        };
        append(&log, &r);
        append(&log, &r);
        assert_eq!(read_log(&log), vec![r.clone(), r]);
    }
}
