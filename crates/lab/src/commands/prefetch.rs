//! `cargo xtask prefetch [--build]`: download everything the lab needs while there is a
//! network, so a workshop room can work without one.

use std::process::Command;
use std::time::Instant;

use anyhow::Result;

use crate::error::{CheckFailed, Interrupted};
use crate::instructor::prefetch;
use crate::paths;

/// Fetches every source, with a progress line each, then (with `build`) builds what
/// `verify` and `serve` build first.
pub fn run(build: bool) -> Result<()> {
    let root = paths::project_root();
    let started = Instant::now();
    let (crates_before, bytes_before) = (prefetch::cached_crates(), prefetch::cache_bytes());
    let sources = prefetch::sources(&root);
    eprintln!(
        "==> downloading the crates of the lab, its experiments and challenges ({} sources)",
        sources.len()
    );
    let mut failed = Vec::new();
    for (i, source) in sources.iter().enumerate() {
        let label = source.label(&root);
        eprint!("  [{}/{}] {label} … ", i + 1, sources.len());
        match prefetch::fetch(source) {
            Ok(f) if f.new_crates == 0 => eprintln!("ok ({:.1}s)", f.seconds),
            Ok(f) => eprintln!(
                "{} new crate{} ({:.1}s)",
                f.new_crates,
                if f.new_crates == 1 { "" } else { "s" },
                f.seconds
            ),
            Err(e) if e.downcast_ref::<Interrupted>().is_some() => {
                eprintln!("interrupted");
                return Err(e);
            }
            Err(e) => {
                eprintln!("FAILED");
                for line in format!("{e:#}").lines() {
                    eprintln!("      {line}");
                }
                failed.push(label);
            }
        }
    }
    let new = prefetch::cached_crates().saturating_sub(crates_before);
    let bytes = prefetch::cache_bytes().saturating_sub(bytes_before);
    eprintln!(
        "downloaded {new} crate{} ({:.1} MiB) in {:.1}s",
        if new == 1 { "" } else { "s" },
        bytes as f64 / (1024.0 * 1024.0),
        started.elapsed().as_secs_f64()
    );
    let missing = prefetch::still_missing(&root);
    if !failed.is_empty() || !missing.is_empty() {
        let shown: Vec<String> = missing.iter().take(5).map(ToString::to_string).collect();
        return Err(CheckFailed(format!(
            "prefetch is incomplete: {} source{} failed{}; run it again on a working network",
            failed.len(),
            if failed.len() == 1 { "" } else { "s" },
            match shown.is_empty() {
                true => String::new(),
                false => format!(", still missing: {}", shown.join(", ")),
            }
        ))
        .into());
    }
    if build {
        prebuild()?;
    }
    eprintln!(
        "every crate the lab needs is in Cargo's cache: `serve`, `run`, `check`, `measure` \
         and `verify` now work offline"
    );
    Ok(())
}

/// Builds the test binaries, clippy's results and the book, so the first `verify` and
/// `serve` in the room do not compile the lab.
fn prebuild() -> Result<()> {
    let steps: [(&str, &[&str]); 2] = [
        (
            "test binaries",
            &["test", "--workspace", "--no-run", "--quiet"],
        ),
        ("clippy checks", super::verify::CLIPPY_ARGS),
    ];
    let total = steps.len() + 1;
    for (i, (what, args)) in steps.iter().enumerate() {
        let t = Instant::now();
        eprint!("  [{}/{total}] building the lab's {what} … ", i + 1);
        let status = Command::new("cargo")
            .args(*args)
            .current_dir(paths::project_root())
            .status()?;
        crate::interrupt::check()?;
        if !status.success() {
            return Err(CheckFailed(format!("`cargo {}` failed", args.join(" "))).into());
        }
        eprintln!("ok ({:.1}s)", t.elapsed().as_secs_f64());
    }
    let t = Instant::now();
    eprint!("  [{total}/{total}] building the book … ");
    crate::book::build(&crate::book::BuildOptions::project(
        super::book::default_dest(),
        false,
    ))?;
    eprintln!("ok ({:.1}s)", t.elapsed().as_secs_f64());
    Ok(())
}

/// The `prefetch` command, as the command line gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrefetchArgs {
    /// Also build the lab and the book.
    pub build: bool,
}

impl PrefetchArgs {
    /// Runs the command.
    pub fn run(self) -> anyhow::Result<()> {
        run(self.build)
    }
}
