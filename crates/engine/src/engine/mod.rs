//! The engine every run goes through: an exercise's manifest becomes a plan of typed
//! steps, which run with real cargo in a sandbox (timed by the instrument shim, with
//! the services and downloads they need) and become a report, saved as results and
//! compared as snapshots. Experiments, challenges, `measure`, the page's Run button
//! and the instructor's report all use it; there is no second way to run a step.

pub mod cargo_config;
pub mod cargo_messages;
pub mod changes;
pub mod downloads;
pub mod edits;
pub mod expect;
pub mod fingerprint_log;
pub mod host;
pub mod instrument;
pub mod manifest;
pub mod measurements;
pub mod normalize;
pub mod observe;
pub mod plan;
pub mod reason_wording;
pub mod registry_package;
pub mod report;
pub mod requirements;
pub mod results;
pub mod run;
pub mod sandbox;
pub mod services;
pub mod snapshot;
pub mod stats;
pub mod step_runner;
pub mod unit_graph;
pub mod unit_reasons;

pub use run::{Done, Missing, Run, run, run_dir};
