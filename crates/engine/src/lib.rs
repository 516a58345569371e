//! Rebuild Lab's engine: runs an exercise's steps with real cargo in a scratch copy and
//! records what was fresh, what compiled and why, and how long rustc and the linker
//! took. It knows nothing of the book, the server or the command line, which build on
//! it (in the `xtask` crate); keeping it a crate of its own lets it compile while
//! mdBook does, and an edit above it leaves it built.
//!
//! Data flows one way, through the `engine`:
//!
//! ```text
//! exercise.toml ─► manifest ─► plan ─► sandbox ─► step_runner (cargo_messages)
//!     ─► report ─► { table | results (JSON) | snapshot (normalize) }
//! ```

pub mod catalogue;
pub mod ci;
pub mod engine;
pub mod error;
pub mod files;
pub mod interrupt;
pub mod paths;
pub mod suggest;
pub mod table;
pub mod timestamp;
