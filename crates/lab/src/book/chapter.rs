//! One chapter's blocks expanded: what mdBook's preprocessor does to each chapter, both
//! when the lab builds the book in-process and when a plain `mdbook build` runs
//! `cargo xtask mdbook-preprocessor`.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::{Arc, Mutex};

use super::workshop_block;
use super::{challenge_block, exercise_block, figures, myths_block, progress_block};
use crate::layout::Layout;

/// Expands the lab's `{{#…}}` blocks in chapters, and records which exercises and
/// challenges the chapters use.
#[derive(Debug, Clone)]
pub struct ChapterExpander {
    sources: Layout,
    used: Arc<Mutex<BTreeSet<String>>>,
}

impl ChapterExpander {
    /// An expander reading exercises, snapshots and results from `sources`.
    pub fn new(sources: Layout) -> ChapterExpander {
        ChapterExpander {
            sources,
            used: Arc::default(),
        }
    }

    /// The renderers this expander writes for: HTML, and plain Markdown.
    pub fn supports_renderer(renderer: &str) -> bool {
        renderer == "html" || renderer == "markdown"
    }

    /// `content` with every block expanded, for the chapter at `path` (relative to the
    /// book's root, as `src/NAME.md`); the errors, each naming file and line, when a
    /// block cannot be expanded.
    pub fn expand(&self, content: &str, path: &Path) -> Result<String, Vec<String>> {
        // The workshop track first: it writes the exercise and challenge directives
        // that the expanders below turn into boxes.
        let content = workshop_block::expand(content, path, &self.sources)?;
        let content = figures::expand(&content, &self.sources);
        let content = progress_block::expand(&content, &self.sources);
        let (content, challenges) = challenge_block::expand(&content, path, &self.sources)?;
        self.record(challenges.into_iter().map(|n| format!("challenge:{n}")));
        let content = myths_block::expand(&content, path, &self.sources)?;
        let (content, exercises) = exercise_block::expand(&content, path, &self.sources)?;
        self.record(exercises);
        Ok(content)
    }

    /// The exercises (by name) and challenges (as `challenge:NAME`) the chapters
    /// expanded so far use.
    pub fn used(&self) -> BTreeSet<String> {
        self.used.lock().map(|u| u.clone()).unwrap_or_default()
    }

    fn record(&self, names: impl IntoIterator<Item = String>) {
        if let Ok(mut all) = self.used.lock() {
            all.extend(names);
        }
    }
}
