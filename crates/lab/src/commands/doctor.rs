//! `cargo xtask doctor [--json]`: what on this machine changes the lab's results or
//! breaks it, each with its fix; fails only for problems that break the lab.

use std::time::Instant;

use anyhow::Result;

use crate::error::CheckFailed;
use crate::instructor::doctor::{self, Level, Scope};
use crate::instructor::machine::Machine;
use crate::paths;

/// The checks, in the order they run (for the progress counter).
const GROUPS: usize = 5;

/// Runs every check and prints the findings, as a table or as JSON.
pub fn run(json: bool) -> Result<()> {
    let started = Instant::now();
    let root = paths::project_root();
    let scratch = tempfile::Builder::new()
        .prefix("rebuild-lab-doctor-")
        .tempdir()?;
    let scope = Scope {
        target_dir: crate::paths::target_dir_of(&root),
        root,
        scratch: scratch.path().to_path_buf(),
    };
    let mut n = 0;
    let exam = doctor::examine(&scope, |group| {
        n += 1;
        eprintln!(
            "  [{n}/{GROUPS}] {group} ({:.1}s)",
            started.elapsed().as_secs_f64()
        );
    });
    crate::interrupt::check()?;
    let machine = Machine::this(exam.linker.clone());
    let seconds = started.elapsed().as_secs_f64();
    let count = |level| exam.findings.iter().filter(|f| f.level == level).count();
    let (warnings, problems) = (count(Level::Warning), count(Level::Problem));
    if json {
        let out = serde_json::json!({
            "machine": machine,
            "findings": exam.findings,
            "warnings": warnings,
            "problems": problems,
            "seconds": seconds,
        });
        println!("{}", serde_json::to_string_pretty(&out)?);
    } else {
        print!("{}", render(&machine, &exam.findings));
        println!(
            "doctor: {} ok, {warnings} warning{}, {problems} problem{}, in {seconds:.1}s",
            count(Level::Ok),
            if warnings == 1 { "" } else { "s" },
            if problems == 1 { "" } else { "s" },
        );
    }
    if problems > 0 {
        return Err(CheckFailed(format!(
            "{problems} problem{} stop{} the lab on this machine; the fixes are above",
            if problems == 1 { "" } else { "s" },
            if problems == 1 { "s" } else { "" },
        ))
        .into());
    }
    Ok(())
}

/// The findings as a table: level, check, what was found, and the fix under it.
pub fn render(machine: &Machine, findings: &[doctor::Finding]) -> String {
    use std::fmt::Write as _;
    let mut out = format!("This machine: {}\n", machine.summary());
    let width = findings.iter().map(|f| f.check.len()).max().unwrap_or(0);
    for f in findings {
        let _ = writeln!(
            out,
            "  {:<8} {:<width$}  {}",
            f.level.as_str(),
            f.check,
            f.summary
        );
        if let Some(fix) = &f.fix {
            let _ = writeln!(out, "  {:<8} {:<width$}  fix: {fix}", "", "");
        }
    }
    out
}

/// The `doctor` command, as the command line gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DoctorArgs {
    /// Print JSON.
    pub json: bool,
}

impl DoctorArgs {
    /// Runs the command.
    pub fn run(self) -> anyhow::Result<()> {
        run(self.json)
    }
}
