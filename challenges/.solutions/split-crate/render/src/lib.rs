//! Fills the page template.

const PAGE: &str = include_str!("../../templates/page.txt");

/// The page with its title.
pub fn render(title: &str) -> String {
    PAGE.replace("{title}", title)
}
