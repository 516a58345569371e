//! The reference solution as a diff against the starter, shown on request once the
//! learner has solved the challenge (`cargo xtask solution NAME`, and in the book).

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

/// One file the reference solution changes, adds or removes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileDiff {
    /// The file, relative to the challenge.
    pub path: PathBuf,
    /// A unified diff, `a/PATH` against `b/PATH` (`/dev/null` for a new file).
    pub patch: String,
}

/// Files under `dir`, relative, sorted.
fn files(dir: &Path) -> Vec<PathBuf> {
    let skip = crate::files::Skip {
        names: &["target"],
        hidden: false,
    };
    crate::files::walk(dir, skip)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|p| p.strip_prefix(dir).ok().map(Path::to_path_buf))
        .collect()
}

/// The reference solution of `name` under `root` as diffs against its starter, one
/// per file the solution holds (each a file it adds or changes).
pub fn diff(root: &Path, name: &str) -> Result<Vec<FileDiff>> {
    let solution = super::solution(root, name);
    let starter = super::pristine(root, name);
    if !solution.is_dir() {
        anyhow::bail!(
            "`{name}` has no reference solution in {}",
            solution.display()
        );
    }
    let mut out = Vec::new();
    for rel in files(&solution) {
        let new = std::fs::read_to_string(solution.join(&rel))
            .with_context(|| format!("cannot read the solution's {}", rel.display()))?;
        let old_file = starter.join(&rel);
        let old = std::fs::read_to_string(&old_file).unwrap_or_default();
        if old == new {
            continue;
        }
        let shown = rel.display().to_string().replace('\\', "/");
        let before = if old_file.is_file() {
            format!("a/{shown}")
        } else {
            "/dev/null".to_string()
        };
        let patch = diffy::DiffOptions::new()
            .set_original_filename(before)
            .set_modified_filename(format!("b/{shown}"))
            .create_patch(&old, &new)
            .to_string();
        out.push(FileDiff { path: rel, patch });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_challenge_has_a_solution_that_changes_something() {
        let root = super::super::root();
        for name in super::super::names(&root) {
            let diffs = diff(&root, &name).unwrap();
            assert!(!diffs.is_empty(), "`{name}`: the solution changes nothing");
            for d in &diffs {
                assert!(d.patch.contains("+++ b/"), "{name}: {}", d.patch);
            }
        }
    }

    #[test]
    fn a_new_file_is_diffed_against_nothing() {
        let root = tempfile::tempdir().unwrap();
        let write = |rel: &str, text: &str| {
            let p = root.path().join(rel);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        };
        write(".pristine/x/src/main.rs", "fn main() {}\n");
        write(".solutions/x/src/main.rs", "fn main() { run() }\n");
        write(".solutions/x/build.rs", "fn main() {}\n");
        let diffs = diff(root.path(), "x").unwrap();
        assert_eq!(diffs.len(), 2);
        assert!(
            diffs[0]
                .patch
                .starts_with("--- /dev/null\n+++ b/build.rs\n"),
            "{}",
            diffs[0].patch
        );
        assert!(
            diffs[1]
                .patch
                .contains("-fn main() {}\n+fn main() { run() }\n"),
            "{}",
            diffs[1].patch
        );
    }
}
