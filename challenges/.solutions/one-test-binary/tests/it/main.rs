//! Every integration test, in one crate: one program to link after an edit to the
//! library instead of one per file.

mod errors;
mod format;
mod limits;
mod parse;
mod round_trip;
mod unicode;
