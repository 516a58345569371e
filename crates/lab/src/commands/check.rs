//! `cargo xtask check CHALLENGE`: checks the learner's copy of a challenge.

use anyhow::Result;

use crate::challenge::{self, check, solved};
use crate::engine::step_runner::Progress;
use crate::error::CheckFailed;
use crate::paths;
use crate::table;

/// Runs the goals on a scratch copy of the learner's files; exit 0 only when all hold.
pub fn run(name: &str) -> Result<()> {
    let root = challenge::root();
    let name = challenge::resolve(&root, name)?;
    eprintln!("Checking challenges/{name} in a scratch copy…");
    let outcome = check::check(
        &name,
        &challenge::pristine(&root, &name),
        &challenge::working(&root, &name),
        None,
        Progress::Show,
    )?;
    println!();
    print!("{}", table::render(&outcome.report));
    println!();
    print!("{}", check::render(&outcome));
    if outcome.passed() {
        let s = solved::record(&paths::results_dir(), &name)?;
        println!("Recorded as solved on {}.", s.solved_at);
        println!(
            "`cargo xtask solution {name}` shows the reference solution, to compare with yours."
        );
        Ok(())
    } else {
        Err(CheckFailed(format!("{name}: not solved yet")).into())
    }
}

/// The `check` command, as the command line gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckArgs {
    /// The challenge.
    pub challenge: String,
}

impl CheckArgs {
    /// Runs the command.
    pub fn run(self) -> anyhow::Result<()> {
        run(&self.challenge)
    }
}
