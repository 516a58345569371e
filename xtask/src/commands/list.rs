//! `cargo xtask list`: the exercises, grouped by chapter.

use anyhow::Result;

use crate::catalogue;
use crate::paths;

/// Prints the exercises under `exercises/`, chapter by chapter.
pub fn run() -> Result<()> {
    let listed = catalogue::list(&paths::exercises_dir());
    if listed.is_empty() {
        println!("No exercises found in {}", paths::exercises_dir().display());
        return Ok(());
    }
    let width = listed.iter().map(|l| l.name.len()).max().unwrap_or(0);
    let mut chapter: Option<&str> = None;
    for l in &listed {
        if chapter != Some(l.chapter.as_str()) {
            if chapter.is_some() {
                println!();
            }
            let heading = if l.chapter.is_empty() {
                "(manifest errors)"
            } else {
                &l.chapter
            };
            println!("{heading}");
            chapter = Some(l.chapter.as_str());
        }
        match &l.title {
            Ok(title) => println!("  {:<width$}  {title}", l.name),
            Err(e) => println!("  {:<width$}  error: {e}", l.name),
        }
    }
    println!();
    println!("Run one with `cargo xtask run NAME`.");
    Ok(())
}
