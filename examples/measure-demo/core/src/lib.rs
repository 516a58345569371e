//! The data the application works on.

/// One line of the report: a name and a count.
pub struct Entry {
    /// What was counted.
    pub name: String,
    /// How many.
    pub count: u32,
}

/// Entries from `name=count` pairs; pairs that do not parse are skipped.
pub fn parse(text: &str) -> Vec<Entry> {
    text.split_whitespace()
        .filter_map(|pair| {
            let (name, count) = pair.split_once('=')?;
            Some(Entry {
                name: name.to_string(),
                count: count.parse().ok()?,
            })
        })
        .collect()
}
