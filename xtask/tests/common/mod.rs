//! Helpers the integration tests share.

#![allow(dead_code)]
#![allow(clippy::disallowed_methods)]

use std::process::Output;

pub mod served;

/// Says that a test cannot run here, and why: under CI that fails the test (CI installs
/// every tool); elsewhere the skip is printed and, when `cargo xtask verify` runs the
/// tests (it names a file in `REBUILD_LAB_TEST_SKIPS`), counted in its summary line, so
/// that a test that checked nothing never passes for one that did.
pub fn skip(why: &str) {
    let test = std::thread::current()
        .name()
        .unwrap_or("a test")
        .to_string();
    let ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0");
    assert!(!ci, "{test} cannot run under CI: {why}");
    eprintln!("skipped: {test}: {why}");
    if let Some(log) = std::env::var_os("REBUILD_LAB_TEST_SKIPS") {
        use std::io::Write;
        if let Ok(mut f) = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(log)
        {
            let _ = writeln!(f, "{test}: {why}");
        }
    }
}

/// A finished command's stdout and stderr, as one text.
pub fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// The xtask binary with a private target dir (for results) and temp dir (for
/// scratch copies), so tests neither share files nor touch the project's.
pub struct Xtask {
    /// Its target directory.
    pub target: tempfile::TempDir,
    /// Its temporary directory.
    pub tmp: tempfile::TempDir,
}

impl Xtask {
    /// Fresh directories.
    pub fn new() -> Xtask {
        Xtask {
            target: tempfile::tempdir().unwrap(),
            tmp: tempfile::tempdir().unwrap(),
        }
    }

    /// The binary with `args`, in these directories.
    pub fn command(&self, args: &[&str]) -> std::process::Command {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_xtask"));
        cmd.args(args)
            .env("CARGO_TARGET_DIR", self.target.path())
            .env("TMPDIR", self.tmp.path())
            .env("CI", "true");
        cmd
    }

    /// Runs it to the end.
    pub fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().unwrap()
    }

    /// What is left in its temporary directory.
    pub fn scratch_dirs(&self) -> Vec<std::path::PathBuf> {
        std::fs::read_dir(self.tmp.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect()
    }
}

/// Copies the tree `from` into `to`, leaving out `target/` directories.
pub fn copy_tree(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        if e.file_name() == "target" {
            continue;
        }
        let dest = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_tree(&e.path(), &dest);
        } else {
            std::fs::copy(e.path(), dest).unwrap();
        }
    }
}

/// Whether a program of that name is on PATH.
pub fn on_path(program: &str) -> bool {
    std::process::Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// The port in `cargo xtask serve`'s first line ("Serving the book at
/// http://127.0.0.1:PORT/ …").
pub fn served_port(line: &str) -> u16 {
    line.split("127.0.0.1:")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("no address in {line:?}"))
}

/// Starts `cmd` quietly in a process group of its own, so a test can send it a signal
/// as a terminal would, without reaching the test itself.
#[cfg(unix)]
pub fn spawn_in_own_group(cmd: &mut std::process::Command) -> std::process::Child {
    use std::os::unix::process::CommandExt;
    cmd.process_group(0)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap()
}

/// Sends `signal` (`-INT`, `-KILL`, ...) to the child's whole process group, as a
/// terminal does on Ctrl-C, or with `group = false` to the child alone.
pub fn send_signal(child: &std::process::Child, signal: &str, group: bool) {
    let target = if group {
        format!("-{}", child.id())
    } else {
        child.id().to_string()
    };
    let sent = std::process::Command::new("kill")
        .args([signal, "--", &target])
        .status()
        .unwrap();
    assert!(sent.success(), "kill {signal} {target} failed");
}

/// Every file under `dir` (directories named in `skip` left out), with its bytes and
/// modification time: what a test compares to show a project untouched.
pub fn files_state(
    dir: &std::path::Path,
    skip: &[&str],
) -> std::collections::BTreeMap<std::path::PathBuf, (Vec<u8>, std::time::SystemTime)> {
    let mut out = std::collections::BTreeMap::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let e = e.unwrap();
            if skip.iter().any(|s| e.file_name() == *s) {
                continue;
            }
            let p = e.path();
            if e.file_type().unwrap().is_dir() {
                todo.push(p);
            } else {
                let meta = e.metadata().unwrap();
                out.insert(
                    p.strip_prefix(dir).unwrap().to_path_buf(),
                    (std::fs::read(&p).unwrap(), meta.modified().unwrap()),
                );
            }
        }
    }
    out
}
