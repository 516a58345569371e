//! One crate to depend on: the shop's parts, re-exported.

pub use catalog;
pub use pricing;
