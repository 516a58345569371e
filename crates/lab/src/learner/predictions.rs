//! Predictions: the learner's answers to an exercise's questions (which packages a
//! cargo step compiles, how two steps compare, what a program prints), kept under
//! `target/rebuild-lab/predictions/`, and their score against a run's report.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use crate::engine::plan::{Comparison, Measure, Plan, Question};
use crate::engine::report::Report;

/// A learner's prediction for one exercise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "SavedPrediction")]
pub struct Prediction {
    /// The exercise.
    pub exercise: String,
    /// One answer per question, in the questions' order (empty when skipped).
    pub answers: Vec<Answer>,
    /// True when the learner chose to skip the prediction.
    pub skipped: bool,
    /// When it was made (RFC 3339, UTC).
    pub made_at: String,
}

/// The learner's answer to one question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Answer {
    /// The packages expected to compile at `step` (empty: nothing).
    Packages {
        /// The cargo step.
        step: usize,
        /// The packages.
        compiled: BTreeSet<String>,
    },
    /// How step `second` compares with step `first`.
    Compare {
        /// The step compared against.
        first: usize,
        /// The step judged.
        second: usize,
        /// The answer.
        said: Comparison,
    },
    /// Which answer describes what exec step `step` prints (an index into its choices).
    Output {
        /// The exec step.
        step: usize,
        /// The chosen answer.
        said: usize,
    },
}

impl Answer {
    /// Whether this answers `question` (same kind and steps).
    pub fn answers(&self, question: &Question) -> bool {
        match (self, question) {
            (Answer::Packages { step, .. }, Question::Packages { step: q, .. }) => step == q,
            (
                Answer::Compare { first, second, .. },
                Question::Compare {
                    first: f,
                    second: s,
                    ..
                },
            ) => first == f && second == s,
            (
                Answer::Output { step, said },
                Question::Output {
                    step: q, choices, ..
                },
            ) => step == q && *said < choices.len(),
            _ => false,
        }
    }
}

/// A prediction as saved: also reads the files of earlier versions of the lab, which
/// held one packages answer as `step` and `compiled`.
#[derive(Deserialize)]
struct SavedPrediction {
    exercise: String,
    #[serde(default)]
    answers: Option<Vec<Answer>>,
    #[serde(default)]
    step: Option<usize>,
    #[serde(default)]
    compiled: BTreeSet<String>,
    #[serde(default)]
    skipped: bool,
    made_at: String,
}

impl From<SavedPrediction> for Prediction {
    fn from(s: SavedPrediction) -> Prediction {
        let answers = match (s.answers, s.step) {
            (Some(answers), _) => answers,
            (None, Some(step)) if !s.skipped => vec![Answer::Packages {
                step,
                compiled: s.compiled,
            }],
            (None, _) => Vec::new(),
        };
        Prediction {
            exercise: s.exercise,
            answers,
            skipped: s.skipped,
            made_at: s.made_at,
        }
    }
}

/// One package of a scored packages question.
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

/// A packages answer against what the run showed at its step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PackagesScore {
    /// The step scored.
    pub step: usize,
    /// Every package of the step, in name order.
    pub guesses: Vec<Guess>,
}

impl PackagesScore {
    /// Whether every guess was right.
    pub fn all_right(&self) -> bool {
        self.guesses.iter().all(Guess::right)
    }

    /// The guesses that tell something about the step: the packages cargo compiled or
    /// the learner said it would. A package both left alone is a free point that would
    /// flatter the score (most of a tree stays fresh in most steps), so it is counted
    /// apart, by [`PackagesScore::quietly_right`].
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

    /// The score in one line: `Step 3: 1 of 2 right.`, or that nothing was compiled,
    /// as predicted.
    pub fn headline(&self) -> String {
        let telling = self.telling().len();
        if telling == 0 {
            format!(
                "Step {}: right, nothing was compiled, as you said.",
                self.step
            )
        } else {
            format!("Step {}: {} of {telling} right.", self.step, self.right())
        }
    }
}

/// A comparison answer against the learner's own measured ratio.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CompareScore {
    /// The step compared against.
    pub first: usize,
    /// The step judged.
    pub second: usize,
    /// What was compared.
    pub measure: Measure,
    /// The learner's answer.
    pub said: Comparison,
    /// The ratio second / first in this run.
    pub ratio: f64,
    /// The two values (seconds or bytes).
    pub values: [f64; 2],
    /// What the ratio reads as.
    pub actual: Comparison,
    /// The exercise's timing claim about the same two steps, when it has one (1-based).
    pub claim: Option<usize>,
}

/// An output answer against what the program printed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutputScore {
    /// The exec step.
    pub step: usize,
    /// The learner's answer, as labelled.
    pub said: String,
    /// The answer that describes the output, or `None` when none alone does.
    pub right: Option<String>,
    /// The program's output, its first lines.
    pub output: String,
}

/// One question's score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum QuestionScore {
    /// Which packages compiled.
    Packages(PackagesScore),
    /// How two steps compare.
    Compare(CompareScore),
    /// What a program printed.
    Output(OutputScore),
}

impl QuestionScore {
    /// Whether the answer was right.
    pub fn right(&self) -> bool {
        match self {
            QuestionScore::Packages(p) => p.all_right(),
            QuestionScore::Compare(c) => c.said == c.actual,
            QuestionScore::Output(o) => o.right.as_deref() == Some(o.said.as_str()),
        }
    }
}

/// A prediction against a run: one score per answered question whose step ran.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Score {
    /// The questions scored, in the form's order.
    pub questions: Vec<QuestionScore>,
}

impl Score {
    /// Whether every answer was right.
    pub fn all_right(&self) -> bool {
        self.questions.iter().all(QuestionScore::right)
    }

    /// The score in one line.
    pub fn headline(&self) -> String {
        match self.questions.as_slice() {
            [QuestionScore::Packages(p)] => {
                format!("Your prediction for {}", lower_first(&p.headline()))
            }
            [only] => format!(
                "Your prediction: {}.",
                if only.right() { "right" } else { "not right" }
            ),
            all => format!(
                "Your prediction: {} of {} questions right.",
                all.iter().filter(|q| q.right()).count(),
                all.len()
            ),
        }
    }
}

/// The book's own measurement of the claim a comparison shares its steps with, in the
/// comparison's direction: `4.20× (claimed ≥ 1.8×; median of 5 runs on 2 cores, …)`.
pub fn claim_words(
    record: &crate::engine::measurements::Record,
    exercise: &str,
    score: &CompareScore,
) -> Option<String> {
    let measured = record.find(exercise, score.claim?)?;
    let ratio = if measured.claim.slower == score.second {
        measured.ratio
    } else {
        1.0 / measured.ratio
    };
    Some(format!(
        "{} (claimed {}; {})",
        crate::engine::measurements::format_ratio(ratio),
        measured.claim.bound(),
        measured.provenance()
    ))
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// An answer as the page sends it: the packages ticked, a comparison's word
/// (`faster`, `same`, `slower`), or the index of an output question's choice.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum Given {
    /// Packages (for a packages question).
    Packages(Vec<String>),
    /// A choice's index (for an output question).
    Choice(usize),
    /// A comparison's word.
    Word(String),
}

/// The answers given to `plan`'s questions, one per question in order, checked:
/// packages must be among `packages_at(step)`, words and indices among the choices.
pub fn answers_from(
    plan: &Plan,
    packages_at: impl Fn(usize) -> Vec<String>,
    given: Vec<Given>,
) -> Result<Vec<Answer>, String> {
    if given.len() != plan.predict.len() {
        return Err(format!(
            "`{}` asks {} question(s); the prediction answers {}",
            plan.name,
            plan.predict.len(),
            given.len()
        ));
    }
    plan.predict
        .iter()
        .zip(given)
        .enumerate()
        .map(|(i, (question, given))| {
            let n = i + 1;
            match (question, given) {
                (Question::Packages { step, .. }, Given::Packages(names)) => {
                    let choices = packages_at(*step);
                    if let Some(bad) = names.iter().find(|c| !choices.contains(c)) {
                        return Err(format!("`{bad}` is not one of the choices of question {n}"));
                    }
                    Ok(Answer::Packages {
                        step: *step,
                        compiled: names.into_iter().collect(),
                    })
                }
                (Question::Compare { first, second, .. }, Given::Word(word)) => {
                    let said = Comparison::ALL
                        .into_iter()
                        .find(|c| c.key() == word)
                        .ok_or_else(|| {
                            format!("question {n} takes `faster`, `same` or `slower`, not {word:?}")
                        })?;
                    Ok(Answer::Compare {
                        first: *first,
                        second: *second,
                        said,
                    })
                }
                (Question::Output { step, choices, .. }, Given::Choice(said)) => {
                    if said >= choices.len() {
                        return Err(format!(
                            "question {n} has {} choices; {said} is not one of them",
                            choices.len()
                        ));
                    }
                    Ok(Answer::Output { step: *step, said })
                }
                (Question::Packages { .. }, _) => {
                    Err(format!("question {n} takes a list of package names"))
                }
                (Question::Compare { .. }, _) => {
                    Err(format!("question {n} takes `faster`, `same` or `slower`"))
                }
                (Question::Output { .. }, _) => {
                    Err(format!("question {n} takes a choice's number"))
                }
            }
        })
        .collect()
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
    crate::files::write_atomic(&file, &serde_json::to_vec_pretty(prediction)?)?;
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

/// Scores a prediction against a report and the exercise's questions; `None` when
/// the prediction was skipped, or none of its answers is about a step that ran (the
/// run stopped before, or the questions changed since).
pub fn score(prediction: &Prediction, plan: &Plan, report: &Report) -> Option<Score> {
    let questions: Vec<QuestionScore> = scored(prediction, plan, report)
        .into_iter()
        .map(|(_, s)| s)
        .collect();
    (!questions.is_empty()).then_some(Score { questions })
}

/// Each answered question whose step ran, with its score.
fn scored<'p>(
    prediction: &Prediction,
    plan: &'p Plan,
    report: &Report,
) -> Vec<(&'p Question, QuestionScore)> {
    if prediction.skipped {
        return Vec::new();
    }
    prediction
        .answers
        .iter()
        .filter_map(|a| {
            let question = plan.predict.iter().find(|q| a.answers(q))?;
            Some((question, score_one(a, question, plan, report)?))
        })
        .collect()
}

/// One answered question in words, as an instructor's comparison of a room shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InWords {
    /// The question, as the form asked it.
    pub ask: String,
    /// The learner's answer.
    pub said: String,
    /// What the run showed.
    pub happened: String,
    /// Whether the answer was right.
    pub right: bool,
}

/// A prediction's answers against a run, in words (empty when skipped or unscored).
pub fn in_words(prediction: &Prediction, plan: &Plan, report: &Report) -> Vec<InWords> {
    let list = |names: Vec<&str>| match names.is_empty() {
        true => "nothing".to_string(),
        false => names.join(", "),
    };
    scored(prediction, plan, report)
        .into_iter()
        .map(|(question, score)| {
            let (said, happened) = match &score {
                QuestionScore::Packages(p) => (
                    list(
                        p.guesses
                            .iter()
                            .filter(|g| g.predicted)
                            .map(|g| g.package.as_str())
                            .collect(),
                    ),
                    list(
                        p.guesses
                            .iter()
                            .filter(|g| g.compiled)
                            .map(|g| g.package.as_str())
                            .collect(),
                    ),
                ),
                QuestionScore::Compare(c) => (
                    c.said.words(c.measure).to_string(),
                    format!(
                        "{} ({})",
                        c.actual.words(c.measure),
                        crate::engine::measurements::format_ratio(c.ratio)
                    ),
                ),
                QuestionScore::Output(o) => (
                    o.said.clone(),
                    o.right
                        .clone()
                        .unwrap_or_else(|| "none of the answers alone".into()),
                ),
            };
            InWords {
                ask: question.ask(&plan.steps),
                said,
                happened,
                right: score.right(),
            }
        })
        .collect()
}

fn score_one(
    answer: &Answer,
    question: &Question,
    plan: &Plan,
    report: &Report,
) -> Option<QuestionScore> {
    let step = |n: usize| {
        report
            .steps
            .iter()
            .find(|s| s.number == n && s.not_run.is_none())
    };
    match (answer, question) {
        (Answer::Packages { step: n, compiled }, _) => {
            packages_score(*n, compiled, step(*n)?).map(QuestionScore::Packages)
        }
        (
            Answer::Compare {
                first,
                second,
                said,
            },
            Question::Compare { measure, .. },
        ) => {
            let values = [
                step(*first)?.value(*measure),
                step(*second)?.value(*measure),
            ];
            if values[0] <= 0.0 {
                return None;
            }
            let ratio = values[1] / values[0];
            let claim = plan
                .claims
                .iter()
                .position(|c| {
                    c.measure == *measure
                        && ((c.faster == *first && c.slower == *second)
                            || (c.faster == *second && c.slower == *first))
                })
                .map(|i| i + 1);
            Some(QuestionScore::Compare(CompareScore {
                first: *first,
                second: *second,
                measure: *measure,
                said: *said,
                ratio,
                values,
                actual: Comparison::of_ratio(ratio),
                claim,
            }))
        }
        (Answer::Output { step: n, said }, Question::Output { choices, .. }) => {
            let output = step(*n)?.printed()?;
            let right = Question::right_choice(choices, output)
                .ok()
                .map(|i| choices[i].label.clone());
            let excerpt: Vec<&str> = output
                .lines()
                .filter(|l| !l.trim().is_empty())
                .take(6)
                .collect();
            Some(QuestionScore::Output(OutputScore {
                step: *n,
                said: choices.get(*said)?.label.clone(),
                right,
                output: excerpt.join("\n"),
            }))
        }
        _ => None,
    }
}

fn packages_score(
    number: usize,
    predicted: &BTreeSet<String>,
    step: &crate::engine::report::StepReport,
) -> Option<PackagesScore> {
    let cargo = step.cargo.as_ref()?;
    let compiled = cargo.compiled_packages();
    let mut packages = cargo.packages();
    packages.extend(predicted.iter().cloned());
    let guesses = packages
        .into_iter()
        .map(|package| {
            let said = predicted.contains(&package);
            let was_compiled = compiled.contains(&package);
            let why = (said != was_compiled).then(|| {
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
                            .unwrap_or_else(|| crate::engine::report::NEW_UNIT.to_string()),
                    }
                } else if cargo.packages().contains(&package) {
                    "fresh: nothing it is built from changed since its last build".to_string()
                } else {
                    "not part of this step's build".to_string()
                }
            });
            Guess {
                package,
                predicted: said,
                compiled: was_compiled,
                why,
            }
        })
        .collect();
    Some(PackagesScore {
        step: number,
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
    crate::engine::snapshot::Snapshot::parse(snapshot)
        .step(step)
        .map(|s| s.packages())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::plan::Choice;
    use crate::engine::report::{ExecOutcome, UnitReport};

    fn unit(package: &str, fresh: bool, reason: &str) -> UnitReport {
        crate::engine::report::test_unit(package, fresh, Some(reason).filter(|r| !r.is_empty()))
    }

    /// A real recorded report whose step 3 holds `units`.
    fn report(units: Vec<UnitReport>) -> Report {
        let fixture = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../xtask/tests/fixtures/reports/build-script-rerun.json"
        );
        let mut r: Report = serde_json::from_slice(&std::fs::read(fixture).unwrap()).unwrap();
        let step = r.steps.iter_mut().find(|s| s.number == 3).unwrap();
        step.cargo.as_mut().unwrap().units = units;
        r
    }

    /// The exercise the report is of, asking `questions`.
    fn plan(questions: Vec<Question>) -> Plan {
        let mut plan =
            crate::engine::plan::load(&crate::paths::exercises_dir().join("build-script-rerun"))
                .unwrap();
        plan.predict = questions;
        plan
    }

    fn packages_at_3() -> Plan {
        plan(vec![Question::Packages { step: 3, ask: None }])
    }

    fn predict(answers: Vec<Answer>) -> Prediction {
        Prediction {
            exercise: "x".into(),
            answers,
            skipped: false,
            made_at: "2026-01-01T00:00:00Z".into(),
        }
    }

    fn compiled(names: &[&str]) -> Prediction {
        predict(vec![Answer::Packages {
            step: 3,
            compiled: names.iter().map(|s| s.to_string()).collect(),
        }])
    }

    fn only_packages(score: &Score) -> &PackagesScore {
        match score.questions.as_slice() {
            [QuestionScore::Packages(p)] => p,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn scores_each_package_and_explains_wrong_guesses() {
        let r = report(vec![
            unit("app", false, "the file `src/main.rs` has changed"),
            unit("serde", true, ""),
            unit("itoa", false, ""),
        ]);
        let s = score(&compiled(&["app", "serde"]), &packages_at_3(), &r).unwrap();
        let p = only_packages(&s);
        assert_eq!(p.right(), 1);
        assert!(!s.all_right());
        let by = |name: &str| {
            p.guesses
                .iter()
                .find(|g| g.package == name)
                .unwrap()
                .clone()
        };
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
        let all = score(&compiled(&["app", "itoa"]), &packages_at_3(), &r).unwrap();
        assert!(all.all_right());
        assert_eq!(all.headline(), "Your prediction for step 3: 2 of 2 right.");
    }

    #[test]
    fn a_skipped_prediction_a_missing_step_or_a_changed_question_has_no_score() {
        let r = report(vec![unit("app", false, "")]);
        let mut p = compiled(&[]);
        p.skipped = true;
        assert_eq!(score(&p, &packages_at_3(), &r), None);
        let moved = plan(vec![Question::Packages { step: 9, ask: None }]);
        let p = predict(vec![Answer::Packages {
            step: 9,
            compiled: BTreeSet::new(),
        }]);
        assert_eq!(score(&p, &moved, &r), None);
        // Answered for step 3, but the exercise now asks about step 5.
        let changed = plan(vec![Question::Packages { step: 5, ask: None }]);
        assert_eq!(score(&compiled(&["app"]), &changed, &r), None);
    }

    #[test]
    fn a_comparison_is_scored_against_the_runs_own_times() {
        let r = report(vec![unit("app", false, "")]);
        let question = |first, second| Question::Compare {
            first,
            second,
            measure: Measure::Time,
            ask: "?".into(),
        };
        let said = |first, second, said| {
            predict(vec![Answer::Compare {
                first,
                second,
                said,
            }])
        };
        // Step 1 (a cold build) took 0.347 s, step 3 0.149 s: step 3 is faster.
        let s = score(
            &said(1, 3, Comparison::Faster),
            &plan(vec![question(1, 3)]),
            &r,
        )
        .unwrap();
        let QuestionScore::Compare(c) = &s.questions[0] else {
            panic!("{s:?}")
        };
        assert_eq!(c.actual, Comparison::Faster);
        assert!((c.ratio - 0.148983779 / 0.347256564).abs() < 1e-9);
        assert!(s.all_right());
        assert_eq!(s.headline(), "Your prediction: right.");
        // The same two steps the other way round are slower, not "the same".
        let s = score(
            &said(3, 1, Comparison::Same),
            &plan(vec![question(3, 1)]),
            &r,
        )
        .unwrap();
        assert!(!s.all_right());
        assert_eq!(s.headline(), "Your prediction: not right.");
    }

    #[test]
    fn an_output_answer_is_right_when_its_choice_alone_describes_the_output() {
        let mut r = report(vec![unit("app", false, "")]);
        r.steps[1].exec = Some(ExecOutcome {
            command: "readelf".into(),
            success: true,
            output: "String dump of section '.comment':\n  [0] Linker: LLD 20.1\n".into(),
            bytes: 0,
            checked: Vec::new(),
            target_bytes: 0,
        });
        let choice = |label: &str, contains: &str| Choice {
            label: label.into(),
            contains: vec![contains.into()],
            lacks: Vec::new(),
        };
        let q = plan(vec![
            Question::Output {
                step: 2,
                ask: "Which linker?".into(),
                choices: vec![choice("rust-lld", "Linker: LLD"), choice("mold", "mold")],
            },
            Question::Packages { step: 3, ask: None },
        ]);
        let p = predict(vec![
            Answer::Output { step: 2, said: 1 },
            Answer::Packages {
                step: 3,
                compiled: ["app".to_string()].into(),
            },
        ]);
        let s = score(&p, &q, &r).unwrap();
        let QuestionScore::Output(o) = &s.questions[0] else {
            panic!("{s:?}")
        };
        assert_eq!(o.said, "mold");
        assert_eq!(o.right.as_deref(), Some("rust-lld"));
        assert!(o.output.contains("Linker: LLD 20.1"), "{}", o.output);
        assert_eq!(s.headline(), "Your prediction: 1 of 2 questions right.");
    }

    #[test]
    fn answers_from_the_page_are_checked_against_the_questions() {
        let q = plan(vec![
            Question::Packages { step: 3, ask: None },
            Question::Compare {
                first: 1,
                second: 3,
                measure: Measure::Time,
                ask: "?".into(),
            },
        ]);
        let at = |_| vec!["app".to_string(), "itoa".to_string()];
        let ok = answers_from(
            &q,
            at,
            vec![
                Given::Packages(vec!["app".into()]),
                Given::Word("slower".into()),
            ],
        )
        .unwrap();
        assert_eq!(
            ok[1],
            Answer::Compare {
                first: 1,
                second: 3,
                said: Comparison::Slower
            }
        );
        let err = |given| answers_from(&q, at, given).unwrap_err();
        assert!(
            err(vec![
                Given::Packages(vec!["rm -rf".into()]),
                Given::Word("same".into())
            ])
            .contains("`rm -rf` is not one of the choices")
        );
        assert!(
            err(vec![Given::Packages(vec![]), Given::Word("quicker".into())])
                .contains("`faster`, `same` or `slower`")
        );
        assert!(err(vec![Given::Packages(vec![])]).contains("asks 2 question(s)"));
        assert!(
            err(vec![Given::Choice(0), Given::Word("same".into())])
                .contains("a list of package names")
        );
    }

    #[test]
    fn predictions_survive_a_save_and_load_and_old_files_still_read() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(load(dir.path(), "x").unwrap(), None);
        save(dir.path(), &compiled(&["app"])).unwrap();
        assert_eq!(load(dir.path(), "x").unwrap(), Some(compiled(&["app"])));
        // A file written before predictions had several questions.
        std::fs::write(
            path(dir.path(), "x"),
            r#"{"exercise":"x","step":3,"compiled":["app"],"skipped":false,"made_at":"2026-01-01T00:00:00Z"}"#,
        )
        .unwrap();
        assert_eq!(load(dir.path(), "x").unwrap(), Some(compiled(&["app"])));
    }

    #[test]
    fn every_catalogue_exercise_asks_questions_with_choices() {
        let sources = crate::layout::Layout::project();
        for e in crate::catalogue::entries(&sources.exercises) {
            let plan = crate::engine::plan::load(&e.dir).unwrap();
            assert!(
                !plan.predict.is_empty(),
                "`{}` asks no `predict` question",
                e.name
            );
            let snap = crate::engine::snapshot::read(&crate::engine::snapshot::path(
                &sources.snapshots,
                &e.name,
            ))
            .unwrap()
            .unwrap_or_else(|| panic!("`{}` has no snapshot", e.name));
            for q in &plan.predict {
                if let Question::Packages { step, .. } = q {
                    assert!(
                        !choices(&snap, *step).is_empty(),
                        "`{}` step {step} lists no packages to choose from",
                        e.name
                    );
                }
            }
        }
    }

    #[test]
    fn choices_are_the_packages_of_the_step_in_the_snapshot() {
        let snap = "exercise: x\n\nstep 1: b\n  compiled  app 0.1.0 bin  (new)\n\nstep 3: build\n  compiled  app 0.1.0 bin  the file\n  fresh     serde 1.0.0 lib\n  fresh     serde 1.0.0 build-script\n  linked: app\n";
        assert_eq!(choices(snap, 3), vec!["app", "serde"]);
        assert!(choices(snap, 2).is_empty());
    }
}
