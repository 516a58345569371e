//! Notices changes to the files the book is made from by polling their modification
//! times and sizes. Polling a few hundred files costs microseconds, needs no platform
//! watcher, and cannot loop on its own reads the way access events can.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::SystemTime;

/// A snapshot of the watched files: path → (modification time, size).
pub type Stamp = BTreeMap<PathBuf, (Option<SystemTime>, u64)>;

/// The files under `roots` (files or directories), skipping `target` and hidden
/// directories and pending snapshots; or the first error met reading them (other than
/// a missing file). A stamp taken while files cannot be read (no descriptors left,
/// say) would look like files removed, so the caller treats an error as "no change".
pub fn stamp(roots: &[PathBuf]) -> Result<Stamp, String> {
    let mut out = Stamp::new();
    for root in roots {
        let files = crate::files::walk(root, crate::files::Skip::SOURCES)
            .map_err(|e| format!("cannot read {}: {e}", root.display()))?;
        for file in files {
            if file.to_string_lossy().ends_with(".snap.new") {
                continue;
            }
            match std::fs::metadata(&file) {
                Ok(meta) => {
                    out.insert(file, (meta.modified().ok(), meta.len()));
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(format!("cannot read {}: {e}", file.display())),
            }
        }
    }
    Ok(out)
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
        let s1 = stamp(std::slice::from_ref(&d)).unwrap();
        std::fs::write(d.join("target/x"), "x").unwrap();
        assert_eq!(
            changed(&s1, &stamp(std::slice::from_ref(&d)).unwrap()),
            None
        );
        std::fs::write(d.join("a.md"), "ab").unwrap();
        let s2 = stamp(std::slice::from_ref(&d)).unwrap();
        assert_eq!(changed(&s1, &s2), Some(d.join("a.md")));
        std::fs::remove_file(d.join("a.md")).unwrap();
        assert_eq!(
            changed(&s2, &stamp(std::slice::from_ref(&d)).unwrap()),
            Some(d.join("a.md"))
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_directory_that_cannot_be_read_is_an_error_not_a_removal() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let sub = dir.path().join("sub");
        std::fs::create_dir(&sub).unwrap();
        std::fs::write(sub.join("a.md"), "a").unwrap();
        std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o000)).unwrap();
        let readable_anyway = std::fs::read_dir(&sub).is_ok(); // root reads it anyway
        let result = stamp(&[dir.path().to_path_buf()]);
        std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o755)).unwrap();
        if readable_anyway {
            eprintln!("note: running as root, the unreadable directory reads anyway");
            assert!(result.is_ok());
        } else {
            assert!(result.unwrap_err().contains("cannot read"));
        }
    }
}
