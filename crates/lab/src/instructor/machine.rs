//! What a machine is: CPU model, cores, memory, operating system, toolchain and the
//! linker its builds use. The doctor shows it, and every report carries it, so a room's
//! results can be told apart.

use std::path::Path;

use serde::{Deserialize, Serialize};

/// A machine's description.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Machine {
    /// The CPU's model name, e.g. `AMD EPYC 7B13`.
    pub cpu: String,
    /// Logical CPUs available to builds.
    pub cores: usize,
    /// Memory in GiB (0 when it cannot be read).
    pub memory_gib: f64,
    /// Operating system, e.g. `Debian GNU/Linux 12 (bookworm)`.
    pub os: String,
    /// `rustc -V`.
    pub toolchain: String,
    /// The linker a plain `cargo build` uses here, e.g. `LLD 20.1.8`.
    pub linker: String,
}

impl Machine {
    /// Reads this machine. `linker` is the doctor's finding, when it has one.
    pub fn this(linker: Option<String>) -> Machine {
        Machine {
            cpu: cpu_model().unwrap_or_else(|| std::env::consts::ARCH.to_string()),
            cores: std::thread::available_parallelism().map_or(1, |n| n.get()),
            memory_gib: memory_bytes().map_or(0.0, |b| b as f64 / (1024.0 * 1024.0 * 1024.0)),
            os: os_name(),
            toolchain: crate::engine::host::host(None).rustc,
            linker: linker.unwrap_or_else(|| "unknown".into()),
        }
    }

    /// One line: `AMD EPYC 7B13, 2 cores, 24 GiB, Debian 12, rustc 1.95.0`.
    pub fn summary(&self) -> String {
        format!(
            "{}, {} core{}, {:.0} GiB, {}, {}",
            self.cpu,
            self.cores,
            if self.cores == 1 { "" } else { "s" },
            self.memory_gib,
            self.os,
            self.toolchain
        )
    }
}

fn cpu_model() -> Option<String> {
    if let Ok(text) = std::fs::read_to_string("/proc/cpuinfo") {
        return text
            .lines()
            .find(|l| l.starts_with("model name"))
            .and_then(|l| l.split_once(':'))
            .map(|(_, v)| v.trim().to_string());
    }
    sysctl("machdep.cpu.brand_string")
}

fn memory_bytes() -> Option<u64> {
    if let Ok(text) = std::fs::read_to_string("/proc/meminfo") {
        let kib: u64 = text
            .lines()
            .find(|l| l.starts_with("MemTotal:"))?
            .split_whitespace()
            .nth(1)?
            .parse()
            .ok()?;
        return Some(kib * 1024);
    }
    sysctl("hw.memsize")?.parse().ok()
}

fn os_name() -> String {
    if let Ok(text) = std::fs::read_to_string("/etc/os-release")
        && let Some(name) = text
            .lines()
            .find_map(|l| l.strip_prefix("PRETTY_NAME="))
            .map(|v| v.trim_matches('"').to_string())
    {
        return name;
    }
    if let Some(version) = sysctl("kern.osproductversion") {
        return format!("macOS {version}");
    }
    std::env::consts::OS.to_string()
}

fn sysctl(key: &str) -> Option<String> {
    duct::cmd!("sysctl", "-n", key)
        .stderr_null()
        .read()
        .ok()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
}

/// What building a one-line program said about the linker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkerProbe {
    /// The linker named in the binary, e.g. `LLD 22.1.2`.
    Named(String),
    /// It built, but the binary carries no linker note (macOS, Windows).
    Unnamed,
    /// It did not build: the last lines of cargo's error.
    BuildFailed(String),
}

impl LinkerProbe {
    /// The linker's name for a machine description.
    pub fn name(&self) -> Option<String> {
        match self {
            LinkerProbe::Named(n) => Some(n.clone()),
            LinkerProbe::Unnamed => Some("the platform's default".into()),
            LinkerProbe::BuildFailed(_) => None,
        }
    }
}

/// Builds a one-line program in a scratch directory and reads which linker made it.
/// With `env`, the build gets exactly those variables (the cleaned environment the
/// experiments run in); without, the learner's own (global cargo config applies in
/// both cases).
pub fn default_linker(
    scratch: &Path,
    env: Option<std::collections::BTreeMap<std::ffi::OsString, std::ffi::OsString>>,
) -> LinkerProbe {
    let dir = scratch.join("linker-probe");
    let written = std::fs::create_dir_all(dir.join("src"))
        .and_then(|()| {
            std::fs::write(
                dir.join("Cargo.toml"),
                "[package]\nname = \"linker-probe\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[workspace]\n",
            )
        })
        .and_then(|()| std::fs::write(dir.join("src/main.rs"), "fn main() {}\n"));
    if let Err(e) = written {
        return LinkerProbe::BuildFailed(format!("cannot write a probe project: {e}"));
    }
    let mut cmd = duct::cmd!("cargo", "build", "--quiet");
    if let Some(vars) = env {
        cmd = cmd.full_env(vars);
    }
    let built = cmd
        .dir(&dir)
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .stdout_null()
        .stderr_capture()
        .unchecked()
        .run();
    match built {
        Err(e) => LinkerProbe::BuildFailed(format!("cannot run cargo: {e}")),
        Ok(out) if !out.status.success() => {
            let stderr = String::from_utf8_lossy(&out.stderr);
            let tail: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
            LinkerProbe::BuildFailed(tail[tail.len().saturating_sub(2)..].join(" / "))
        }
        Ok(_) => match crate::measure::linker::read(&dir.join("target/debug/linker-probe")) {
            Some(name) => LinkerProbe::Named(name),
            None => LinkerProbe::Unnamed,
        },
    }
}
