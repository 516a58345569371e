//! Turns a page into text.

use model::Page;

/// The page as text, the title underlined.
pub fn to_text(page: &Page) -> String {
    let mut text = format!("{}\n{}\n", page.title, "=".repeat(page.title.len()));
    for line in &page.lines {
        text.push_str(&format!("- {line}\n"));
    }
    text
}
