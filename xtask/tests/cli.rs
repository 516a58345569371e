//! Drives the real `xtask` binary against fixture exercises: bad input, failing
//! builds, wrong expectations, drifted snapshots and Ctrl-C.

mod common;
use common::{Xtask, text};

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Asserts the exit code and that the output holds every needle; returns the output.
fn expect_output(out: &Output, code: i32, needles: &[&str]) -> String {
    let all = text(out);
    assert_eq!(out.status.code(), Some(code), "{all}");
    for needle in needles {
        assert!(all.contains(needle), "missing {needle:?} in:\n{all}");
    }
    all
}

#[test]
fn a_broken_manifest_names_file_line_and_field_and_exits_2() {
    let x = Xtask::new();
    let dir = fixture("broken-manifest");
    let out = x.run(&["run", dir.to_str().unwrap()]);
    let all = expect_output(
        &out,
        2,
        &["broken-manifest/exercise.toml:9: `kind`: unknown variant `bild`"],
    );
    assert!(!all.contains("panicked"), "{all}");
}

#[test]
fn an_unknown_exercise_suggests_the_nearest_name() {
    let x = Xtask::new();
    let out = x.run(&["run", "toch-main"]);
    expect_output(
        &out,
        2,
        &["there is no exercise named `toch-main`; did you mean `touch-main`?"],
    );
}

#[test]
fn a_compile_error_is_a_failed_step_not_a_crash() {
    let x = Xtask::new();
    let dir = fixture("compile-error");
    let out = x.run(&["run", dir.to_str().unwrap()]);
    let all = expect_output(
        &out,
        1,
        &[
            "`cargo build` failed",
            "error[E0308]: mismatched types",
            // What comes after a failed build would run on a broken state: not run.
            "Step 2 · touch src/main.rs",
            "not run: step 1 (cargo build) failed, so this step would run on a broken state",
            "Step 3 · build again",
            "FAILED: 1 of 3 steps; 2 not run after it",
        ],
    );
    assert!(!all.contains("panicked"), "{all}");
    assert!(
        x.scratch_dirs().is_empty(),
        "scratch left behind: {:?}",
        x.scratch_dirs()
    );
}

#[test]
fn verify_fails_loudly_on_a_wrong_expectation() {
    let x = Xtask::new();
    let dir = fixture("wrong-expectation");
    let snapshots = fixture("snapshots");
    let out = x.run(&[
        "verify",
        "--exercises-only",
        "--snapshots",
        snapshots.to_str().unwrap(),
        dir.to_str().unwrap(),
    ]);
    expect_output(
        &out,
        1,
        &[
            "step 3 (build after touch): expected compiled {}, got {wrong_expectation}",
            "also compiled: wrong_expectation: the file `src/main.rs` has changed",
            "exercises: 0 passed, 1 failed, 0 skipped",
        ],
    );
}

#[test]
fn verify_fails_on_a_drifted_snapshot_and_writes_nothing_under_ci() {
    let x = Xtask::new();
    let dir = fixture("snapshot-drift");
    let snapshots = tempfile::tempdir().unwrap();
    let committed = fixture("snapshots/snapshot-drift.snap");
    std::fs::copy(&committed, snapshots.path().join("snapshot-drift.snap")).unwrap();
    let out = x.run(&[
        "verify",
        "--exercises-only",
        "--snapshots",
        snapshots.path().to_str().unwrap(),
        dir.to_str().unwrap(),
    ]);
    expect_output(
        &out,
        1,
        &[
            "snapshot-drift.snap differs",
            "-  compiled  snapshot_drift 0.1.0 bin  the file",
            "+  fresh     snapshot_drift 0.1.0 bin",
            "cargo xtask bless snapshot-drift",
        ],
    );
    let files: Vec<_> = std::fs::read_dir(snapshots.path()).unwrap().collect();
    assert_eq!(files.len(), 1, "CI=true must not write a pending snapshot");

    // Blessing writes the real behaviour, and verify then passes.
    let out = x.run(&[
        "bless",
        "--snapshots",
        snapshots.path().to_str().unwrap(),
        dir.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out));
    let out = x.run(&[
        "verify",
        "--exercises-only",
        "--snapshots",
        snapshots.path().to_str().unwrap(),
        dir.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out));
}

#[test]
fn run_writes_a_json_report() {
    let x = Xtask::new();
    let dir = fixture("snapshot-drift");
    let out = x.run(&["run", "--json", dir.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out));
    let printed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(printed["steps"][1]["cargo"]["units"][0]["fresh"], true);
    let saved = x
        .target
        .path()
        .join("rebuild-lab/results/snapshot-drift.json");
    let saved: serde_json::Value = serde_json::from_slice(&std::fs::read(saved).unwrap()).unwrap();
    assert_eq!(saved["exercise"], "snapshot-drift");
}

/// The reasons of the bin and the build-script run after editing `src/main.rs` in
/// `build-script-rerun`, and where the run says they came from.
fn build_script_reasons(x: &Xtask, env: &[(&str, &str)]) -> (String, String, String) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../exercises/build-script-rerun");
    let out = x
        .command(&["run", "--json", dir.to_str().unwrap()])
        .envs(env.iter().copied())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let step = &report["steps"][2]["cargo"];
    let reason = |kind: &str, mode: &str| {
        step["units"]
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["kind"] == kind && u["mode"] == mode)
            .map(|u| u["reasons"].to_string())
            .unwrap_or_default()
    };
    (
        step["reasons_from"]
            .as_str()
            .unwrap_or_default()
            .to_string(),
        reason("bin", "build"),
        reason("build-script", "run-build-script"),
    )
}

#[test]
fn every_unit_gets_its_own_reason_from_cargos_fingerprint_log() {
    let x = Xtask::new();
    let (from, bin, run) = build_script_reasons(&x, &[]);
    assert_eq!(from, "fingerprint-log");
    assert!(bin.contains("app build-script (run)"), "{bin}");
    assert!(
        run.contains("precalculated components changed: `src/main.rs` is newer"),
        "{run}"
    );
}

#[test]
fn without_the_fingerprint_log_each_unit_shows_its_packages_reason() {
    let x = Xtask::new();
    // The path taken when cargo's log cannot be read: cargo -v's one line per package.
    let (from, bin, run) = build_script_reasons(&x, &[("REBUILD_LAB_REASONS", "package")]);
    assert_eq!(from, "package-lines");
    assert_eq!(bin, r#"["the precalculated components changed"]"#);
    assert_eq!(run, bin);
}

#[test]
fn ctrl_c_leaves_no_scratch_directory() {
    let x = Xtask::new();
    let dir = fixture("slow-build");
    let mut child = common::spawn_in_own_group(&mut x.command(&["run", dir.to_str().unwrap()]));
    // Wait until the build script is running: its binary exists in the scratch copy.
    let start = Instant::now();
    let script_started = || {
        x.scratch_dirs().iter().any(|d| {
            walk(d)
                .iter()
                .any(|p| p.file_name().is_some_and(|n| n == "build-script-build"))
        })
    };
    while !script_started() {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "the build never started"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    std::thread::sleep(Duration::from_millis(300));
    common::send_signal(&child, "-INT", true);
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(130));
    assert!(
        x.scratch_dirs().is_empty(),
        "left behind: {:?}",
        x.scratch_dirs()
    );
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        }
        out.push(p);
    }
    out
}

#[test]
fn an_exercise_needing_a_missing_tool_is_skipped_with_a_hint() {
    let x = Xtask::new();
    let dir = fixture("needs-missing-tool");
    let out = x.run(&["run", dir.to_str().unwrap()]);
    expect_output(
        &out,
        0,
        &[
            "skipped: needs-missing-tool needs surely-no-such-linker; install `surely-no-such-linker`",
        ],
    );
    let out = x.run(&["verify", "--exercises-only", dir.to_str().unwrap()]);
    expect_output(&out, 0, &["exercises: 0 passed, 0 failed, 1 skipped"]);
}

#[test]
fn claims_refuse_fewer_than_five_runs() {
    let x = Xtask::new();
    let out = x.run(&["claims", "--runs", "3"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out).contains("claims need at least 5 runs"));
}

/// The unpacked source of the locked `itoa` in cargo's registry cache.
fn registry_itoa_lib() -> Option<PathBuf> {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))?;
    std::fs::read_dir(home.join("registry/src"))
        .ok()?
        .flatten()
        .map(|index| index.path().join("itoa-1.0.19/src/lib.rs"))
        .find(|p| p.is_file())
}

#[test]
fn a_registry_touch_leaves_the_build_fresh_and_puts_the_old_time_back() {
    let x = Xtask::new();
    let exercise = fixture("registry-touch");
    let out = x.run(&["run", exercise.to_str().unwrap()]);
    let all = expect_output(&out, 0, &["touch src/lib.rs of registry package itoa"]);
    let lib = registry_itoa_lib().expect("the run unpacked itoa 1.0.19 in cargo's cache");
    let after = std::fs::metadata(&lib).unwrap().modified().unwrap();
    // Registry sources keep the times their archive gave them, far in the past; the
    // touch set "now", and the run put the old time back when it ended.
    let age = std::time::SystemTime::now()
        .duration_since(after)
        .unwrap_or_default();
    assert!(
        age > Duration::from_secs(3600),
        "{} still has the touched time:\n{all}",
        lib.display()
    );
}

#[test]
fn a_registry_touch_of_an_unknown_package_suggests_the_nearest_one() {
    let x = Xtask::new();
    let exercise = fixture("registry-touch-typo");
    let out = x.run(&["run", exercise.to_str().unwrap()]);
    let all = text(&out);
    assert_ne!(out.status.code(), Some(0), "{all}");
    assert!(
        all.contains("`itao` is not a registry package of this build; did you mean `itoa`?"),
        "{all}"
    );
}

#[test]
fn predict_needs_a_terminal_and_says_why() {
    let x = Xtask::new();
    let out = x.run(&["run", "noop-rebuild", "--predict"]);
    expect_output(
        &out,
        2,
        &["--predict asks on the terminal, and standard input is not one"],
    );
}

/// `xtask run NAME --predict` in a tmux pane, a real pseudo-terminal; `None` (with a
/// note) where tmux is missing, which CI does not accept.
struct Pane {
    socket: PathBuf,
}

impl Pane {
    fn start(x: &Xtask, exercise: &str) -> Option<Pane> {
        let on_path = |name: &str| {
            std::env::var_os("PATH")
                .is_some_and(|paths| std::env::split_paths(&paths).any(|d| d.join(name).is_file()))
        };
        if !on_path("tmux") {
            common::skip("no tmux on PATH (apt-get install tmux)");
            return None;
        }
        let pane = Pane {
            socket: x.tmp.path().join("tmux.sock"),
        };
        let script = format!(
            "CARGO_TARGET_DIR='{}' TMPDIR='{}' CI=true '{}' run {exercise} --predict; echo EXIT=$?; sleep 120",
            x.target.path().display(),
            x.tmp.path().display(),
            env!("CARGO_BIN_EXE_xtask")
        );
        let started = pane.tmux(&[
            "new-session",
            "-d",
            "-s",
            "lab",
            "-x",
            "200",
            "-y",
            "60",
            &script,
        ]);
        assert!(started.status.success(), "{}", text(&started));
        Some(pane)
    }

    fn tmux(&self, args: &[&str]) -> std::process::Output {
        Command::new("tmux")
            .arg("-S")
            .arg(&self.socket)
            .args(args)
            .output()
            .unwrap()
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.tmux(&["capture-pane", "-p", "-t", "lab"]).stdout)
            .into_owned()
    }

    /// Waits until the screen shows `needle`, and returns the screen.
    fn wait(&self, needle: &str) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if s.contains(needle) {
                return s;
            }
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "never saw {needle:?}:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Types `keys` and Enter.
    fn answer(&self, keys: &str) {
        if !keys.is_empty() {
            self.tmux(&["send-keys", "-t", "lab", "-l", keys]);
        }
        self.tmux(&["send-keys", "-t", "lab", "Enter"]);
    }
}

impl Drop for Pane {
    fn drop(&mut self) {
        self.tmux(&["kill-server"]);
    }
}

#[test]
fn predict_asks_on_a_terminal_runs_and_scores() {
    let x = Xtask::new();
    let Some(pane) = Pane::start(&x, "noop-rebuild") else {
        return;
    };
    let question = pane.wait("Enter alone for nothing");
    assert!(
        question.contains("Which packages will cargo compile at step 2"),
        "{question}"
    );
    assert!(question.contains("1) noop"), "{question}");
    // A wrong number is asked again; then "nothing" (Enter alone) is the right answer.
    pane.answer("7");
    pane.wait("7 is not in the list (1 to 1); try again.");
    pane.answer("");
    let done = pane.wait("EXIT=");
    assert!(done.contains("EXIT=0"), "{done}");
    assert!(
        done.contains("Your prediction for step 2: right, nothing was compiled, as you said."),
        "{done}"
    );
    let saved = std::fs::read_to_string(
        x.target
            .path()
            .join("rebuild-lab/predictions/noop-rebuild.json"),
    )
    .unwrap();
    assert!(saved.contains(r#""compiled": []"#), "{saved}");
}

#[test]
fn a_terminal_prediction_asks_each_question_of_the_text() {
    // What a plain `cargo build -v` prints (a pick), then which packages compile.
    let x = Xtask::new();
    let Some(pane) = Pane::start(&x, "wrapper-keeps-fresh") else {
        return;
    };
    let first = pane.wait("A number; s to skip:");
    assert!(
        first.contains("1. Without the wrapper, what does `cargo build -v` say about `app`?"),
        "{first}"
    );
    assert!(
        first.contains("2) Compiling app: the wrapper's build does not count"),
        "{first}"
    );
    pane.answer("fresh");
    pane.wait("Enter alone for nothing");
    pane.answer("app");
    let done = pane.wait("EXIT=");
    assert!(done.contains("EXIT=0"), "{done}");
    assert!(
        done.contains("Your prediction: 1 of 2 questions right."),
        "{done}"
    );
    assert!(
        done.contains(
            "✓ step 2: you said Fresh app: nothing is compiled; it printed what fits Fresh app"
        ),
        "{done}"
    );
    assert!(
        done.contains("✗ app  you: compiled  cargo: fresh"),
        "{done}"
    );
}

#[test]
fn a_reader_that_leaves_early_stops_the_output_quietly() {
    // As in `cargo xtask progress | head -1`: the pipe's reading end is gone before
    // the first line is written.
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let out = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .arg("progress")
        .stdout(writer)
        .stderr(std::process::Stdio::piped())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn the_workshop_track_lists_its_parts_with_times_and_status() {
    let x = Xtask::new();
    let out = expect_output(
        &x.run(&["workshop"]),
        0,
        &[
            "Faster Rust builds: a three-hour workshop: 5 parts, 180 minutes planned",
            "1. Why did that rebuild? How cargo decides (35 min)",
            "touch-main             not run          runs in ",
            "rerun-if-changed       not solved       challenge, its check takes ",
            "Run times: one run each on ",
        ],
    );
    assert!(!out.contains("not measured"), "{out}");
    expect_output(
        &x.run(&["workshop", "extra"]),
        2,
        &["`workshop` takes no argument, got `extra`"],
    );
}
