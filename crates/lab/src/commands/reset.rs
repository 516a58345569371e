//! `cargo xtask reset CHALLENGE [--yes]`: back to the starter, after asking.

use std::io::{BufRead, Write};

use anyhow::Result;

use crate::challenge::{self, reset};
use crate::error::InputError;

/// Lists what a reset loses, asks (unless `yes`), and restores the starter.
pub fn run(name: &str, yes: bool) -> Result<()> {
    let root = challenge::root();
    let name = challenge::resolve(&root, name)?;
    let working = challenge::working(&root, &name);
    let pristine = challenge::pristine(&root, &name);
    let changes = reset::changes(&working, &pristine)?;
    if changes.is_empty() {
        println!("challenges/{name} is the starter already; nothing to reset.");
        return Ok(());
    }
    if !changes.lost.is_empty() {
        println!("Resetting challenges/{name} loses your changes to:");
        for f in &changes.lost {
            println!("  {}", f.display());
        }
    }
    if !changes.restored.is_empty() {
        println!("and brings back:");
        for f in &changes.restored {
            println!("  {}", f.display());
        }
    }
    if !yes {
        print!("Reset challenges/{name} to its starter? [y/N] ");
        std::io::stdout().flush()?;
        let mut answer = String::new();
        std::io::stdin().lock().read_line(&mut answer)?;
        if !matches!(answer.trim(), "y" | "Y" | "yes") {
            return Err(InputError::new(format!(
                "not reset: challenges/{name} is as it was (answer y, or pass --yes)"
            ))
            .into());
        }
    }
    reset::apply(&working, &pristine)?;
    println!("challenges/{name} is its starter again.");
    Ok(())
}

/// The `reset` command, as the command line gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResetArgs {
    /// The challenge.
    pub challenge: String,
    /// Do not ask.
    pub yes: bool,
}

impl ResetArgs {
    /// Runs the command.
    pub fn run(self) -> anyhow::Result<()> {
        run(&self.challenge, self.yes)
    }
}
