//! Uses a number a proc-macro computed at compile time.

/// The seed the `macros` crate computed while `view` was compiled.
pub fn seed() -> u64 {
    macros::seed!()
}
