//! A small settings format: one `key = value` pair per line. Blank lines, and lines
//! that start with `#`, hold no setting.

use std::fmt;

/// The most pairs a document may hold.
pub const MAX_PAIRS: usize = 64;

/// The longest key allowed, in characters.
pub const MAX_KEY_LEN: usize = 32;

/// Settings, in the order they were written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Settings {
    pairs: Vec<(String, String)>,
}

impl Settings {
    /// The value of `key`; when it is set twice, the later value.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.pairs
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// How many pairs there are.
    pub fn len(&self) -> usize {
        self.pairs.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }
}

/// The settings as a document again, one `key = value` line each.
impl fmt::Display for Settings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (key, value) in &self.pairs {
            writeln!(f, "{key} = {value}")?;
        }
        Ok(())
    }
}

/// What is wrong with a document, and on which line (counted from 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// A line without `=`.
    MissingEquals { line: usize },
    /// A line with nothing before its `=`.
    EmptyKey { line: usize },
    /// A key longer than [`MAX_KEY_LEN`] characters.
    KeyTooLong { line: usize },
    /// More than [`MAX_PAIRS`] pairs.
    TooManyPairs,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::MissingEquals { line } => write!(f, "line {line}: no `=`"),
            Error::EmptyKey { line } => write!(f, "line {line}: no key before `=`"),
            Error::KeyTooLong { line } => {
                write!(f, "line {line}: a key longer than {MAX_KEY_LEN} characters")
            }
            Error::TooManyPairs => write!(f, "more than {MAX_PAIRS} settings"),
        }
    }
}

impl std::error::Error for Error {}

/// Reads a document.
pub fn parse(text: &str) -> Result<Settings, Error> {
    let mut pairs = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let number = i + 1;
        let line = line.trim();
        // Blank lines and comments carry no setting.
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (key, value) = line
            .split_once('=')
            .ok_or(Error::MissingEquals { line: number })?;
        let key = key.trim();
        if key.is_empty() {
            return Err(Error::EmptyKey { line: number });
        }
        if key.chars().count() > MAX_KEY_LEN {
            return Err(Error::KeyTooLong { line: number });
        }
        if pairs.len() == MAX_PAIRS {
            return Err(Error::TooManyPairs);
        }
        pairs.push((key.to_string(), value.trim().to_string()));
    }
    Ok(Settings { pairs })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_later_value_wins() {
        let settings = parse("color = red\ncolor = blue").unwrap();
        assert_eq!(settings.get("color"), Some("blue"));
        assert_eq!(settings.len(), 2);
    }
}
