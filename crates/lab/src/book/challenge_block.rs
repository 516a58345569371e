//! The `{{#challenge NAME}}` block: a challenge's task, its goals, the commands that
//! check it, the learner's status, and the hints folded away.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

use crate::challenge::{self, manifest, solved};
use crate::html::{code_spans, escape};
use crate::layout::Layout;

/// Expands every `{{#challenge NAME}}`; returns the text and the challenges used, or
/// one error per directive that names no challenge.
pub fn expand(
    content: &str,
    chapter: &Path,
    sources: &Layout,
) -> Result<(String, BTreeSet<String>), Vec<String>> {
    let mut used = BTreeSet::new();
    let out = super::directive::expand(content, "challenge", |found| {
        let line = found.line;
        let name = challenge::resolve(&sources.challenges, found.arg)
            .map_err(|e| format!("{}:{line}: {e}", chapter.display()))?;
        let pristine = challenge::pristine(&sources.challenges, &name);
        let c = manifest::load(&name, &pristine, &pristine)
            .map_err(|e| format!("{}:{line}: challenge `{name}`: {e}", chapter.display()))?;
        used.insert(name.clone());
        let solved = solved::load(&sources.results, &name);
        let solution = solved
            .as_ref()
            .map(|_| solution_html(&sources.challenges, &name));
        Ok(render(&c, solved, solution.as_deref()))
    })?;
    Ok((out, used))
}

/// The reference solution as a diff against the starter, folded: shown once the
/// challenge is solved (the served page inserts it when a check solves it).
pub fn solution_html(root: &Path, name: &str) -> String {
    match crate::challenge::solution::diff(root, name) {
        Ok(diffs) => {
            let patch: String = diffs.iter().map(|d| d.patch.as_str()).collect();
            format!(
                "<details class=\"challenge-solution\"><summary>The reference solution, against the starter</summary>\n<pre><code class=\"language-diff\">{}</code></pre>\n</details>\n",
                escape(&patch)
            )
        }
        Err(e) => format!(
            "<p class=\"challenge-solution\"><em>{}</em></p>\n",
            escape(&format!("{e:#}"))
        ),
    }
}

/// Renders one challenge; `solution` is the reference solution's HTML, given once
/// the learner has solved it.
pub fn render(
    c: &manifest::Challenge,
    solved: Option<solved::Solved>,
    solution: Option<&str>,
) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<div class="exercise challenge" id="challenge-{0}" data-challenge="{0}">"#,
        c.name
    );
    let _ = writeln!(
        s,
        r#"<p class="exercise-title"><strong>{}Challenge <code>{}</code></strong>: {}</p>"#,
        match c.tier {
            manifest::Tier::Harder => r#"<span class="challenge-tier">Harder</span> "#,
            manifest::Tier::First => "",
        },
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
    if let Some(html) = solution {
        s.push_str(html);
    }
    // One fold per hint; the style sheet shows a hint's fold only once the one before
    // it is open, so they are read one at a time, in the static book too.
    if !c.hints.is_empty() {
        let _ = writeln!(s);
        let _ = writeln!(s, "<div class=\"challenge-hints\">");
        for (i, h) in c.hints.iter().enumerate() {
            let _ = writeln!(
                s,
                "<details class=\"challenge-hint\"><summary>Hint {} of {}</summary>",
                i + 1,
                c.hints.len()
            );
            let _ = writeln!(s);
            let _ = writeln!(s, "{}", h.trim());
            let _ = writeln!(s);
            let _ = writeln!(s, "</details>");
        }
        let _ = writeln!(s, "</div>");
    }
    let _ = writeln!(s);
    let _ = writeln!(s, "</div>");
    s
}
