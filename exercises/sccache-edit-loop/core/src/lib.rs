//! The model the app edits all day.

/// A counter with a label.
pub struct Counter {
    /// What is counted.
    pub label: &'static str,
    /// How many so far.
    pub count: u64,
}

impl Counter {
    /// The counter as text, formatted without allocating for the number.
    pub fn render(&self) -> String {
        let mut buffer = itoa::Buffer::new();
        format!("{}: {}", self.label, buffer.format(self.count))
    }
}
