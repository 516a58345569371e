//! The project's own library: a path dependency, compiled from this clone's directory.

/// How many words `text` holds.
pub fn count(text: &str) -> usize {
    let words = regex::Regex::new(r"[a-z]+").expect("a valid pattern");
    words.find_iter(text).count()
}
