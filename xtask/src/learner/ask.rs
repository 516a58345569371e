//! The terminal's prediction (`cargo xtask run NAME --predict`): numbered choices,
//! an answer read from a line, and the score printed after the run.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::io::{BufRead, Write};

use anyhow::{Result, bail};

use super::predictions::Score;

/// What a learner answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// The packages expected to compile (empty: nothing).
    Compiled(BTreeSet<String>),
    /// No prediction.
    Skipped,
}

/// Reads one answer line: numbers or names of `choices` separated by spaces or commas,
/// an empty line for "nothing", or `s` to skip.
pub fn parse_answer(line: &str, choices: &[String]) -> Result<Answer, String> {
    let line = line.trim();
    if line.eq_ignore_ascii_case("s") || line.eq_ignore_ascii_case("skip") {
        return Ok(Answer::Skipped);
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
                match crate::catalogue::nearest(word, &names) {
                    Some(near) => format!("`{word}` is not in the list; did you mean `{near}`?"),
                    None => format!("`{word}` is not a number or a name from the list"),
                }
            })?,
        };
        chosen.insert(name.clone());
    }
    Ok(Answer::Compiled(chosen))
}

/// Asks the question on `output` and reads answers from `input` until one parses.
pub fn ask(
    question: &str,
    step: usize,
    step_label: &str,
    choices: &[String],
    input: &mut impl BufRead,
    output: &mut impl Write,
) -> Result<Answer> {
    writeln!(output, "Predict. {}", question.trim())?;
    writeln!(output)?;
    writeln!(
        output,
        "Which packages will cargo compile at step {step} ({step_label})?"
    )?;
    for (i, c) in choices.iter().enumerate() {
        writeln!(output, "  {:>2}) {c}", i + 1)?;
    }
    loop {
        write!(
            output,
            "Numbers or names separated by spaces; Enter alone for nothing; s to skip: "
        )?;
        output.flush()?;
        let mut line = String::new();
        if input.read_line(&mut line)? == 0 {
            bail!("no answer: the input ended before a prediction was given");
        }
        match parse_answer(&line, choices) {
            Ok(answer) => return Ok(answer),
            Err(e) => writeln!(output, "{e}; try again.")?,
        }
    }
}

/// The score as the terminal shows it.
pub fn render_score(score: &Score) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{}", score.headline());
    let telling = score.telling();
    let width = telling.iter().map(|g| g.package.len()).max().unwrap_or(0);
    let word = |c: bool| if c { "compiled" } else { "fresh" };
    for g in &telling {
        let _ = write!(
            s,
            "  {} {:<width$}  you: {:<8}  cargo: {:<8}",
            if g.right() { "✓" } else { "✗" },
            g.package,
            word(g.predicted),
            word(g.compiled)
        );
        if let Some(why) = &g.why {
            let _ = write!(s, "  {why}");
        }
        s = s.trim_end().to_string();
        s.push('\n');
    }
    match score.quietly_right() {
        0 => {}
        1 => s.push_str("  and 1 other package stayed fresh, as you said.\n"),
        n => {
            let _ = writeln!(s, "  and {n} other packages stayed fresh, as you said.");
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::learner::predictions::Guess;

    fn choices() -> Vec<String> {
        vec!["app".into(), "serde".into(), "syn".into()]
    }

    #[test]
    fn parses_numbers_nothing_and_skip() {
        let set = |names: &[&str]| Answer::Compiled(names.iter().map(|s| s.to_string()).collect());
        assert_eq!(parse_answer("1 3\n", &choices()), Ok(set(&["app", "syn"])));
        assert_eq!(parse_answer("2,1", &choices()), Ok(set(&["app", "serde"])));
        assert_eq!(parse_answer("\n", &choices()), Ok(set(&[])));
        assert_eq!(parse_answer("s", &choices()), Ok(Answer::Skipped));
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
    fn asks_again_after_a_bad_answer() {
        let mut input = "9\n1\n".as_bytes();
        let mut output = Vec::new();
        let answer = ask("Q?", 3, "build", &choices(), &mut input, &mut output).unwrap();
        assert_eq!(answer, Answer::Compiled(["app".to_string()].into()));
        let text = String::from_utf8(output).unwrap();
        assert!(text.contains("   1) app"), "{text}");
        assert!(
            text.contains("9 is not in the list (1 to 3); try again."),
            "{text}"
        );
        let mut closed = "".as_bytes();
        assert!(ask("Q?", 3, "b", &choices(), &mut closed, &mut Vec::new()).is_err());
    }

    #[test]
    fn renders_a_score_with_reasons_for_wrong_guesses() {
        let score = Score {
            step: 3,
            guesses: vec![
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
        };
        assert_eq!(
            render_score(&score),
            "Your prediction for step 3: 1 of 2 right.\n  ✓ app    you: compiled  cargo: compiled\n  ✗ serde  you: compiled  cargo: fresh     fresh: nothing it is built from changed\n"
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
        let score = Score { step: 3, guesses };
        let text = render_score(&score);
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
            step: 2,
            guesses: vec![guess("noop", false, false)],
        };
        assert_eq!(
            render_score(&nothing),
            "Your prediction for step 2: right, nothing was compiled, as you said.\n  and 1 other package stayed fresh, as you said.\n"
        );
    }
}
