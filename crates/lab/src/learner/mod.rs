//! The learner's side of an experiment: the prediction made before a run, its score
//! against what cargo did, and each experiment's status.

pub mod ask;
pub mod predictions;
pub mod progress;
