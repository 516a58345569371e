//! `cargo xtask hint CHALLENGE [--all]`: one more hint at each call.

use anyhow::Result;

use crate::challenge::{self, hints, manifest};
use crate::paths;

/// Prints the hints shown so far plus the next one (or all of them).
pub fn run(name: &str, all: bool) -> Result<()> {
    let root = challenge::root();
    let name = challenge::resolve(&root, name)?;
    let pristine = challenge::pristine(&root, &name);
    let c = manifest::load(&name, &pristine, &pristine)?;
    if c.hints.is_empty() {
        println!("{name} has no hints.");
        return Ok(());
    }
    let shown = hints::next(&paths::results_dir(), &name, &c.hints, all)?;
    for (n, text) in &shown {
        println!("Hint {n} of {}: {}", c.hints.len(), text.trim());
        println!();
    }
    if shown.len() < c.hints.len() {
        println!("`cargo xtask hint {name}` again for the next one.");
    } else {
        println!("That was the last hint.");
    }
    Ok(())
}

/// The `hint` command, as the command line gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HintArgs {
    /// The challenge.
    pub challenge: String,
    /// Show every hint.
    pub all: bool,
}

impl HintArgs {
    /// Runs the command.
    pub fn run(self) -> anyhow::Result<()> {
        run(&self.challenge, self.all)
    }
}
