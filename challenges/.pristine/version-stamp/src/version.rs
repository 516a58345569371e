//! Which build this is.

/// The version line: the package's version and the commit CI built it from.
pub fn line() -> String {
    format!(
        "app {} (commit {})",
        env!("CARGO_PKG_VERSION"),
        env!("APP_COMMIT")
    )
}
