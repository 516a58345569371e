//! Helpers the integration tests share.

#![allow(dead_code)]

use std::process::Output;

pub mod served;

/// A finished command's stdout and stderr, as one text.
pub fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
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
