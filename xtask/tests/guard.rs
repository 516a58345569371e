//! The edit-loop guard through the real binary: `measure --save FILE` on a small
//! workspace, then commits that widen its loop, each caught by `measure --baseline FILE`
//! with the unit that now rebuilds, cargo's reason and the likely cause; an unrelated
//! edit passes. The book's shell form of the guard (`src/ci/edit-loop-guard.sh`) is
//! the one run here.

mod common;
use common::text;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A copy of the `guard` fixture, with its own target directory and lab results.
struct Workspace {
    project: tempfile::TempDir,
    lab: tempfile::TempDir,
}

impl Workspace {
    fn new() -> Workspace {
        let w = Workspace {
            project: tempfile::tempdir().unwrap(),
            lab: tempfile::tempdir().unwrap(),
        };
        let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/measure/guard");
        common::copy_tree(&from, w.dir());
        w
    }

    fn dir(&self) -> &Path {
        self.project.path()
    }

    fn baseline(&self) -> PathBuf {
        self.dir().join("edit-loop.json")
    }

    fn env(&self, cmd: &mut Command) {
        cmd.env("CARGO_TARGET_DIR", self.lab.path().join("target"))
            .env("TMPDIR", self.lab.path())
            .env_remove("RUSTFLAGS")
            .env("CI", "true");
    }

    fn measure(&self, args: &[&str], envs: &[(&str, &str)]) -> Output {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_xtask"));
        cmd.args(["measure", "--path", self.dir().to_str().unwrap()])
            .args(args);
        self.env(&mut cmd);
        cmd.envs(envs.iter().copied());
        cmd.output().unwrap()
    }

    fn save(&self) {
        let out = self.measure(
            &[
                "--edit",
                "base/src/lib.rs",
                "--edit",
                "app/src/main.rs",
                "--save",
                self.baseline().to_str().unwrap(),
            ],
            &[],
        );
        assert!(out.status.success(), "{}", text(&out));
    }

    fn check(&self, envs: &[(&str, &str)]) -> Output {
        self.measure(&["--baseline", self.baseline().to_str().unwrap()], envs)
    }

    /// The book's shell form of the guard, run in the workspace's root.
    fn script(&self) -> Output {
        let script = Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .unwrap()
            .join("src/ci/edit-loop-guard.sh");
        let mut cmd = Command::new("sh");
        cmd.arg(script)
            .current_dir(self.dir())
            .env("REBUILD_LAB", env!("CARGO_BIN_EXE_xtask"));
        self.env(&mut cmd);
        cmd.output().unwrap()
    }

    fn write(&self, file: &str, text: &str) {
        std::fs::write(self.dir().join(file), text).unwrap();
    }
}

#[test]
fn the_guard_passes_an_unrelated_edit_and_names_what_each_widening_commit_rebuilds() {
    let w = Workspace::new();
    w.save();
    let saved: serde_json::Value =
        serde_json::from_slice(&std::fs::read(w.baseline()).unwrap()).unwrap();
    assert_eq!(saved["cold"], true, "{saved}");
    assert!(
        saved["steps"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["step"] == "code edit" && s["file"] == "base/src/lib.rs"),
        "{saved}"
    );

    // An edit to code the loop does not touch: the same units rebuild.
    w.write(
        "util/src/lib.rs",
        "//! Small helpers.\n\n/// The word, louder.\npub fn shout(word: &str) -> String {\n    \
         format!(\"{}!\", word.to_uppercase())\n}\n",
    );
    let out = w.script();
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("every step rebuilds no more than it did"),
        "{}",
        text(&out)
    );

    // A build script without rerun-if-changed: it reruns on every edit of `base`.
    w.write("base/build.rs", "fn main() {}\n");
    let out = w.script();
    let all = text(&out);
    assert_eq!(out.status.code(), Some(1), "{all}");
    assert!(
        all.contains("code edit base/src/lib.rs: base build-script (run)"),
        "{all}"
    );
    assert!(all.contains("rerun-if-changed"), "{all}");
    assert!(all.contains("measure --save"), "{all}");
    std::fs::remove_file(w.dir().join("base/build.rs")).unwrap();

    // A new edge into the crate everyone would like to use: `util` now depends on
    // `base`, so an edit of `base` rebuilds it.
    w.write(
        "util/Cargo.toml",
        "[package]\nname = \"util\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n\
         [dependencies]\nbase = { path = \"../base\" }\n",
    );
    let out = w.check(&[]);
    let all = text(&out);
    assert_eq!(out.status.code(), Some(1), "{all}");
    assert!(all.contains("code edit base/src/lib.rs: util lib"), "{all}");
    assert!(all.contains("`util` now depends on `base`"), "{all}");
    assert!(all.contains("cargo: "), "cargo's reason is given: {all}");
}

#[test]
fn a_change_of_compiler_flags_fails_with_cargos_reason() {
    let w = Workspace::new();
    // Saved from a built target directory, so the first build is compared too.
    w.save();
    w.save();
    let saved: serde_json::Value =
        serde_json::from_slice(&std::fs::read(w.baseline()).unwrap()).unwrap();
    assert_eq!(saved["cold"], false);
    let out = w.check(&[("RUSTFLAGS", "-Cdebug-assertions=off")]);
    let all = text(&out);
    assert_eq!(out.status.code(), Some(1), "{all}");
    assert!(all.contains("up to date: base lib"), "{all}");
    assert!(
        all.contains("RUSTFLAGS was unset and is `-Cdebug-assertions=off`"),
        "{all}"
    );
}

#[test]
fn a_baseline_fixes_what_is_measured() {
    let w = Workspace::new();
    std::fs::write(w.baseline(), "{\"format\": 0}").unwrap();
    let out = w.check(&[]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("save it again"), "{}", text(&out));
    let out = w.measure(
        &["--baseline", w.baseline().to_str().unwrap(), "--check"],
        &[],
    );
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("drop --touch"), "{}", text(&out));
    let out = w.measure(&["--max-slowdown", "1.5"], &[]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("add --baseline"), "{}", text(&out));
    let out = w.measure(&["--max-slowdown", "0.5", "--baseline", "x"], &[]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
}
