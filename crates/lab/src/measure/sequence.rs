//! The steps `measure` runs on a project, as a plan for the one engine that runs every
//! step of the lab: bring the build up to date, a no-op build, a touch, an edit that
//! changes code and one that changes only a comment (each followed by a build), the
//! edit reverted and built, and (after the files' times are put back) a final no-op
//! build that must be fresh.

use std::path::{Path, PathBuf};

use crate::engine::edits::TextEdit;
use crate::engine::plan::{Action, CargoCommand, CargoStep, Expect, Plan, Step};

/// What a step of the sequence is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    /// The first build: cold, or whatever the project's target held.
    UpToDate,
    /// A build with nothing changed.
    NoOp,
    /// A build after touching the file.
    Touch(PathBuf),
    /// A build after a one-line code change in the file.
    CodeEdit(PathBuf),
    /// A build after a change to a comment only.
    CommentEdit(PathBuf),
    /// A build after the file's content was put back (with a new time).
    Revert(PathBuf),
    /// A build after the files' original times were put back.
    Settle,
    /// The last no-op build, which must find everything fresh.
    Final,
    /// A step that changes a file, not a build.
    Change,
}

impl Role {
    /// The file the step is about, if any.
    pub fn file(&self) -> Option<&Path> {
        match self {
            Role::Touch(f) | Role::CodeEdit(f) | Role::CommentEdit(f) | Role::Revert(f) => Some(f),
            _ => None,
        }
    }

    /// A short name for summaries: `no-op`, `touch`, `code edit`...
    pub fn name(&self) -> &'static str {
        match self {
            Role::UpToDate => "up to date",
            Role::NoOp => "no-op",
            Role::Touch(_) => "touch",
            Role::CodeEdit(_) => "code edit",
            Role::CommentEdit(_) => "comment edit",
            Role::Revert(_) => "revert",
            Role::Settle => "times put back",
            Role::Final => "final no-op",
            Role::Change => "change",
        }
    }
}

/// What to build and how.
#[derive(Debug, Clone)]
pub struct Target {
    /// `cargo check` instead of `cargo build`.
    pub check: bool,
    /// `-p PACKAGE`.
    pub package: Option<String>,
    /// `--bin BIN`.
    pub bin: Option<String>,
}

impl Target {
    fn step(&self, expect: Expect) -> Action {
        let mut args = Vec::new();
        if let Some(p) = &self.package {
            args.extend(["-p".to_string(), p.clone()]);
        }
        if let Some(b) = &self.bin {
            args.extend(["--bin".to_string(), b.clone()]);
        }
        Action::Cargo(CargoStep {
            command: if self.check {
                CargoCommand::Check
            } else {
                CargoCommand::Build
            },
            args,
            dir: None,
            toolchain: None,
            expect,
        })
    }
}

/// A one-line code change appended to a file: a private function, allowed to be
/// unused, whose value differs per run so every build sees a real change.
pub fn code_line(run: usize) -> String {
    format!(
        "\n#[allow(dead_code)] fn rebuild_lab_probe() -> u32 {{ {run} }} // added by cargo xtask measure\n"
    )
}

/// A comment-only change appended to a file.
pub fn comment_line(run: usize) -> String {
    format!("\n// added by cargo xtask measure (comment-only edit {run})\n")
}

/// The files and contents the sequence works on.
#[derive(Debug, Clone)]
pub struct Probes {
    /// Files touched, relative to the project root.
    pub touch: Vec<PathBuf>,
    /// Files edited, relative to the project root, with their original content.
    pub edit: Vec<(PathBuf, String)>,
}

/// The main plan (up to the reverted builds) and the roles of its steps.
pub fn main_plan(
    project: &Path,
    target: &Target,
    probes: &Probes,
    runs: usize,
) -> (Plan, Vec<Role>) {
    let mut steps = Vec::new();
    let mut roles = Vec::new();
    let ok = || Expect {
        success: true,
        ..Expect::default()
    };
    let mut push = |label: String, action: Action, role: Role| {
        steps.push(Step {
            number: steps.len() + 1,
            label,
            action,
        });
        roles.push(role);
    };
    let build = |e| target.step(e);
    let cmd = if target.check { "check" } else { "build" };
    push(
        format!("bring the {cmd} up to date"),
        build(ok()),
        Role::UpToDate,
    );
    for run in 1..=runs {
        push(
            format!("no-op {cmd}{}", of(run, runs)),
            build(ok()),
            Role::NoOp,
        );
    }
    for file in &probes.touch {
        for run in 1..=runs {
            push(
                format!("touch {}", file.display()),
                Action::Touch {
                    path: file.clone(),
                    registry: None,
                },
                Role::Change,
            );
            push(
                format!("{cmd} after touching {}{}", file.display(), of(run, runs)),
                build(ok()),
                Role::Touch(file.clone()),
            );
        }
    }
    for (file, original) in &probes.edit {
        let write = |text: String| Action::Edit {
            path: file.clone(),
            edit: TextEdit::Write { text },
            keep_mtime: false,
        };
        for run in 1..=runs {
            push(
                format!("add a line of code to {}", file.display()),
                write(format!("{original}{}", code_line(run))),
                Role::Change,
            );
            push(
                format!(
                    "{cmd} after a code edit in {}{}",
                    file.display(),
                    of(run, runs)
                ),
                build(ok()),
                Role::CodeEdit(file.clone()),
            );
        }
        for run in 1..=runs {
            push(
                format!("change only a comment in {}", file.display()),
                write(format!("{original}{}", comment_line(run))),
                Role::Change,
            );
            push(
                format!(
                    "{cmd} after a comment-only edit in {}{}",
                    file.display(),
                    of(run, runs)
                ),
                build(ok()),
                Role::CommentEdit(file.clone()),
            );
        }
        push(
            format!("put {} back", file.display()),
            write(original.clone()),
            Role::Change,
        );
        push(
            format!("{cmd} after putting {} back", file.display()),
            build(ok()),
            Role::Revert(file.clone()),
        );
    }
    (plan("measure", project, steps), roles)
}

/// The closing plan, run after the files' original times are back: a build that
/// settles anything keyed to those times, then a no-op build that must be fresh
/// (when `must_be_fresh`: the project's own no-op build was).
pub fn closing_plan(project: &Path, target: &Target, must_be_fresh: bool) -> (Plan, Vec<Role>) {
    let cmd = if target.check { "check" } else { "build" };
    let steps = vec![
        Step {
            number: 1,
            label: format!("{cmd} after putting the files' times back"),
            action: target.step(Expect {
                success: true,
                ..Expect::default()
            }),
        },
        Step {
            number: 2,
            label: if must_be_fresh {
                format!("final no-op {cmd}: must be fresh")
            } else {
                format!("final no-op {cmd}")
            },
            action: target.step(Expect {
                success: true,
                compiled: must_be_fresh.then(Default::default),
                ..Expect::default()
            }),
        },
    ];
    (
        plan("measure", project, steps),
        vec![Role::Settle, Role::Final],
    )
}

fn of(run: usize, runs: usize) -> String {
    if runs > 1 {
        format!(" (run {run} of {runs})")
    } else {
        String::new()
    }
}

/// A plan of `steps` run on the learner's `project` by the command `name` (`measure`,
/// `tune`): no questions, claims or services, as an exercise would have.
pub fn plan(name: &str, project: &Path, steps: Vec<Step>) -> Plan {
    Plan {
        name: name.to_string(),
        dir: project.to_path_buf(),
        title: format!("{name} {}", project.display()),
        chapter: "measuring".into(),
        question: String::new(),
        predict: Vec::new(),
        answer: None,
        requires: Vec::new(),
        real_scale: false,
        services: Vec::new(),
        steps,
        claims: Vec::new(),
        myths: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sequence_has_every_kind_of_step_in_order() {
        let probes = Probes {
            touch: vec!["src/main.rs".into()],
            edit: vec![("src/lib.rs".into(), "pub fn f() {}\n".into())],
        };
        let target = Target {
            check: false,
            package: None,
            bin: None,
        };
        let (plan, roles) = main_plan(Path::new("/p"), &target, &probes, 2);
        assert_eq!(plan.steps.len(), roles.len());
        let names: Vec<&str> = roles
            .iter()
            .filter(|r| **r != Role::Change)
            .map(Role::name)
            .collect();
        assert_eq!(
            names,
            [
                "up to date",
                "no-op",
                "no-op",
                "touch",
                "touch",
                "code edit",
                "code edit",
                "comment edit",
                "comment edit",
                "revert"
            ]
        );
        // Two code edits differ, so the second build sees a change too.
        assert_ne!(code_line(1), code_line(2));
        let (closing, roles) = closing_plan(Path::new("/p"), &target, true);
        assert_eq!(roles, [Role::Settle, Role::Final]);
        match &closing.steps[1].action {
            Action::Cargo(c) => assert_eq!(c.expect.compiled, Some(Default::default())),
            other => panic!("{other:?}"),
        }
    }
}
