//! Whether the lab runs under continuous integration, where nothing may be skipped
//! quietly and no snapshot is written.

/// Whether this is a CI run, where nothing may be written into the source tree.
pub fn is_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0")
}
