//! Rebuild Lab's task runner: runs the exercises with real cargo, records what was
//! rebuilt and why, checks the results against expectations and snapshots.
//!
//! Data flows one way, through the `engine`:
//!
//! ```text
//! exercise.toml ─► manifest ─► plan ─► sandbox ─► step_runner (cargo_messages)
//!     ─► report ─► { table | results (JSON) | snapshot (normalize) }
//! ```
//!
//! Around it: `book` builds the mdBook with the `{{#exercise}}` preprocessor and checks
//! its links, `server` serves it with live reload and the page API, `challenge` and
//! `learner` hold the challenges and the learner's progress, `measure` measures a
//! learner's own project, and `instructor` prepares and reports on a workshop. The
//! `commands` module holds one thin module per `cargo xtask` command.

pub use rebuild_lab_engine::{
    catalogue, ci, engine, error, files, interrupt, paths, suggest, table, timestamp,
};

pub mod book;
pub mod challenge;
pub mod cli;
pub mod commands;
pub mod html;
pub mod instructor;
pub mod layout;
pub mod learner;
pub mod measure;
pub mod server;
pub mod tune;
pub mod watch;
pub mod workshop;
