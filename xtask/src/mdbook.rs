//! mdBook's side of the book: the renderer the lab builds the book with, and the
//! preprocessor that expands the lab's blocks, in-process or over mdBook's JSON
//! protocol (`cargo xtask mdbook-preprocessor`) when a plain `mdbook build` runs it.

use std::io::{Read, Write};
use std::path::PathBuf;

use anyhow::{Context, Result};
use mdbook_driver::MDBook;
use mdbook_preprocessor::book::{Book, BookItem};
use mdbook_preprocessor::{Preprocessor, PreprocessorContext};
use rebuild_lab::book::{BuildOptions, ChapterExpander, LIVE_RELOAD_ENDPOINT, Layout, Renderer};

/// Renders the book with mdBook, used as a library.
pub struct MdBookRenderer;

impl Renderer for MdBookRenderer {
    fn render(&self, options: &BuildOptions, expand: ChapterExpander) -> Result<()> {
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
        book.with_preprocessor(LabPreprocessor(expand));
        book.build()
            .map_err(|e| anyhow::anyhow!("{e:#}"))
            .context("the book did not build")
    }
}

/// The `exercise` preprocessor: the lab's blocks expanded in every chapter.
struct LabPreprocessor(ChapterExpander);

impl Preprocessor for LabPreprocessor {
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
            match self.0.expand(&ch.content, &path) {
                Ok(content) => ch.content = content,
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
        Ok(ChapterExpander::supports_renderer(renderer))
    }
}

/// Runs the preprocessor over mdBook's protocol: `supports RENDERER` answers by exit
/// code; otherwise the book comes as JSON on stdin and goes back on stdout.
pub fn run_protocol(args: &[String]) -> Result<i32> {
    if args.first().map(String::as_str) == Some("supports") {
        let renderer = args.get(1).map(String::as_str).unwrap_or("");
        return Ok(if ChapterExpander::supports_renderer(renderer) {
            0
        } else {
            1
        });
    }
    let pre = LabPreprocessor(ChapterExpander::new(Layout::project()));
    let mut input = Vec::new();
    std::io::stdin().read_to_end(&mut input)?;
    let (ctx, book) =
        mdbook_preprocessor::parse_input(&input[..]).map_err(|e| anyhow::anyhow!("{e:#}"))?;
    let book = pre.run(&ctx, book).map_err(|e| anyhow::anyhow!("{e:#}"))?;
    serde_json::to_writer(std::io::stdout().lock(), &book)?;
    std::io::stdout().flush()?;
    Ok(0)
}
