//! `cargo xtask progress`: every challenge, its chapter, and when it was solved.

use anyhow::Result;

use crate::challenge::{self, manifest, solved};
use crate::paths;

/// Prints the challenges with their status.
pub fn run() -> Result<()> {
    let root = challenge::root();
    let names = challenge::names(&root);
    if names.is_empty() {
        println!("No challenges found in {}", root.display());
        return Ok(());
    }
    let width = names.iter().map(String::len).max().unwrap_or(0);
    let results = paths::results_dir();
    let mut done = 0;
    for name in &names {
        let pristine = challenge::pristine(&root, name);
        let (chapter, tier, title) = match manifest::load(name, &pristine, &pristine) {
            Ok(c) => (c.chapter, c.tier.as_str(), c.title.replace('`', "")),
            Err(e) => (String::new(), "", format!("error: {e}")),
        };
        let status = match solved::load(&results, name) {
            Some(s) => {
                done += 1;
                format!(
                    "solved {}",
                    s.solved_at.replace('T', " ").replace('Z', " UTC")
                )
            }
            None => "not solved".to_string(),
        };
        println!("  {name:<width$}  {status:<30}  {chapter:<12}  {tier:<6}  {title}");
    }
    println!();
    println!(
        "{done} of {} solved. `cargo xtask check NAME` checks one; `cargo xtask hint NAME` helps.",
        names.len()
    );
    Ok(())
}
