//! `challenge.toml`: the task, the hints, the steps that exercise the learner's project
//! (the same step kinds as an experiment's) and the goals, each decided by one step's
//! expectations.
//!
//! ```toml
//! title = "Stop the build script from running on every edit"
//! chapter = "dependencies"
//! task = "..."
//! tier = "harder"            # optional: a change across files or crates
//! hints = ["...", "..."]
//!
//! [[step]]
//! kind = "build"
//! [[step]]
//! kind = "touch"
//! path = "src/main.rs"
//! [[step]]
//! kind = "build"
//! expect.fresh-units = ["app build-script (run)"]
//!
//! [[goal]]
//! text = "after a touch of src/main.rs, the build script does not run again"
//! step = 3
//! ```

use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use crate::engine::manifest::{LoadedManifest, Manifest, RawStep};
use crate::engine::plan::Plan;
use crate::error::InputError;

/// A challenge as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChallenge {
    title: String,
    chapter: String,
    task: String,
    /// `"harder"` for a challenge that needs more than a one-line change.
    #[serde(default)]
    tier: Option<Spanned<String>>,
    #[serde(default)]
    hints: Vec<String>,
    #[serde(default)]
    requires: Vec<String>,
    #[serde(rename = "step", default)]
    steps: Vec<Spanned<RawStep>>,
    #[serde(rename = "goal", default)]
    goals: Vec<Spanned<RawGoal>>,
}

/// One goal as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawGoal {
    text: String,
    step: usize,
    /// For a measured goal: what is compared at the step (`time`, `link`, or `size`:
    /// the bytes of the executables it built).
    measure: Option<String>,
    /// For a timing goal: the starter's median over the learner's must reach this.
    at_least: Option<f64>,
}

/// A goal: a sentence and the step that decides it.
#[derive(Debug, Clone, PartialEq)]
pub struct Goal {
    /// What must hold, in words.
    pub text: String,
    /// The deciding step (1-based).
    pub step: usize,
    /// For a timing goal, what it compares: the step's `measure` on the learner's copy
    /// against the starter's, measured in the same command.
    pub timing: Option<Timing>,
}

/// A timing goal: starter / learner ≥ `at_least`, of medians.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Timing {
    /// What is measured at the step.
    pub measure: crate::engine::plan::Measure,
    /// The minimum ratio.
    pub at_least: f64,
}

/// How much a challenge asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Tier {
    /// One setting or a few lines, once the cause is found.
    First,
    /// A change across files or crates: a restructuring, not a setting.
    Harder,
}

impl Tier {
    /// The tier in words, for tables.
    pub fn as_str(self) -> &'static str {
        match self {
            Tier::First => "first",
            Tier::Harder => "harder",
        }
    }
}

/// A challenge ready to check.
#[derive(Debug, Clone)]
pub struct Challenge {
    /// Its name.
    pub name: String,
    /// One line naming the task.
    pub title: String,
    /// The book chapter it closes.
    pub chapter: String,
    /// The task, in Markdown.
    pub task: String,
    /// How much it asks.
    pub tier: Tier,
    /// Hints, in the order they are shown.
    pub hints: Vec<String>,
    /// The steps, checked like an experiment's.
    pub plan: Plan,
    /// The goals.
    pub goals: Vec<Goal>,
}

/// Loads and checks the challenge whose `challenge.toml` is in `manifest_dir`, against
/// the project files in `project_dir` (the learner's copy, the pristine starter, or a
/// scratch copy with a solution).
pub fn load(name: &str, manifest_dir: &Path, project_dir: &Path) -> Result<Challenge, InputError> {
    let path = manifest_dir.join(super::MANIFEST_FILE);
    let source = std::fs::read_to_string(&path)
        .map_err(|e| InputError::new(format!("cannot read the challenge: {e}")).at(&path, None))?;
    let raw: RawChallenge = toml::from_str(&source).map_err(|e| {
        let line = e
            .span()
            .map(|s| crate::engine::manifest::line_of(&source, s.start));
        InputError::new(e.message().trim().to_string()).at(&path, line)
    })?;
    // The steps are an experiment's steps: reuse the experiment's plan and its checks,
    // with spans into this file.
    let loaded = LoadedManifest {
        path: path.clone(),
        source: source.clone(),
        manifest: Manifest {
            tier: None,
            title: raw.title.clone(),
            chapter: raw.chapter.clone(),
            question: raw.task.clone(),
            predict: None,
            answer: None,
            requires: raw.requires.clone(),
            toolchain: None,
            services: Vec::new(),
            steps: raw.steps.clone(),
            claims: Vec::new(),
            myths: Vec::new(),
        },
    };
    if raw.steps.is_empty() {
        return Err(InputError::new("the challenge has no `[[step]]`").at(&path, None));
    }
    let mut plan = crate::engine::plan::build(project_dir, &loaded)?;
    plan.name = name.to_string();
    let tier = match &raw.tier {
        None => Tier::First,
        Some(t) if t.get_ref() == "harder" => Tier::Harder,
        Some(t) => {
            return Err(loaded.error_at(
                t.span(),
                "tier",
                format!(
                    "unknown tier `{}`; the only tier to name is `harder` (leave it out for the first tier)",
                    t.get_ref()
                ),
            ));
        }
    };
    if raw.goals.is_empty() {
        return Err(
            InputError::new("the challenge has no `[[goal]]`; add at least one")
                .at(&path, None)
                .field("goal"),
        );
    }
    let mut goals = Vec::new();
    for (i, g) in raw.goals.iter().enumerate() {
        let goal = g.get_ref();
        let err = |msg: String| loaded.error_at(g.span(), format!("goal[{}].step", i + 1), msg);
        let timing = match (&goal.measure, goal.at_least) {
            (None, None) => None,
            (measure, Some(at_least)) if at_least >= 1.0 => {
                let measure =
                    crate::engine::plan::Measure::parse(measure.as_deref()).map_err(&err)?;
                Some(Timing { measure, at_least })
            }
            _ => {
                return Err(err(
                    "a timing goal needs `at-least`, a ratio of at least 1.0 against the starter"
                        .into(),
                ));
            }
        };
        // A timing goal is decided by its measure; any other by the step's expectations.
        if timing.is_some() {
            crate::engine::plan::running_step(&plan.steps, goal.step).map_err(err)?;
        } else {
            crate::engine::plan::checked_step(&plan.steps, goal.step).map_err(err)?;
        }
        goals.push(Goal {
            text: goal.text.trim().to_string(),
            step: goal.step,
            timing,
        });
    }
    Ok(Challenge {
        name: name.to_string(),
        title: raw.title,
        chapter: raw.chapter,
        task: raw.task,
        tier,
        hints: raw.hints,
        plan,
        goals,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn challenge(goals: &str) -> Result<Challenge, InputError> {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("src")).unwrap();
        std::fs::write(dir.path().join("src/main.rs"), "fn main() {}\n").unwrap();
        std::fs::write(
            dir.path().join(crate::challenge::MANIFEST_FILE),
            format!(
                "title = 't'\nchapter = 'c'\ntask = 'do it'\nhints = ['a']\n[[step]]\nkind = 'build'\n[[step]]\nkind = 'touch'\npath = 'src/main.rs'\n[[step]]\nkind = 'build'\nexpect.compiled = []\n{goals}"
            ),
        )
        .unwrap();
        load("x", dir.path(), dir.path())
    }

    #[test]
    fn goals_are_checked_against_their_steps() {
        let c = challenge("[[goal]]\ntext = 'fresh'\nstep = 3\n").unwrap();
        assert_eq!(c.goals[0].step, 3);
        assert_eq!(c.goals[0].timing, None);
        let e = challenge("[[goal]]\ntext = 'g'\nstep = 1\n").unwrap_err();
        assert!(e.message.contains("states no `expect`"), "{e}");
        let e = challenge("[[goal]]\ntext = 'g'\nstep = 2\n").unwrap_err();
        assert!(e.message.contains("runs nothing"), "{e}");
        let e = challenge("").unwrap_err();
        assert_eq!(e.field.as_deref(), Some("goal"));
    }

    #[test]
    fn a_timing_goal_needs_a_ratio_and_a_known_measure() {
        let c =
            challenge("[[goal]]\ntext = 'faster'\nstep = 1\nmeasure = 'link'\nat-least = 2.0\n")
                .unwrap();
        assert_eq!(
            c.goals[0].timing,
            Some(Timing {
                measure: crate::engine::plan::Measure::Link,
                at_least: 2.0
            })
        );
        let e = challenge("[[goal]]\ntext = 'g'\nstep = 1\nat-least = 0.5\n").unwrap_err();
        assert!(e.message.contains("at least 1.0"), "{e}");
        let size = challenge("[[goal]]\ntext = 'g'\nstep = 1\nmeasure = 'size'\nat-least = 2.0\n")
            .unwrap();
        assert_eq!(
            size.goals[0].timing.map(|t| t.measure),
            Some(crate::engine::plan::Measure::Size)
        );
        let e = challenge("[[goal]]\ntext = 'g'\nstep = 1\nmeasure = 'bytes'\nat-least = 2.0\n")
            .unwrap_err();
        assert!(
            e.message
                .contains("unknown measure `bytes`; use `time`, `link`, `size` or `disk`"),
            "{e}"
        );
    }
}
