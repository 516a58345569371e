//! The `{{#workshop}}` block: the workshop track as one page the book can show alone,
//! a schedule with each part's planned minutes and each run's measured time, then
//! every part's experiments and challenges in order, as `{{#exercise}}` and
//! `{{#challenge}}` directives that the later expanders turn into live boxes.

use std::fmt::Write as _;
use std::path::Path;

use crate::html::escape;
use crate::layout::Layout;
use crate::workshop::{self, Record};

/// Expands `{{#workshop}}`; an error names the chapter and the track's problem.
pub fn expand(content: &str, chapter: &Path, sources: &Layout) -> Result<String, Vec<String>> {
    super::directive::expand(content, "workshop", |_| {
        let track = workshop::load(&sources.root, &sources.exercises, &sources.challenges)
            .map_err(|e| format!("{}: {e}", chapter.display()))?;
        let record = Record::read(&workshop::record_path(&sources.root)).unwrap_or_default();
        Ok(render(&track, &record))
    })
}

fn render(track: &workshop::Track, record: &Record) -> String {
    let mut s = String::new();
    let time = |name: &str| {
        record
            .seconds(name)
            .map_or("not measured".to_string(), |t| {
                crate::engine::measurements::format_value(crate::engine::plan::Measure::Time, t)
            })
    };
    let _ = writeln!(s, "<div class=\"workshop-schedule\">");
    let _ = writeln!(
        s,
        "<p><strong>{}</strong>: {} parts, {} minutes planned.</p>",
        escape(&track.title),
        track.parts.len(),
        track.minutes()
    );
    s.push_str("<table><tr><th>Part</th><th>Planned</th><th>Experiments and challenges (one run each, measured)</th></tr>\n");
    for (i, p) in track.parts.iter().enumerate() {
        let items: Vec<String> = p
            .experiments
            .iter()
            .map(|e| format!("<a href=\"#exercise-{e}\"><code>{e}</code></a> {}", time(e)))
            .chain(p.challenges.iter().map(|c| {
                format!(
                    "challenge <a href=\"#challenge-{c}\"><code>{c}</code></a> (its check: {})",
                    time(c)
                )
            }))
            .collect();
        let _ = writeln!(
            s,
            "<tr><td>{}. {}</td><td>{} min</td><td>{}</td></tr>",
            i + 1,
            escape(&p.title),
            p.minutes,
            items.join("<br>")
        );
    }
    s.push_str("</table>\n");
    match record.provenance() {
        Some(where_) => {
            let _ = writeln!(
                s,
                "<p class=\"workshop-measured\">Run times measured with <code>cargo xtask workshop --record</code> on {}: one run each from a fresh scratch copy, what a learner waits after pressing Run. The planned minutes are for reading, predicting and talking too.</p>",
                escape(&where_)
            );
        }
        None => s.push_str("<p class=\"workshop-measured\">Run times not measured yet: <code>cargo xtask workshop --record</code> measures them.</p>\n"),
    }
    s.push_str("</div>\n\n");
    for (i, p) in track.parts.iter().enumerate() {
        let _ = writeln!(s, "## Part {}: {}\n", i + 1, p.title);
        for e in &p.experiments {
            let _ = writeln!(s, "{{{{#exercise {e}}}}}\n");
        }
        for c in &p.challenges {
            let _ = writeln!(s, "{{{{#challenge {c}}}}}\n");
        }
    }
    s
}
