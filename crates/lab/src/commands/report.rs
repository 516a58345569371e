//! `cargo xtask report`: this machine's results as one HTML page and a JSON file; with
//! `--compare`, several machines' JSON files side by side.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, Result};

use crate::instructor::report::{self, collect, compare, html};
use crate::paths;

/// What `report` does.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReportArgs {
    /// Where to write (default: target/rebuild-lab/report).
    pub out: Option<PathBuf>,
    /// Read the latest results instead of running.
    pub from_results: bool,
    /// Include the real-scale tier.
    pub all: bool,
    /// Reports to compare (empty: make this machine's report).
    pub compare: Vec<PathBuf>,
}

/// Writes `bytes` to `file` atomically, readable by others: the files are meant to be
/// handed around the room.
fn write_shared(file: &Path, bytes: &[u8]) -> Result<()> {
    crate::files::write_atomic(file, bytes)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(file, std::fs::Permissions::from_mode(0o644))?;
    }
    Ok(())
}

/// The default output directory.
pub fn default_out() -> PathBuf {
    paths::target_dir().join("rebuild-lab").join("report")
}

/// Runs the command.
pub fn run(args: &ReportArgs) -> Result<()> {
    let out = args.out.clone().unwrap_or_else(default_out);
    std::fs::create_dir_all(&out).with_context(|| format!("cannot create {}", out.display()))?;
    if !args.compare.is_empty() {
        return run_compare(&args.compare, &out);
    }
    let started = Instant::now();
    let source = match args.from_results {
        true => collect::Source::Saved,
        false => collect::Source::Run { all: args.all },
    };
    eprintln!(
        "==> {} every experiment",
        if args.from_results {
            "reading the latest results of"
        } else {
            "running"
        }
    );
    let machine_report = collect::collect(
        &paths::exercises_dir(),
        &paths::results_dir(),
        source,
        |line| eprintln!("{line}"),
    )?;
    let json = out.join("report.json");
    let page = out.join("report.html");
    write_shared(
        &json,
        serde_json::to_string_pretty(&machine_report)?.as_bytes(),
    )?;
    write_shared(&page, html::machine_page(&machine_report).as_bytes())?;
    let ran = machine_report
        .experiments
        .iter()
        .filter(|e| e.skipped.is_none())
        .count();
    eprintln!(
        "report: {ran} of {} experiments in {:.1}s\n  {}\n  {}",
        machine_report.experiments.len(),
        started.elapsed().as_secs_f64(),
        page.display(),
        json.display()
    );
    Ok(())
}

fn run_compare(files: &[PathBuf], out: &Path) -> Result<()> {
    let mut reports = Vec::new();
    for f in files {
        let label = f.file_name().map_or_else(
            || f.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        reports.push((label, report::load(f)?));
    }
    let comparison = compare::compare(&reports);
    let json = out.join("compare.json");
    let page = out.join("compare.html");
    write_shared(&json, serde_json::to_string_pretty(&comparison)?.as_bytes())?;
    write_shared(&page, html::compare_page(&comparison).as_bytes())?;
    let flagged = comparison
        .experiments
        .iter()
        .filter(|e| !e.differences.is_empty())
        .count();
    eprintln!(
        "compared {} machines over {} experiments; {flagged} rebuilt something different somewhere\n  {}\n  {}",
        reports.len(),
        comparison.experiments.len(),
        page.display(),
        json.display()
    );
    Ok(())
}

impl ReportArgs {
    /// Runs the command.
    pub fn run(&self) -> anyhow::Result<()> {
        run(self)
    }
}
