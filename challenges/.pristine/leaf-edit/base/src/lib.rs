//! Shared types and texts of the tool.

/// The banner `app` prints first; product people change it every week.
pub const BANNER: &str = include_str!("../../messages/banner.txt");

/// A value every crate of the tool uses.
pub fn answer() -> u32 {
    42
}
