//! A library whose size is set by `BIG_FNS` at build time (see `build.rs`).
include!(concat!(env!("OUT_DIR"), "/generated.rs"));
