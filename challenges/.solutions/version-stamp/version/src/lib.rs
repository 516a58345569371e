//! Which commit this build comes from: the one crate a new commit compiles again,
//! small on purpose.

/// The commit CI built from (`GIT_COMMIT` at build time), or `unknown`.
pub const COMMIT: &str = env!("APP_COMMIT");
