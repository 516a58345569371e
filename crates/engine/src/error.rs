//! Errors that decide the process exit code.
//!
//! Exit codes follow cargo's and rustlings' habits: `0` success, `1` a step or a check
//! failed, `2` bad input (a broken manifest, an unknown exercise, a wrong flag),
//! `130` interrupted with Ctrl-C.

use std::fmt;
use std::path::PathBuf;

/// Exit code for a failed step, expectation or snapshot.
pub const EXIT_FAILED: i32 = 1;
/// Exit code for bad input: the user has to fix a file or a command line.
pub const EXIT_BAD_INPUT: i32 = 2;
/// Exit code after Ctrl-C, as shells report a SIGINT death.
pub const EXIT_INTERRUPTED: i32 = 130;

/// Bad input: a problem the user fixes in a file or on the command line.
///
/// Carries where the problem is, so it is printed as `file:line: field: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// The file at fault, when there is one.
    pub file: Option<PathBuf>,
    /// 1-based line in `file`.
    pub line: Option<usize>,
    /// The manifest field (or command-line argument) at fault, e.g. `step[3].path`.
    pub field: Option<String>,
    /// What is wrong, and what to do about it.
    pub message: String,
}

impl InputError {
    /// An input error with only a message.
    pub fn new(message: impl Into<String>) -> Self {
        InputError {
            file: None,
            line: None,
            field: None,
            message: message.into(),
        }
    }

    /// The same error, located in `file` at `line`.
    pub fn at(mut self, file: impl Into<PathBuf>, line: Option<usize>) -> Self {
        self.file = Some(file.into());
        self.line = line;
        self
    }

    /// The same error, naming the `field` at fault.
    pub fn field(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(file) = &self.file {
            write!(f, "{}", file.display())?;
            if let Some(line) = self.line {
                write!(f, ":{line}")?;
            }
            write!(f, ": ")?;
        }
        if let Some(field) = &self.field {
            write!(f, "`{field}`: ")?;
        }
        write!(f, "{}", self.message)
    }
}

impl std::error::Error for InputError {}

/// The run was stopped by Ctrl-C.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Interrupted;

impl fmt::Display for Interrupted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "interrupted")
    }
}

impl std::error::Error for Interrupted {}

/// The exercise needs a tool this machine lacks; it was not run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped(pub String);

impl fmt::Display for Skipped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "skipped: {}", self.0)
    }
}

impl std::error::Error for Skipped {}

/// A check failed (a step, an expectation, a snapshot); the details were printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckFailed(pub String);

impl fmt::Display for CheckFailed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl std::error::Error for CheckFailed {}

/// The exit code for an error returned by a command.
pub fn exit_code(err: &anyhow::Error) -> i32 {
    if err.downcast_ref::<InputError>().is_some() {
        EXIT_BAD_INPUT
    } else if err.downcast_ref::<Interrupted>().is_some() {
        EXIT_INTERRUPTED
    } else {
        EXIT_FAILED
    }
}
