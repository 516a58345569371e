//! The tool's logic, on top of `base`.

/// Twice the shared answer.
pub fn twice() -> u32 {
    base::answer() * 2
}
