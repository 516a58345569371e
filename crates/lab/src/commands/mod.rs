//! One module per `cargo xtask` command. Commands are thin: they find exercises, call
//! the stages, and print.

pub mod bench_book;
pub mod bench_measure;
pub mod bench_page;
pub mod bench_runner;
pub mod bench_tune;
pub mod bless;
pub mod book;
pub mod check;
pub mod claims;
pub mod doctor;
pub mod hint;
pub mod list;
pub mod measure;
pub mod prefetch;
pub mod progress;
pub mod report;
pub mod reset;
pub mod run;
pub mod serve;
pub mod solution;
pub mod tune;
pub mod verify;
pub mod workshop;
