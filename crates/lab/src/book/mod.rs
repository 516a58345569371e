//! The book: its chapters' blocks expanded ([`chapter`]), rendered to HTML by the
//! [`Renderer`] the binary registers (mdBook, used as a library), and checked for broken
//! links and fragments.

pub mod challenge_block;
pub mod chapter;
pub mod chart;
pub mod directive;
pub mod exercise_block;
pub mod figures;
pub mod links;
pub mod myths_block;
pub mod progress_block;
pub mod timeline;
pub mod verified_view;
pub mod workshop_block;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use anyhow::{Result, bail};

pub use crate::layout::Layout;
pub use chapter::ChapterExpander;

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

/// What turns the book's sources into HTML. The lab's binary registers mdBook's
/// renderer at start ([`set_renderer`]): this crate does not depend on mdBook, so it
/// compiles while mdBook does, and a cold build ends with the small binary.
pub trait Renderer: Send + Sync {
    /// Renders the book in `options.root` into `options.dest`, with `expand` run on
    /// every chapter.
    fn render(&self, options: &BuildOptions, expand: ChapterExpander) -> Result<()>;
}

static RENDERER: OnceLock<Box<dyn Renderer>> = OnceLock::new();

/// Registers the renderer [`build`] uses; the first registration wins.
pub fn set_renderer(renderer: Box<dyn Renderer>) {
    let _ = RENDERER.set(renderer);
}

/// Builds the book.
pub fn build(options: &BuildOptions) -> Result<Built> {
    let Some(renderer) = RENDERER.get() else {
        bail!(
            "no book renderer is registered; the `xtask` binary registers mdBook's at start \
             (call `book::set_renderer` before building the book)"
        );
    };
    let expander = ChapterExpander::new(options.sources.clone());
    renderer.render(options, expander.clone())?;
    Ok(Built {
        dest: options.dest.clone(),
        used: expander.used(),
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
