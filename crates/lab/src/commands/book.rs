//! `cargo xtask book`: build the book as static HTML (it works from `file://`).

use anyhow::Result;

use crate::book::{self, BuildOptions};
use crate::paths;

/// Where `cargo xtask book` writes the HTML.
pub fn default_dest() -> std::path::PathBuf {
    paths::target_dir().join("book")
}

/// Builds the book and prints where to open it.
pub fn run() -> Result<()> {
    let started = std::time::Instant::now();
    let built = book::build(&BuildOptions::project(default_dest(), false))?;
    eprintln!(
        "built the book in {:.2}s; open file://{}/index.html",
        started.elapsed().as_secs_f64(),
        built.dest.display()
    );
    Ok(())
}
