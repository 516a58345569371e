//! Each experiment's status for the learner: not run, run, or predicted right or wrong.

use std::path::Path;

use serde::Serialize;

use super::predictions::{self, Prediction};
use crate::engine::plan::Plan;
use crate::engine::report::Report;

/// Where a learner stands with one experiment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// No run recorded.
    NotRun,
    /// Predicted, but not run since.
    Predicted,
    /// Run, without a prediction to score (none made, or skipped).
    Run,
    /// Run after a prediction that was right in every answer.
    PredictedRight,
    /// Run after a prediction with at least one wrong answer.
    PredictedWrong,
}

impl Status {
    /// The status in words, for tables.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::NotRun => "not run",
            Status::Predicted => "predicted",
            Status::Run => "run",
            Status::PredictedRight => "predicted right",
            Status::PredictedWrong => "predicted wrong",
        }
    }
}

/// The status of `exercise` (a directory of `exercises_dir`) from the files under
/// `results_dir`. Files that cannot be read count as absent: the status is a
/// convenience, not a check.
pub fn status(results_dir: &Path, exercises_dir: &Path, exercise: &str) -> Status {
    let report = crate::engine::results::load(results_dir, exercise)
        .ok()
        .flatten();
    let prediction = predictions::load(results_dir, exercise).ok().flatten();
    let plan = match (&prediction, &report) {
        (Some(_), Some(_)) => crate::engine::plan::load(&exercises_dir.join(exercise)).ok(),
        _ => None,
    };
    status_of(prediction.as_ref(), plan.as_ref(), report.as_ref())
}

/// The status from an exercise's prediction, plan and last report, when there are any.
pub fn status_of(
    prediction: Option<&Prediction>,
    plan: Option<&Plan>,
    report: Option<&Report>,
) -> Status {
    match (prediction, report) {
        (None, None) => Status::NotRun,
        (Some(p), None) if !p.skipped => Status::Predicted,
        (Some(_), None) => Status::NotRun,
        (None, Some(_)) => Status::Run,
        // A run older than the prediction has not tested it yet.
        (Some(p), Some(r)) if !p.skipped && r.started_at.as_str() < p.made_at.as_str() => {
            Status::Predicted
        }
        (Some(p), Some(r)) => match plan.and_then(|plan| predictions::score(p, plan, r)) {
            Some(s) if s.all_right() => Status::PredictedRight,
            Some(_) => Status::PredictedWrong,
            None => Status::Run,
        },
    }
}
