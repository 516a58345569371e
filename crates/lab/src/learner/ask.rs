//! The terminal's prediction (`cargo xtask run NAME --predict`): each question with
//! numbered choices, an answer read from a line, and the score printed after the run.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::io::{BufRead, Write};

use anyhow::{Result, bail};

use super::predictions::{Answer, CompareScore, PackagesScore, QuestionScore, Score};
use crate::engine::plan::{Comparison, Plan, Question};

/// What a learner answered to a packages question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Picked {
    /// The packages expected to compile (empty: nothing).
    Compiled(BTreeSet<String>),
    /// No prediction.
    Skipped,
}

/// Reads one answer line: numbers or names of `choices` separated by spaces or commas,
/// an empty line for "nothing", or `s` to skip.
pub fn parse_answer(line: &str, choices: &[String]) -> Result<Picked, String> {
    let line = line.trim();
    if line.eq_ignore_ascii_case("s") || line.eq_ignore_ascii_case("skip") {
        return Ok(Picked::Skipped);
    }
    let mut chosen = BTreeSet::new();
    for word in line.split([' ', ',']).filter(|w| !w.is_empty()) {
        let name = match word.parse::<usize>() {
            Ok(n) => n
                .checked_sub(1)
                .and_then(|i| choices.get(i))
                .ok_or_else(|| format!("{n} is not in the list (1 to {})", choices.len()))?,
            Err(_) => choices.iter().find(|c| *c == word).ok_or_else(|| {
                let names: Vec<&str> = choices.iter().map(String::as_str).collect();
                match crate::suggest::nearest(word, &names) {
                    Some(near) => format!("`{word}` is not in the list; did you mean `{near}`?"),
                    None => format!("`{word}` is not a number or a name from the list"),
                }
            })?,
        };
        chosen.insert(name.clone());
    }
    Ok(Picked::Compiled(chosen))
}

/// One line read from `input` after `prompt`; an error when the input ends.
fn read_line(prompt: &str, input: &mut impl BufRead, output: &mut impl Write) -> Result<String> {
    write!(output, "{prompt}")?;
    output.flush()?;
    let mut line = String::new();
    if input.read_line(&mut line)? == 0 {
        bail!("no answer: the input ended before a prediction was given");
    }
    Ok(line)
}

/// Reads one pick from a numbered list: a number, or a word that starts one of the
/// `names` (case-insensitive); `s` to skip. `Ok(None)` is a skip.
pub fn parse_pick(line: &str, names: &[&str]) -> Result<Option<usize>, String> {
    let line = line.trim();
    if line.eq_ignore_ascii_case("s") || line.eq_ignore_ascii_case("skip") {
        return Ok(None);
    }
    if let Ok(n) = line.parse::<usize>() {
        return n
            .checked_sub(1)
            .filter(|i| *i < names.len())
            .map(Some)
            .ok_or_else(|| format!("{n} is not in the list (1 to {})", names.len()));
    }
    let lower = line.to_lowercase();
    let hits: Vec<usize> = (0..names.len())
        .filter(|i| {
            !lower.is_empty()
                && names[*i]
                    .replace('`', "")
                    .to_lowercase()
                    .starts_with(&lower)
        })
        .collect();
    match hits.as_slice() {
        [one] => Ok(Some(*one)),
        _ => Err(format!("answer with a number from 1 to {}", names.len())),
    }
}

/// Asks every question of `plan` on `output`, reading answers from `input` until each
/// parses; `None` when the learner skips. `packages_at` gives the packages to choose
/// from at a step.
pub fn ask(
    plan: &Plan,
    packages_at: impl Fn(usize) -> Vec<String>,
    input: &mut impl BufRead,
    output: &mut impl Write,
) -> Result<Option<Vec<Answer>>> {
    writeln!(output, "Predict. {}", plan.question.trim())?;
    let mut answers = Vec::new();
    let several = plan.predict.len() > 1;
    for (i, question) in plan.predict.iter().enumerate() {
        writeln!(output)?;
        let number = if several {
            format!("{}. ", i + 1)
        } else {
            String::new()
        };
        writeln!(output, "{number}{}", question.ask(&plan.steps))?;
        let answer = match question {
            Question::Packages { step, .. } => {
                let choices = packages_at(*step);
                for (i, c) in choices.iter().enumerate() {
                    writeln!(output, "  {:>2}) {c}", i + 1)?;
                }
                loop {
                    let line = read_line(
                        "Numbers or names separated by spaces; Enter alone for nothing; s to skip: ",
                        input,
                        output,
                    )?;
                    match parse_answer(&line, &choices) {
                        Ok(Picked::Compiled(compiled)) => {
                            break Some(Answer::Packages {
                                step: *step,
                                compiled,
                            });
                        }
                        Ok(Picked::Skipped) => break None,
                        Err(e) => writeln!(output, "{e}; try again.")?,
                    }
                }
            }
            Question::Compare {
                first,
                second,
                measure,
                ..
            } => {
                let names: Vec<&str> = Comparison::ALL.iter().map(|c| c.words(*measure)).collect();
                let picked = pick(&names, input, output)?;
                picked.map(|i| Answer::Compare {
                    first: *first,
                    second: *second,
                    said: Comparison::ALL[i],
                })
            }
            Question::Output { step, choices, .. } => {
                let names: Vec<&str> = choices.iter().map(|c| c.label.as_str()).collect();
                pick(&names, input, output)?.map(|said| Answer::Output { step: *step, said })
            }
        };
        match answer {
            Some(a) => answers.push(a),
            None => return Ok(None),
        }
    }
    Ok(Some(answers))
}

fn pick(
    names: &[&str],
    input: &mut impl BufRead,
    output: &mut impl Write,
) -> Result<Option<usize>> {
    for (i, n) in names.iter().enumerate() {
        writeln!(output, "  {:>2}) {}", i + 1, n.replace('`', ""))?;
    }
    loop {
        let line = read_line("A number; s to skip: ", input, output)?;
        match parse_pick(&line, names) {
            Ok(p) => return Ok(p),
            Err(e) => writeln!(output, "{e}; try again.")?,
        }
    }
}

/// The score as the terminal shows it; `claim_range` words the book's measurement of
/// the timing claim about a comparison's steps, where there is one.
pub fn render_score(
    score: &Score,
    claim_range: impl Fn(&CompareScore) -> Option<String>,
) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{}", score.headline());
    let several = score.questions.len() > 1;
    for q in &score.questions {
        match q {
            QuestionScore::Packages(p) => {
                if several {
                    let _ = writeln!(s, "{}", p.headline());
                }
                render_packages(&mut s, p);
            }
            QuestionScore::Compare(c) => {
                let mark = if q.right() { "✓" } else { "✗" };
                let _ = writeln!(
                    s,
                    "  {mark} step {} against step {}: you said {}; here it was {} ({}: {} against {})",
                    c.second,
                    c.first,
                    c.said.words(c.measure),
                    c.actual.words(c.measure),
                    crate::engine::measurements::format_ratio(c.ratio),
                    crate::engine::measurements::format_value(c.measure, c.values[1]),
                    crate::engine::measurements::format_value(c.measure, c.values[0]),
                );
                if let Some(range) = claim_range(c) {
                    let _ = writeln!(s, "    measured for the book: {range}");
                }
            }
            QuestionScore::Output(o) => {
                let mark = if q.right() { "✓" } else { "✗" };
                let right = o.right.as_deref().unwrap_or("none of the answers alone");
                let _ = writeln!(
                    s,
                    "  {mark} step {}: you said {}; it printed what fits {}",
                    o.step,
                    o.said.replace('`', ""),
                    right.replace('`', "")
                );
                for line in o.output.lines() {
                    let _ = writeln!(s, "      {line}");
                }
            }
        }
    }
    s
}

fn render_packages(s: &mut String, score: &PackagesScore) {
    let telling = score.telling();
    let width = telling.iter().map(|g| g.package.len()).max().unwrap_or(0);
    let word = |c: bool| if c { "compiled" } else { "fresh" };
    for g in &telling {
        let mut line = format!(
            "  {} {:<width$}  you: {:<8}  cargo: {:<8}",
            if g.right() { "✓" } else { "✗" },
            g.package,
            word(g.predicted),
            word(g.compiled)
        );
        if let Some(why) = &g.why {
            let _ = write!(line, "  {why}");
        }
        let _ = writeln!(s, "{}", line.trim_end());
    }
    match score.quietly_right() {
        0 => {}
        1 => s.push_str("  and 1 other package stayed fresh, as you said.\n"),
        n => {
            let _ = writeln!(s, "  and {n} other packages stayed fresh, as you said.");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::plan::{Choice, Measure};
    use crate::learner::predictions::{CompareScore, Guess, OutputScore};

    fn choices() -> Vec<String> {
        vec!["app".into(), "serde".into(), "syn".into()]
    }

    fn noop_plan() -> Plan {
        crate::engine::plan::load(&crate::paths::exercises_dir().join("noop-rebuild")).unwrap()
    }

    #[test]
    fn parses_numbers_nothing_and_skip() {
        let set = |names: &[&str]| Picked::Compiled(names.iter().map(|s| s.to_string()).collect());
        assert_eq!(parse_answer("1 3\n", &choices()), Ok(set(&["app", "syn"])));
        assert_eq!(parse_answer("2,1", &choices()), Ok(set(&["app", "serde"])));
        assert_eq!(parse_answer("\n", &choices()), Ok(set(&[])));
        assert_eq!(parse_answer("s", &choices()), Ok(Picked::Skipped));
        assert!(
            parse_answer("4", &choices())
                .unwrap_err()
                .contains("1 to 3")
        );
        assert!(parse_answer("0", &choices()).is_err());
        // Names work as well as numbers, and a misspelt one gets the nearest.
        assert_eq!(
            parse_answer("app syn", &choices()),
            Ok(set(&["app", "syn"]))
        );
        assert_eq!(
            parse_answer("serde, 1", &choices()),
            Ok(set(&["app", "serde"]))
        );
        assert!(
            parse_answer("sedre", &choices())
                .unwrap_err()
                .contains("did you mean `serde`?")
        );
    }

    #[test]
    fn a_pick_is_a_number_or_the_start_of_one_answer() {
        assert_eq!(
            parse_pick("fresh", &["`Fresh app`", "`Compiling`"]),
            Ok(Some(0))
        );
        let names = ["faster", "about the same", "slower"];
        assert_eq!(parse_pick("3", &names), Ok(Some(2)));
        assert_eq!(parse_pick("Slo", &names), Ok(Some(2)));
        assert_eq!(parse_pick("about", &names), Ok(Some(1)));
        assert_eq!(parse_pick("s", &names), Ok(None));
        assert!(parse_pick("4", &names).unwrap_err().contains("1 to 3"));
        assert!(parse_pick("x", &names).is_err());
    }

    #[test]
    fn asks_again_after_a_bad_answer() {
        let plan = noop_plan();
        let mut input = "9\n1\n".as_bytes();
        let mut output = Vec::new();
        let answers = ask(&plan, |_| choices(), &mut input, &mut output).unwrap();
        let step = plan.predict[0].step();
        assert_eq!(
            answers,
            Some(vec![Answer::Packages {
                step,
                compiled: ["app".to_string()].into()
            }])
        );
        let text = String::from_utf8(output).unwrap();
        assert!(text.contains("   1) app"), "{text}");
        assert!(
            text.contains("9 is not in the list (1 to 3); try again."),
            "{text}"
        );
        let mut closed = "".as_bytes();
        assert!(ask(&plan, |_| choices(), &mut closed, &mut Vec::new()).is_err());
    }

    #[test]
    fn asks_a_comparison_and_an_output_question_in_turn() {
        let mut plan = noop_plan();
        plan.predict = vec![
            Question::Compare {
                first: 1,
                second: 2,
                measure: Measure::Time,
                ask: "How does the second build compare?".into(),
            },
            Question::Output {
                step: 2,
                ask: "Which linker?".into(),
                choices: vec![
                    Choice {
                        label: "`rust-lld`".into(),
                        contains: vec!["LLD".into()],
                        lacks: vec![],
                    },
                    Choice {
                        label: "GNU ld".into(),
                        contains: vec![],
                        lacks: vec!["LLD".into()],
                    },
                ],
            },
        ];
        let mut input = "faster\ng\n".as_bytes();
        let mut output = Vec::new();
        let answers = ask(&plan, |_| choices(), &mut input, &mut output).unwrap();
        assert_eq!(
            answers,
            Some(vec![
                Answer::Compare {
                    first: 1,
                    second: 2,
                    said: Comparison::Faster
                },
                Answer::Output { step: 2, said: 1 }
            ])
        );
        let text = String::from_utf8(output).unwrap();
        assert!(
            text.contains("1. How does the second build compare?"),
            "{text}"
        );
        assert!(text.contains("   2) about the same"), "{text}");
        assert!(
            text.contains("2. Which linker?\n   1) rust-lld\n"),
            "{text}"
        );
        // `s` at any question skips the whole prediction.
        let mut skip = "s\n".as_bytes();
        assert_eq!(
            ask(&plan, |_| choices(), &mut skip, &mut Vec::new()).unwrap(),
            None
        );
    }

    fn packages(step: usize, guesses: Vec<Guess>) -> QuestionScore {
        QuestionScore::Packages(PackagesScore { step, guesses })
    }

    #[test]
    fn renders_a_score_with_reasons_for_wrong_guesses() {
        let score = Score {
            questions: vec![packages(
                3,
                vec![
                    Guess {
                        package: "app".into(),
                        predicted: true,
                        compiled: true,
                        why: None,
                    },
                    Guess {
                        package: "serde".into(),
                        predicted: true,
                        compiled: false,
                        why: Some("fresh: nothing it is built from changed".into()),
                    },
                ],
            )],
        };
        assert_eq!(
            render_score(&score, |_| None),
            "Your prediction for step 3: 1 of 2 right.\n  ✓ app    you: compiled  cargo: compiled\n  ✗ serde  you: compiled  cargo: fresh     fresh: nothing it is built from changed\n"
        );
    }

    #[test]
    fn a_comparison_is_scored_against_the_learners_own_ratio() {
        let score = Score {
            questions: vec![
                QuestionScore::Compare(CompareScore {
                    first: 5,
                    second: 7,
                    measure: Measure::Link,
                    said: Comparison::Same,
                    ratio: 3.0,
                    values: [0.1, 0.3],
                    actual: Comparison::Slower,
                    claim: Some(1),
                }),
                QuestionScore::Output(OutputScore {
                    step: 3,
                    said: "`rust-lld`".into(),
                    right: Some("`rust-lld`".into()),
                    output: "Linker: LLD 20".into(),
                }),
            ],
        };
        let text = render_score(&score, |c| Some(format!("claim {}", c.claim.unwrap())));
        assert_eq!(
            text,
            "Your prediction: 1 of 2 questions right.\n  ✗ step 7 against step 5: you said about the same; here it was slower (3.00×: 0.30 s against 0.10 s)\n    measured for the book: claim 1\n  ✓ step 3: you said rust-lld; it printed what fits rust-lld\n      Linker: LLD 20\n"
        );
    }

    #[test]
    fn packages_rightly_left_alone_do_not_flatter_the_score() {
        let guess = |package: &str, predicted: bool, compiled: bool| Guess {
            package: package.into(),
            predicted,
            compiled,
            why: None,
        };
        // touch-main: the learner expects serde to rebuild; six others stay fresh.
        let mut guesses = vec![guess("app", true, true), guess("serde", true, false)];
        for p in [
            "proc-macro2",
            "quote",
            "serde_core",
            "serde_derive",
            "syn",
            "unicode-ident",
        ] {
            guesses.push(guess(p, false, false));
        }
        let score = Score {
            questions: vec![packages(3, guesses)],
        };
        let text = render_score(&score, |_| None);
        assert!(
            text.starts_with("Your prediction for step 3: 1 of 2 right.\n"),
            "{text}"
        );
        assert!(!text.contains("syn"), "{text}");
        assert!(
            text.ends_with("  and 6 other packages stayed fresh, as you said.\n"),
            "{text}"
        );

        let nothing = Score {
            questions: vec![packages(2, vec![guess("noop", false, false)])],
        };
        assert_eq!(
            render_score(&nothing, |_| None),
            "Your prediction for step 2: right, nothing was compiled, as you said.\n  and 1 other package stayed fresh, as you said.\n"
        );
    }
}
