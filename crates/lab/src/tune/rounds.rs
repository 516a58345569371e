//! The builds `tune` runs in a variant's scratch copy, as plans for the engine: one
//! cold build, then rounds of the edit loop `measure` uses (a touch of the entry file,
//! a code edit of it, a code edit of a leaf member's library), each followed by a
//! build.

use std::path::{Path, PathBuf};

use crate::engine::edits::TextEdit;
use crate::engine::plan::{Action, CargoCommand, CargoStep, Expect, Plan, Step};
use crate::measure::sequence::code_line;

/// The files a round changes, relative to the project root.
#[derive(Debug, Clone)]
pub struct LoopFiles {
    /// The file touched, then edited: the binary's entry file (or the library's).
    pub entry: (PathBuf, String),
    /// A leaf member's library, edited; `None` when the project has no other member.
    pub leaf: Option<(PathBuf, String)>,
}

/// How a variant's builds call cargo: `--config` values and a toolchain.
#[derive(Debug, Clone, Default)]
pub struct Build {
    /// Arguments after `cargo build` (`--config KEY=VALUE` pairs).
    pub args: Vec<String>,
    /// `cargo +TOOLCHAIN`.
    pub toolchain: Option<String>,
}

impl Build {
    fn action(&self) -> Action {
        Action::Cargo(CargoStep {
            command: CargoCommand::Build,
            args: self.args.clone(),
            dir: None,
            toolchain: self.toolchain.clone(),
            expect: Expect {
                success: true,
                ..Expect::default()
            },
        })
    }
}

/// The cold build.
pub fn cold(root: &Path, build: &Build) -> Plan {
    plan(
        root,
        vec![Step {
            number: 1,
            label: "cold build".into(),
            action: build.action(),
        }],
    )
}

/// Round `round` of the edit loop. Each round's edits differ from the last round's,
/// so every build sees a real change.
pub fn round(root: &Path, build: &Build, files: &LoopFiles, round: usize) -> Plan {
    let mut steps = Vec::new();
    let mut push = |label: String, action: Action| {
        steps.push(Step {
            number: steps.len() + 1,
            label,
            action,
        })
    };
    let (entry, entry_text) = &files.entry;
    push(
        format!("touch {}", entry.display()),
        Action::Touch {
            path: entry.clone(),
            registry: None,
        },
    );
    push(
        format!("build after touching {}", entry.display()),
        build.action(),
    );
    let edit = |file: &PathBuf, original: &str| Action::Edit {
        path: file.clone(),
        edit: TextEdit::Write {
            text: format!("{original}{}", code_line(round)),
        },
        keep_mtime: false,
    };
    push(
        format!("add a line of code to {}", entry.display()),
        edit(entry, entry_text),
    );
    push(
        format!("build after a code edit in {}", entry.display()),
        build.action(),
    );
    if let Some((leaf, leaf_text)) = &files.leaf {
        push(
            format!("add a line of code to {}", leaf.display()),
            edit(leaf, leaf_text),
        );
        push(
            format!("build after a code edit in {}", leaf.display()),
            build.action(),
        );
    }
    plan(root, steps)
}

fn plan(root: &Path, steps: Vec<Step>) -> Plan {
    crate::measure::sequence::plan("tune", root, steps)
}
