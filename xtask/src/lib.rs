//! Rebuild Lab's task runner: runs the exercises with real cargo, records what was
//! rebuilt and why, checks the results against expectations and snapshots.
//!
//! Data flows one way, and the modules follow it:
//!
//! ```text
//! exercise.toml ─► manifest ─► plan ─► sandbox ─► step_runner (cargo_messages)
//!     ─► report ─► { table | results (JSON) | snapshot (normalize) }
//! ```
//!
//! Beside it, `instrument` times rustc and the linker through a small shim, `book`
//! builds the mdBook with the `{{#exercise}}` preprocessor and checks its links, and
//! `server` serves it with live reload. The `commands` module holds one thin module per
//! `cargo xtask` command.

#![warn(missing_docs)]

pub mod book;
pub mod cargo_config;
pub mod cargo_messages;
pub mod catalogue;
pub mod challenge;
pub mod cli;
pub mod commands;
pub mod downloads;
pub mod edits;
pub mod error;
pub mod expect;
pub mod fingerprint_log;
pub mod instructor;
pub mod instrument;
pub mod interrupt;
pub mod learner;
pub mod manifest;
pub mod measure;
pub mod normalize;
pub mod observe;
pub mod paths;
pub mod plan;
pub mod registry_package;
pub mod report;
pub mod requirements;
pub mod results;
pub mod sandbox;
pub mod server;
pub mod services;
pub mod snapshot;
pub mod stats;
pub mod step_runner;
pub mod table;
pub mod unit_reasons;
