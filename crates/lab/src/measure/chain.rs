//! A generated workspace for tests and benchmarks of `measure`: a chain of library
//! crates `c00` ← `c01` ← … and an `app` binary on top, so an edit in `c00` recompiles
//! every crate of the workspace.

use std::path::Path;

use anyhow::{Context, Result};

/// Writes a workspace of `crates` chained libraries and `app` into `dir`.
pub fn write(dir: &Path, crates: usize) -> Result<()> {
    let write = |path: &Path, text: String| -> Result<()> {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))
    };
    let mut members = Vec::new();
    for i in 0..crates {
        let name = format!("c{i:02}");
        let (dep, body) = if i == 0 {
            (
                String::new(),
                "pub fn value() -> u64 {\n    1\n}\n".to_string(),
            )
        } else {
            let prev = format!("c{:02}", i - 1);
            (
                format!("{prev} = {{ path = \"../{prev}\" }}\n"),
                format!("pub fn value() -> u64 {{\n    {prev}::value() + {i}\n}}\n"),
            )
        };
        write(
            &dir.join(&name).join("Cargo.toml"),
            format!(
                "[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n[dependencies]\n{dep}"
            ),
        )?;
        write(&dir.join(&name).join("src/lib.rs"), body)?;
        members.push(format!("\"{name}\""));
    }
    let last = format!("c{:02}", crates.saturating_sub(1));
    write(
        &dir.join("app/Cargo.toml"),
        format!(
            "[package]\nname = \"app\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n[dependencies]\n{last} = {{ path = \"../{last}\" }}\n"
        ),
    )?;
    write(
        &dir.join("app/src/main.rs"),
        format!("fn main() {{\n    println!(\"{{}}\", {last}::value());\n}}\n"),
    )?;
    members.push("\"app\"".into());
    write(
        &dir.join("Cargo.toml"),
        format!(
            "[workspace]\nresolver = \"3\"\nmembers = [{}]\n",
            members.join(", ")
        ),
    )
}
