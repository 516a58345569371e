//! `cargo xtask solution CHALLENGE [--anyway]`: the reference solution as a diff
//! against the starter, once the learner has solved the challenge.

use anyhow::Result;

use crate::challenge::{self, solution, solved};
use crate::error::InputError;
use crate::paths;

/// Prints the reference solution's diff; refuses before the challenge is solved
/// unless `anyway`.
pub fn run(name: &str, anyway: bool) -> Result<()> {
    let root = challenge::root();
    let name = challenge::resolve(&root, name)?;
    if !anyway && solved::load(&paths::results_dir(), &name).is_none() {
        return Err(InputError::new(format!(
            "`{name}` is not solved yet, and the reference solution would give it away: \
             `cargo xtask check {name}` checks yours, `cargo xtask hint {name}` gives a hint \
             (or pass --anyway to see it now)"
        ))
        .into());
    }
    println!("The reference solution of `{name}`, against the starter:");
    println!();
    for d in solution::diff(&root, &name)? {
        print!("{}", d.patch);
        if !d.patch.ends_with('\n') {
            println!();
        }
    }
    Ok(())
}

/// The `solution` command, as the command line gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SolutionArgs {
    /// The challenge.
    pub challenge: String,
    /// Show it before the challenge is solved.
    pub anyway: bool,
}

impl SolutionArgs {
    /// Runs the command.
    pub fn run(self) -> anyhow::Result<()> {
        run(&self.challenge, self.anyway)
    }
}
