//! The book: built with mdBook as a library, with the `{{#exercise}}` preprocessor
//! running in-process, and checked for broken links and fragments.

pub mod challenge_block;
pub mod chart;
pub mod directive;
pub mod exercise_block;
pub mod figures;
pub mod links;
pub mod myths_block;
pub mod preprocessor;
pub mod progress_block;
pub mod timeline;
pub mod verified_view;
pub mod workshop_block;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use anyhow::{Context, Result};
use mdbook_driver::MDBook;

pub use crate::layout::Layout;
pub use preprocessor::ExercisePreprocessor;

/// The websocket path the served pages connect to for live reload.
pub const LIVE_RELOAD_ENDPOINT: &str = "__livereload";

/// How to build the book.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The directory holding `book.toml`.
    pub root: PathBuf,
    /// Where the HTML goes.
    pub dest: PathBuf,
    /// Whether pages carry mdBook's live-reload script.
    pub live_reload: bool,
    /// Where exercise blocks find exercises, snapshots and results.
    pub sources: Layout,
}

impl BuildOptions {
    /// The project's own book, built into `dest`.
    pub fn project(dest: PathBuf, live_reload: bool) -> BuildOptions {
        BuildOptions {
            root: crate::paths::project_root(),
            dest,
            live_reload,
            sources: Layout::project(),
        }
    }
}

/// What a build produced.
#[derive(Debug, Clone)]
pub struct Built {
    /// The HTML directory.
    pub dest: PathBuf,
    /// Exercises the chapters use.
    pub used: BTreeSet<String>,
}

/// Builds the book.
pub fn build(options: &BuildOptions) -> Result<Built> {
    let mut book = MDBook::load(&options.root).map_err(|e| {
        anyhow::anyhow!("{e:#}").context(format!(
            "cannot load the book in {}",
            options.root.display()
        ))
    })?;
    book.config
        .set("build.build-dir", &options.dest)
        .context("cannot set the build directory")?;
    if options.live_reload {
        book.config
            .set("output.html.live-reload-endpoint", LIVE_RELOAD_ENDPOINT)
            .context("cannot enable live reload")?;
    }
    let used = Arc::new(Mutex::new(BTreeSet::new()));
    book.with_preprocessor(ExercisePreprocessor::new(
        options.sources.clone(),
        used.clone(),
    ));
    book.build()
        .map_err(|e| anyhow::anyhow!("{e:#}"))
        .context("the book did not build")?;
    let used = used.lock().map(|u| u.clone()).unwrap_or_default();
    Ok(Built {
        dest: options.dest.clone(),
        used,
    })
}

/// The checks `verify` runs on a built book (its sources in `root`); one message per
/// problem.
pub fn check(built: &Built, sources: &Layout, root: &Path) -> Result<Vec<String>> {
    let exercises = &sources.exercises;
    let mut problems: Vec<String> = links::check(&built.dest)?
        .into_iter()
        .map(|b| b.to_string())
        .collect();
    problems.extend(figures::check(&root.join("src"), sources));
    for name in crate::challenge::names(&crate::challenge::root()) {
        if !built.used.contains(&format!("challenge:{name}")) {
            problems.push(format!(
                "challenge `{name}` is used by no chapter; add `{{{{#challenge {name}}}}}` at the end of its chapter"
            ));
        }
    }
    for e in crate::catalogue::entries(exercises) {
        if !built.used.contains(&e.name) {
            problems.push(format!(
                "exercise `{}` is used by no chapter; add `{{{{#exercise {}}}}}` where it belongs",
                e.name, e.name
            ));
        }
    }
    Ok(problems)
}
