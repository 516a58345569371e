//! Timing and size figures in the book. A figure comes from a measured claim,
//! `{{#claim EXERCISE N}}` (the ratio of medians of claim N of the experiment),
//! `{{#claim EXERCISE N faster}}` or `{{#claim EXERCISE N slower}}` (the median of
//! that step), rendered from the committed record `measurements/claims.json`; or it
//! sits in a paragraph marked *documented, not measured* with a link to its source.
//! `verify` refuses any other `N s`, `N×`, `N %`, `N MB` or `N times` in a chapter, so
//! that prose and measurement cannot drift apart.

use std::fmt::Write as _;
use std::path::Path;
use std::sync::LazyLock;

use regex::Regex;

use crate::engine::measurements::{self, Measured, Record};
use crate::layout::Layout;

static DIRECTIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\\)?\{\{#claim\s+([A-Za-z0-9_-]+)\s+(\d+)(?:\s+(faster|slower|ratio))?\s*\}\}")
        .expect("valid regex")
});

/// What a directive shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shown {
    Ratio,
    Faster,
    Slower,
}

/// One `{{#claim}}` directive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive {
    /// The experiment.
    pub exercise: String,
    /// The claim's number, 1-based.
    pub number: usize,
    /// The line it is on, 1-based.
    pub line: usize,
}

/// The directives of a chapter.
pub fn directives(content: &str) -> Vec<Directive> {
    DIRECTIVE
        .captures_iter(content)
        .filter(|c| c.get(1).is_none())
        .map(|c| Directive {
            exercise: c[2].to_string(),
            number: c[3].parse().unwrap_or(0),
            line: content[..c.get(0).map_or(0, |m| m.start())]
                .matches('\n')
                .count()
                + 1,
        })
        .collect()
}

/// Expands the directives of a chapter from the record. A claim without a recorded
/// measurement renders as a visible gap (`verify` names it), so the book still builds.
pub fn expand(content: &str, sources: &Layout) -> String {
    if !DIRECTIVE.is_match(content) {
        return content.to_string();
    }
    let record = Record::read(&sources.measurements).unwrap_or_default();
    DIRECTIVE
        .replace_all(content, |c: &regex::Captures| {
            if c.get(1).is_some() {
                return c[0][1..].to_string();
            }
            let number: usize = c[3].parse().unwrap_or(0);
            let shown = match c.get(4).map(|m| m.as_str()) {
                Some("faster") => Shown::Faster,
                Some("slower") => Shown::Slower,
                _ => Shown::Ratio,
            };
            match record.find(&c[2], number) {
                Some(m) => render(m, shown),
                None => format!(
                    "<span class=\"measured missing\">(claim {number} of {} not measured yet)</span>",
                    &c[2]
                ),
            }
        })
        .into_owned()
}

fn render(m: &Measured, shown: Shown) -> String {
    let (faster, slower) = m.stats();
    let value = |v: f64| measurements::format_value(m.claim.measure, v);
    let step = |stats: crate::engine::stats::Stats| {
        (
            value(stats.median),
            format!("; {}–{}", value(stats.min), value(stats.max)),
        )
    };
    let (value, range) = match shown {
        Shown::Ratio => (measurements::format_ratio(m.ratio), String::new()),
        Shown::Faster => step(faster),
        Shown::Slower => step(slower),
    };
    let title = format!("{}: {}{range}", m.claim.text, m.provenance()).replace('"', "&quot;");
    format!("<span class=\"measured\" title=\"{title}\">{value}</span>")
}

/// A figure in prose that no claim renders and no source backs.
static FIGURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        \b\d+(?:[.,]\d+)*\s?(?:×|x\b)
        | \b\d+(?:\.\d+)?\s?%
        | \b\d+(?:\.\d+)?\s?(?:s|ms|µs|seconds?|minutes?|min|hours?)\b
        | \b\d+(?:\.\d+)?\s?(?:[kKMGT]i?B|bytes)\b
        | \b\d+(?:\.\d+)?\s+times\b
        | \babout\s+\d+\.\d+\b",
    )
    .expect("valid regex")
});

/// Parts of Markdown that are not prose: fenced code, inline code, HTML comments,
/// link targets and the directives themselves.
static NOT_PROSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?s)```.*?```|`[^`\n]*`|<!--.*?-->|\]\([^)]*\)|\{\{#[^}]*\}\}")
        .expect("valid regex")
});

/// The mark that lets a paragraph cite a figure it did not measure.
const DOCUMENTED: &str = "documented, not measured";

/// Figures in a chapter that come from no claim: `(line, figure)`.
pub fn unsourced(content: &str) -> Vec<(usize, String)> {
    // Blank out what is not prose, keeping the line breaks so lines still count.
    let prose = NOT_PROSE.replace_all(content, |c: &regex::Captures| {
        c[0].chars()
            .map(|ch| if ch == '\n' { '\n' } else { ' ' })
            .collect::<String>()
    });
    let lines: Vec<&str> = content.lines().collect();
    let mut out = Vec::new();
    let mut line = 1;
    for paragraph in prose.split("\n\n") {
        // The mark counts with a source: a link in the same paragraph.
        let count = paragraph.matches('\n').count() + 1;
        let original = lines
            .get(line - 1..(line - 1 + count).min(lines.len()))
            .unwrap_or_default()
            .join("\n");
        let documented = paragraph.to_lowercase().contains(DOCUMENTED)
            && (original.contains("](http") || original.contains("<http"));
        if !documented {
            for m in FIGURE.find_iter(paragraph) {
                let at = line + paragraph[..m.start()].matches('\n').count();
                out.push((at, m.as_str().to_string()));
            }
        }
        line += paragraph.matches('\n').count() + 2;
    }
    out
}

/// What `verify` finds wrong with the figures of the chapters in `src`: figures from
/// no claim, directives naming no claim, claims not measured, changed since, or not
/// borne out; and myths whose verdict rests on such a claim.
pub fn check(src: &Path, sources: &Layout) -> Vec<String> {
    let mut problems = Vec::new();
    let record = match Record::read(&sources.measurements) {
        Ok(r) => r,
        Err(e) => return vec![format!("{e:#}")],
    };
    let mut chapters: Vec<_> = std::fs::read_dir(src)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    chapters.sort();
    let mut plans = std::collections::BTreeMap::new();
    let mut claim_of = |exercise: &str,
                        number: usize|
     -> Result<crate::engine::plan::Claim, String> {
        let plan = plans.entry(exercise.to_string()).or_insert_with(|| {
            crate::engine::plan::load(&sources.exercises.join(exercise)).map_err(|e| e.to_string())
        });
        let plan = plan
            .as_ref()
            .map_err(|e| format!("exercise `{exercise}`: {e}"))?;
        plan.claims
            .get(number.wrapping_sub(1))
            .cloned()
            .ok_or_else(|| {
                format!(
                    "`{exercise}` has no claim {number} (it has {})",
                    plan.claims.len()
                )
            })
    };
    for chapter in &chapters {
        let Ok(content) = std::fs::read_to_string(chapter) else {
            continue;
        };
        let name = format!(
            "src/{}",
            chapter.file_name().unwrap_or_default().to_string_lossy()
        );
        for (line, figure) in unsourced(&content) {
            problems.push(format!(
                "{name}:{line}: the figure \"{figure}\" comes from no measured claim; render it with \
                 `{{{{#claim EXERCISE N}}}}` (or mark its paragraph *{DOCUMENTED}* with a link to its source)"
            ));
        }
        for d in directives(&content) {
            let checked = claim_of(&d.exercise, d.number)
                .and_then(|claim| record.checked(&d.exercise, d.number, &claim).map(|_| ()));
            if let Err(e) = checked {
                problems.push(format!("{name}:{}: {e}", d.line));
            }
        }
    }
    for name in crate::challenge::names(&sources.challenges) {
        let dir = crate::challenge::pristine(&sources.challenges, &name);
        let Ok(c) = crate::challenge::manifest::load(&name, &dir, &dir) else {
            continue;
        };
        let texts = [c.title.as_str(), c.task.as_str()]
            .into_iter()
            .chain(c.hints.iter().map(String::as_str));
        for text in texts {
            for (_, figure) in unsourced(text) {
                problems.push(format!(
                    "challenges/{name}/challenge.toml: the figure \"{figure}\" comes from no \
                     measured claim; describe it in words or in the chapter"
                ));
            }
        }
    }
    for e in crate::catalogue::entries(&sources.exercises) {
        let Ok(plan) = crate::engine::plan::load(&e.dir) else {
            continue;
        };
        // The texts the book shows from the manifest cannot hold a directive (the
        // terminal shows them too), so they hold no figure either.
        let mut texts = vec![
            ("title", plan.title.as_str()),
            ("question", plan.question.as_str()),
            ("answer", plan.answer.as_deref().unwrap_or_default()),
        ];
        for myth in &plan.myths {
            texts.push(("myth.quote", myth.quote.as_str()));
            texts.push(("myth.why", myth.why.as_str()));
        }
        for (field, text) in texts {
            for (_, figure) in unsourced(text) {
                problems.push(format!(
                    "exercises/{}/exercise.toml: {field}: the figure \"{figure}\" comes from no \
                     measured claim; say which timing claim shows it instead, or put the figure \
                     in the chapter with `{{{{#claim}}}}`",
                    plan.name
                ));
            }
        }
        for myth in &plan.myths {
            for &n in &myth.claims {
                if let Err(err) = record.checked(&plan.name, n, &plan.claims[n - 1]) {
                    problems.push(format!(
                        "the verdict on \"{}\" rests on a measurement: {err}",
                        myth.quote
                    ));
                }
            }
        }
    }
    problems
}

/// The measured claims a myth's verdict rests on, as the claims chapter shows them.
pub fn myth_measurements(exercise: &str, claims: &[usize], record: &Record) -> String {
    let mut s = String::new();
    for &n in claims {
        match record.find(exercise, n) {
            Some(m) => {
                let (f, sl) = m.stats();
                let _ = writeln!(
                    s,
                    "- *Measured, not checked by the tests:* {} — {} against {}, {} \
                     ({}; `cargo xtask claims {exercise}` measures it again).",
                    m.claim.text,
                    measurements::format_value(m.claim.measure, sl.median),
                    measurements::format_value(m.claim.measure, f.median),
                    measurements::format_ratio(m.ratio),
                    m.provenance()
                );
            }
            None => {
                let _ = writeln!(s, "- *Not measured yet:* claim {n} of `{exercise}`.");
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_figures_in_prose_only() {
        let text = "It took 2.5 s, 3× as long.\n\n\
                    ```text\nreal 0.3s\n```\n\n\
                    In code `sleep 2s` is fine, and so is {{#claim a 1}}.\n\n\
                    Rust 1.95 on 2 cores, opt-level 3.\n\n\
                    The link was about 60 % of it, 1.19 times as long, about 1.1.\n";
        let found: Vec<String> = unsourced(text).into_iter().map(|(_, f)| f).collect();
        assert_eq!(found, ["2.5 s", "3×", "60 %", "1.19 times", "about 1.1"]);
        assert_eq!(unsourced(text)[2].0, 11, "line numbers count every line");
    }

    #[test]
    fn a_documented_paragraph_may_cite_figures_with_its_source() {
        let text = "It installs in 1.6 s (*documented, not measured*: [the page](https://x)).\n";
        assert_eq!(unsourced(text), []);
        let unsourced_mark = "It installs in 1.6 s (*documented, not measured*).\n";
        assert_eq!(unsourced(unsourced_mark).len(), 1, "the mark needs a link");
    }

    #[test]
    fn directives_are_found_with_their_lines_and_escapes_are_not() {
        let text = "a\n{{#claim touch-main 2}} and {{#claim x 1 faster}}\n\\{{#claim y 1}}";
        let d = directives(text);
        assert_eq!(d.len(), 2);
        assert_eq!(
            (d[0].exercise.as_str(), d[0].number, d[0].line),
            ("touch-main", 2, 2)
        );
        assert_eq!(d[1].exercise, "x");
    }
}
