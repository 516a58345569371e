//! The `{{#challenge NAME}}` block: a challenge's task, its goals, the commands that
//! check it, the learner's status, and the hints folded away.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;
use std::sync::LazyLock;

use regex::Regex;

use super::chart::{code_spans, escape};
use super::exercise_block::Sources;
use crate::challenge::{self, manifest, solved};

static DIRECTIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\\)?\{\{#challenge(?:\s+([^}\s]*))?\s*\}\}").expect("valid regex")
});

/// Expands every `{{#challenge NAME}}`; returns the text and the challenges used, or
/// one error per directive that names no challenge.
pub fn expand(
    content: &str,
    chapter: &Path,
    sources: &Sources,
) -> Result<(String, BTreeSet<String>), Vec<String>> {
    let mut used = BTreeSet::new();
    let mut errors = Vec::new();
    let out = DIRECTIVE.replace_all(content, |caps: &regex::Captures| {
        if caps.get(1).is_some() {
            return caps[0][1..].to_string();
        }
        let line = crate::engine::manifest::line_of(content, caps.get(0).map_or(0, |m| m.start()));
        let name = caps.get(2).map_or("", |m| m.as_str());
        let name = match challenge::resolve(&sources.challenges, name) {
            Ok(n) => n,
            Err(e) => {
                errors.push(format!("{}:{line}: {e}", chapter.display()));
                return String::new();
            }
        };
        let pristine = challenge::pristine(&sources.challenges, &name);
        match manifest::load(&name, &pristine, &pristine) {
            Ok(c) => {
                used.insert(name.clone());
                render(&c, solved::load(&sources.results, &name))
            }
            Err(e) => {
                errors.push(format!(
                    "{}:{line}: challenge `{name}`: {e}",
                    chapter.display()
                ));
                String::new()
            }
        }
    });
    if errors.is_empty() {
        Ok((out.into_owned(), used))
    } else {
        Err(errors)
    }
}

/// Renders one challenge.
pub fn render(c: &manifest::Challenge, solved: Option<solved::Solved>) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<div class="exercise challenge" id="challenge-{0}" data-challenge="{0}">"#,
        c.name
    );
    let _ = writeln!(
        s,
        r#"<p class="exercise-title"><strong>Challenge <code>{}</code></strong>: {}</p>"#,
        c.name,
        code_spans(&c.title)
    );
    let _ = writeln!(s);
    let _ = writeln!(s, "{}", c.task.trim());
    let _ = writeln!(s);
    let _ = writeln!(s, "**Goals**, checked with real cargo on your copy:");
    let _ = writeln!(s);
    for g in &c.goals {
        let _ = writeln!(s, "- {}", g.text);
    }
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "**Work** in `challenges/{}/`, then, from the lab's directory:",
        c.name
    );
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "```console\n$ cargo xtask check {0}   # run the goals on your copy\n$ cargo xtask hint {0}    # one more hint\n$ cargo xtask reset {0}   # back to the starter (asks first)\n```",
        c.name
    );
    let _ = writeln!(s);
    match solved {
        Some(sv) => {
            let _ = writeln!(
                s,
                "<p class=\"challenge-status\"><strong>Solved</strong> on {}.</p>",
                escape(&sv.solved_at.replace('T', " ").replace('Z', " UTC"))
            );
        }
        None => {
            let _ = writeln!(
                s,
                "<p class=\"challenge-status\"><em>Not solved yet.</em></p>"
            );
        }
    }
    if !c.hints.is_empty() {
        let _ = writeln!(s);
        let _ = writeln!(
            s,
            "<details class=\"exercise-answer\"><summary>Hints</summary>"
        );
        let _ = writeln!(s);
        for (i, h) in c.hints.iter().enumerate() {
            let _ = writeln!(s, "{}. {}", i + 1, h.trim());
        }
        let _ = writeln!(s);
        let _ = writeln!(s, "</details>");
    }
    let _ = writeln!(s);
    let _ = writeln!(s, "</div>");
    s
}
