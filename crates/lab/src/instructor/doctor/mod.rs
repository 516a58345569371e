//! `doctor`: checks one laptop in a second or two for what changes the lab's results or
//! breaks it. Each finding is ok, a warning or a problem, with its fix in one line;
//! only problems (the lab cannot work) make the command fail.

mod filesystem;
mod linkers;
mod settings;
mod toolchain;
mod tools;

use std::path::PathBuf;

use serde::Serialize;

/// How a finding weighs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// As the lab expects.
    Ok,
    /// Results may differ from the book's, or some experiments are skipped.
    Warning,
    /// The lab cannot work until it is fixed.
    Problem,
}

impl Level {
    /// The word shown in the table.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Ok => "ok",
            Level::Warning => "warning",
            Level::Problem => "problem",
        }
    }
}

/// One thing the doctor found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// The check, e.g. `toolchain`, `linker`, `env RUSTFLAGS`.
    pub check: String,
    /// Its weight.
    pub level: Level,
    /// What was found.
    pub summary: String,
    /// What to do, in one line (none when ok).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<String>,
}

impl Finding {
    fn ok(check: &str, summary: impl Into<String>) -> Finding {
        Finding {
            check: check.into(),
            level: Level::Ok,
            summary: summary.into(),
            fix: None,
        }
    }

    fn warning(check: &str, summary: impl Into<String>, fix: impl Into<String>) -> Finding {
        Finding {
            check: check.into(),
            level: Level::Warning,
            summary: summary.into(),
            fix: Some(fix.into()),
        }
    }

    fn problem(check: &str, summary: impl Into<String>, fix: impl Into<String>) -> Finding {
        Finding {
            check: check.into(),
            level: Level::Problem,
            summary: summary.into(),
            fix: Some(fix.into()),
        }
    }
}

/// Where the doctor looks.
#[derive(Debug, Clone)]
pub struct Scope {
    /// The lab's root.
    pub root: PathBuf,
    /// The target directory builds use.
    pub target_dir: PathBuf,
    /// A scratch directory for probes.
    pub scratch: PathBuf,
}

/// Everything the doctor found, and the linker its probe build used.
#[derive(Debug, Clone)]
pub struct Examination {
    /// The findings, in the order they were checked.
    pub findings: Vec<Finding>,
    /// The linker of a plain build here, when it could be read.
    pub linker: Option<String>,
}

/// Runs every check. `progress` is called before each group.
pub fn examine(scope: &Scope, mut progress: impl FnMut(&str)) -> Examination {
    let mut findings = Vec::new();
    progress("toolchain");
    findings.extend(toolchain::check(&scope.root));
    progress("linkers");
    let (linker, found) = linkers::check(&scope.scratch);
    findings.extend(found);
    progress("file system");
    findings.extend(filesystem::check(&scope.target_dir, &scope.scratch));
    progress("settings");
    findings.extend(settings::check(&scope.root));
    progress("tools and downloads");
    findings.extend(tools::check(&scope.root));
    Examination { findings, linker }
}
