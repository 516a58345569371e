//! Warnings about cargo configuration outside the exercise that would change what
//! rebuilds or how long it takes (a global linker, rustflags, a shared target dir...).
//!
//! Cargo merges `config.toml` files from the working directory's ancestors and from
//! `$CARGO_HOME`; the runner reads the same files and names the settings it finds.

use std::path::{Path, PathBuf};

/// Settings (dotted keys) that change rebuild behaviour or timings.
const WATCHED: &[&str] = &[
    "build.rustflags",
    "build.rustc-wrapper",
    "build.rustc-workspace-wrapper",
    "build.rustc",
    "build.target-dir",
    "build.incremental",
    "build.target",
    "build.jobs",
    "profile",
    "target",
];

/// One warning per watched setting found in a cargo config that applies to `dir`.
pub fn warnings(dir: &Path) -> Vec<String> {
    config_files(dir)
        .into_iter()
        .flat_map(|file| warnings_for_file(&file))
        .collect()
}

/// The first value of a dotted `key` (e.g. `net.offline`) in the cargo config files
/// that apply to `dir`, closest first, with the file that sets it.
pub fn setting(dir: &Path, key: &str) -> Option<(PathBuf, toml::Value)> {
    config_files(dir).into_iter().find_map(|file| {
        let table = std::fs::read_to_string(&file)
            .ok()?
            .parse::<toml::Table>()
            .ok()?;
        lookup(&table, key).cloned().map(|v| (file, v))
    })
}

/// The value at a dotted key of a table.
fn lookup<'a>(table: &'a toml::Table, key: &str) -> Option<&'a toml::Value> {
    let (first, rest) = match key.split_once('.') {
        Some((first, rest)) => (first, Some(rest)),
        None => (key, None),
    };
    match (table.get(first)?, rest) {
        (value, None) => Some(value),
        (toml::Value::Table(inner), Some(rest)) => lookup(inner, rest),
        _ => None,
    }
}

/// The cargo config files that apply to `dir`, closest first.
pub fn config_files(dir: &Path) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = dir.ancestors().map(|d| d.join(".cargo")).collect();
    if let Some(home) = crate::paths::cargo_home()
        && !dirs.contains(&home)
    {
        dirs.push(home);
    }
    dirs.into_iter()
        .flat_map(|d| [d.join("config.toml"), d.join("config")])
        .filter(|f| f.is_file())
        .collect()
}

/// The watched settings in one config file.
pub fn warnings_for_file(file: &Path) -> Vec<String> {
    let Ok(text) = std::fs::read_to_string(file) else {
        return Vec::new();
    };
    let Ok(table) = text.parse::<toml::Table>() else {
        return vec![format!(
            "{} is not valid TOML; cargo will refuse to build",
            file.display()
        )];
    };
    let mut found = Vec::new();
    for key in WATCHED {
        if let Some(v) = lookup(&table, key) {
            found.push(format!(
                "{} sets `{key}` ({}); results may differ from the book's",
                file.display(),
                short(v)
            ));
        }
    }
    found
}

fn short(v: &toml::Value) -> String {
    let s = v.to_string();
    if s.len() > 60 {
        format!("{}…", s.chars().take(60).collect::<String>())
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_a_global_linker_and_rustflags() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("config.toml");
        std::fs::write(
            &file,
            "[target.x86_64-unknown-linux-gnu]\nlinker = \"clang\"\n[build]\nrustflags = [\"-Cdebuginfo=0\"]\n[alias]\nb = \"build\"\n",
        )
        .unwrap();
        let w = warnings_for_file(&file);
        assert_eq!(w.len(), 2, "{w:?}");
        assert!(w[0].contains("`build.rustflags`"));
        assert!(w[1].contains("`target`") && w[1].contains("clang"));
    }

    #[test]
    fn an_alias_only_config_is_fine() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("config.toml");
        std::fs::write(&file, "[alias]\nxtask = \"run -p xtask --\"\n").unwrap();
        assert!(warnings_for_file(&file).is_empty());
    }
}
