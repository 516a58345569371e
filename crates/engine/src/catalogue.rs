//! The exercises in `exercises/`: listing them, finding one by name or path, and
//! suggesting the nearest name for a typo.

use std::path::{Path, PathBuf};

use crate::engine::manifest::{self, MANIFEST_FILE};
use crate::error::InputError;

/// The book's chapters in reading order, by file stem; exercises are listed this way.
pub const CHAPTERS: &[&str] = &[
    "freshness",
    "incremental",
    "dependencies",
    "linking",
    "profiles",
    "measuring",
    "beyond",
];

/// An exercise found on disk.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Its name (directory name).
    pub name: String,
    /// Its directory.
    pub dir: PathBuf,
}

/// Every exercise directory (one holding an `exercise.toml`) under `root`, by name.
pub fn entries(root: &Path) -> Vec<Entry> {
    let mut found: Vec<Entry> = std::fs::read_dir(root)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.path().join(MANIFEST_FILE).is_file())
        .map(|e| Entry {
            name: e.file_name().to_string_lossy().into_owned(),
            dir: e.path(),
        })
        .collect();
    found.sort_by(|a, b| a.name.cmp(&b.name));
    found
}

/// An exercise's listing line.
#[derive(Debug, Clone)]
pub struct Listed {
    /// Name.
    pub name: String,
    /// Chapter slug.
    pub chapter: String,
    /// Title, or the manifest's error when it does not load.
    pub title: Result<String, InputError>,
}

/// Exercises under `root`, sorted by chapter (book order) then name.
pub fn list(root: &Path) -> Vec<Listed> {
    let mut listed: Vec<Listed> = entries(root)
        .into_iter()
        .map(|e| match manifest::load(&e.dir.join(MANIFEST_FILE)) {
            Ok(m) => Listed {
                name: e.name,
                chapter: m.manifest.chapter,
                title: Ok(m.manifest.title),
            },
            Err(err) => Listed {
                name: e.name,
                chapter: String::new(),
                title: Err(err),
            },
        })
        .collect();
    listed.sort_by_key(|l| (chapter_rank(&l.chapter), l.chapter.clone(), l.name.clone()));
    listed
}

/// Position of a chapter in the book; unknown chapters sort last.
pub fn chapter_rank(chapter: &str) -> usize {
    CHAPTERS
        .iter()
        .position(|c| *c == chapter)
        .unwrap_or(CHAPTERS.len())
}

/// Finds an exercise: a path to a directory holding an `exercise.toml`, or the name of
/// one under `root`. An unknown name suggests the nearest one.
pub fn resolve(root: &Path, name_or_path: &str) -> Result<PathBuf, InputError> {
    let as_path = Path::new(name_or_path);
    if as_path.join(MANIFEST_FILE).is_file() {
        return Ok(as_path.to_path_buf());
    }
    if as_path.is_file() && as_path.file_name() == Some(MANIFEST_FILE.as_ref()) {
        return Ok(as_path.parent().unwrap_or(Path::new(".")).to_path_buf());
    }
    let all = entries(root);
    if let Some(e) = all.iter().find(|e| e.name == name_or_path) {
        return Ok(e.dir.clone());
    }
    if as_path.is_dir() {
        return Err(InputError::new(format!(
            "{} has no {MANIFEST_FILE}; an exercise directory needs one",
            as_path.display()
        )));
    }
    let names: Vec<&str> = all.iter().map(|e| e.name.as_str()).collect();
    let mut message = format!("there is no exercise named `{name_or_path}`");
    match crate::suggest::nearest(name_or_path, &names) {
        Some(n) => message.push_str(&format!("; did you mean `{n}`?")),
        None => message.push_str("; `cargo xtask list` shows them all"),
    }
    Err(InputError::new(message))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_names_and_paths() {
        let root = tempfile::tempdir().unwrap();
        let ex = root.path().join("touch-main");
        std::fs::create_dir_all(&ex).unwrap();
        std::fs::write(ex.join(MANIFEST_FILE), "").unwrap();
        assert_eq!(resolve(root.path(), "touch-main").unwrap(), ex);
        assert_eq!(resolve(root.path(), ex.to_str().unwrap()).unwrap(), ex);
        let err = resolve(root.path(), "toch-main").unwrap_err();
        assert!(err.message.contains("did you mean `touch-main`?"), "{err}");
    }
}
