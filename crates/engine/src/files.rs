//! Files written so that a reader never sees half of one.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};

/// Bytes free for this user on the file system holding `dir`, from `df -Pk`; `None`
/// when `df` cannot tell.
pub fn free_bytes(dir: &Path) -> Option<u64> {
    let text = duct::cmd!("df", "-Pk", dir).stderr_null().read().ok()?;
    let line = text.lines().nth(1)?;
    let kib: u64 = line.split_whitespace().nth(3)?.parse().ok()?;
    Some(kib * 1024)
}

/// Writes `bytes` to `file` so that readers see the old or the new content, never a
/// half-written file: a temporary file in the same directory, renamed over it.
pub fn write_atomic(file: &Path, bytes: &[u8]) -> Result<()> {
    let dir = file.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .with_context(|| format!("cannot create a temporary file in {}", dir.display()))?;
    tmp.write_all(bytes)?;
    tmp.flush()?;
    tmp.persist(file)
        .with_context(|| format!("cannot write {}", file.display()))?;
    Ok(())
}

/// Which directories a walk leaves out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Skip<'a> {
    /// Directories with these names (`target`, `.git`).
    pub names: &'a [&'a str],
    /// Directories whose name starts with a dot.
    pub hidden: bool,
}

impl Skip<'_> {
    /// Build output and everything hidden: the sources of a project.
    pub const SOURCES: Skip<'static> = Skip {
        names: &["target"],
        hidden: true,
    };

    fn skips(&self, name: &str) -> bool {
        self.names.contains(&name) || (self.hidden && name.starts_with('.'))
    }
}

/// Every file under `root` (`root` itself, when it is a file), sorted, leaving out the
/// directories `skip` names. A directory that cannot be read is an error; a missing
/// `root` is none (no files).
pub fn walk(root: &Path, skip: Skip) -> std::io::Result<Vec<std::path::PathBuf>> {
    let mut out = Vec::new();
    if root.is_file() {
        out.push(root.to_path_buf());
        return Ok(out);
    }
    let mut dirs = vec![root.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(e),
        };
        for entry in entries {
            let entry = entry?;
            let name = entry.file_name();
            if entry.file_type()?.is_dir() {
                if !skip.skips(&name.to_string_lossy()) {
                    dirs.push(entry.path());
                }
            } else {
                out.push(entry.path());
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Bytes of every file under `dir` (0 when it does not exist), as `du --bytes` counts
/// them, without following links.
pub fn bytes_under(dir: &Path) -> u64 {
    walk(
        dir,
        Skip {
            names: &[],
            hidden: false,
        },
    )
    .unwrap_or_default()
    .iter()
    .filter_map(|f| std::fs::symlink_metadata(f).ok())
    .map(|m| m.len())
    .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_content_and_leaves_no_temp_files() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a/b.json");
        write_atomic(&file, b"one").unwrap();
        write_atomic(&file, b"two").unwrap();
        assert_eq!(std::fs::read(&file).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(dir.path().join("a")).unwrap().count(), 1);
    }

    #[test]
    fn a_walk_finds_files_and_leaves_out_what_it_skips() {
        let dir = tempfile::tempdir().unwrap();
        for f in ["a.rs", "src/b.rs", "target/c", ".git/d", ".hidden/e"] {
            let p = dir.path().join(f);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, "x").unwrap();
        }
        let rel = |skip| -> Vec<String> {
            walk(dir.path(), skip)
                .unwrap()
                .iter()
                .map(|p| p.strip_prefix(dir.path()).unwrap().display().to_string())
                .collect()
        };
        assert_eq!(rel(Skip::SOURCES), ["a.rs", "src/b.rs"]);
        let some = Skip {
            names: &["target", ".git"],
            hidden: false,
        };
        assert_eq!(rel(some), [".hidden/e", "a.rs", "src/b.rs"]);
        assert!(
            walk(&dir.path().join("missing"), Skip::SOURCES)
                .unwrap()
                .is_empty()
        );
    }
}
