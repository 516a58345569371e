//! The scratch copy an exercise runs in, and the clean environment its steps get.
//!
//! The learner's exercise directory is never written to: every step works on a copy
//! in a temporary directory, with its own target directory. The copy is removed when
//! the run ends, also after Ctrl-C, unless `--keep` asks to keep it.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::SystemTime;

use anyhow::{Context, Result};
use tempfile::TempDir;

use crate::interrupt;

/// Variables that change what cargo rebuilds, removed unless a step sets them.
const REMOVED_VARS: &[&str] = &[
    "RUSTFLAGS",
    "RUSTDOCFLAGS",
    "CARGO_ENCODED_RUSTFLAGS",
    "CARGO_ENCODED_RUSTDOCFLAGS",
    "CARGO_TARGET_DIR",
    "CARGO_INCREMENTAL",
    "RUSTC",
    "RUSTC_WRAPPER",
    "RUSTC_WORKSPACE_WRAPPER",
    "RUSTC_BOOTSTRAP",
    "CARGO_MAKEFLAGS",
    "CARGO_CACHE_RUSTC_INFO",
    "RUST_BACKTRACE",
    "RUST_LIB_BACKTRACE",
];

/// Prefixes of variables removed for the same reason: cargo reads build, profile and
/// target settings from `CARGO_BUILD_*`, `CARGO_PROFILE_*`, `CARGO_TARGET_*`, and
/// `cargo run` sets `CARGO_PKG_*` and friends for the runner itself.
const REMOVED_PREFIXES: &[&str] = &[
    "CARGO_BUILD_",
    "CARGO_PROFILE_",
    "CARGO_TARGET_",
    "CARGO_PKG_",
    "CARGO_MANIFEST_",
    "CARGO_CRATE_",
    "CARGO_BIN_",
    "CARGO_PRIMARY_",
];

/// Where a run's steps work: a scratch copy of an exercise, or (for `measure`) a
/// learner's project in place, with its own target directory and environment.
pub struct Sandbox {
    dir: Option<ScratchDir>,
    root: PathBuf,
    /// For a project measured in place: its target directory and a temporary
    /// directory for the runner's tools. `None` for a scratch copy.
    in_place: Option<(PathBuf, ScratchDir)>,
    /// Files outside the copy whose modification time a step changed, with the time
    /// to put back when the run ends.
    outside: Mutex<Vec<(PathBuf, SystemTime)>>,
}

impl Sandbox {
    /// Copies the exercise in `source` (without any `target/`) into a new scratch dir.
    pub fn create(source: &Path, name: &str) -> Result<Sandbox> {
        let dir = ScratchDir::new(&format!("rebuild-lab-{name}-"))?;
        let root = dir.path().join(name);
        copy_tree(source, &root)
            .with_context(|| format!("cannot copy {} to a scratch directory", source.display()))?;
        Ok(Sandbox {
            dir: Some(dir),
            root,
            in_place: None,
            outside: Mutex::new(Vec::new()),
        })
    }

    /// A project used where it is, building into its own `target_dir`: nothing is
    /// copied and nothing of the project is removed when the sandbox is dropped. Steps
    /// get the learner's environment, so the project's build cache stays valid for
    /// the learner's own `cargo build`.
    pub fn in_place(root: &Path, target_dir: &Path) -> Result<Sandbox> {
        let tools = ScratchDir::new("rebuild-lab-measure-")?;
        Ok(Sandbox {
            dir: None,
            root: root.to_path_buf(),
            in_place: Some((target_dir.to_path_buf(), tools)),
            outside: Mutex::new(Vec::new()),
        })
    }

    /// The environment of the steps: cleaned for a scratch copy, the learner's own
    /// (without what `cargo xtask` itself adds) for a project in place.
    pub fn step_env(&self) -> StepEnv {
        match &self.in_place {
            None => StepEnv::from_current(&self.target_dir()),
            Some((target, _)) => StepEnv::as_is(std::env::vars_os(), target),
        }
    }

    /// Whether this is a learner's project used where it is (`measure`), not a copy.
    pub fn is_in_place(&self) -> bool {
        self.in_place.is_some()
    }

    /// The copy of the exercise, where cargo runs.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Where the runner keeps its own files for the run (timing logs, shims); removed
    /// with the scratch copy.
    pub fn tools_dir(&self) -> PathBuf {
        if let Some((_, tools)) = &self.in_place {
            return tools.path().to_path_buf();
        }
        self.root
            .parent()
            .map_or_else(|| self.root.join(".rebuild-lab"), |p| p.join("tools"))
    }

    /// The target directory the steps build into.
    pub fn target_dir(&self) -> PathBuf {
        match &self.in_place {
            Some((target, _)) => target.clone(),
            None => self.root.join("target"),
        }
    }

    /// Keeps the scratch directory after the run and returns its path.
    pub fn keep(mut self) -> PathBuf {
        if let Some(dir) = self.dir.take() {
            let _ = dir.keep();
        }
        self.root.clone()
    }

    /// Copies the files under `from` over the copy, replacing those with the same path
    /// (a challenge's solution over its starter).
    pub fn overlay(&self, from: &Path) -> Result<()> {
        copy_tree(from, &self.root)
            .with_context(|| format!("cannot copy {} into the scratch copy", from.display()))
    }

    /// The absolute path of a file of the exercise's copy.
    pub fn file(&self, rel: &Path) -> PathBuf {
        self.root.join(rel)
    }

    /// Sets the modification time of a file outside the copy (a registry package's
    /// source) to now; its original time is put back when the sandbox is dropped,
    /// also after an error or Ctrl-C.
    pub fn touch_outside(&self, file: &Path) -> Result<()> {
        let original = std::fs::metadata(file)
            .and_then(|m| m.modified())
            .with_context(|| format!("cannot read the time of {}", file.display()))?;
        let mut outside = self.outside.lock().unwrap_or_else(|e| e.into_inner());
        if !outside.iter().any(|(f, _)| f == file) {
            outside.push((file.to_path_buf(), original));
        }
        set_mtime(file, SystemTime::now())
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let outside = self.outside.get_mut().unwrap_or_else(|e| e.into_inner());
        for (file, time) in outside.drain(..) {
            if let Err(e) = set_mtime(&file, time) {
                eprintln!("warning: {e:#}");
            }
        }
    }
}

/// A temporary directory for a run's files, removed when dropped. After Ctrl-C, a
/// compiler the signal is still stopping can write into it while it is being removed,
/// and one pass then fails; so removal tries again for up to two seconds, and says so
/// if the directory is still there.
#[derive(Debug)]
pub struct ScratchDir(Option<TempDir>);

impl ScratchDir {
    /// A new directory in the temp dir, its name starting with `prefix`.
    pub fn new(prefix: &str) -> Result<ScratchDir> {
        let dir = tempfile::Builder::new()
            .prefix(prefix)
            .tempdir()
            .context("cannot create a scratch directory (is the temp dir writable?)")?;
        Ok(ScratchDir(Some(dir)))
    }

    /// Its path.
    pub fn path(&self) -> &Path {
        self.0.as_ref().expect("held until dropped or kept").path()
    }

    /// Keeps the directory after the run and returns its path.
    pub fn keep(mut self) -> PathBuf {
        self.0.take().expect("held until dropped or kept").keep()
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        let Some(dir) = self.0.take() else { return };
        let dir = dir.keep();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
        loop {
            match std::fs::remove_dir_all(&dir) {
                Ok(()) => return,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => return,
                Err(e) if std::time::Instant::now() > deadline => {
                    eprintln!(
                        "warning: cannot remove the scratch directory {}: {e}",
                        dir.display()
                    );
                    return;
                }
                Err(_) => std::thread::sleep(std::time::Duration::from_millis(50)),
            }
        }
    }
}

/// Sets a file's modification time.
pub fn set_mtime(file: &Path, time: SystemTime) -> Result<()> {
    std::fs::File::options()
        .write(true)
        .open(file)
        .and_then(|f| f.set_modified(time))
        .with_context(|| format!("cannot set the modification time of {}", file.display()))
}

/// Copies the files under `from` into `to`, leaving out `target/` and `.git/`.
pub fn copy_tree(from: &Path, to: &Path) -> Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        interrupt::check()?;
        let entry = entry?;
        let name = entry.file_name();
        if name == "target" || name == ".git" {
            continue;
        }
        let kind = entry.file_type()?;
        let dest = to.join(&name);
        if kind.is_dir() {
            copy_tree(&entry.path(), &dest)?;
        } else if kind.is_file() {
            std::fs::copy(entry.path(), &dest)
                .with_context(|| format!("cannot copy {}", entry.path().display()))?;
        }
    }
    Ok(())
}

/// The environment of the steps: the runner's own, cleaned, plus what `env` steps set.
#[derive(Debug, Clone)]
pub struct StepEnv {
    base: BTreeMap<OsString, OsString>,
    removed: Vec<String>,
    overrides: BTreeMap<String, String>,
    /// How an override is shown when its value was expanded from a placeholder
    /// (`{port:teammate}`): reports keep the text that is the same on every run.
    shown: BTreeMap<String, String>,
}

impl StepEnv {
    /// The cleaned environment of this process, building into `target_dir`.
    pub fn from_current(target_dir: &Path) -> StepEnv {
        Self::from_vars(std::env::vars_os(), target_dir)
    }

    /// The cleaned form of `vars`, building into `target_dir`.
    pub fn from_vars(
        vars: impl IntoIterator<Item = (OsString, OsString)>,
        target_dir: &Path,
    ) -> StepEnv {
        let mut base = BTreeMap::new();
        let mut removed = Vec::new();
        for (key, value) in vars {
            let name = key.to_string_lossy();
            if REMOVED_VARS.contains(&name.as_ref())
                || REMOVED_PREFIXES.iter().any(|p| name.starts_with(p))
            {
                removed.push(name.into_owned());
            } else {
                base.insert(key, value);
            }
        }
        for (key, value) in [
            ("CARGO_TERM_COLOR", "never"),
            ("CARGO_TERM_PROGRESS_WHEN", "never"),
            ("CARGO_TERM_VERBOSE", "false"),
            ("CARGO_TERM_QUIET", "false"),
        ] {
            base.insert(key.into(), value.into());
        }
        base.insert("CARGO_TARGET_DIR".into(), target_dir.as_os_str().to_owned());
        removed.sort();
        StepEnv {
            base,
            removed,
            overrides: BTreeMap::new(),
            shown: BTreeMap::new(),
        }
    }

    /// `vars` as they are, except what `cargo run` sets for the program it runs
    /// (`CARGO_PKG_*` and friends) and backtrace settings, building into
    /// `target_dir`: the environment of a learner's own `cargo build`.
    pub fn as_is(
        vars: impl IntoIterator<Item = (OsString, OsString)>,
        target_dir: &Path,
    ) -> StepEnv {
        let mut env = StepEnv::from_vars(std::iter::empty(), target_dir);
        for (key, value) in vars {
            let name = key.to_string_lossy();
            let added_by_cargo_run = [
                "CARGO_PKG_",
                "CARGO_MANIFEST_",
                "CARGO_CRATE_",
                "CARGO_BIN_",
                "CARGO_PRIMARY_",
            ]
            .iter()
            .any(|p| name.starts_with(p))
                || matches!(
                    name.as_ref(),
                    "CARGO" | "RUST_BACKTRACE" | "RUST_LIB_BACKTRACE" | "CARGO_TARGET_DIR"
                );
            if !added_by_cargo_run && !name.starts_with("CARGO_TERM_") {
                env.base.insert(key, value);
            }
        }
        env
    }

    /// Sets a variable for every later step.
    pub fn set(&mut self, key: &str, value: &str) {
        self.overrides.insert(key.to_string(), value.to_string());
        self.shown.remove(key);
    }

    /// Sets a variable for every later step to `actual`, shown in reports as `shown`
    /// (the manifest's text, before its placeholders were expanded).
    pub fn set_shown(&mut self, key: &str, shown: &str, actual: &str) {
        self.set(key, actual);
        if shown != actual {
            self.shown.insert(key.to_string(), shown.to_string());
        }
    }

    /// Gives every step a variable that reports do not list (a service's port or
    /// directory, which differ from run to run).
    pub fn provide(&mut self, key: &str, value: &str) {
        self.base.insert(key.into(), value.into());
    }

    /// Removes a variable (set by a step, or inherited) for every later step.
    pub fn unset(&mut self, key: &str) {
        self.overrides.remove(key);
        self.shown.remove(key);
        self.base.remove(std::ffi::OsStr::new(key));
    }

    /// Names of inherited variables that were removed.
    pub fn removed(&self) -> &[String] {
        &self.removed
    }

    /// What steps set on purpose, as `NAME=value`.
    pub fn overrides(&self) -> Vec<String> {
        self.overrides
            .iter()
            .map(|(k, v)| format!("{k}={}", self.shown.get(k).unwrap_or(v)))
            .collect()
    }

    /// The full environment for a child process.
    pub fn vars(&self) -> BTreeMap<OsString, OsString> {
        let mut vars = self.base.clone();
        for (k, v) in &self.overrides {
            vars.insert(k.into(), v.into());
        }
        vars
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_variables_that_change_rebuilds_and_keeps_the_rest() {
        let vars = [
            ("RUSTFLAGS", "-Cdebuginfo=0"),
            ("CARGO_BUILD_JOBS", "1"),
            ("CARGO_PROFILE_DEV_OPT_LEVEL", "3"),
            ("CARGO_PKG_NAME", "xtask"),
            ("CARGO_HOME", "/home/me/.cargo"),
            ("PATH", "/bin"),
        ]
        .map(|(k, v)| (OsString::from(k), OsString::from(v)));
        let mut env = StepEnv::from_vars(vars, Path::new("/scratch/target"));
        assert_eq!(
            env.removed(),
            [
                "CARGO_BUILD_JOBS",
                "CARGO_PKG_NAME",
                "CARGO_PROFILE_DEV_OPT_LEVEL",
                "RUSTFLAGS"
            ]
        );
        env.set("CARGO_INCREMENTAL", "0");
        let vars = env.vars();
        assert_eq!(
            vars.get(&OsString::from("PATH")),
            Some(&OsString::from("/bin"))
        );
        assert_eq!(
            vars.get(&OsString::from("CARGO_HOME")),
            Some(&OsString::from("/home/me/.cargo"))
        );
        assert_eq!(
            vars.get(&OsString::from("CARGO_TARGET_DIR")),
            Some(&OsString::from("/scratch/target"))
        );
        assert_eq!(
            vars.get(&OsString::from("CARGO_INCREMENTAL")),
            Some(&OsString::from("0"))
        );
        assert!(!vars.contains_key(&OsString::from("RUSTFLAGS")));
        env.unset("CARGO_INCREMENTAL");
        assert!(
            !env.vars()
                .contains_key(&OsString::from("CARGO_INCREMENTAL"))
        );
        assert!(env.overrides().is_empty());
    }

    #[test]
    fn copies_an_exercise_without_its_target_dir() {
        let src = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(src.path().join("src")).unwrap();
        std::fs::create_dir_all(src.path().join("target/debug")).unwrap();
        std::fs::write(src.path().join("src/main.rs"), "fn main() {}").unwrap();
        std::fs::write(src.path().join("target/debug/junk"), "x").unwrap();
        let sandbox = Sandbox::create(src.path(), "demo").unwrap();
        assert!(sandbox.file(Path::new("src/main.rs")).is_file());
        assert!(!sandbox.target_dir().exists());
        let root = sandbox.root().to_path_buf();
        drop(sandbox);
        assert!(!root.exists(), "the scratch copy is removed on drop");
    }
}
