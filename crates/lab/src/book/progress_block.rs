//! The `{{#progress}}` block: every experiment with the learner's status, from the
//! results and predictions under `target/rebuild-lab/`. The served book rebuilds when a
//! run's results change, so the table follows the learner.

use std::fmt::Write as _;

use crate::layout::Layout;
use crate::learner::progress;

/// Expands `{{#progress}}` (`\{{#progress}}` stays, unescaped).
pub fn expand(content: &str, sources: &Layout) -> String {
    let mut table = None;
    super::directive::expand(content, "progress", |_| {
        Ok(table.get_or_insert_with(|| render(sources)).clone())
    })
    .unwrap_or_else(|_| content.to_string())
}

/// The table: experiment (linked to its box), chapter, status.
pub fn render(sources: &Layout) -> String {
    let mut s = String::from("| Experiment | Chapter | Your status |\n| --- | --- | --- |\n");
    for l in crate::catalogue::list(&sources.exercises) {
        let Ok(title) = &l.title else { continue };
        let status = progress::status(&sources.results, &sources.exercises, &l.name);
        let _ = writeln!(
            s,
            "| [`{name}`]({chapter}.md#exercise-{name}): {title} | {chapter} | {} |",
            status.as_str(),
            name = l.name,
            chapter = l.chapter,
            title = title.replace('|', "\\|"),
        );
    }
    s
}
