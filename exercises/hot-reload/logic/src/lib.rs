//! The part of the program you edit: a greeting, and a count of the calls made to this
//! copy of the library.

use std::sync::atomic::{AtomicU32, Ordering};

/// Calls made to this copy of the library since it was loaded: state that lives in the
/// library, and is lost when a new copy replaces it.
static CALLS: AtomicU32 = AtomicU32::new(0);

/// Which version of the greeting this is; edits change it.
pub const VERSION: u32 = 1;

/// The greeting, as the program shows it.
pub fn greeting() -> String {
    format!("hello from version {VERSION}")
}

/// The greeting's version, for a host that loads this library at run time. A plain
/// integer crosses the boundary safely; a Rust type such as `String` would tie both
/// sides to one compiler and one layout.
#[unsafe(no_mangle)]
pub extern "C" fn logic_version() -> u32 {
    VERSION
}

/// Counts a call, and returns how many this copy of the library has had.
#[unsafe(no_mangle)]
pub extern "C" fn logic_count_call() -> u32 {
    CALLS.fetch_add(1, Ordering::SeqCst) + 1
}
