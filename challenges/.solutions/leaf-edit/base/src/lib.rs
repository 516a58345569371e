//! Shared types and texts of the tool.

/// A value every crate of the tool uses.
pub fn answer() -> u32 {
    42
}
