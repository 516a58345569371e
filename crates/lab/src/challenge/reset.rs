//! Puts a challenge's working copy back to the starter, from the pristine copy the lab
//! keeps (not from git, where the learner may have committed their work). Only that
//! challenge's folder is touched, and its `target/` is kept.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

/// What a reset would change.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// Files of the working copy that differ from the starter, or that it does not
    /// have: the learner's work, lost by a reset.
    pub lost: Vec<PathBuf>,
    /// Starter files missing from the working copy, brought back.
    pub restored: Vec<PathBuf>,
}

impl Changes {
    /// Whether the working copy is the starter already.
    pub fn is_empty(&self) -> bool {
        self.lost.is_empty() && self.restored.is_empty()
    }
}

/// Files under `dir` (relative), skipping `target/` and `.git/`, with their bytes.
fn files(dir: &Path) -> Result<BTreeMap<PathBuf, Vec<u8>>> {
    let skip = crate::files::Skip {
        names: &["target", ".git"],
        hidden: false,
    };
    let mut out = BTreeMap::new();
    for path in
        crate::files::walk(dir, skip).with_context(|| format!("cannot read {}", dir.display()))?
    {
        let bytes =
            std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
        let rel = path.strip_prefix(dir).unwrap_or(&path).to_path_buf();
        out.insert(rel, bytes);
    }
    Ok(out)
}

/// The starter's files: the pristine copy without the challenge's manifest, which
/// stays out of the working copy.
fn starter_files(pristine: &Path) -> Result<BTreeMap<PathBuf, Vec<u8>>> {
    let mut starter = files(pristine)?;
    starter.remove(Path::new(super::MANIFEST_FILE));
    Ok(starter)
}

/// What resetting `working` to `pristine` would change.
pub fn changes(working: &Path, pristine: &Path) -> Result<Changes> {
    let (mine, starter) = (files(working)?, starter_files(pristine)?);
    Ok(Changes {
        lost: mine
            .iter()
            .filter(|(p, bytes)| starter.get(*p) != Some(*bytes))
            .map(|(p, _)| p.clone())
            .collect(),
        restored: starter
            .keys()
            .filter(|p| !mine.contains_key(*p))
            .cloned()
            .collect(),
    })
}

/// Resets `working` to `pristine`: removes everything but `target/`, then copies the
/// starter back.
pub fn apply(working: &Path, pristine: &Path) -> Result<()> {
    if let Ok(entries) = std::fs::read_dir(working) {
        for e in entries.flatten() {
            if e.file_name() == "target" {
                continue;
            }
            let path = e.path();
            if path.is_dir() {
                std::fs::remove_dir_all(&path)
            } else {
                std::fs::remove_file(&path)
            }
            .with_context(|| format!("cannot remove {}", path.display()))?;
        }
    }
    for (rel, bytes) in starter_files(pristine)? {
        let dest = working.join(&rel);
        if let Some(parent) = dest.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
        }
        std::fs::write(&dest, bytes).with_context(|| format!("cannot write {}", dest.display()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_lost_and_restored_files_and_resets_keeping_target() {
        let (w, p) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        for (dir, file, text) in [
            (p.path(), "src/main.rs", "starter"),
            (p.path(), "build.rs", "script"),
            (p.path(), "challenge.toml", "hints"),
            (w.path(), "src/main.rs", "mine"),
            (w.path(), "src/extra.rs", "new"),
            (w.path(), "target/debug/app", "binary"),
        ] {
            std::fs::create_dir_all(dir.join(file).parent().unwrap()).unwrap();
            std::fs::write(dir.join(file), text).unwrap();
        }
        let c = changes(w.path(), p.path()).unwrap();
        assert_eq!(
            c.lost,
            vec![PathBuf::from("src/extra.rs"), PathBuf::from("src/main.rs")]
        );
        assert_eq!(c.restored, vec![PathBuf::from("build.rs")]);
        apply(w.path(), p.path()).unwrap();
        assert!(changes(w.path(), p.path()).unwrap().is_empty());
        assert!(
            w.path().join("target/debug/app").is_file(),
            "target/ is kept"
        );
        assert!(
            !w.path().join("challenge.toml").exists(),
            "the manifest stays out of the working copy"
        );
    }
}
