//! The revert journal: before `measure` changes a learner's file, it saves the file's
//! bytes and modification time on disk. Every way out puts them back: the normal end,
//! a failed build, Ctrl-C (the guard's `Drop`), and a crash or `kill -9` (the next
//! `measure` of the same project finds the journal, restores, and says so).

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

/// The saved state of one file.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Saved {
    /// The file, absolute.
    path: PathBuf,
    /// Whether it existed (a `Cargo.lock` cargo may create did not).
    existed: bool,
    /// Modification time, nanoseconds since the epoch.
    mtime_ns: u128,
    /// The copy of its bytes, in the journal directory.
    copy: Option<PathBuf>,
}

/// The journal file's content.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Record {
    /// The project measured.
    project: PathBuf,
    /// The files saved before any change.
    files: Vec<Saved>,
}

/// An open journal: restores its files when dropped.
pub struct Journal {
    dir: PathBuf,
    record: Record,
    restored: bool,
}

/// The journal directory of `project` under `journals`.
fn dir_for(journals: &Path, project: &Path) -> PathBuf {
    // A stable, file-name-safe name for the project path.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in project.as_os_str().as_encoded_bytes() {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    let name = project
        .file_name()
        .map_or_else(|| "project".into(), |n| n.to_string_lossy().into_owned());
    journals.join(format!("{name}-{hash:016x}"))
}

/// Restores the files of a journal left behind by an earlier `measure` of `project`
/// (one that crashed or was killed) and returns their paths; empty when there was none.
pub fn recover(journals: &Path, project: &Path) -> Result<Vec<PathBuf>> {
    let dir = dir_for(journals, project);
    let file = dir.join("journal.json");
    let Ok(text) = std::fs::read_to_string(&file) else {
        return Ok(Vec::new());
    };
    let record: Record = serde_json::from_str(&text)
        .with_context(|| format!("cannot read the revert journal {}", file.display()))?;
    let mut journal = Journal {
        dir,
        record,
        restored: false,
    };
    let paths = journal
        .record
        .files
        .iter()
        .map(|f| f.path.clone())
        .collect();
    journal.restore()?;
    Ok(paths)
}

impl Journal {
    /// Saves `files` of `project` before anything changes them. Fails, changing
    /// nothing, when a file cannot be read or written (a read-only project).
    pub fn open(journals: &Path, project: &Path, files: &[PathBuf]) -> Result<Journal> {
        let dir = dir_for(journals, project);
        std::fs::create_dir_all(&dir)
            .with_context(|| format!("cannot create the revert journal in {}", dir.display()))?;
        let mut saved = Vec::new();
        for (i, path) in files.iter().enumerate() {
            let Ok(meta) = std::fs::metadata(path) else {
                saved.push(Saved {
                    path: path.clone(),
                    existed: false,
                    mtime_ns: 0,
                    copy: None,
                });
                continue;
            };
            std::fs::OpenOptions::new()
                .append(true)
                .open(path)
                .map_err(|e| {
                    crate::error::InputError::new(format!(
                        "cannot write {} ({e}); measure edits files for a moment and puts them back, so the project must be writable",
                        path.display()
                    ))
                })?;
            let mtime = meta.modified()?;
            let copy = dir.join(format!("{i}.orig"));
            std::fs::copy(path, &copy)
                .with_context(|| format!("cannot save a copy of {}", path.display()))?;
            saved.push(Saved {
                path: path.clone(),
                existed: true,
                mtime_ns: mtime
                    .duration_since(SystemTime::UNIX_EPOCH)
                    .unwrap_or_default()
                    .as_nanos(),
                copy: Some(copy),
            });
        }
        let record = Record {
            project: project.to_path_buf(),
            files: saved,
        };
        std::fs::write(
            dir.join("journal.json"),
            serde_json::to_vec_pretty(&record)?,
        )
        .context("cannot write the revert journal")?;
        Ok(Journal {
            dir,
            record,
            restored: false,
        })
    }

    /// Puts back every file's modification time only (the bytes already match).
    pub fn restore_times(&self) -> Result<()> {
        for f in &self.record.files {
            if f.existed {
                crate::engine::sandbox::set_mtime(&f.path, time_of(f.mtime_ns))?;
            }
        }
        Ok(())
    }

    /// Puts back every file's bytes and modification time, removes files that did not
    /// exist, and deletes the journal.
    pub fn restore(&mut self) -> Result<()> {
        for f in &self.record.files {
            match (&f.copy, f.existed) {
                (Some(copy), true) => {
                    let original = std::fs::read(copy)
                        .with_context(|| format!("cannot read the saved {}", f.path.display()))?;
                    if std::fs::read(&f.path).ok().as_deref() != Some(original.as_slice()) {
                        std::fs::write(&f.path, &original)
                            .with_context(|| format!("cannot restore {}", f.path.display()))?;
                    }
                    crate::engine::sandbox::set_mtime(&f.path, time_of(f.mtime_ns))?;
                }
                _ => {
                    let _ = std::fs::remove_file(&f.path);
                }
            }
        }
        self.restored = true;
        std::fs::remove_dir_all(&self.dir)
            .with_context(|| format!("cannot remove the revert journal {}", self.dir.display()))
    }
}

impl Drop for Journal {
    fn drop(&mut self) {
        if !self.restored
            && let Err(e) = self.restore()
        {
            eprintln!(
                "warning: {e:#}; the saved files are in {}",
                self.dir.display()
            );
        }
    }
}

fn time_of(ns: u128) -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::from_nanos(u64::try_from(ns).unwrap_or(u64::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn puts_back_bytes_and_times_and_recovers_after_a_crash() {
        let project = tempfile::tempdir().unwrap();
        let journals = tempfile::tempdir().unwrap();
        let file = project.path().join("main.rs");
        std::fs::write(&file, "fn main() {}\n").unwrap();
        let old = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        crate::engine::sandbox::set_mtime(&file, old).unwrap();
        let lock = project.path().join("Cargo.lock");

        // Dropped: restored.
        {
            let _j = Journal::open(
                journals.path(),
                project.path(),
                &[file.clone(), lock.clone()],
            )
            .unwrap();
            std::fs::write(&file, "fn main() { changed() }\n").unwrap();
            std::fs::write(&lock, "# made by cargo\n").unwrap();
        }
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "fn main() {}\n");
        assert_eq!(std::fs::metadata(&file).unwrap().modified().unwrap(), old);
        assert!(!lock.exists());
        assert!(recover(journals.path(), project.path()).unwrap().is_empty());

        // Forgotten (as by a crash): the next run recovers.
        let j =
            Journal::open(journals.path(), project.path(), std::slice::from_ref(&file)).unwrap();
        std::fs::write(&file, "broken").unwrap();
        std::mem::forget(j);
        let recovered = recover(journals.path(), project.path()).unwrap();
        assert_eq!(recovered, std::slice::from_ref(&file));
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "fn main() {}\n");
        assert_eq!(std::fs::metadata(&file).unwrap().modified().unwrap(), old);
    }
}
