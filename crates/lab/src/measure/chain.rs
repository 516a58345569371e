//! Generated workspaces for tests and benchmarks of `measure`: any graph of path
//! crates ([`write_graph`]), and the chain of library crates `c00` ← `c01` ← … with an
//! `app` binary on top ([`write`]), where an edit in `c00` recompiles every crate of
//! the workspace.

use std::path::Path;

use anyhow::{Context, Result};

/// One crate of a generated workspace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// Its name.
    pub name: String,
    /// The members it depends on.
    pub deps: Vec<String>,
    /// A binary (`src/main.rs` printing the sum of its dependencies' values) rather
    /// than a library (`pub fn value()`, one more than the sum of theirs).
    pub bin: bool,
}

impl Member {
    /// A member called `name` that depends on `deps`.
    pub fn new(name: &str, deps: &[&str], bin: bool) -> Member {
        Member {
            name: name.to_string(),
            deps: deps.iter().map(|d| d.to_string()).collect(),
            bin,
        }
    }
}

/// Writes a workspace of `members` into `dir`.
pub fn write_graph(dir: &Path, members: &[Member]) -> Result<()> {
    let write = |path: &Path, text: String| -> Result<()> {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))
    };
    for m in members {
        let deps: String = m
            .deps
            .iter()
            .map(|d| format!("{d} = {{ path = \"../{d}\" }}\n"))
            .collect();
        write(
            &dir.join(&m.name).join("Cargo.toml"),
            format!(
                "[package]\nname = \"{}\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n[dependencies]\n{deps}",
                m.name
            ),
        )?;
        let sum: String = m.deps.iter().map(|d| format!(" + {d}::value()")).collect();
        if m.bin {
            write(
                &dir.join(&m.name).join("src/main.rs"),
                format!("fn main() {{\n    println!(\"{{}}\", 0{sum});\n}}\n"),
            )?;
        } else {
            write(
                &dir.join(&m.name).join("src/lib.rs"),
                format!("pub fn value() -> u64 {{\n    1{sum}\n}}\n"),
            )?;
        }
    }
    let names: Vec<String> = members.iter().map(|m| format!("\"{}\"", m.name)).collect();
    write(
        &dir.join("Cargo.toml"),
        format!(
            "[workspace]\nresolver = \"3\"\nmembers = [{}]\n",
            names.join(", ")
        ),
    )
}

/// Writes a workspace of `crates` chained libraries and `app` into `dir`.
pub fn write(dir: &Path, crates: usize) -> Result<()> {
    let mut members: Vec<Member> = Vec::new();
    for i in 0..crates {
        let deps = if i == 0 {
            Vec::new()
        } else {
            vec![format!("c{:02}", i - 1)]
        };
        members.push(Member {
            name: format!("c{i:02}"),
            deps,
            bin: false,
        });
    }
    members.push(Member {
        name: "app".into(),
        deps: vec![format!("c{:02}", crates.saturating_sub(1))],
        bin: true,
    });
    write_graph(dir, &members)
}
