//! The `{{#myths}}` block: the "Common claims, tested" chapter, rendered from the
//! `[[myth]]` tables of every exercise. Each entry quotes the statement, gives the
//! verdict and why, and shows the verified output of the step that decides it, with a
//! link to the experiment in its chapter.

use std::fmt::Write as _;
use std::path::Path;

use crate::engine::plan::Myth;
use crate::layout::Layout;

/// One myth with what the book shows beside it.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The exercise that tests it.
    pub exercise: String,
    /// The exercise's title.
    pub title: String,
    /// The exercise's chapter (file stem).
    pub chapter: String,
    /// The label of the deciding step.
    pub step_label: String,
    /// The statement and verdict.
    pub myth: Myth,
    /// The deciding step's part of the committed snapshot, if there is one.
    pub verified: Option<String>,
    /// The measured claims the verdict also rests on, as a Markdown list (empty when
    /// the step decides it alone).
    pub measured: String,
}

/// Every myth of every exercise, in book order (chapter, then exercise name).
pub fn entries(sources: &Layout) -> Result<Vec<Entry>, Vec<String>> {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    let mut listed = crate::catalogue::entries(&sources.exercises);
    let mut plans = Vec::new();
    for e in listed.drain(..) {
        match crate::engine::plan::load(&e.dir) {
            Ok(plan) => plans.push(plan),
            Err(err) => errors.push(format!("exercise `{}`: {err}", e.name)),
        }
    }
    plans.sort_by_key(|p| (crate::catalogue::chapter_rank(&p.chapter), p.name.clone()));
    let record =
        crate::engine::measurements::Record::read(&sources.measurements).unwrap_or_default();
    for plan in plans {
        let snapshot = crate::engine::snapshot::read(&crate::engine::snapshot::path(
            &sources.snapshots,
            &plan.name,
        ))
        .ok()
        .flatten();
        for myth in &plan.myths {
            let step_label = plan
                .steps
                .get(myth.step - 1)
                .map(|s| s.label.clone())
                .unwrap_or_default();
            out.push(Entry {
                exercise: plan.name.clone(),
                title: plan.title.clone(),
                chapter: plan.chapter.clone(),
                step_label,
                myth: myth.clone(),
                verified: snapshot
                    .as_deref()
                    .and_then(|s| crate::engine::snapshot::step_section(s, myth.step)),
                measured: super::figures::myth_measurements(&plan.name, &myth.claims, &record),
            });
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// Expands `{{#myths}}` in a chapter (`\{{#myths}}` stays, unescaped).
pub fn expand(content: &str, chapter: &Path, sources: &Layout) -> Result<String, Vec<String>> {
    if !super::directive::contains(content, "myths") {
        return Ok(content.to_string());
    }
    let rendered = match entries(sources) {
        Ok(entries) => render(&entries),
        Err(errors) => {
            return Err(errors
                .into_iter()
                .map(|e| format!("{}: {{{{#myths}}}}: {e}", chapter.display()))
                .collect());
        }
    };
    super::directive::expand(content, "myths", |_| Ok(rendered.clone()))
}

/// The entries as Markdown: a section per myth.
pub fn render(entries: &[Entry]) -> String {
    let mut s = String::new();
    for e in entries {
        let _ = writeln!(s, "## “{}”", e.myth.quote);
        let _ = writeln!(s);
        let _ = writeln!(
            s,
            "*Said in* [{}]({}).",
            e.myth.source.title.replace('[', "\\[").replace(']', "\\]"),
            e.myth.source.url
        );
        let _ = writeln!(s);
        let verdict = if e.measured.is_empty() {
            e.myth.verdict.word().to_string()
        } else {
            format!("{} (measured)", e.myth.verdict.word())
        };
        let _ = writeln!(s, "**{verdict}.** {}", e.myth.why);
        let _ = writeln!(s);
        if !e.measured.is_empty() {
            let _ = writeln!(s, "{}", e.measured);
        }
        let _ = writeln!(
            s,
            "*Tested by* step {} (“{}”) of the experiment [`{}`]({}.md#exercise-{}): {}",
            e.myth.step, e.step_label, e.exercise, e.chapter, e.exercise, e.title
        );
        let _ = writeln!(s);
        if let Some(verified) = &e.verified {
            // Long reasons wrap instead of running off the page's right edge.
            let _ = writeln!(s, "<div class=\"myth-evidence\">");
            let _ = writeln!(s);
            let _ = writeln!(s, "```text\n{}\n```", fold_fresh(verified).trim_end());
            let _ = writeln!(s);
            let _ = writeln!(s, "</div>");
            let _ = writeln!(s);
        }
    }
    s
}

/// Long runs of fresh units (five or more in a row) folded into one line, so the
/// units that were compiled stand out.
pub fn fold_fresh(section: &str) -> String {
    const FRESH: &str = "  fresh     ";
    let lines: Vec<&str> = section.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let run = lines[i..]
            .iter()
            .take_while(|l| l.starts_with(FRESH))
            .count();
        if run >= 5 {
            let name = |l: &str| l[FRESH.len()..].trim_end().to_string();
            out.push(format!(
                "{FRESH}{run} units, from {} to {}",
                name(lines[i]),
                name(lines[i + run - 1])
            ));
            i += run;
        } else {
            out.push(lines[i].to_string());
            i += 1;
        }
    }
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_myth_of_the_catalogue_shows_its_step_from_a_committed_snapshot() {
        let entries = entries(&Layout::project()).expect("the catalogue loads");
        assert!(
            entries.len() >= 14,
            "the claims chapter should hold at least 14 myths, has {}",
            entries.len()
        );
        for e in &entries {
            let verified = e.verified.as_deref().unwrap_or_else(|| {
                panic!(
                    "myth {:?} of `{}`: no snapshot step {}",
                    e.myth.quote, e.exercise, e.myth.step
                )
            });
            assert!(
                verified.starts_with(&format!("step {}: {}", e.myth.step, e.step_label)),
                "myth {:?} of `{}` shows the wrong step:\n{verified}",
                e.myth.quote,
                e.exercise
            );
        }
        let text = render(&entries);
        assert!(text.contains("## “Cargo hashes your source files to decide what to rebuild”"));
        assert!(
            text.contains("(freshness.md#exercise-touch-vs-edit)"),
            "{text}"
        );
    }

    #[test]
    fn folds_long_runs_of_fresh_units_only() {
        let mut section = String::from("step 5: build\n  compiled  big 0.1.0 bin\n");
        for i in 2..=7 {
            section.push_str(&format!("  fresh     c{i} 0.1.0 lib\n"));
        }
        section.push_str("  linked: big 0.1.0 bin\n");
        assert_eq!(
            fold_fresh(&section),
            "step 5: build\n  compiled  big 0.1.0 bin\n  fresh     6 units, from c2 0.1.0 lib to c7 0.1.0 lib\n  linked: big 0.1.0 bin"
        );
        let short = "step 1: b\n  fresh     a\n  fresh     b";
        assert_eq!(fold_fresh(short), short);
    }
}
