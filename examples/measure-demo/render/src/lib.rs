//! Turns entries into text.

use core_model::Entry;

/// The entries as aligned lines, largest count first.
pub fn table(entries: &mut [Entry]) -> String {
    entries.sort_by(|a, b| b.count.cmp(&a.count).then(a.name.cmp(&b.name)));
    let width = entries.iter().map(|e| e.name.len()).max().unwrap_or(0);
    entries
        .iter()
        .map(|e| format!("{:<width$}  {:>5}\n", e.name, e.count))
        .collect()
}
