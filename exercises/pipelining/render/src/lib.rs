//! Shows what the model computes.

/// A line of text about `n` steps from `x`.
pub fn describe(x: u64, n: usize) -> String {
    format!("{n} steps from {x}: {:x}", model::run(x, n))
}
