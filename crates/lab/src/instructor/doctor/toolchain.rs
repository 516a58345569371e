//! The Rust toolchain: version and channel, the components `verify` needs, nightly.

use std::path::Path;

use super::Finding;

/// The oldest Rust the lab supports (the workspace's `rust-version`).
fn minimum(root: &Path) -> Option<(u32, u32)> {
    let text = std::fs::read_to_string(root.join("Cargo.toml")).ok()?;
    let table: toml::Table = text.parse().ok()?;
    let v = table
        .get("workspace")?
        .get("package")?
        .get("rust-version")?
        .as_str()?;
    parse_minor(v)
}

/// `(major, minor)` of a version such as `1.95.0` or `1.97.0-nightly`.
fn parse_minor(version: &str) -> Option<(u32, u32)> {
    let mut parts = version.split(['.', '-']);
    Some((parts.next()?.parse().ok()?, parts.next()?.parse().ok()?))
}

fn version_of(args: &[&str]) -> Option<String> {
    let (program, rest) = args.split_first()?;
    duct::cmd(*program, rest)
        .stderr_null()
        .read()
        .ok()
        .map(|s| s.trim().to_string())
}

pub(super) fn check(root: &Path) -> Vec<Finding> {
    let mut out = Vec::new();
    let Some(rustc) = version_of(&["rustc", "-vV"]) else {
        out.push(Finding::problem(
            "toolchain",
            "rustc cannot be run",
            "install Rust from https://rustup.rs and open a new terminal",
        ));
        return out;
    };
    let release = rustc
        .lines()
        .find_map(|l| l.strip_prefix("release: "))
        .unwrap_or("unknown")
        .to_string();
    let channel = if release.contains("nightly") {
        "nightly"
    } else if release.contains("beta") {
        "beta"
    } else {
        "stable"
    };
    let host = rustc
        .lines()
        .find_map(|l| l.strip_prefix("host: "))
        .unwrap_or("unknown");
    match (parse_minor(&release), minimum(root)) {
        (Some(have), Some(need)) if have < need => out.push(Finding::problem(
            "toolchain",
            format!(
                "rustc {release} ({channel}) is older than the lab's {}.{}",
                need.0, need.1
            ),
            "update it: `rustup update stable`",
        )),
        _ => out.push(Finding::ok(
            "toolchain",
            format!("rustc {release} ({channel}, {host})"),
        )),
    }
    let missing: Vec<&str> = [("rustfmt", "fmt"), ("clippy", "clippy")]
        .into_iter()
        .filter(|(_, sub)| version_of(&["cargo", sub, "--version"]).is_none())
        .map(|(name, _)| name)
        .collect();
    if missing.is_empty() {
        out.push(Finding::ok(
            "components",
            "rustfmt and clippy (for `verify`)",
        ));
    } else {
        out.push(Finding::warning(
            "components",
            format!("{} missing: `verify` needs them", missing.join(" and ")),
            format!("rustup component add {}", missing.join(" ")),
        ));
    }
    match version_of(&["rustc", "+nightly", "-V"]) {
        Some(v) => out.push(Finding::ok(
            "nightly",
            format!("{v}: the nightly experiments run"),
        )),
        None => out.push(Finding::warning(
            "nightly",
            "no nightly toolchain: the experiments that need one are skipped",
            "rustup toolchain install nightly --profile minimal",
        )),
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_versions_and_the_labs_minimum() {
        assert_eq!(parse_minor("1.95.0"), Some((1, 95)));
        assert_eq!(parse_minor("1.97.0-nightly"), Some((1, 97)));
        assert_eq!(parse_minor("x"), None);
        assert!(minimum(&crate::paths::project_root()).is_some());
    }
}
