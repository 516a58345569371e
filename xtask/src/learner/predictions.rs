//! Predictions: which packages the learner expects cargo to compile at an exercise's
//! predicted step, kept under `target/rebuild-lab/predictions/`, and their score
//! against a run's report.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use crate::engine::report::Report;

/// A learner's prediction for one exercise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prediction {
    /// The exercise.
    pub exercise: String,
    /// The step the prediction is about.
    pub step: usize,
    /// The packages the learner expects cargo to compile (empty: nothing).
    pub compiled: BTreeSet<String>,
    /// True when the learner chose to skip the prediction.
    #[serde(default)]
    pub skipped: bool,
    /// When it was made (RFC 3339, UTC).
    pub made_at: String,
}

/// One package of a scored prediction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Guess {
    /// The package.
    pub package: String,
    /// Whether the learner predicted it would be compiled.
    pub predicted: bool,
    /// Whether cargo compiled it.
    pub compiled: bool,
    /// Why cargo did what it did, for a wrong guess: cargo's reason, or why it was fresh.
    pub why: Option<String>,
}

impl Guess {
    /// Whether the guess was right.
    pub fn right(&self) -> bool {
        self.predicted == self.compiled
    }
}

/// A prediction against what the run showed at its step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Score {
    /// The step scored.
    pub step: usize,
    /// Every package of the step, in name order.
    pub guesses: Vec<Guess>,
}

impl Score {
    /// Whether every guess was right.
    pub fn all_right(&self) -> bool {
        self.guesses.iter().all(Guess::right)
    }

    /// The guesses that tell something about the step: the packages cargo compiled or
    /// the learner said it would. A package both left alone is a free point that would
    /// flatter the score (most of a tree stays fresh in most steps), so it is counted
    /// apart, by [`Score::quietly_right`].
    pub fn telling(&self) -> Vec<&Guess> {
        self.guesses
            .iter()
            .filter(|g| g.predicted || g.compiled)
            .collect()
    }

    /// How many of the telling guesses were right.
    pub fn right(&self) -> usize {
        self.telling().into_iter().filter(|g| g.right()).count()
    }

    /// Packages the learner rightly expected to stay fresh.
    pub fn quietly_right(&self) -> usize {
        self.guesses.len() - self.telling().len()
    }

    /// The score in one line: `Your prediction for step 3: 1 of 2 right.`, or that
    /// nothing was compiled, as predicted.
    pub fn headline(&self) -> String {
        let telling = self.telling().len();
        if telling == 0 {
            format!(
                "Your prediction for step {}: right, nothing was compiled, as you said.",
                self.step
            )
        } else {
            format!(
                "Your prediction for step {}: {} of {telling} right.",
                self.step,
                self.right()
            )
        }
    }
}

/// Where predictions are kept under the results directory.
pub fn path(results_dir: &Path, exercise: &str) -> PathBuf {
    results_dir
        .join("predictions")
        .join(format!("{exercise}.json"))
}

/// Saves a prediction, replacing an earlier one.
pub fn save(results_dir: &Path, prediction: &Prediction) -> Result<PathBuf> {
    let file = path(results_dir, &prediction.exercise);
    crate::engine::results::write_atomic(&file, &serde_json::to_vec_pretty(prediction)?)?;
    Ok(file)
}

/// The saved prediction for an exercise, if any.
pub fn load(results_dir: &Path, exercise: &str) -> Result<Option<Prediction>> {
    let file = path(results_dir, exercise);
    match std::fs::read(&file) {
        Ok(bytes) => Ok(Some(serde_json::from_slice(&bytes).with_context(|| {
            format!(
                "{} is not a prediction; delete it and predict again",
                file.display()
            )
        })?)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e).with_context(|| format!("cannot read {}", file.display())),
    }
}

/// Scores a prediction against a report; `None` when the prediction was skipped or
/// the report has no cargo step with that number (the run stopped before it).
pub fn score(prediction: &Prediction, report: &Report) -> Option<Score> {
    if prediction.skipped {
        return None;
    }
    let step = report.steps.iter().find(|s| s.number == prediction.step)?;
    let cargo = step.cargo.as_ref()?;
    let compiled = cargo.compiled_packages();
    let mut packages = cargo.packages();
    packages.extend(prediction.compiled.iter().cloned());
    let guesses = packages
        .into_iter()
        .map(|package| {
            let predicted = prediction.compiled.contains(&package);
            let was_compiled = compiled.contains(&package);
            let why = (predicted != was_compiled).then(|| {
                if was_compiled {
                    let reasons: Vec<&str> = cargo
                        .units
                        .iter()
                        .filter(|u| u.package == package && !u.fresh)
                        .flat_map(|u| u.reasons.iter().map(String::as_str))
                        .collect();
                    match reasons.first() {
                        Some(_) => format!("cargo: {}", dedup(&reasons).join("; ")),
                        None => cargo
                            .units
                            .iter()
                            .find(|u| u.package == package && !u.fresh)
                            .map(|u| u.new_reason())
                            .unwrap_or_else(|| crate::engine::snapshot::NEW_UNIT.to_string()),
                    }
                } else if cargo.packages().contains(&package) {
                    "fresh: nothing it is built from changed since its last build".to_string()
                } else {
                    "not part of this step's build".to_string()
                }
            });
            Guess {
                package,
                predicted,
                compiled: was_compiled,
                why,
            }
        })
        .collect();
    Some(Score {
        step: prediction.step,
        guesses,
    })
}

fn dedup<'a>(items: &[&'a str]) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for i in items {
        if !out.contains(i) {
            out.push(i);
        }
    }
    out
}

/// The packages a learner chooses from at `step`: those of the step in the exercise's
/// committed snapshot, which `verify` keeps true.
pub fn choices(snapshot: &str, step: usize) -> Vec<String> {
    let Some(section) = crate::engine::snapshot::step_section(snapshot, step) else {
        return Vec::new();
    };
    let mut names: Vec<String> = section
        .lines()
        .filter_map(|l| {
            l.strip_prefix("  compiled  ")
                .or_else(|| l.strip_prefix("  fresh     "))
        })
        .filter_map(|rest| rest.split_whitespace().next())
        .map(str::to_string)
        .collect();
    names.sort();
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::report::UnitReport;

    fn unit(package: &str, fresh: bool, reason: &str) -> UnitReport {
        crate::engine::report::test_unit(package, fresh, Some(reason).filter(|r| !r.is_empty()))
    }

    /// A real recorded report whose step 3 holds `units`.
    fn report(units: Vec<UnitReport>) -> Report {
        let fixture = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/reports/build-script-rerun.json"
        );
        let mut r: Report = serde_json::from_slice(&std::fs::read(fixture).unwrap()).unwrap();
        let step = r.steps.iter_mut().find(|s| s.number == 3).unwrap();
        step.cargo.as_mut().unwrap().units = units;
        r
    }

    fn predict(compiled: &[&str]) -> Prediction {
        Prediction {
            exercise: "x".into(),
            step: 3,
            compiled: compiled.iter().map(|s| s.to_string()).collect(),
            skipped: false,
            made_at: "2026-01-01T00:00:00Z".into(),
        }
    }

    #[test]
    fn scores_each_package_and_explains_wrong_guesses() {
        let r = report(vec![
            unit("app", false, "the file `src/main.rs` has changed"),
            unit("serde", true, ""),
            unit("itoa", false, ""),
        ]);
        let s = score(&predict(&["app", "serde"]), &r).unwrap();
        assert_eq!(s.right(), 1);
        assert!(!s.all_right());
        let by = |p: &str| s.guesses.iter().find(|g| g.package == p).unwrap().clone();
        assert!(by("app").right());
        assert_eq!(by("app").why, None);
        assert_eq!(
            by("serde").why.as_deref(),
            Some("fresh: nothing it is built from changed since its last build")
        );
        assert_eq!(
            by("itoa").why.as_deref(),
            Some("new: not built before with these settings")
        );
        let all = score(&predict(&["app", "itoa"]), &r).unwrap();
        assert!(all.all_right());
    }

    #[test]
    fn a_skipped_prediction_or_a_missing_step_has_no_score() {
        let r = report(vec![unit("app", false, "")]);
        let mut p = predict(&[]);
        p.skipped = true;
        assert_eq!(score(&p, &r), None);
        let mut p = predict(&[]);
        p.step = 9;
        assert_eq!(score(&p, &r), None);
    }

    #[test]
    fn predictions_survive_a_save_and_load() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(load(dir.path(), "x").unwrap(), None);
        save(dir.path(), &predict(&["app"])).unwrap();
        assert_eq!(load(dir.path(), "x").unwrap(), Some(predict(&["app"])));
    }

    #[test]
    fn every_catalogue_exercise_has_a_prediction_with_choices() {
        let sources = crate::book::exercise_block::Sources::project();
        for e in crate::catalogue::entries(&sources.exercises) {
            let plan = crate::engine::plan::load(&e.dir).unwrap();
            let step = plan
                .predict
                .unwrap_or_else(|| panic!("`{}` names no `predict` step", e.name));
            let snap = crate::engine::snapshot::read(&crate::engine::snapshot::path(
                &sources.snapshots,
                &e.name,
            ))
            .unwrap()
            .unwrap_or_else(|| panic!("`{}` has no snapshot", e.name));
            assert!(
                !choices(&snap, step).is_empty(),
                "`{}` step {step} lists no packages to choose from",
                e.name
            );
        }
    }

    #[test]
    fn choices_are_the_packages_of_the_step_in_the_snapshot() {
        let snap = "exercise: x\n\nstep 1: b\n  compiled  app 0.1.0 bin  (new)\n\nstep 3: build\n  compiled  app 0.1.0 bin  the file\n  fresh     serde 1.0.0 lib\n  fresh     serde 1.0.0 build-script\n  linked: app\n";
        assert_eq!(choices(snap, 3), vec!["app", "serde"]);
        assert!(choices(snap, 2).is_empty());
    }
}
