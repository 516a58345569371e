//! The timing shim: a small program, with no dependencies, that the runner puts between
//! cargo and rustc (as `RUSTC_WRAPPER`, under the name `rebuild-lab-rustc`) and between
//! rustc and the linker (as `-C linker`, under the name `rebuild-lab-linker`). It runs
//! the real tool, times it, and appends one JSON line to the file named by
//! `REBUILD_LAB_TIMING_LOG`. `xtask/build.rs` compiles it; `src/instrument.rs` reads
//! its lines. It is kept tiny because it starts once per rustc call and per link.

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, ExitCode, ExitStatus};
use std::time::Instant;

const LOG_VAR: &str = "REBUILD_LAB_TIMING_LOG";
const SHIM_VAR: &str = "REBUILD_LAB_LINKER";
const REAL_LINKER_VAR: &str = "REBUILD_LAB_REAL_LINKER";
const CRATE_VAR: &str = "REBUILD_LAB_CRATE";
const TEST_VAR: &str = "REBUILD_LAB_TEST_HARNESS";
/// A wrapper of the learner's or the experiment's (such as sccache) that the shim runs
/// rustc through, so a compiler cache still sees every call and times stay recorded.
const NEXT_WRAPPER_VAR: &str = "REBUILD_LAB_NEXT_WRAPPER";

fn main() -> ExitCode {
    let mut args = std::env::args_os();
    let argv0 = PathBuf::from(args.next().unwrap_or_default());
    let name = argv0
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let rest: Vec<OsString> = args.collect();
    let code = if name.starts_with("rebuild-lab-linker") {
        linker(rest)
    } else {
        wrapper(rest)
    };
    ExitCode::from(code)
}

/// `rebuild-lab-rustc RUSTC ARGS...`: runs rustc, routing links through the shim.
fn wrapper(args: Vec<OsString>) -> u8 {
    let Some((rustc, rustc_args)) = args.split_first() else {
        eprintln!("rebuild-lab-rustc: expected the rustc path as first argument");
        return 101;
    };
    let strings: Vec<String> = rustc_args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let crate_name = flag_values(&strings, "--crate-name").into_iter().next();
    let log = std::env::var_os(LOG_VAR);
    let (Some(crate_name), Some(log)) = (crate_name, log) else {
        // Version queries and the like pass through untouched.
        return code(rustc_command(rustc).args(rustc_args).status());
    };
    let crate_types = flag_values(&strings, "--crate-type");
    let test = strings.iter().any(|a| a == "--test");
    let links = crate_types
        .iter()
        .any(|t| matches!(t.as_str(), "bin" | "dylib" | "cdylib" | "proc-macro"))
        || test;
    let shim = std::env::var_os(SHIM_VAR).filter(|_| links);

    let mut cmd = rustc_command(rustc);
    let mut real_linker = None;
    let mut i = 0;
    while i < rustc_args.len() {
        let a = &strings[i];
        if shim.is_some() {
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
        }
        cmd.arg(&rustc_args[i]);
        i += 1;
    }
    if let Some(shim) = &shim {
        let mut flag = OsString::from("linker=");
        flag.push(shim);
        cmd.arg("-C").arg(flag);
        if let Some(real) = &real_linker {
            cmd.env(REAL_LINKER_VAR, real);
        }
    }
    cmd.env(CRATE_VAR, &crate_name);
    cmd.env(TEST_VAR, if test { "1" } else { "0" });
    let started = unix_seconds();
    let start = Instant::now();
    let status = cmd.status();
    let seconds = start.elapsed().as_secs_f64();
    let types: Vec<String> = crate_types.iter().map(|t| json_string(t)).collect();
    append(
        &log,
        &format!(
            "{{\"kind\":\"rustc\",\"package\":{},\"crate_name\":{},\"crate_types\":[{}],\"test\":{test},\"seconds\":{seconds},\"start\":{started}}}",
            json_string(&std::env::var("CARGO_PKG_NAME").unwrap_or_default()),
            json_string(&crate_name),
            types.join(",")
        ),
    );
    code(status)
}

/// The command that runs rustc: through the next wrapper when there is one.
fn rustc_command(rustc: &OsString) -> Command {
    match std::env::var_os(NEXT_WRAPPER_VAR).filter(|w| !w.is_empty()) {
        Some(next) => {
            let mut cmd = Command::new(next);
            cmd.arg(rustc);
            cmd
        }
        None => Command::new(rustc),
    }
}

/// `rebuild-lab-linker ARGS...`: runs the real linker driver (`cc` unless rustc was
/// given another one) and times it.
fn linker(args: Vec<OsString>) -> u8 {
    let real = std::env::var_os(REAL_LINKER_VAR).unwrap_or_else(|| "cc".into());
    let started = unix_seconds();
    let start = Instant::now();
    let status = Command::new(&real).args(&args).status();
    let seconds = start.elapsed().as_secs_f64();
    if let Some(log) = std::env::var_os(LOG_VAR) {
        append(
            &log,
            &format!(
                "{{\"kind\":\"link\",\"package\":{},\"crate_name\":{},\"test\":{},\"seconds\":{seconds},\"start\":{started}}}",
                json_string(&std::env::var("CARGO_PKG_NAME").unwrap_or_default()),
                json_string(&std::env::var(CRATE_VAR).unwrap_or_default()),
                std::env::var(TEST_VAR).is_ok_and(|v| v == "1"),
            ),
        );
    }
    code(status)
}

/// Now, in seconds since the Unix epoch: when a timed call started, so the runner can
/// lay the calls of a step out on a timeline.
fn unix_seconds() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64())
}

fn code(status: std::io::Result<ExitStatus>) -> u8 {
    match status {
        Ok(s) => s.code().map_or(101, |c| c.clamp(0, 255) as u8),
        Err(e) => {
            eprintln!("rebuild-lab: cannot start the wrapped tool: {e}");
            101
        }
    }
}

/// Appends one line; with O_APPEND, parallel rustc calls never interleave lines.
fn append(log: &OsString, line: &str) {
    if let Ok(mut f) = std::fs::OpenOptions::new().create(true).append(true).open(log) {
        let _ = f.write_all(format!("{line}\n").as_bytes());
    }
}

fn flag_values(args: &[String], flag: &str) -> Vec<String> {
    let eq = format!("{flag}=");
    let mut out = Vec::new();
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

fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
