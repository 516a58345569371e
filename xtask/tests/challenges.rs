//! Challenges through the real binary, on a private copy of `challenges/`: a starter
//! fails its check and the solution passes, a compile error is a failed goal, reset
//! asks and touches nothing else, hints come one at a time, progress records a solve,
//! and an interrupted check leaves no scratch copy.

mod common;
use common::text;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// The binary with private challenges, target and temp directories.
struct Lab {
    challenges: tempfile::TempDir,
    target: tempfile::TempDir,
    tmp: tempfile::TempDir,
}

impl Lab {
    fn new() -> Lab {
        let lab = Lab {
            challenges: tempfile::tempdir().unwrap(),
            target: tempfile::tempdir().unwrap(),
            tmp: tempfile::tempdir().unwrap(),
        };
        let project = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        common::copy_tree(&project.join("challenges"), lab.challenges.path());
        lab
    }

    fn working(&self, name: &str) -> PathBuf {
        self.challenges.path().join(name)
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_xtask"));
        cmd.args(args)
            .env("REBUILD_LAB_CHALLENGES", self.challenges.path())
            .env("CARGO_TARGET_DIR", self.target.path())
            .env("TMPDIR", self.tmp.path())
            .env("CI", "true");
        cmd
    }

    fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().unwrap()
    }

    fn run_with_input(&self, args: &[&str], input: &str) -> Output {
        use std::io::Write;
        let mut child = self
            .command(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    }

    fn scratch_dirs(&self) -> Vec<PathBuf> {
        std::fs::read_dir(self.tmp.path())
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("rebuild-lab-"))
            })
            .collect()
    }
}

#[test]
fn a_starter_fails_its_check_and_the_solution_passes_and_is_recorded() {
    let lab = Lab::new();
    let out = lab.run(&["check", "rerun-if-changed"]);
    let all = text(&out);
    assert_eq!(out.status.code(), Some(1), "{all}");
    assert!(
        all.contains("✗ goal (step 3): touching src/main.rs leaves the build script fresh"),
        "{all}"
    );
    assert!(
        all.contains("the precalculated components changed"),
        "cargo's reason is shown: {all}"
    );
    assert!(all.contains("0 of 1 goals met"), "{all}");
    assert!(
        all.contains("`cargo xtask hint rerun-if-changed` gives a hint"),
        "the next command names the challenge: {all}"
    );

    let progress = text(&lab.run(&["progress"]));
    assert!(progress.contains("not solved"), "{progress}");
    // The working copy holds no manifest: the hints are not beside the code.
    assert!(
        !lab.working("rerun-if-changed")
            .join("challenge.toml")
            .exists()
    );
    // The reference solution stays hidden until the challenge is solved.
    let early = lab.run(&["solution", "rerun-if-changed"]);
    assert_eq!(early.status.code(), Some(2), "{}", text(&early));
    assert!(
        text(&early).contains("`rerun-if-changed` is not solved yet"),
        "{}",
        text(&early)
    );

    common::copy_tree(
        &lab.challenges.path().join(".solutions/rerun-if-changed"),
        &lab.working("rerun-if-changed"),
    );
    let out = lab.run(&["check", "rerun-if-changed"]);
    let all = text(&out);
    assert_eq!(out.status.code(), Some(0), "{all}");
    assert!(all.contains("1 of 1 goals met. Solved!"), "{all}");
    assert!(
        all.contains("`cargo xtask solution rerun-if-changed` shows the reference solution"),
        "{all}"
    );
    let solution = text(&lab.run(&["solution", "rerun-if-changed"]));
    assert!(solution.contains("+++ b/build.rs"), "{solution}");
    assert!(
        solution.contains("+    println!(\"cargo::rerun-if-changed="),
        "{solution}"
    );
    let progress = text(&lab.run(&["progress"]));
    let line = progress
        .lines()
        .find(|l| l.contains("rerun-if-changed"))
        .unwrap();
    assert!(line.contains("solved 20"), "{progress}");
    assert!(line.contains("dependencies"), "{progress}");
    let total = std::fs::read_dir(lab.challenges.path())
        .unwrap()
        .flatten()
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .count();
    assert!(
        progress.contains(&format!("1 of {total} solved")),
        "{progress}"
    );
}

#[test]
fn a_failed_feature_goal_names_the_features_that_differ() {
    let lab = Lab::new();
    let out = lab.run(&["check", "feature-split"]);
    let all = text(&out);
    assert_eq!(out.status.code(), Some(1), "{all}");
    assert!(
        all.contains("memchr 2.8.3 lib")
            && all.contains("features [none], built before with [alloc, default, std]"),
        "a new unit says which features made it new: {all}"
    );
}

#[test]
fn a_compile_error_is_a_failed_goal_with_the_compilers_words() {
    let lab = Lab::new();
    std::fs::write(
        lab.working("env-var-thrash").join("src/main.rs"),
        "fn main() { let x: u32 = \"not a number\"; }\n",
    )
    .unwrap();
    let out = lab.run(&["check", "env-var-thrash"]);
    let all = text(&out);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a failed check, not a crash: {all}"
    );
    assert!(all.contains("mismatched types"), "{all}");
    assert!(all.contains("✗ goal (step 4)"), "{all}");
}

#[test]
fn reset_asks_restores_and_leaves_other_challenges_alone() {
    let lab = Lab::new();
    let mine = lab.working("stamp-in-src").join("src/main.rs");
    let other = lab.working("feature-split").join("b/Cargo.toml");
    std::fs::write(&mine, "// my work\n").unwrap();
    std::fs::write(&other, "# other work\n").unwrap();

    let out = lab.run_with_input(&["reset", "stamp-in-src"], "n\n");
    let all = text(&out);
    assert_eq!(out.status.code(), Some(2), "{all}");
    assert!(
        all.contains("loses your changes to:\n  src/main.rs"),
        "{all}"
    );
    assert!(all.contains("not reset"), "{all}");
    assert_eq!(std::fs::read_to_string(&mine).unwrap(), "// my work\n");

    let out = lab.run_with_input(&["reset", "stamp-in-src"], "y\n");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let pristine = lab
        .challenges
        .path()
        .join(".pristine/stamp-in-src/src/main.rs");
    assert_eq!(
        std::fs::read_to_string(&mine).unwrap(),
        std::fs::read_to_string(pristine).unwrap()
    );
    assert_eq!(std::fs::read_to_string(&other).unwrap(), "# other work\n");

    let out = lab.run(&["reset", "stamp-in-src"]);
    assert!(
        text(&out).contains("is the starter already"),
        "{}",
        text(&out)
    );
    let out = lab.run(&["reset", "stamp-in-scr"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out).contains("did you mean `stamp-in-src`?"),
        "{}",
        text(&out)
    );
}

#[test]
fn hints_come_one_at_a_time() {
    let lab = Lab::new();
    let first = text(&lab.run(&["hint", "feature-split"]));
    assert!(first.contains("Hint 1 of 3"), "{first}");
    assert!(!first.contains("Hint 2 of 3"), "{first}");
    let second = text(&lab.run(&["hint", "feature-split"]));
    assert!(
        second.contains("Hint 1 of 3") && second.contains("Hint 2 of 3"),
        "{second}"
    );
    assert!(!second.contains("Hint 3 of 3"), "{second}");
    let all = text(&lab.run(&["hint", "feature-split", "--all"]));
    assert!(
        all.contains("Hint 3 of 3") && all.contains("That was the last hint."),
        "{all}"
    );
}

#[test]
fn an_interrupted_check_leaves_no_scratch_copy() {
    use std::os::unix::process::CommandExt;
    let lab = Lab::new();
    let mut child = lab
        .command(&["check", "feature-split"])
        .process_group(0)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while lab.scratch_dirs().is_empty() {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "the check never started"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(50));
    let killed = Command::new("kill")
        .args(["-INT", "--", &format!("-{}", child.id())])
        .status()
        .unwrap();
    assert!(killed.success());
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(130));
    assert!(
        lab.scratch_dirs().is_empty(),
        "left behind: {:?}",
        lab.scratch_dirs()
    );
}
