//! The report generator: everything the program computes. It reads no variable at
//! build time, so a new commit leaves it fresh.

mod report;
mod words;

pub use report::report;
