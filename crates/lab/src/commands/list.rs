//! `cargo xtask list`: the exercises, grouped by chapter, with the learner's status
//! (not run, predicted, run, predicted right or wrong).

use std::fmt::Write as _;
use std::io::Write as _;

use anyhow::Result;

use crate::catalogue;
use crate::learner::progress;
use crate::paths;

/// Prints the exercises under `exercises/`, chapter by chapter.
pub fn run() -> Result<()> {
    let listed = catalogue::list(&paths::exercises_dir());
    let mut out = String::new();
    if listed.is_empty() {
        let _ = writeln!(
            out,
            "No exercises found in {}",
            paths::exercises_dir().display()
        );
        return print(&out);
    }
    let width = listed.iter().map(|l| l.name.len()).max().unwrap_or(0);
    let results = paths::results_dir();
    let status_width = progress::Status::PredictedWrong.as_str().len();
    let mut chapter: Option<&str> = None;
    for l in &listed {
        if chapter != Some(l.chapter.as_str()) {
            if chapter.is_some() {
                let _ = writeln!(out);
            }
            let heading = if l.chapter.is_empty() {
                "(manifest errors)"
            } else {
                &l.chapter
            };
            let _ = writeln!(out, "{heading}");
            chapter = Some(l.chapter.as_str());
        }
        let status = progress::status(&results, &paths::exercises_dir(), &l.name).as_str();
        let what = match &l.title {
            Ok(title) => title.clone(),
            Err(e) => format!("error: {e}"),
        };
        let _ = writeln!(out, "  {:<width$}  {status:<status_width$}  {what}", l.name);
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "Run one with `cargo xtask run NAME` (add `--predict` to predict first), or press Run in the book (`cargo xtask serve`)."
    );
    print(&out)
}

/// Prints the listing; a reader that stops early (`| head`) is not an error.
fn print(text: &str) -> Result<()> {
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}
