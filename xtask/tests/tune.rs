//! `cargo xtask tune` through the real binary: which levers it offers on this machine,
//! that every variant builds in a scratch copy (the project's files and times, and its
//! `target/`, are as they were), that nothing is applied without consent, that apply
//! then undo gives the files back byte for byte, that Ctrl-C cleans up, that a project
//! that does not build is refused before any lever, and that bad flags exit 2.
//!
//! Timing is not asserted here: which lever wins depends on the machine (see the
//! `bench-tune` benchmark and the book's worked example).

mod common;
use common::text;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant, SystemTime};

/// A copy of a fixture project, and the lab's own target and temporary directories.
struct Scratch {
    project: tempfile::TempDir,
    lab: common::Xtask,
}

impl Scratch {
    fn of(fixture: &str) -> Scratch {
        let from = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/measure")
            .join(fixture);
        let s = Scratch {
            project: tempfile::tempdir().unwrap(),
            lab: common::Xtask::new(),
        };
        common::copy_tree(&from, s.dir());
        s
    }

    fn dir(&self) -> &Path {
        self.project.path()
    }

    fn tune(&self, args: &[&str]) -> Command {
        let mut all = vec!["tune", "--path", self.dir().to_str().unwrap()];
        all.extend_from_slice(args);
        self.lab.command(&all)
    }

    fn run(&self, args: &[&str]) -> Output {
        self.tune(args).output().unwrap()
    }

    /// Scratch copies `tune` left in its temporary directory.
    fn copies_left(&self) -> Vec<PathBuf> {
        self.lab
            .scratch_dirs()
            .into_iter()
            .filter(|p| p.to_string_lossy().contains("rebuild-lab-tune-"))
            .collect()
    }
}

/// Every file of the project, with its bytes and modification time (`target/`
/// included: it must not appear).
fn state(dir: &Path) -> BTreeMap<PathBuf, (Vec<u8>, SystemTime)> {
    common::files_state(dir, &[])
}

/// A `PATH` with the toolchain's proxies and the C toolchain but without mold.
fn path_without_mold() -> (tempfile::TempDir, String) {
    let bin = tempfile::tempdir().unwrap();
    for tool in [
        "cc", "gcc", "ld", "ld.bfd", "collect2", "as", "ar", "sh", "kill",
    ] {
        if let Ok(found) = which(tool) {
            std::os::unix::fs::symlink(found, bin.path().join(tool)).unwrap();
        }
    }
    let cargo_bin = which("cargo").unwrap();
    let path = format!(
        "{}:{}",
        bin.path().display(),
        cargo_bin.parent().unwrap().display()
    );
    (bin, path)
}

fn which(tool: &str) -> Result<PathBuf, ()> {
    let out = Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .output()
        .map_err(|_| ())?;
    let p = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if out.status.success() && !p.is_empty() {
        Ok(PathBuf::from(p))
    } else {
        Err(())
    }
}

#[test]
fn the_levers_offered_follow_the_machine() {
    let s = Scratch::of("plain");
    let out = s.run(&["--list-levers"]);
    assert!(out.status.success(), "{}", text(&out));
    let listed = String::from_utf8_lossy(&out.stdout).to_string();
    let mold_line = listed.lines().find(|l| l.starts_with("mold ")).unwrap();
    if common::on_path("mold") {
        assert!(mold_line.contains("costs:"), "{listed}");
    } else {
        common::skip("mold is not on PATH, so the machine that offers it cannot be shown");
    }
    let (_bin, path) = path_without_mold();
    let out = s
        .tune(&["--list-levers"])
        .env("PATH", &path)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    let listed = String::from_utf8_lossy(&out.stdout).to_string();
    let mold_line = listed.lines().find(|l| l.starts_with("mold ")).unwrap();
    assert!(
        mold_line.contains("not here: mold is not on PATH"),
        "{listed}"
    );
    // A learner's RUSTFLAGS overrides every rustflags setting: no flag lever is offered.
    let out = s
        .tune(&["--list-levers"])
        .env("RUSTFLAGS", "-Cdebuginfo=1")
        .output()
        .unwrap();
    let listed = String::from_utf8_lossy(&out.stdout).to_string();
    let mold_line = listed.lines().find(|l| l.starts_with("mold ")).unwrap();
    assert!(
        !common::on_path("mold") || mold_line.contains("RUSTFLAGS is set"),
        "{listed}"
    );
}

#[test]
fn the_release_loop_and_the_programs_speed_have_their_own_levers() {
    let s = Scratch::of("plain");
    let line = |listed: &str, name: &str| -> String {
        listed
            .lines()
            .find(|l| l.starts_with(&format!("{name} ")))
            .unwrap_or_else(|| panic!("no {name} in {listed}"))
            .to_string()
    };
    let out = s.run(&["--list-levers"]);
    assert!(out.status.success(), "{}", text(&out));
    let dev = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(line(&dev, "deps-optimized").contains("not here: it speeds up the program"));
    assert!(line(&dev, "release-incremental").contains("not here: for the release loop"));
    assert!(line(&dev, "line-tables-only").contains("costs:"));

    let out = s.run(&["--list-levers", "--run", "3"]);
    let timed = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(line(&timed, "deps-optimized").contains("costs:"), "{timed}");

    let out = s.run(&["--list-levers", "--release"]);
    let release = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        line(&release, "release-incremental").contains("costs:"),
        "{release}"
    );
    assert!(
        line(&release, "line-tables-only").contains("no debug info by default"),
        "{release}"
    );
    assert!(
        line(&release, "deps-optimized").contains("not here"),
        "{release}"
    );
    // CARGO_INCREMENTAL would override the profile: the lever would measure nothing.
    let out = s
        .tune(&["--list-levers", "--release"])
        .env("CARGO_INCREMENTAL", "0")
        .output()
        .unwrap();
    let env = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        line(&env, "release-incremental").contains("CARGO_INCREMENTAL is set"),
        "{env}"
    );
}

#[test]
fn a_release_loop_with_the_program_timed() {
    let s = Scratch::of("plain");
    let before = state(s.dir());
    let out = s.run(&[
        "--release",
        "--levers",
        "release-incremental",
        "--run",
        "ignored 'two words'",
        "--runs",
        "2",
        "--json",
    ]);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(state(s.dir()), before, "tune changed the project");
    assert!(s.copies_left().is_empty(), "{:?}", s.copies_left());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["profile"], "release");
    assert_eq!(json["run"], serde_json::json!(["ignored", "two words"]));
    let lever = &json["levers"][0];
    assert_eq!(lever["name"], "release-incremental");
    assert_eq!(
        lever["settings"][0], "[profile.release] incremental = true",
        "{lever}"
    );
    // The program ran once after each round, for the lever and its baseline.
    assert_eq!(lever["variant"]["program"].as_array().unwrap().len(), 2);
    assert_eq!(lever["baseline_program"].as_array().unwrap().len(), 2);
    assert_eq!(lever["program"]["verdict"], "too-few-runs");
    // The release build's incremental state is the variant's extra disk: it really
    // built with the setting.
    let base = json["baseline"]["disk_bytes"].as_u64().unwrap();
    let variant = lever["variant"]["disk_bytes"].as_u64().unwrap();
    assert!(variant > base, "{variant} <= {base}");
}

#[test]
fn a_program_that_fails_is_refused_before_any_lever() {
    let s = Scratch::of("plain");
    std::fs::write(
        s.dir().join("src/main.rs"),
        "fn main() {\n    if std::env::args().nth(1).as_deref() == Some(\"fail\") {\n        \
         eprintln!(\"no such mode\");\n        std::process::exit(4);\n    }\n}\n",
    )
    .unwrap();
    let out = s.run(&["--run", "fail", "--runs", "5"]);
    let all = text(&out);
    assert_eq!(out.status.code(), Some(1), "{all}");
    assert!(
        all.contains("edit loop does not work") && all.contains("exit status: 4"),
        "{all}"
    );
    assert!(all.contains("no such mode"), "{all}");
    assert!(!all.contains(": round "), "{all}");
    assert!(s.copies_left().is_empty());
}

#[test]
fn variants_build_in_scratch_copies_and_the_project_is_untouched() {
    let s = Scratch::of("plain");
    let before = state(s.dir());
    let out = s.run(&["--levers", "no-debuginfo", "--runs", "2", "--json"]);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(
        state(s.dir()),
        before,
        "tune changed the project (or made target/)"
    );
    assert!(s.copies_left().is_empty(), "{:?}", s.copies_left());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let lever = &json["levers"][0];
    assert_eq!(lever["name"], "no-debuginfo");
    assert_eq!(lever["variant"]["loops"].as_array().unwrap().len(), 2);
    assert_eq!(lever["baseline_loops"].as_array().unwrap().len(), 2);
    // Two rounds cannot keep a lever, whatever the times.
    assert_eq!(lever["comparison"]["verdict"], "too-few-runs");
    // Without debug info the binary is smaller: the variant really built with it.
    let base = json["baseline"]["binary_bytes"].as_u64().unwrap();
    let variant = lever["variant"]["binary_bytes"].as_u64().unwrap();
    assert!(variant < base, "{variant} >= {base}");
}

/// A saved tuning that kept two levers, as `tune` writes it, for the apply tests
/// (which lever wins a real run depends on the machine).
fn save_tuning(s: &Scratch, kept: &[&str]) {
    let project = s.dir().canonicalize().unwrap();
    let lever = |name: &str| {
        // The settings lines as `tune` writes them.
        let setting = match name {
            "mold" => {
                r#"[build] rustflags = ["-C", "link-arg=-fuse-ld=mold"]  (.cargo/config.toml)"#
                    .to_string()
            }
            "line-tables-only" => r#"[profile.dev] debug = "line-tables-only""#.to_string(),
            _ => "[profile.dev] debug = false".to_string(),
        };
        serde_json::json!({
            "name": name, "title": name, "loses": "", "settings": [setting],
            "variant": { "name": name, "cold_seconds": 1.0, "disk_bytes": 1, "binary_bytes": null,
                         "linker": null, "loops": [0.5, 0.5, 0.5, 0.5, 0.5] },
            "baseline_loops": [1.0, 1.0, 1.0, 1.0, 1.0],
            "comparison": { "ratio": 0.5, "ratio_min": 0.5, "ratio_max": 0.5, "verdict": "faster" }
        })
    };
    let tuning = serde_json::json!({
        "project": project, "machine": "test", "loop_files": ["src/main.rs"], "runs": 5,
        "baseline": { "name": "baseline", "cold_seconds": 1.0, "disk_bytes": 1, "binary_bytes": null,
                      "linker": null, "loops": [1.0, 1.0, 1.0, 1.0, 1.0] },
        "levers": kept.iter().map(|k| lever(k)).collect::<Vec<_>>(),
        "together": null, "not_tried": [], "stopped": null, "seconds": 1.0
    });
    let key: String = project
        .display()
        .to_string()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    let dir = s.lab.target.path().join("rebuild-lab/tune");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join(format!("{key}.json")),
        serde_json::to_vec(&tuning).unwrap(),
    )
    .unwrap();
}

#[test]
fn nothing_is_applied_without_consent() {
    let s = Scratch::of("plain");
    save_tuning(&s, &["line-tables-only"]);
    let before = state(s.dir());
    // No terminal to ask and no --yes.
    let out = s
        .tune(&["--apply"])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let all = text(&out);
    assert_eq!(out.status.code(), Some(1), "{all}");
    assert!(
        all.contains("+debug = \"line-tables-only\""),
        "the diff is shown: {all}"
    );
    assert!(all.contains("nothing applied"), "{all}");
    assert_eq!(state(s.dir()), before);
}

#[test]
fn apply_then_undo_gives_the_files_back_byte_for_byte() {
    let s = Scratch::of("plain");
    save_tuning(&s, &["line-tables-only", "mold"]);
    let manifest = std::fs::read(s.dir().join("Cargo.toml")).unwrap();
    let out = s.run(&["--apply", "--yes"]);
    let all = text(&out);
    assert!(out.status.success(), "{all}");
    let applied = std::fs::read_to_string(s.dir().join("Cargo.toml")).unwrap();
    assert!(
        applied.starts_with(std::str::from_utf8(&manifest).unwrap()),
        "{applied}"
    );
    assert!(
        applied.contains("[profile.dev]\ndebug = \"line-tables-only\""),
        "{applied}"
    );
    let config = std::fs::read_to_string(s.dir().join(".cargo/config.toml")).unwrap();
    assert!(config.contains("link-arg=-fuse-ld=mold"), "{config}");
    // The project still builds with what was applied (mold where it is installed).
    if common::on_path("mold") {
        let built = Command::new("cargo")
            .arg("build")
            .current_dir(s.dir())
            .env("CARGO_TARGET_DIR", s.lab.target.path().join("applied"))
            .output()
            .unwrap();
        assert!(built.status.success(), "{}", text(&built));
    } else {
        common::skip("mold is not on PATH, so the applied settings cannot be built");
    }
    // A second apply before an undo is refused: the backup would be overwritten.
    let again = s.run(&["--apply", "--yes"]);
    assert_eq!(again.status.code(), Some(1), "{}", text(&again));
    assert!(
        text(&again).contains("run `cargo xtask tune --undo"),
        "{}",
        text(&again)
    );

    let out = s.run(&["--undo"]);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(std::fs::read(s.dir().join("Cargo.toml")).unwrap(), manifest);
    assert!(
        !s.dir().join(".cargo").exists(),
        "the .cargo/ that apply made is gone"
    );
    let out = s.run(&["--undo"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).contains("nothing to undo"), "{}", text(&out));
}

#[test]
fn undo_refuses_to_overwrite_a_later_change() {
    let s = Scratch::of("plain");
    save_tuning(&s, &["no-debuginfo"]);
    assert!(s.run(&["--apply", "--yes"]).status.success());
    let edited = format!(
        "{}# mine\n",
        std::fs::read_to_string(s.dir().join("Cargo.toml")).unwrap()
    );
    std::fs::write(s.dir().join("Cargo.toml"), &edited).unwrap();
    let out = s.run(&["--undo"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(
        text(&out).contains("changed since `tune --apply`"),
        "{}",
        text(&out)
    );
    assert_eq!(
        std::fs::read_to_string(s.dir().join("Cargo.toml")).unwrap(),
        edited
    );
}

#[test]
fn a_project_that_does_not_build_is_refused_before_any_lever() {
    let s = Scratch::of("broken");
    let before = state(s.dir());
    let out = s.run(&["--runs", "5"]);
    let all = text(&out);
    assert_eq!(out.status.code(), Some(1), "{all}");
    assert!(all.contains("does not build as it is"), "{all}");
    assert!(
        !all.contains("to try") && !all.contains(": round "),
        "{all}"
    );
    assert_eq!(state(s.dir()), before);
    assert!(s.copies_left().is_empty());
}

#[test]
fn ctrl_c_removes_the_scratch_copies_and_reports_what_was_measured() {
    let s = Scratch::of("plain");
    let mut cmd = s.tune(&["--levers", "no-debuginfo", "--runs", "50", "--yes"]);
    let log = s.lab.target.path().join("tune.log");
    cmd.stdout(std::fs::File::create(&log).unwrap())
        .stderr(std::fs::File::create(log.with_extension("err")).unwrap());
    use std::os::unix::process::CommandExt;
    let mut child = cmd.process_group(0).spawn().unwrap();
    let start = Instant::now();
    loop {
        let err = std::fs::read_to_string(log.with_extension("err")).unwrap_or_default();
        if err.contains("round 2 of 50") {
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(120), "{err}");
        std::thread::sleep(Duration::from_millis(100));
    }
    common::send_signal(&child, "-INT", true);
    let status = child.wait().unwrap();
    let out = std::fs::read_to_string(&log).unwrap();
    assert_eq!(status.code(), Some(130), "{out}");
    assert!(out.contains("Stopped early: interrupted"), "{out}");
    assert!(
        out.contains("no-debuginfo"),
        "the rounds so far are reported: {out}"
    );
    assert!(s.copies_left().is_empty(), "{:?}", s.copies_left());
}

#[test]
fn bad_flags_exit_2_with_a_hint() {
    let s = Scratch::of("plain");
    for (args, says) in [
        (
            &["--levers", "line-tables"][..],
            "did you mean `line-tables-only`",
        ),
        (&["--budget", "soon"][..], "--budget takes whole minutes"),
        (&["--apply", "--undo"][..], "exclude each other"),
        (&["--runs", "0"][..], "at least 1"),
        (&["--run", "'unbalanced"][..], "unbalanced quotes"),
    ] {
        let out = s.run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", text(&out));
        assert!(text(&out).contains(says), "{args:?}: {}", text(&out));
    }
}

/// The output with what differs from run to run blanked out: every number (times,
/// ratios, sizes, shares), the verdicts and the list of kept settings (they follow
/// from the times), and the spaces that pad the columns.
fn stable_lines(text: &str) -> Vec<String> {
    let number = regex::Regex::new(r"[-+]?\d+(\.\d+)?").unwrap();
    let verdict =
        regex::Regex::new(r"faster|slower|no clear difference|too few runs to tell").unwrap();
    let mut out = Vec::new();
    let mut in_kept = false;
    for line in text.lines() {
        if line.starts_with("Together (") {
            continue;
        }
        if line.starts_with("To keep") {
            in_kept = line.ends_with(':');
            out.push("To keep …".to_string());
            continue;
        }
        if in_kept {
            if line.starts_with("  ") {
                continue;
            }
            in_kept = false;
        }
        // The row and the costs of the kept levers measured together: there is one
        // only when two levers or more were faster.
        if line.starts_with("(tune took") || line.trim_start().starts_with("together") {
            continue;
        }
        let l = number.replace_all(line, "#");
        let l = verdict.replace_all(&l, "VERDICT");
        out.push(l.split_whitespace().collect::<Vec<_>>().join(" "));
    }
    out
}

/// The book's worked example ("Tuning your own project") against a fresh run on
/// `examples/tune-demo`: the same levers tried, with the same costs and the same
/// reasons for the ones not tried (the times, and so the verdicts, are the machine's).
#[test]
#[ignore = "builds the demo once per lever and times five rounds of each (about two minutes); `cargo xtask verify --all` runs it"]
fn the_books_tune_example_is_what_tune_prints_today() {
    if !common::on_path("mold") {
        common::skip("the recorded example was made on a machine with mold");
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let recorded = std::fs::read_to_string(root.join("src/tune-example.txt")).unwrap();
    let s = Scratch {
        project: tempfile::tempdir().unwrap(),
        lab: common::Xtask::new(),
    };
    let project = s.dir().join("examples/tune-demo");
    common::copy_tree(&root.join("examples/tune-demo"), &project);
    let out = s
        .lab
        .command(&["tune", "--path", project.to_str().unwrap(), "--run", "300"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    let prefix = format!("{}/", s.dir().canonicalize().unwrap().display());
    let fresh = String::from_utf8_lossy(&out.stdout).replace(&prefix, "");
    if stable_lines(&fresh) != stable_lines(&recorded) {
        let new = root.join("target/tune-example.txt.new");
        std::fs::write(&new, &fresh).unwrap();
        panic!(
            "the book's tune example (src/tune-example.txt) no longer matches what `tune` \
             prints; today's output is in {}: read it, and copy it over the example if the \
             change is meant",
            new.display()
        );
    }
}
