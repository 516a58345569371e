//! The web front end's links.

use utils::strings;

/// A link to the post titled `title`: its address and a short label.
pub fn link(title: &str) -> String {
    format!(
        "web: /posts/{} ({})",
        strings::slug(title),
        strings::shorten(title, 9)
    )
}
