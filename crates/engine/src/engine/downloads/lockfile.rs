//! Registry packages named in `Cargo.lock` files, and which of them are in Cargo's
//! download cache (`$CARGO_HOME/registry/cache/<registry>/NAME-VERSION.crate`).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// A registry package at one version.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Package {
    /// The package's name.
    pub name: String,
    /// Its exact version.
    pub version: String,
}

impl std::fmt::Display for Package {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.name, self.version)
    }
}

#[derive(serde::Deserialize)]
struct Lockfile {
    #[serde(default)]
    package: Vec<LockedPackage>,
}

#[derive(serde::Deserialize)]
struct LockedPackage {
    name: String,
    version: String,
    #[serde(default)]
    source: Option<String>,
}

/// The registry packages of one `Cargo.lock`; an unreadable file names none (cargo
/// reports its own errors when it reads it).
pub fn registry_packages(lockfile: &Path) -> BTreeSet<Package> {
    let Ok(text) = std::fs::read_to_string(lockfile) else {
        return BTreeSet::new();
    };
    let Ok(lock) = toml::from_str::<Lockfile>(&text) else {
        return BTreeSet::new();
    };
    lock.package
        .into_iter()
        .filter(|p| {
            p.source
                .as_deref()
                .is_some_and(|s| s.starts_with("registry+") || s.starts_with("sparse+"))
        })
        .map(|p| Package {
            name: p.name,
            version: p.version,
        })
        .collect()
}

/// Every `Cargo.lock` under `root` (a project and the projects inside it, as
/// experiments with two clones have), skipping target directories and hidden ones.
pub fn lockfiles_under(root: &Path) -> Vec<PathBuf> {
    crate::files::walk(root, crate::files::Skip::SOURCES)
        .unwrap_or_default()
        .into_iter()
        .filter(|p| p.file_name().is_some_and(|n| n == "Cargo.lock"))
        .collect()
}

/// The registry packages of every `Cargo.lock` under `root`.
pub fn registry_packages_under(root: &Path) -> BTreeSet<Package> {
    lockfiles_under(root)
        .iter()
        .flat_map(|l| registry_packages(l))
        .collect()
}

/// The packages of `needed` whose `.crate` file is in none of the registry caches of
/// `cargo_home`.
pub fn missing(needed: &BTreeSet<Package>, cargo_home: &Path) -> Vec<Package> {
    let caches: Vec<PathBuf> = std::fs::read_dir(cargo_home.join("registry").join("cache"))
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    needed
        .iter()
        .filter(|p| {
            let file = format!("{}-{}.crate", p.name, p.version);
            !caches.iter().any(|c| c.join(&file).is_file())
        })
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_registry_packages_and_finds_them_in_a_cache() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("Cargo.lock"),
            r#"version = 4

[[package]]
name = "app"
version = "0.1.0"
dependencies = ["itoa"]

[[package]]
name = "itoa"
version = "1.0.15"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "4a5f13b858c8d314ee3e8f639011f7ccefe71f97f96e50151fb991f267928e2c"

[[package]]
name = "memchr"
version = "2.7.4"
source = "sparse+https://example.org/index/"
"#,
        )
        .unwrap();
        let needed = registry_packages_under(dir.path());
        let names: Vec<String> = needed.iter().map(ToString::to_string).collect();
        assert_eq!(names, ["itoa 1.0.15", "memchr 2.7.4"]);

        let home = dir.path().join("home");
        let cache = home.join("registry/cache/index.crates.io-1949cf8c6b5b557f");
        std::fs::create_dir_all(&cache).unwrap();
        std::fs::write(cache.join("itoa-1.0.15.crate"), "").unwrap();
        let missing: Vec<String> = missing(&needed, &home)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(missing, ["memchr 2.7.4"]);
    }
}
