//! Finds where a registry package of an exercise's build is unpacked (under cargo's
//! home), so that a step can show what cargo does, or does not do, with its files.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::Deserialize;

use crate::engine::sandbox::StepEnv;

/// The part of `cargo metadata`'s output this needs.
#[derive(Debug, Deserialize)]
struct Metadata {
    packages: Vec<Package>,
}

#[derive(Debug, Deserialize)]
struct Package {
    name: String,
    source: Option<String>,
    manifest_path: PathBuf,
}

/// The directory of registry package `name`, as resolved in the project at `root`.
pub fn source_dir(root: &Path, env: &StepEnv, name: &str) -> Result<PathBuf> {
    let out = duct::cmd("cargo", ["metadata", "--format-version", "1"])
        .dir(root)
        .full_env(env.vars())
        .stdin_null()
        .stderr_capture()
        .stdout_capture()
        .unchecked()
        .run()
        .context("cannot run `cargo metadata`")?;
    if !out.status.success() {
        bail!(
            "`cargo metadata` failed:\n{}",
            String::from_utf8_lossy(&out.stderr).trim_end()
        );
    }
    let metadata: Metadata =
        serde_json::from_slice(&out.stdout).context("cannot read `cargo metadata`'s output")?;
    find(&metadata, name)
}

fn find(metadata: &Metadata, name: &str) -> Result<PathBuf> {
    let registry = |p: &&Package| {
        p.source
            .as_deref()
            .is_some_and(|s| s.starts_with("registry+") || s.starts_with("sparse+"))
    };
    match metadata
        .packages
        .iter()
        .filter(registry)
        .find(|p| p.name == name)
    {
        Some(p) => Ok(p
            .manifest_path
            .parent()
            .map_or_else(|| p.manifest_path.clone(), Path::to_path_buf)),
        None => {
            let names: Vec<&str> = metadata
                .packages
                .iter()
                .filter(registry)
                .map(|p| p.name.as_str())
                .collect();
            let hint = crate::suggest::nearest(name, &names)
                .map(|n| format!("; did you mean `{n}`?"))
                .unwrap_or_default();
            bail!("`{name}` is not a registry package of this build{hint}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn metadata() -> Metadata {
        serde_json::from_str(
            r#"{"packages": [
                {"name": "app", "source": null, "manifest_path": "/ex/Cargo.toml"},
                {"name": "itoa", "source": "registry+https://github.com/rust-lang/crates.io-index",
                 "manifest_path": "/home/me/.cargo/registry/src/index/itoa-1.0.10/Cargo.toml"}
            ]}"#,
        )
        .unwrap()
    }

    #[test]
    fn finds_a_registry_package_directory() {
        assert_eq!(
            find(&metadata(), "itoa").unwrap(),
            PathBuf::from("/home/me/.cargo/registry/src/index/itoa-1.0.10")
        );
    }

    #[test]
    fn a_local_package_or_a_typo_is_refused_with_a_suggestion() {
        let err = find(&metadata(), "app").unwrap_err().to_string();
        assert!(err.contains("not a registry package"), "{err}");
        let err = find(&metadata(), "itao").unwrap_err().to_string();
        assert!(err.contains("did you mean `itoa`?"), "{err}");
    }
}
