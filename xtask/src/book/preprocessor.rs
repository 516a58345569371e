//! The `exercise` preprocessor, for mdBook: in-process when the xtask builds the book,
//! and over mdBook's JSON protocol (`cargo xtask mdbook-preprocessor`) when a plain
//! `mdbook build` runs it.

use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use anyhow::Result;
use mdbook_preprocessor::book::{Book, BookItem};
use mdbook_preprocessor::{Preprocessor, PreprocessorContext};

use super::exercise_block;
use super::{challenge_block, myths_block, progress_block};
use crate::layout::Layout;

/// Expands `{{#exercise NAME}}` in every chapter.
pub struct ExercisePreprocessor {
    sources: Layout,
    used: Arc<Mutex<BTreeSet<String>>>,
}

impl ExercisePreprocessor {
    /// A preprocessor reading from `sources` and recording the exercises used.
    pub fn new(sources: Layout, used: Arc<Mutex<BTreeSet<String>>>) -> Self {
        ExercisePreprocessor { sources, used }
    }
}

impl Preprocessor for ExercisePreprocessor {
    fn name(&self) -> &str {
        "exercise"
    }

    fn run(
        &self,
        _ctx: &PreprocessorContext,
        mut book: Book,
    ) -> mdbook_preprocessor::errors::Result<Book> {
        let mut errors = Vec::new();
        book.for_each_mut(|item| {
            let BookItem::Chapter(ch) = item else { return };
            let path = ch
                .source_path
                .as_ref()
                .map(|p| PathBuf::from("src").join(p))
                .unwrap_or_else(|| PathBuf::from(&ch.name));
            // The workshop track first: it writes the exercise and challenge
            // directives that the expanders below turn into boxes.
            let content = match super::workshop_block::expand(&ch.content, &path, &self.sources) {
                Ok(content) => content,
                Err(e) => {
                    errors.extend(e);
                    return;
                }
            };
            let content = super::figures::expand(&content, &self.sources);
            let content = progress_block::expand(&content, &self.sources);
            let content = match challenge_block::expand(&content, &path, &self.sources) {
                Ok((content, used)) => {
                    if let Ok(mut all) = self.used.lock() {
                        all.extend(used.into_iter().map(|n| format!("challenge:{n}")));
                    }
                    content
                }
                Err(e) => {
                    errors.extend(e);
                    return;
                }
            };
            let content = match myths_block::expand(&content, &path, &self.sources) {
                Ok(content) => content,
                Err(e) => {
                    errors.extend(e);
                    return;
                }
            };
            match exercise_block::expand(&content, &path, &self.sources) {
                Ok((content, used)) => {
                    ch.content = content;
                    if let Ok(mut all) = self.used.lock() {
                        all.extend(used);
                    }
                }
                Err(e) => errors.extend(e),
            }
        });
        if errors.is_empty() {
            Ok(book)
        } else {
            Err(anyhow::anyhow!("{}", errors.join("\n")))
        }
    }

    fn supports_renderer(&self, renderer: &str) -> mdbook_preprocessor::errors::Result<bool> {
        Ok(renderer == "html" || renderer == "markdown")
    }
}

/// Runs the preprocessor over mdBook's protocol: `supports RENDERER` answers by exit
/// code; otherwise the book comes as JSON on stdin and goes back on stdout.
pub fn run_protocol(args: &[String]) -> Result<i32> {
    let pre = ExercisePreprocessor::new(Layout::project(), Arc::new(Mutex::new(BTreeSet::new())));
    if args.first().map(String::as_str) == Some("supports") {
        let renderer = args.get(1).map(String::as_str).unwrap_or("");
        return Ok(if pre.supports_renderer(renderer).unwrap_or(false) {
            0
        } else {
            1
        });
    }
    let mut input = Vec::new();
    std::io::stdin().read_to_end(&mut input)?;
    let (ctx, book) =
        mdbook_preprocessor::parse_input(&input[..]).map_err(|e| anyhow::anyhow!("{e:#}"))?;
    let book = pre.run(&ctx, book).map_err(|e| anyhow::anyhow!("{e:#}"))?;
    serde_json::to_writer(std::io::stdout().lock(), &book)?;
    std::io::stdout().flush()?;
    Ok(0)
}
