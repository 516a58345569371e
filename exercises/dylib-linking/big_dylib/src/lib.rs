//! Re-exports `big` from a dynamic library.
pub use big::*;
