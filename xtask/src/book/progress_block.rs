//! The `{{#progress}}` block: every experiment with the learner's status, from the
//! results and predictions under `target/rebuild-lab/`. The served book rebuilds when a
//! run's results change, so the table follows the learner.

use std::fmt::Write as _;
use std::sync::LazyLock;

use regex::Regex;

use super::exercise_block::Sources;
use crate::learner::progress;

static DIRECTIVE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\\)?\{\{#progress\s*\}\}").expect("valid regex"));

/// Expands `{{#progress}}` (`\{{#progress}}` stays, unescaped).
pub fn expand(content: &str, sources: &Sources) -> String {
    if !DIRECTIVE.is_match(content) {
        return content.to_string();
    }
    let table = render(sources);
    DIRECTIVE
        .replace_all(content, |caps: &regex::Captures| {
            if caps.get(1).is_some() {
                caps[0][1..].to_string()
            } else {
                table.clone()
            }
        })
        .into_owned()
}

/// The table: experiment (linked to its box), chapter, status.
pub fn render(sources: &Sources) -> String {
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
