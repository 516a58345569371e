//! A model with many generated steps.

include!(concat!(env!("OUT_DIR"), "/steps.rs"));

/// Runs `x` through the first `n` steps.
pub fn run(x: u64, n: usize) -> u64 {
    STEPS.iter().take(n).fold(x, |acc, step| step(acc))
}
