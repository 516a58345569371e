//! Timing the learner's program (`tune --run "ARGS"`): after each round's builds, the
//! variant's binary runs [`RUNS_PER_ROUND`] times with the arguments, in the scratch
//! copy, and the median of their wall times is a sample of the variant's program
//! speed, paired with the baseline's of the same round as the builds are. One run per
//! round was not enough: on the demo, `build-override` (which leaves the program's
//! code as it is) came out 1.26× the baseline's program time with one run a round.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::error::InputError;

/// Runs of the program after each round; their median is the round's sample.
pub const RUNS_PER_ROUND: usize = 3;

/// The longest one run of the program may take before it is stopped.
pub const LIMIT: Duration = Duration::from_secs(300);

/// The arguments of `--run`, split as a shell would (`--run "search 'two words'"`).
pub fn parse_args(text: &str) -> Result<Vec<String>, InputError> {
    shlex::split(text).ok_or_else(|| {
        InputError::new(format!(
            "--run {text:?}: unbalanced quotes (the arguments are split as a shell splits them)"
        ))
    })
}

/// How the program ran.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// It exited with success after this many seconds.
    Ran(f64),
    /// It did not: what happened, with the end of its error output.
    Failed(String),
}

/// Runs `binary ARGS` in `dir` once, its output discarded (the error output kept for a
/// failure), and times it.
pub fn time(binary: &Path, args: &[String], dir: &Path) -> Outcome {
    let errors: PathBuf = dir.join("target").join("rebuild-lab-run.stderr");
    let stderr = match std::fs::File::create(&errors) {
        Ok(f) => Stdio::from(f),
        Err(_) => Stdio::null(),
    };
    let start = Instant::now();
    let mut child = match Command::new(binary)
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(stderr)
        .spawn()
    {
        Ok(c) => c,
        Err(e) => return Outcome::Failed(format!("cannot start {}: {e}", binary.display())),
    };
    // Waiting by polling, with a short pause that grows: a timer for runs of any
    // length that can still stop one that never ends.
    let mut pause = Duration::from_micros(100);
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() > LIMIT => {
                let _ = child.kill();
                let _ = child.wait();
                return Outcome::Failed(format!(
                    "the program ran past {} s and was stopped",
                    LIMIT.as_secs()
                ));
            }
            Ok(None) => {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(2));
            }
            Err(e) => return Outcome::Failed(format!("cannot wait for the program: {e}")),
        }
    };
    let seconds = start.elapsed().as_secs_f64();
    if status.success() {
        Outcome::Ran(seconds)
    } else {
        let text = std::fs::read_to_string(&errors).unwrap_or_default();
        let tail: Vec<&str> = text.lines().rev().take(5).collect();
        let tail: Vec<&str> = tail.into_iter().rev().collect();
        Outcome::Failed(format!(
            "the program exited with {status}{}",
            if tail.is_empty() {
                String::new()
            } else {
                format!(":\n{}", tail.join("\n"))
            }
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_split_as_a_shell_splits_them() {
        assert_eq!(
            parse_args("search 'two words' -n 3").unwrap(),
            ["search", "two words", "-n", "3"]
        );
        assert!(parse_args("a 'b").is_err());
    }

    #[test]
    fn a_run_is_timed_and_a_failure_says_why() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("target")).unwrap();
        let sh = Path::new("/bin/sh");
        match time(sh, &["-c".into(), "sleep 0.2".into()], dir.path()) {
            Outcome::Ran(s) => assert!((0.2..2.0).contains(&s), "{s}"),
            other => panic!("{other:?}"),
        }
        match time(
            sh,
            &["-c".into(), "echo broke >&2; exit 3".into()],
            dir.path(),
        ) {
            Outcome::Failed(why) => {
                assert!(
                    why.contains("exit status: 3") && why.contains("broke"),
                    "{why}"
                )
            }
            other => panic!("{other:?}"),
        }
    }
}
