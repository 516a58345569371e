//! Helpers every crate of the service shares.

pub mod clock;
pub mod strings;
