//! `tune --apply` and `tune --undo`: the kept levers written into the project's root
//! `Cargo.toml` (profile keys, through `toml_edit`, so formatting and comments stay) and
//! `.cargo/config.toml` (compiler flags), shown as a diff and applied only with
//! consent; a backup outside the project puts both files back byte for byte.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};
use toml_edit::{DocumentMut, Item, Table, Value};

use super::lever::{self, Lever};
use crate::error::{CheckFailed, InputError};

/// The keys of `[profile.NAME]` that the levers set, as TOML text, from a `Cargo.toml`.
pub fn profile_keys(cargo_toml: &Path, profile: lever::LoopProfile) -> Vec<(String, String)> {
    let Ok(text) = std::fs::read_to_string(cargo_toml) else {
        return Vec::new();
    };
    let Ok(doc) = text.parse::<DocumentMut>() else {
        return Vec::new();
    };
    let Some(dev) = doc
        .get("profile")
        .and_then(|p| p.get(profile.name()))
        .and_then(Item::as_table_like)
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut add = |name: &str, item: Option<&Item>| {
        if let Some(v) = item.and_then(Item::as_value) {
            out.push((name.to_string(), v.to_string().trim().to_string()));
        }
    };
    add("debug", dev.get("debug"));
    add("split-debuginfo", dev.get("split-debuginfo"));
    add(
        "build-override.opt-level",
        dev.get("build-override").and_then(|b| b.get("opt-level")),
    );
    add("incremental", dev.get("incremental"));
    for key in ["debug", "opt-level"] {
        add(
            &format!("package.\"*\".{key}"),
            dev.get("package")
                .and_then(|p| p.get("*"))
                .and_then(|s| s.get(key)),
        );
    }
    out
}

/// One file `--apply` changes.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FileChange {
    /// The file.
    pub path: PathBuf,
    /// Its content before, `None` when it did not exist.
    pub before: Option<String>,
    /// Its content after.
    pub after: String,
}

impl FileChange {
    /// The change as a unified diff.
    pub fn diff(&self) -> String {
        let patch = diffy::create_patch(self.before.as_deref().unwrap_or(""), &self.after);
        let name = self.path.display();
        let from = if self.before.is_some() {
            format!("a/{name}")
        } else {
            "/dev/null".into()
        };
        let text = patch.to_string();
        let body = text.split_once('\n').map_or("", |(_, rest)| rest);
        let body = body.split_once('\n').map_or("", |(_, rest)| rest);
        format!("--- {from}\n+++ b/{name}\n{body}")
    }
}

/// The changes that keep `levers` in the project at `root`.
pub fn changes(root: &Path, levers: &[Lever]) -> Result<Vec<FileChange>> {
    let mut out = Vec::new();
    let profile: Vec<_> = levers.iter().flat_map(|l| l.profile.iter()).collect();
    if !profile.is_empty() {
        let path = root.join("Cargo.toml");
        let before = std::fs::read_to_string(&path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let mut doc: DocumentMut = before
            .parse()
            .with_context(|| format!("{} is not valid TOML", path.display()))?;
        for key in profile {
            let table = table_at(doc.as_table_mut(), &["profile", key.profile.name()], 1)?;
            let (last, tables) = key.path.split_last().expect("a key has a name");
            let t = table_at(table, tables, 0)?;
            let value: Value = key
                .value
                .parse()
                .with_context(|| format!("`{}` is not a TOML value", key.value))?;
            t[*last] = Item::Value(value);
        }
        out.push(FileChange {
            path: PathBuf::from("Cargo.toml"),
            before: Some(before),
            after: doc.to_string(),
        });
    }
    let flags: Vec<&String> = levers.iter().flat_map(|l| l.rustflags.iter()).collect();
    if !flags.is_empty() {
        let rel = PathBuf::from(".cargo/config.toml");
        let path = root.join(&rel);
        let before = match std::fs::read_to_string(&path) {
            Ok(t) => Some(t),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
        };
        let mut doc: DocumentMut = before
            .as_deref()
            .unwrap_or("")
            .parse()
            .with_context(|| format!("{} is not valid TOML", path.display()))?;
        let build = table_at(doc.as_table_mut(), &["build"], 0)?;
        let array = build
            .entry("rustflags")
            .or_insert(Item::Value(Value::Array(toml_edit::Array::new())));
        let Some(array) = array.as_array_mut() else {
            bail!(InputError::new(format!(
                "{}: build.rustflags is not a list; add {} yourself",
                path.display(),
                flags
                    .iter()
                    .map(|f| format!("{f:?}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        };
        for f in flags {
            array.push(f.as_str());
        }
        out.push(FileChange {
            path: rel,
            before,
            after: doc.to_string(),
        });
    }
    Ok(out)
}

/// The table at `path` under `table`, created where missing; the first `implicit`
/// levels are created without a header of their own (`[profile.dev]`, not
/// `[profile]`).
fn table_at<'a>(mut table: &'a mut Table, path: &[&str], implicit: usize) -> Result<&'a mut Table> {
    for (i, name) in path.iter().enumerate() {
        let item = table.entry(name).or_insert_with(|| {
            let mut t = Table::new();
            t.set_implicit(i < implicit || (i + 1 < path.len() && *name == "package"));
            Item::Table(t)
        });
        table = item
            .as_table_mut()
            .with_context(|| format!("`{name}` is not a table"))?;
    }
    Ok(table)
}

/// What `--undo` needs: the files as they were and as `--apply` left them.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Backup {
    project: PathBuf,
    files: Vec<FileChange>,
    created_cargo_dir: bool,
}

fn backup_path(project: &Path) -> PathBuf {
    let saved = super::saved_path(project);
    saved.with_file_name(format!(
        "{}.backup.json",
        saved
            .file_stem()
            .map(|s| s.to_string_lossy())
            .unwrap_or_default()
    ))
}

/// The kept levers of the last tuning, as levers of the catalogue.
pub fn kept_levers(tuning: &super::Tuning) -> Vec<Lever> {
    tuning
        .recommended()
        .iter()
        .filter_map(|k| lever::by_name(&k.name, tuning.profile))
        .collect()
}

/// Shows the diff of the kept levers and writes it with consent (`yes`, or an answer
/// on the terminal), keeping a backup for `--undo`.
pub fn apply(root: &Path, levers: &[Lever], yes: bool) -> Result<()> {
    let (source, levers): (Vec<Lever>, Vec<Lever>) = levers
        .iter()
        .cloned()
        .partition(|l| l.name == "rerun-if-changed");
    for l in &source {
        eprintln!(
            "not applied: {} changes your build scripts; add the line yourself if they read \
             nothing else ({})",
            l.name,
            lever::RERUN_LINE
        );
    }
    let (nightly, levers): (Vec<Lever>, Vec<Lever>) =
        levers.into_iter().partition(|l| l.toolchain.is_some());
    for l in &nightly {
        eprintln!(
            "not applied: {} needs the {} toolchain for every build; choose it yourself",
            l.name,
            l.toolchain.unwrap_or_default()
        );
    }
    if levers.is_empty() {
        println!("Nothing to apply: the last tuning kept no lever that a file can hold.");
        return Ok(());
    }
    let backup = backup_path(root);
    if backup.exists() {
        bail!(CheckFailed(format!(
            "an earlier `tune --apply` on {} is not undone; run `cargo xtask tune --undo --path {}` first",
            root.display(),
            root.display()
        )));
    }
    let files = changes(root, &levers)?;
    for f in &files {
        print!("{}", f.diff());
    }
    if !yes && !super::ask("Write these changes?")? {
        bail!(CheckFailed(
            "nothing applied (answer y on a terminal, or pass --yes)".into()
        ));
    }
    let created_cargo_dir =
        !root.join(".cargo").exists() && files.iter().any(|f| f.path.starts_with(".cargo"));
    if let Some(dir) = backup.parent() {
        std::fs::create_dir_all(dir)?;
    }
    crate::files::write_atomic(
        &backup,
        &serde_json::to_vec_pretty(&Backup {
            project: root.to_path_buf(),
            files: files.clone(),
            created_cargo_dir,
        })?,
    )?;
    for f in &files {
        let path = root.join(&f.path);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        crate::files::write_atomic(&path, f.after.as_bytes())?;
    }
    println!(
        "Applied. `cargo xtask tune --undo --path {}` puts the files back as they were.",
        root.display()
    );
    Ok(())
}

/// Puts back the files of the last `--apply`, byte for byte, unless they changed since.
pub fn undo(root: &Path) -> Result<()> {
    let path = backup_path(root);
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            bail!(CheckFailed(format!(
                "nothing to undo: no `tune --apply` on {} is on record",
                root.display()
            )))
        }
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
    };
    let backup: Backup = serde_json::from_slice(&bytes)
        .with_context(|| format!("cannot read the backup {}", path.display()))?;
    for f in &backup.files {
        let now = std::fs::read_to_string(root.join(&f.path)).ok();
        if now.as_deref() != Some(f.after.as_str()) {
            bail!(CheckFailed(format!(
                "{} changed since `tune --apply`; undoing would lose that change. The \
                 original is kept in {}",
                f.path.display(),
                path.display()
            )));
        }
    }
    for f in &backup.files {
        let target = root.join(&f.path);
        match &f.before {
            Some(text) => crate::files::write_atomic(&target, text.as_bytes())?,
            None => std::fs::remove_file(&target)
                .with_context(|| format!("cannot remove {}", target.display()))?,
        }
    }
    if backup.created_cargo_dir {
        // Only when it is empty again: anything else in it is the learner's.
        let _ = std::fs::remove_dir(root.join(".cargo"));
    }
    std::fs::remove_file(&path)?;
    println!(
        "Undone: {} as before `tune --apply`.",
        backup
            .files
            .iter()
            .map(|f| f.path.display().to_string())
            .collect::<Vec<_>>()
            .join(" and ")
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tune::lever::Situation;

    fn lever(name: &str) -> Lever {
        let s = Situation {
            linker: Some("LLD".into()),
            linker_known: true,
            mold: true,
            cores: 2,
            linux: true,
            ..Situation::default()
        };
        lever::catalogue(&s)
            .into_iter()
            .find(|o| o.lever.name == name)
            .unwrap()
            .lever
    }

    #[test]
    fn profile_keys_go_into_cargo_toml_keeping_its_comments() {
        let dir = tempfile::tempdir().unwrap();
        let manifest = "[package]\nname = \"app\" # the app\nversion = \"0.1.0\"\n\n# tuned by hand\n[profile.dev]\nopt-level = 0\n";
        std::fs::write(dir.path().join("Cargo.toml"), manifest).unwrap();
        let files = changes(
            dir.path(),
            &[
                lever("line-tables-only"),
                lever("deps-no-debuginfo"),
                lever("build-override"),
            ],
        )
        .unwrap();
        assert_eq!(files.len(), 1);
        let after = &files[0].after;
        assert!(after.starts_with(manifest.trim_end()), "{after}");
        assert!(after.contains("debug = \"line-tables-only\""), "{after}");
        assert!(
            after.contains("[profile.dev.package.\"*\"]\ndebug = false"),
            "{after}"
        );
        assert!(
            after.contains("[profile.dev.build-override]\nopt-level = 3"),
            "{after}"
        );
        let keys = {
            std::fs::write(dir.path().join("Cargo.toml"), after).unwrap();
            profile_keys(&dir.path().join("Cargo.toml"), lever::LoopProfile::Dev)
        };
        assert!(
            keys.contains(&("debug".into(), "\"line-tables-only\"".into())),
            "{keys:?}"
        );
        assert!(
            keys.contains(&("package.\"*\".debug".into(), "false".into())),
            "{keys:?}"
        );
    }

    #[test]
    fn a_release_tuning_writes_the_release_profile() {
        let dir = tempfile::tempdir().unwrap();
        let manifest = "[package]\nname = \"app\"\n\n[profile.release]\nlto = \"thin\"\n";
        std::fs::write(dir.path().join("Cargo.toml"), manifest).unwrap();
        let levers: Vec<Lever> = ["release-incremental", "build-override"]
            .iter()
            .map(|n| lever::by_name(n, lever::LoopProfile::Release).unwrap())
            .collect();
        let files = changes(dir.path(), &levers).unwrap();
        let after = &files[0].after;
        assert!(
            after.contains("[profile.release]\nlto = \"thin\"\nincremental = true\n"),
            "{after}"
        );
        assert!(
            after.contains("[profile.release.build-override]\nopt-level = 3"),
            "{after}"
        );
        assert!(!after.contains("profile.dev"), "{after}");
        std::fs::write(dir.path().join("Cargo.toml"), after).unwrap();
        let keys = profile_keys(&dir.path().join("Cargo.toml"), lever::LoopProfile::Release);
        assert!(
            keys.contains(&("incremental".into(), "true".into())),
            "{keys:?}"
        );
    }

    #[test]
    fn flags_go_into_cargo_config_after_the_ones_there() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("Cargo.toml"), "[package]\nname = \"app\"\n").unwrap();
        let files = changes(dir.path(), &[lever("mold")]).unwrap();
        assert_eq!(files[0].before, None);
        assert!(
            files[0]
                .after
                .contains("[build]\nrustflags = [\"-C\", \"link-arg=-fuse-ld=mold\"]"),
            "{}",
            files[0].after
        );
        std::fs::create_dir(dir.path().join(".cargo")).unwrap();
        std::fs::write(
            dir.path().join(".cargo/config.toml"),
            "[build]\nrustflags = [\"--cfg\", \"x\"]\n",
        )
        .unwrap();
        let files = changes(dir.path(), &[lever("mold")]).unwrap();
        assert!(
            files[0]
                .after
                .contains("[\"--cfg\", \"x\", \"-C\", \"link-arg=-fuse-ld=mold\"]"),
            "{}",
            files[0].after
        );
        assert!(
            files[0]
                .diff()
                .starts_with("--- a/.cargo/config.toml\n+++ b/.cargo/config.toml\n")
        );
    }
}
