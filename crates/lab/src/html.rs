//! Text made safe for HTML and SVG, shared by the book, the server and the
//! instructor's pages.

use std::fmt::Write as _;

/// Escapes text for HTML and SVG.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Escapes text and turns `backticked` parts into `<code>`.
pub fn code_spans(s: &str) -> String {
    let escaped = escape(s);
    let mut out = String::new();
    for (i, part) in escaped.split('`').enumerate() {
        if i % 2 == 1 {
            let _ = write!(out, "<code>{part}</code>");
        } else {
            out.push_str(part);
        }
    }
    out
}

/// The opening tag of an SVG picture with its accessible `title` (escaped here):
/// `attrs` are its own attributes (`class="…"`, already escaped), then the size.
pub fn svg_open(attrs: &str, width: f64, height: f64, title: &str) -> String {
    format!(
        r#"<svg {attrs} role="img" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}"><title>{}</title>"#,
        escape(title)
    )
}

/// `label`, cut to at most `max` characters with an ellipsis when it is longer.
pub fn shorten(label: &str, max: usize) -> String {
    if label.chars().count() > max {
        label.chars().take(max - 1).chain(['…']).collect()
    } else {
        label.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backticked_parts_become_code_and_the_rest_is_escaped() {
        assert_eq!(
            code_spans("Make `cargo build -p b` reuse <it>"),
            "Make <code>cargo build -p b</code> reuse &lt;it&gt;"
        );
    }
}
