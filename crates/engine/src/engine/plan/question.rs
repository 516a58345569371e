//! The questions a learner answers before a run (`predict` in the manifest), typed and
//! checked against the steps they are about: a packages question names a cargo step,
//! a comparison two steps that run something, an output question an `exec` step.

use serde::{Deserialize, Serialize};

use super::{Action, Measure, Step};
use crate::engine::manifest::{LoadedManifest, RawPredict, RawQuestion};
use crate::error::InputError;

/// A ratio of the second step to the first at or above this reads as "slower" (or
/// "larger"), at or below its inverse as "faster" ("smaller"), and between them as
/// "about the same". One run of each step on a laptop varies by a few percent, and a
/// difference under a quarter is one a learner would not notice in their loop.
pub const SAME_BAND: f64 = 1.25;

/// One question of a prediction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Question {
    /// Which packages does cargo step `step` compile?
    Packages {
        /// The cargo step.
        step: usize,
        /// The question in the form's words, when the manifest words it.
        ask: Option<String>,
    },
    /// Is step `second` faster than step `first`, about the same, or slower?
    Compare {
        /// The step compared against.
        first: usize,
        /// The step the learner judges.
        second: usize,
        /// What is compared.
        measure: Measure,
        /// The question in the form's words.
        ask: String,
    },
    /// Which choice describes what step `step` (an `exec` or a cargo step) prints?
    Output {
        /// The exec step.
        step: usize,
        /// The question in the form's words.
        ask: String,
        /// The answers to choose from.
        choices: Vec<Choice>,
    },
}

/// One answer of an output question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    /// The answer as the form shows it (Markdown).
    pub label: String,
    /// Text the output must contain for this answer to be right.
    pub contains: Vec<String>,
    /// Text the output must not contain for this answer to be right.
    pub lacks: Vec<String>,
}

impl Choice {
    /// Whether this answer describes `output`.
    pub fn matches(&self, output: &str) -> bool {
        self.contains.iter().all(|t| output.contains(t.as_str()))
            && !self.lacks.iter().any(|t| output.contains(t.as_str()))
    }
}

/// The three answers of a comparison, in the order the form shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Comparison {
    /// The second step is faster (smaller).
    Faster,
    /// Within [`SAME_BAND`] of each other.
    Same,
    /// The second step is slower (larger).
    Slower,
}

impl Comparison {
    /// Every answer, in the form's order.
    pub const ALL: [Comparison; 3] = [Comparison::Faster, Comparison::Same, Comparison::Slower];

    /// The answer a measured ratio (second / first) gives.
    pub fn of_ratio(ratio: f64) -> Comparison {
        if ratio >= SAME_BAND {
            Comparison::Slower
        } else if ratio <= 1.0 / SAME_BAND {
            Comparison::Faster
        } else {
            Comparison::Same
        }
    }

    /// The answer in words, for what `measure` compares.
    pub fn words(self, measure: Measure) -> &'static str {
        match (self, measure) {
            (Comparison::Faster, Measure::Size | Measure::Disk) => "smaller",
            (Comparison::Slower, Measure::Size | Measure::Disk) => "larger",
            (Comparison::Faster, _) => "faster",
            (Comparison::Slower, _) => "slower",
            (Comparison::Same, _) => "about the same",
        }
    }

    /// The name used in saved predictions and on the command line.
    pub fn key(self) -> &'static str {
        match self {
            Comparison::Faster => "faster",
            Comparison::Same => "same",
            Comparison::Slower => "slower",
        }
    }
}

impl Question {
    /// The step whose outcome decides the answer (the second, for a comparison).
    pub fn step(&self) -> usize {
        match self {
            Question::Packages { step, .. } | Question::Output { step, .. } => *step,
            Question::Compare { second, .. } => *second,
        }
    }

    /// The question as the form and the terminal ask it (Markdown).
    pub fn ask(&self, steps: &[Step]) -> String {
        match self {
            Question::Packages { ask: Some(ask), .. }
            | Question::Compare { ask, .. }
            | Question::Output { ask, .. } => ask.clone(),
            Question::Packages { step, ask: None } => {
                let label = steps
                    .get(step.wrapping_sub(1))
                    .map(|s| format!(" ({})", s.label))
                    .unwrap_or_default();
                format!("Which packages will cargo compile at step {step}{label}?")
            }
        }
    }

    /// The right answer of an output question for what its step printed: the index
    /// of the one choice that describes it, or why there is none.
    pub fn right_choice(choices: &[Choice], output: &str) -> Result<usize, String> {
        let matching: Vec<usize> = choices
            .iter()
            .enumerate()
            .filter(|(_, c)| c.matches(output))
            .map(|(i, _)| i)
            .collect();
        match matching.as_slice() {
            [one] => Ok(*one),
            [] => Err("none of the answers describes what the program printed".into()),
            many => Err(format!(
                "{} answers describe what the program printed ({}); the question must have one",
                many.len(),
                many.iter()
                    .map(|i| choices[*i].label.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        }
    }
}

/// Reads and checks the manifest's `predict`.
pub(super) fn questions(
    loaded: &LoadedManifest,
    steps: &[Step],
) -> Result<Vec<Question>, InputError> {
    let Some(raw) = &loaded.manifest.predict else {
        return Ok(Vec::new());
    };
    match raw.get_ref() {
        RawPredict::Step(n) => {
            cargo_step(steps, *n).map_err(|msg| loaded.error_at(raw.span(), "predict", msg))?;
            Ok(vec![Question::Packages {
                step: *n,
                ask: None,
            }])
        }
        RawPredict::Questions(list) => {
            if list.is_empty() {
                return Err(loaded.error_at(
                    raw.span(),
                    "predict",
                    "`predict` lists no question; add one `[[predict]]` table per question",
                ));
            }
            list.iter()
                .enumerate()
                .map(|(i, q)| question(loaded, steps, raw.span(), i + 1, q))
                .collect()
        }
    }
}

fn question(
    loaded: &LoadedManifest,
    steps: &[Step],
    span: std::ops::Range<usize>,
    number: usize,
    q: &RawQuestion,
) -> Result<Question, InputError> {
    let err = |field: &str, msg: String| {
        loaded.error_at(span.clone(), format!("predict[{number}].{field}"), msg)
    };
    let ask = q.ask.as_ref().map(|a| a.trim().to_string());
    let needs_ask = |kind: &str| {
        ask.clone().filter(|a| !a.is_empty()).ok_or_else(|| {
            err(
                "ask",
                format!("a `{kind}` question needs `ask`, the question in the form's words"),
            )
        })
    };
    let no_choices = |kind: &str| {
        if q.choices.is_empty() {
            Ok(())
        } else {
            Err(err(
                "choices",
                format!("`choices` belong to an `output` question, not a `{kind}` one"),
            ))
        }
    };
    let no_measure = |kind: &str| match q.measure {
        None => Ok(()),
        Some(_) => Err(err(
            "measure",
            format!("`measure` belongs to a `compare` question, not a `{kind}` one"),
        )),
    };
    match (q.packages, q.compare, q.output) {
        (Some(n), None, None) => {
            cargo_step(steps, n).map_err(|m| err("packages", m))?;
            no_choices("packages")?;
            no_measure("packages")?;
            Ok(Question::Packages { step: n, ask })
        }
        (None, Some([first, second]), None) => {
            no_choices("compare")?;
            let measure = Measure::parse(q.measure.as_deref()).map_err(|m| err("measure", m))?;
            if first == second {
                return Err(err(
                    "compare",
                    format!("compares step {first} with itself; name two steps"),
                ));
            }
            for n in [first, second] {
                let check = if measure == Measure::Link {
                    cargo_step(steps, n)
                } else {
                    super::running_step(steps, n).map(|_| ())
                };
                check.map_err(|m| err("compare", m))?;
            }
            Ok(Question::Compare {
                first,
                second,
                measure,
                ask: needs_ask("compare")?,
            })
        }
        (None, None, Some(n)) => {
            no_measure("output")?;
            match steps.get(n.wrapping_sub(1)).map(|s| &s.action) {
                Some(Action::Exec { .. } | Action::Cargo(_) | Action::Wait { .. }) => {}
                Some(_) => {
                    return Err(err(
                        "output",
                        format!("step {n} runs nothing; an `output` question is about an `exec` or a cargo step"),
                    ));
                }
                None => return Err(err("output", format!("there is no step {n}"))),
            }
            if q.choices.len() < 2 {
                return Err(err(
                    "choices",
                    "an `output` question needs at least two `choices` to pick from".into(),
                ));
            }
            let mut choices = Vec::new();
            for (i, c) in q.choices.iter().enumerate() {
                if c.contains.is_empty() && c.lacks.is_empty() {
                    return Err(err(
                        &format!("choices[{}]", i + 1),
                        format!(
                            "the answer {:?} says nothing of the output; give it `contains` or `lacks`",
                            c.label
                        ),
                    ));
                }
                choices.push(Choice {
                    label: c.label.trim().to_string(),
                    contains: c.contains.clone(),
                    lacks: c.lacks.clone(),
                });
            }
            Ok(Question::Output {
                step: n,
                ask: needs_ask("output")?,
                choices,
            })
        }
        _ => Err(err(
            "packages",
            "a question is exactly one of `packages = STEP`, `compare = [STEP, STEP]` or `output = STEP`"
                .into(),
        )),
    }
}

fn cargo_step(steps: &[Step], n: usize) -> Result<(), String> {
    match steps.get(n.wrapping_sub(1)).map(|s| &s.action) {
        Some(Action::Cargo(_) | Action::Wait { .. }) => Ok(()),
        Some(_) => Err(format!(
            "step {n} runs no cargo; which packages compile is a question about a cargo step"
        )),
        None => Err(format!("there is no step {n}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Loads an exercise whose manifest ends with `predict`, after a build (step 1),
    /// a touch (step 2), a build (step 3) and a program run (step 4).
    fn load(predict: &str) -> Result<Vec<Question>, String> {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("src")).unwrap();
        std::fs::write(dir.path().join("src/main.rs"), "fn main() {}\n").unwrap();
        std::fs::write(
            dir.path().join("Cargo.toml"),
            "[package]\nname = \"app\"\nversion = \"0.1.0\"\nedition = \"2024\"\n",
        )
        .unwrap();
        let (top, tables) = match predict.strip_prefix("predict = ") {
            Some(n) => (format!("predict = {n}\n"), String::new()),
            None => (String::new(), predict.to_string()),
        };
        std::fs::write(
            dir.path().join("exercise.toml"),
            format!(
                "title = \"t\"\nchapter = \"freshness\"\nquestion = \"q\"\n{top}\n{tables}\n\
                 [[step]]\nkind = \"build\"\n\n[[step]]\nkind = \"touch\"\npath = \"src/main.rs\"\n\n\
                 [[step]]\nkind = \"build\"\n\n[[step]]\nkind = \"exec\"\nprogram = \"true\"\n"
            ),
        )
        .unwrap();
        crate::engine::plan::load(dir.path())
            .map(|p| p.predict)
            .map_err(|e| e.to_string())
    }

    #[test]
    fn each_question_kind_names_the_step_it_fits() {
        assert_eq!(
            load("predict = 3").unwrap(),
            vec![Question::Packages { step: 3, ask: None }]
        );
        let questions = load(
            "[[predict]]\npackages = 1\n\n[[predict]]\ncompare = [1, 3]\nask = \"Faster?\"\n\n\
             [[predict]]\noutput = 4\nask = \"What?\"\nchoices = [{ label = \"a\", contains = [\"a\"] }, { label = \"b\", lacks = [\"a\"] }]\n",
        )
        .unwrap();
        assert_eq!(questions.len(), 3);
        assert_eq!(questions[1].step(), 3);
        for (predict, want) in [
            ("predict = 2", "step 2 runs no cargo"),
            ("predict = 9", "there is no step 9"),
            (
                "[[predict]]\npackages = 4\n",
                "`predict[1].packages`: step 4 runs no cargo",
            ),
            (
                "[[predict]]\ncompare = [1, 3]\n",
                "a `compare` question needs `ask`",
            ),
            (
                "[[predict]]\ncompare = [1, 4]\nmeasure = \"link\"\nask = \"?\"\n",
                "step 4 runs no cargo",
            ),
            (
                "[[predict]]\ncompare = [3, 3]\nask = \"?\"\n",
                "with itself",
            ),
            (
                "[[predict]]\noutput = 2\nask = \"?\"\n",
                "step 2 runs nothing",
            ),
            (
                "[[predict]]\noutput = 4\nask = \"?\"\nchoices = [{ label = \"a\", contains = [\"a\"] }]\n",
                "at least two `choices`",
            ),
            (
                "[[predict]]\noutput = 4\nask = \"?\"\nchoices = [{ label = \"a\" }, { label = \"b\", lacks = [\"a\"] }]\n",
                "says nothing of the output",
            ),
            ("[[predict]]\npackages = 1\noutput = 4\n", "exactly one of"),
            (
                "[[predict]]\npackages = 1\nchoice = 2\n",
                "unknown field `choice`",
            ),
        ] {
            let err = load(predict).unwrap_err();
            assert!(err.contains(want), "{predict:?}: {err}");
            assert!(
                err.contains("exercise.toml:"),
                "{predict:?} names no line: {err}"
            );
        }
    }

    #[test]
    fn a_ratio_reads_as_faster_the_same_or_slower() {
        assert_eq!(Comparison::of_ratio(3.0), Comparison::Slower);
        assert_eq!(Comparison::of_ratio(1.25), Comparison::Slower);
        assert_eq!(Comparison::of_ratio(1.2), Comparison::Same);
        assert_eq!(Comparison::of_ratio(1.0), Comparison::Same);
        assert_eq!(Comparison::of_ratio(0.85), Comparison::Same);
        assert_eq!(Comparison::of_ratio(0.8), Comparison::Faster);
        assert_eq!(Comparison::Faster.words(Measure::Size), "smaller");
        assert_eq!(Comparison::Slower.words(Measure::Link), "slower");
    }

    #[test]
    fn the_right_choice_is_the_only_one_that_describes_the_output() {
        let choice = |label: &str, contains: &[&str], lacks: &[&str]| Choice {
            label: label.into(),
            contains: contains.iter().map(|s| s.to_string()).collect(),
            lacks: lacks.iter().map(|s| s.to_string()).collect(),
        };
        let choices = vec![
            choice("lld", &["Linker: LLD"], &[]),
            choice("GNU ld", &[], &["Linker:", "mold"]),
            choice("mold", &["mold"], &[]),
        ];
        assert_eq!(
            Question::right_choice(&choices, "GCC: (Debian)\nLinker: LLD 20"),
            Ok(0)
        );
        assert_eq!(Question::right_choice(&choices, "GCC: (Debian)"), Ok(1));
        assert_eq!(Question::right_choice(&choices, "mold 2.3"), Ok(2));
        let err = Question::right_choice(&choices, "Linker: LLD; mold").unwrap_err();
        assert!(err.contains("2 answers"), "{err}");
        let none = vec![choice("a", &["x"], &[]), choice("b", &["y"], &[])];
        assert!(Question::right_choice(&none, "z").is_err());
    }
}
