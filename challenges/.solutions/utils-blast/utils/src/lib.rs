//! Text helpers for the crates that show things to people; the clock helpers are
//! in `clock`.

pub mod strings;
