//! The learner's project as `cargo metadata` describes it, and the files `measure`
//! probes by default.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::Deserialize;

use crate::error::InputError;

/// A Cargo project to measure.
#[derive(Debug, Clone)]
pub struct Project {
    /// The workspace root (where `cargo build` runs).
    pub root: PathBuf,
    /// Its target directory.
    pub target_dir: PathBuf,
    /// The workspace's own packages.
    pub members: Vec<Member>,
}

/// One package of the workspace.
#[derive(Debug, Clone)]
pub struct Member {
    /// Package name.
    pub name: String,
    /// The directory of its `Cargo.toml`.
    pub dir: PathBuf,
    /// Its targets.
    pub targets: Vec<MemberTarget>,
    /// Names of the workspace members it depends on (normal and build dependencies).
    pub depends_on: Vec<String>,
}

/// A target of a member.
#[derive(Debug, Clone)]
pub struct MemberTarget {
    /// Target name.
    pub name: String,
    /// Kinds (`lib`, `bin`, `proc-macro`, `custom-build`, `test`...).
    pub kind: Vec<String>,
    /// Its entry file.
    pub src_path: PathBuf,
}

#[derive(Deserialize)]
struct Metadata {
    packages: Vec<MetaPackage>,
    workspace_members: Vec<String>,
    workspace_root: PathBuf,
    target_directory: PathBuf,
}

#[derive(Deserialize)]
struct MetaPackage {
    id: String,
    name: String,
    manifest_path: PathBuf,
    targets: Vec<MetaTarget>,
    dependencies: Vec<MetaDependency>,
}

#[derive(Deserialize)]
struct MetaTarget {
    name: String,
    kind: Vec<String>,
    src_path: PathBuf,
}

#[derive(Deserialize)]
struct MetaDependency {
    name: String,
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    path: Option<PathBuf>,
}

impl Project {
    /// The project at `path` as the learner named it (relative, or through a
    /// symlink): an input error when it does not exist.
    pub fn open(path: &Path) -> Result<Project> {
        let dir = path
            .canonicalize()
            .map_err(|e| InputError::new(format!("cannot open {}: {e}", path.display())))?;
        Project::load(&dir)
    }

    /// Reads the project at `dir` with `cargo metadata --no-deps` (which neither
    /// resolves nor writes `Cargo.lock`).
    pub fn load(dir: &Path) -> Result<Project> {
        if !dir.is_dir() {
            return Err(InputError::new(format!(
                "{} is not a directory; give --path the directory of a Cargo project",
                dir.display()
            ))
            .into());
        }
        if !dir.join("Cargo.toml").is_file() {
            return Err(InputError::new(format!(
                "{} is not a Cargo project: it has no Cargo.toml; give --path the directory that holds one",
                dir.display()
            ))
            .into());
        }
        let out = duct::cmd(
            "cargo",
            [
                "metadata",
                "--no-deps",
                "--format-version",
                "1",
                "--offline",
            ],
        )
        .dir(dir)
        .stdout_capture()
        .stderr_capture()
        .unchecked()
        .run()
        .context("cannot start cargo; is it on PATH?")?;
        if !out.status.success() {
            let err = String::from_utf8_lossy(&out.stderr);
            return Err(InputError::new(format!(
                "cargo cannot read the project at {}:\n{}",
                dir.display(),
                err.trim_end()
            ))
            .into());
        }
        let meta: Metadata =
            serde_json::from_slice(&out.stdout).context("cannot parse `cargo metadata`")?;
        Ok(Project::from_metadata(meta))
    }

    fn from_metadata(meta: Metadata) -> Project {
        let member_ids = &meta.workspace_members;
        let packages: Vec<&MetaPackage> = meta
            .packages
            .iter()
            .filter(|p| member_ids.contains(&p.id))
            .collect();
        let names: Vec<&str> = packages.iter().map(|p| p.name.as_str()).collect();
        let members = packages
            .iter()
            .map(|p| Member {
                name: p.name.clone(),
                dir: p
                    .manifest_path
                    .parent()
                    .map(Path::to_path_buf)
                    .unwrap_or_default(),
                targets: p
                    .targets
                    .iter()
                    .map(|t| MemberTarget {
                        name: t.name.clone(),
                        kind: t.kind.clone(),
                        src_path: t.src_path.clone(),
                    })
                    .collect(),
                depends_on: p
                    .dependencies
                    .iter()
                    .filter(|d| {
                        d.path.is_some()
                            && d.kind.as_deref() != Some("dev")
                            && names.contains(&d.name.as_str())
                    })
                    .map(|d| d.name.clone())
                    .collect(),
            })
            .collect();
        Project {
            root: meta.workspace_root,
            target_dir: meta.target_directory,
            members,
        }
    }

    /// The binary a developer most likely edits: the one named by `bin` (in
    /// `package`, when given), else the only binary of `package`, else the binary of
    /// the member with the most workspace dependencies (the application on top).
    pub fn binary(
        &self,
        package: Option<&str>,
        bin: Option<&str>,
    ) -> Result<Option<(&Member, &MemberTarget)>> {
        let members: Vec<&Member> = match package {
            Some(p) => {
                let m = self.member(p)?;
                vec![m]
            }
            None => self.members.iter().collect(),
        };
        let mut bins: Vec<(&Member, &MemberTarget)> = members
            .iter()
            .flat_map(|m| {
                m.targets
                    .iter()
                    .filter(|t| t.kind.iter().any(|k| k == "bin"))
                    .map(move |t| (*m, t))
            })
            .collect();
        if let Some(name) = bin {
            return match bins.iter().find(|(_, t)| t.name == name) {
                Some(found) => Ok(Some(*found)),
                None => {
                    let known: Vec<&str> = bins.iter().map(|(_, t)| t.name.as_str()).collect();
                    Err(InputError::new(format!(
                        "no binary named `{name}`{}",
                        suggestion(name, &known)
                    ))
                    .into())
                }
            };
        }
        bins.sort_by_key(|(m, t)| {
            (
                std::cmp::Reverse(self.dependency_count(&m.name)),
                m.name != t.name,
                t.name.clone(),
            )
        });
        Ok(bins.first().copied())
    }

    /// A member by name, with the nearest name suggested when there is none.
    pub fn member(&self, name: &str) -> Result<&Member> {
        self.members.iter().find(|m| m.name == name).ok_or_else(|| {
            let known: Vec<&str> = self.members.iter().map(|m| m.name.as_str()).collect();
            InputError::new(format!(
                "no package named `{name}` in this workspace{}",
                suggestion(name, &known)
            ))
            .into()
        })
    }

    /// How many workspace members `name` depends on, directly or not.
    fn dependency_count(&self, name: &str) -> usize {
        let mut seen: Vec<&str> = Vec::new();
        let mut todo = vec![name];
        while let Some(n) = todo.pop() {
            if let Some(m) = self.members.iter().find(|m| m.name == n) {
                for d in &m.depends_on {
                    if !seen.contains(&d.as_str()) {
                        seen.push(d);
                        todo.push(d);
                    }
                }
            }
        }
        seen.len()
    }

    /// A leaf member's library: a workspace library that `top` depends on (directly
    /// or not) and that depends on no other member; the deepest such leaf, so an
    /// edit in it shows the whole fan-out.
    pub fn leaf_library(&self, top: Option<&str>) -> Option<(&Member, &MemberTarget)> {
        let candidates: Vec<&Member> = match top {
            Some(t) => {
                let mut reach: Vec<&Member> = Vec::new();
                let mut todo = vec![t];
                while let Some(n) = todo.pop() {
                    if let Some(m) = self.members.iter().find(|m| m.name == n) {
                        for d in &m.depends_on {
                            if let Some(dm) = self.members.iter().find(|x| &x.name == d)
                                && !reach.iter().any(|r| r.name == dm.name)
                            {
                                reach.push(dm);
                                todo.push(d);
                            }
                        }
                    }
                }
                reach
            }
            None => self.members.iter().collect(),
        };
        candidates
            .into_iter()
            .filter(|m| m.depends_on.is_empty())
            .filter_map(|m| {
                let lib = m
                    .targets
                    .iter()
                    .find(|t| t.kind.iter().any(|k| k == "lib" || k == "rlib"))?;
                Some((m, lib))
            })
            .max_by_key(|(m, _)| (self.dependents(&m.name), std::cmp::Reverse(m.name.clone())))
    }

    /// How many members depend on `name`, directly or not.
    fn dependents(&self, name: &str) -> usize {
        self.members
            .iter()
            .filter(|m| m.name != name && self.reaches(&m.name, name))
            .count()
    }

    fn reaches(&self, from: &str, to: &str) -> bool {
        let mut todo = vec![from];
        let mut seen: Vec<&str> = Vec::new();
        while let Some(n) = todo.pop() {
            if let Some(m) = self.members.iter().find(|m| m.name == n) {
                for d in &m.depends_on {
                    if d == to {
                        return true;
                    }
                    if !seen.contains(&d.as_str()) {
                        seen.push(d);
                        todo.push(d);
                    }
                }
            }
        }
        false
    }

    /// A copy of the project's files in a new scratch directory whose name starts with
    /// `prefix`: the directory (removed when dropped) and the copy's root in it. A
    /// measurement that builds there leaves the learner's files and `target/` alone.
    pub fn scratch_copy(
        &self,
        prefix: &str,
    ) -> anyhow::Result<(crate::engine::sandbox::ScratchDir, PathBuf)> {
        use anyhow::Context as _;
        let dir = crate::engine::sandbox::ScratchDir::new(prefix)?;
        let root = dir.path().join("project");
        crate::engine::sandbox::copy_tree(&self.root, &root).with_context(|| {
            format!("cannot copy {} to a scratch directory", self.root.display())
        })?;
        Ok((dir, root))
    }

    /// A path relative to the workspace root, for the output and the steps.
    pub fn relative(&self, path: &Path) -> PathBuf {
        path.strip_prefix(&self.root)
            .map_or_else(|_| path.to_path_buf(), Path::to_path_buf)
    }
}

/// ` (did you mean `x`?)`, or the known names, or nothing.
fn suggestion(name: &str, known: &[&str]) -> String {
    match crate::suggest::nearest(name, known) {
        Some(n) => format!(" (did you mean `{n}`?)"),
        None if known.is_empty() => String::new(),
        None => format!(" (there are: {})", known.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn project(members: &[(&str, &[&str], &[&str])]) -> Project {
        Project {
            root: PathBuf::from("/ws"),
            target_dir: PathBuf::from("/ws/target"),
            members: members
                .iter()
                .map(|(name, kinds, deps)| Member {
                    name: name.to_string(),
                    dir: PathBuf::from(format!("/ws/{name}")),
                    targets: kinds
                        .iter()
                        .map(|k| MemberTarget {
                            name: name.to_string(),
                            kind: vec![k.to_string()],
                            src_path: PathBuf::from(format!(
                                "/ws/{name}/src/{}.rs",
                                if *k == "bin" { "main" } else { "lib" }
                            )),
                        })
                        .collect(),
                    depends_on: deps.iter().map(|d| d.to_string()).collect(),
                })
                .collect(),
        }
    }

    #[test]
    fn picks_the_application_on_top_and_the_deepest_leaf() {
        let p = project(&[
            ("tool", &["bin"], &[]),
            ("app", &["bin"], &["mid", "util"]),
            ("mid", &["lib"], &["core"]),
            ("core", &["lib"], &[]),
            ("util", &["lib"], &[]),
        ]);
        let (m, t) = p.binary(None, None).unwrap().unwrap();
        assert_eq!((m.name.as_str(), t.name.as_str()), ("app", "app"));
        let (leaf, _) = p.leaf_library(Some("app")).unwrap();
        // Both are leaves; `core` has two dependents (mid, app), `util` one.
        assert_eq!(leaf.name, "core");
        assert_eq!(
            p.relative(Path::new("/ws/app/src/main.rs")),
            Path::new("app/src/main.rs")
        );
    }

    #[test]
    fn unknown_names_suggest_the_nearest() {
        let p = project(&[("app", &["bin"], &[])]);
        let err = p.binary(None, Some("ap")).unwrap_err().to_string();
        assert!(err.contains("did you mean `app`"), "{err}");
        let err = p.member("apq").unwrap_err().to_string();
        assert!(err.contains("did you mean `app`"), "{err}");
    }

    #[test]
    fn a_workspace_without_binaries_has_no_binary_but_a_leaf() {
        let p = project(&[("a", &["lib"], &["b"]), ("b", &["lib"], &[])]);
        assert!(p.binary(None, None).unwrap().is_none());
        assert_eq!(p.leaf_library(None).unwrap().0.name, "b");
    }
}
