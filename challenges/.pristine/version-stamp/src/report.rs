//! The report: a few lines about a text.

use crate::words;

/// A report on `text`: its size, then its three most frequent words.
pub fn report(text: &str) -> String {
    let counts = words::frequencies(text);
    let total: usize = counts.values().sum();
    let mut lines = vec![format!(
        "{} lines, {total} words, {} distinct",
        text.lines().count(),
        counts.len()
    )];
    for (word, n) in words::top(&counts, 3) {
        lines.push(format!("  {word}: {n}"));
    }
    lines.join("\n")
}
