//! Working without a network, through the real binary: with an empty Cargo home and no
//! way to crates.io, a run stops with one message that points at `prefetch`; after
//! `prefetch`, `run`, `verify`, `check`, `measure` and the page's Run button all work,
//! both with `CARGO_NET_OFFLINE=true` and with a proxy that does not answer.

mod common;
use common::served::{Served, wait_for};
use common::text;

use std::path::Path;
use std::process::{Command, Output};
use std::time::Duration;

/// How the test cuts the network.
#[derive(Debug, Clone, Copy)]
enum Cut {
    /// `CARGO_NET_OFFLINE=true`.
    Offline,
    /// Every proxy variable names a local port nothing listens on.
    DeadProxy,
}

/// A Cargo home, target and temp directory of the test's own, and a copy of the
/// challenges.
struct Room {
    home: tempfile::TempDir,
    target: tempfile::TempDir,
    tmp: tempfile::TempDir,
    challenges: tempfile::TempDir,
}

fn project() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

/// A port on 127.0.0.1 that nothing listens on (it was free a moment ago).
fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

impl Room {
    fn new() -> Room {
        let room = Room {
            home: tempfile::tempdir().unwrap(),
            target: tempfile::tempdir().unwrap(),
            tmp: tempfile::tempdir().unwrap(),
            challenges: tempfile::tempdir().unwrap(),
        };
        common::copy_tree(&project().join("challenges"), room.challenges.path());
        room
    }

    fn env(&self, cut: Option<Cut>) -> Vec<(String, String)> {
        let mut env = vec![
            ("CARGO_HOME".into(), self.home.path().display().to_string()),
            (
                "CARGO_TARGET_DIR".into(),
                self.target.path().display().to_string(),
            ),
            ("TMPDIR".into(), self.tmp.path().display().to_string()),
            (
                "REBUILD_LAB_CHALLENGES".into(),
                self.challenges.path().display().to_string(),
            ),
            ("CI".into(), "true".into()),
        ];
        match cut {
            None => {}
            Some(Cut::Offline) => env.push(("CARGO_NET_OFFLINE".into(), "true".into())),
            Some(Cut::DeadProxy) => {
                let proxy = format!("http://127.0.0.1:{}", closed_port());
                for var in [
                    "CARGO_HTTP_PROXY",
                    "HTTPS_PROXY",
                    "https_proxy",
                    "http_proxy",
                ] {
                    env.push((var.into(), proxy.clone()));
                }
            }
        }
        env
    }

    fn xtask(&self, args: &[&str], cut: Option<Cut>) -> Output {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_xtask"));
        cmd.args(args).current_dir(self.tmp.path());
        // The test's own environment may carry proxy or offline settings.
        for var in [
            "CARGO_NET_OFFLINE",
            "CARGO_HTTP_PROXY",
            "HTTPS_PROXY",
            "https_proxy",
            "http_proxy",
            "HTTP_PROXY",
        ] {
            cmd.env_remove(var);
        }
        cmd.envs(self.env(cut)).output().unwrap()
    }
}

/// crates.io answers; where it does not, the test is skipped, except under CI.
fn online() -> bool {
    use std::net::ToSocketAddrs;
    let reachable = ("index.crates.io", 443)
        .to_socket_addrs()
        .is_ok_and(|mut a| {
            a.any(|a| std::net::TcpStream::connect_timeout(&a, Duration::from_secs(3)).is_ok())
        });
    if !reachable {
        common::skip("crates.io cannot be reached, so nothing can be prefetched");
    }
    reachable
}

#[test]
fn without_prefetch_an_offline_run_says_to_prefetch_first() {
    let room = Room::new();
    for cut in [Cut::Offline, Cut::DeadProxy] {
        let out = room.xtask(&["run", "lockfile-move"], Some(cut));
        let all = text(&out);
        assert_eq!(out.status.code(), Some(1), "{cut:?}: {all}");
        assert!(
            all.contains("run `cargo xtask prefetch` once on a network first"),
            "{cut:?}: {all}"
        );
        assert!(all.contains("itoa 1.0.10"), "{cut:?}: {all}");
        // One message, before cargo ran: no step, no error of cargo's.
        assert!(!all.contains("Step 1"), "{cut:?}: {all}");
        assert_eq!(all.matches("error").count(), 1, "{cut:?}: {all}");
    }
    let out = room.xtask(&["run", "lockfile-move"], Some(Cut::DeadProxy));
    assert!(text(&out).contains("does not answer"), "{}", text(&out));
    let out = room.xtask(
        &["verify", "--exercises-only", "lockfile-move"],
        Some(Cut::Offline),
    );
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(
        text(&out).contains("run `cargo xtask prefetch` once on a network first"),
        "{}",
        text(&out)
    );
}

#[test]
fn a_cache_without_the_version_a_step_moves_to_names_prefetch_after_cargos_error() {
    if !online() {
        return;
    }
    let room = Room::new();
    // What running the experiment once online leaves: its locked crates, not the
    // version its Cargo.toml step moves to.
    let fetched = Command::new("cargo")
        .args(["fetch", "--locked", "--manifest-path"])
        .arg(project().join("exercises/lockfile-move/Cargo.toml"))
        .env("CARGO_HOME", room.home.path())
        .output()
        .unwrap();
    assert!(fetched.status.success(), "{}", text(&fetched));
    let out = room.xtask(&["run", "lockfile-move"], Some(Cut::Offline));
    let all = text(&out);
    assert_eq!(out.status.code(), Some(1), "{all}");
    assert!(
        all.contains("--offline was specified"),
        "cargo's own words: {all}"
    );
    assert!(
        all.contains("needed a crate that is not downloaded: run `cargo xtask prefetch`"),
        "{all}"
    );
}

#[test]
fn after_prefetch_the_lab_works_offline_and_behind_a_dead_proxy() {
    if !online() {
        return;
    }
    let room = Room::new();
    let out = room.xtask(&["prefetch"], None);
    let all = text(&out);
    assert!(out.status.success(), "{all}");
    assert!(all.contains("now work offline"), "{all}");
    assert!(all.contains("[1/"), "no progress in: {all}");

    // A solved challenge, and a project of the learner's with a registry crate.
    let solved = room.challenges.path().join("optimize-deps");
    common::copy_tree(
        &room.challenges.path().join(".solutions/optimize-deps"),
        &solved,
    );
    let own = room.tmp.path().join("own-project");
    common::copy_tree(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/registry-touch"),
        &own,
    );

    for cut in [Cut::Offline, Cut::DeadProxy] {
        // A step raises a requirement: cargo resolves it from what was downloaded.
        let out = room.xtask(&["run", "lockfile-move"], Some(cut));
        let all = text(&out);
        assert!(out.status.success(), "{cut:?}: {all}");
        assert!(
            all.contains("Updating itoa v1.0.10 -> v1.0.19"),
            "{cut:?}: {all}"
        );
        assert!(all.contains("cargo ran offline"), "{cut:?}: {all}");

        let out = room.xtask(
            &["verify", "--exercises-only", "lockfile-move", "unused-deps"],
            Some(cut),
        );
        assert!(out.status.success(), "{cut:?}: {}", text(&out));

        let out = room.xtask(&["check", "optimize-deps"], Some(cut));
        assert!(out.status.success(), "{cut:?}: {}", text(&out));

        let out = room.xtask(&["measure", "--path", own.to_str().unwrap()], Some(cut));
        assert!(out.status.success(), "{cut:?}: {}", text(&out));

        let env = room.env(Some(cut));
        let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let served = Served::start_with(room.target.path(), room.tmp.path(), &env);
        let events = served.events();
        let (status, body) = served.api("POST", "/api/run/lockfile-move", "");
        assert_eq!(status, 202, "{body}");
        let done = wait_for(&events, "run-finished", Duration::from_secs(120));
        assert!(done.contains(r#""passed":true"#), "{cut:?}: {done}");
    }
}
