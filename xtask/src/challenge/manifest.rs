//! `challenge.toml`: the task, the hints, the steps that exercise the learner's project
//! (the same step kinds as an experiment's) and the goals, each decided by one step's
//! expectations.
//!
//! ```toml
//! title = "Stop the build script from running on every edit"
//! chapter = "dependencies"
//! task = "..."
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

use crate::error::InputError;
use crate::manifest::{LoadedManifest, Manifest, RawStep};
use crate::plan::{Action, Plan};

/// A challenge as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChallenge {
    title: String,
    chapter: String,
    task: String,
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
#[serde(deny_unknown_fields)]
struct RawGoal {
    text: String,
    step: usize,
}

/// A goal: a sentence and the step whose expectations decide it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Goal {
    /// What must hold, in words.
    pub text: String,
    /// The deciding step (1-based).
    pub step: usize,
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
        let line = e.span().map(|s| crate::manifest::line_of(&source, s.start));
        InputError::new(e.message().trim().to_string()).at(&path, line)
    })?;
    // The steps are an experiment's steps: reuse the experiment's plan and its checks,
    // with spans into this file.
    let loaded = LoadedManifest {
        path: path.clone(),
        source: source.clone(),
        manifest: Manifest {
            title: raw.title.clone(),
            chapter: raw.chapter.clone(),
            question: raw.task.clone(),
            predict: None,
            answer: None,
            requires: raw.requires.clone(),
            toolchain: None,
            steps: raw.steps.clone(),
            claims: Vec::new(),
            myths: Vec::new(),
        },
    };
    if raw.steps.is_empty() {
        return Err(InputError::new("the challenge has no `[[step]]`").at(&path, None));
    }
    let mut plan = crate::plan::build(project_dir, &loaded)?;
    plan.name = name.to_string();
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
        let expect = match plan.steps.get(goal.step.wrapping_sub(1)).map(|s| &s.action) {
            Some(Action::Cargo(c)) => &c.expect,
            Some(Action::Exec { expect, .. }) => expect,
            Some(_) => return Err(err(format!("step {} runs nothing", goal.step))),
            None => return Err(err(format!("there is no step {}", goal.step))),
        };
        if expect.is_empty() && expect.success {
            return Err(err(format!(
                "step {} states no `expect`, so it cannot decide a goal",
                goal.step
            )));
        }
        goals.push(Goal {
            text: goal.text.trim().to_string(),
            step: goal.step,
        });
    }
    Ok(Challenge {
        name: name.to_string(),
        title: raw.title,
        chapter: raw.chapter,
        task: raw.task,
        hints: raw.hints,
        plan,
        goals,
    })
}
