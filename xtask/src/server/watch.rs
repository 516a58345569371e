//! Notices changes to the files the book is made from by polling their modification
//! times and sizes. Polling a few hundred files costs microseconds, needs no platform
//! watcher, and cannot loop on its own reads the way access events can.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// A snapshot of the watched files: path → (modification time, size).
pub type Stamp = BTreeMap<PathBuf, (Option<SystemTime>, u64)>;

/// The files under `roots` (files or directories), skipping `target` and hidden
/// directories and pending snapshots.
pub fn stamp(roots: &[PathBuf]) -> Stamp {
    let mut out = Stamp::new();
    for root in roots {
        visit(root, &mut out);
    }
    out
}

fn visit(path: &Path, out: &mut Stamp) {
    let Ok(meta) = std::fs::metadata(path) else {
        return;
    };
    if meta.is_dir() {
        let Ok(entries) = std::fs::read_dir(path) else {
            return;
        };
        for e in entries.flatten() {
            let name = e.file_name();
            let name = name.to_string_lossy();
            if name == "target" || name.starts_with('.') {
                continue;
            }
            visit(&e.path(), out);
        }
    } else if !path.to_string_lossy().ends_with(".snap.new") {
        out.insert(path.to_path_buf(), (meta.modified().ok(), meta.len()));
    }
}

/// The first path that differs between two stamps, if any.
pub fn changed(old: &Stamp, new: &Stamp) -> Option<PathBuf> {
    for (path, value) in new {
        if old.get(path) != Some(value) {
            return Some(path.clone());
        }
    }
    old.keys().find(|p| !new.contains_key(*p)).cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sees_new_changed_and_removed_files_but_not_target() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path().to_path_buf();
        std::fs::write(d.join("a.md"), "a").unwrap();
        std::fs::create_dir_all(d.join("target")).unwrap();
        let s1 = stamp(std::slice::from_ref(&d));
        std::fs::write(d.join("target/x"), "x").unwrap();
        assert_eq!(changed(&s1, &stamp(std::slice::from_ref(&d))), None);
        std::fs::write(d.join("a.md"), "ab").unwrap();
        let s2 = stamp(std::slice::from_ref(&d));
        assert_eq!(changed(&s1, &s2), Some(d.join("a.md")));
        std::fs::remove_file(d.join("a.md")).unwrap();
        assert_eq!(
            changed(&s2, &stamp(std::slice::from_ref(&d))),
            Some(d.join("a.md"))
        );
    }
}
