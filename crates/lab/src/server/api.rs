//! The page API under `/api/`: predict, run, cancel, read an exercise's state, and
//! listen to a run's progress. Every request is authorised first (see [`super::auth`]);
//! names must be exercises of the catalogue, and nothing else comes from the request.
//!
//! | request | answer |
//! | --- | --- |
//! | `POST /api/predict/NAME` `{"answers": [[...], "slower", 1]}` (one per question: packages, a comparison, a choice), `{"compiled": [...]}` or `{"skipped": true}` | 200, the saved prediction |
//! | `POST /api/run/NAME` | 202; 409 `{"busy": NAME}` while a run holds the slot |
//! | `POST /api/check/CHALLENGE` | 202; checks the learner's copy of a challenge; 409 when busy |
//! | `POST /api/cancel` | 200 `{"cancelled": NAME}`; 409 when nothing runs |
//! | `GET /api/state/NAME` | 200: status, prediction, score (JSON and as the book renders it), the running exercise, the box's "Your last run" |
//! | `GET /api/events?token=T` | server-sent events of the current run |
//!
//! Refusals: 403 (Host, Origin, token, method), 400 (a malformed name or body), 404 (an
//! unknown name or endpoint), 413 (a body over the limit).

use std::io::BufReader;
use std::net::TcpStream;

use anyhow::Result;
use serde::Deserialize;
use serde_json::{Value, json};

use super::auth::{self, Token};
use super::http::{self, BodyError, Request};
use super::runs::Runs;
use crate::learner::{predictions, progress};

/// What the API needs.
#[derive(Clone)]
pub struct Api {
    /// The secret of this server start.
    pub token: Token,
    /// The run slot.
    pub runs: Runs,
    /// Where the exercises, challenges, committed snapshots (for the choices a
    /// prediction may name) and results are: the book's own sources.
    pub sources: crate::layout::Layout,
}

/// A prediction as the page sends it: one answer per question (see
/// [`predictions::Given`]), or `compiled` alone for an exercise with one packages
/// question, or `skipped`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PredictionBody {
    #[serde(default)]
    answers: Option<Vec<predictions::Given>>,
    #[serde(default)]
    compiled: Option<Vec<String>>,
    #[serde(default)]
    skipped: bool,
}

/// An answer: status and JSON.
type Answer = (u16, Value);

fn error(status: u16, message: impl Into<String>) -> Answer {
    (status, json!({ "error": message.into() }))
}

impl Api {
    /// Answers one `/api/` request on `stream`.
    pub fn handle(
        &self,
        request: &Request,
        reader: &mut BufReader<TcpStream>,
        mut stream: TcpStream,
        port: u16,
        id: u64,
    ) -> Result<()> {
        if request.path == "/api/events" {
            if let Err(refusal) = auth::check_stream(request, port, &self.token) {
                let (status, body) = error(403, refusal.to_string());
                return http::respond_json(&mut stream, status, &body);
            }
            self.runs.listen(id, stream.try_clone()?);
            // Keep the connection open until the page goes away, then forget it at once.
            let _ = stream.set_read_timeout(None);
            let mut sink = [0u8; 256];
            while matches!(std::io::Read::read(reader, &mut sink), Ok(n) if n > 0) {}
            self.runs.forget(id);
            return Ok(());
        }
        let (status, body) = self.answer(request, reader, port);
        http::respond_json(&mut stream, status, &body)
    }

    fn answer(&self, request: &Request, reader: &mut BufReader<TcpStream>, port: u16) -> Answer {
        if let Err(refusal) = auth::check_api(request, port, &self.token) {
            return error(403, refusal.to_string());
        }
        let rest = &request.path["/api/".len()..];
        let (endpoint, name) = rest.split_once('/').unwrap_or((rest, ""));
        let want = match endpoint {
            "run" | "cancel" | "predict" | "check" => "POST",
            "state" => "GET",
            _ => return error(404, format!("no endpoint /api/{endpoint}")),
        };
        if request.method != want {
            return error(
                403,
                format!(
                    "refused: /api/{endpoint} takes {want}, not {}",
                    request.method
                ),
            );
        }
        let body = match http::read_body(request, reader) {
            Ok(b) => b,
            Err(BodyError::TooLarge) => {
                return error(
                    413,
                    format!("refused: the body is over {} bytes", http::MAX_BODY),
                );
            }
            Err(BodyError::Malformed) => return error(400, "the body could not be read"),
        };
        if endpoint == "cancel" {
            return match self.runs.cancel() {
                Some(name) => (200, json!({ "cancelled": name })),
                None => error(409, "nothing is running"),
            };
        }
        if endpoint == "check" {
            return self.check_challenge(name);
        }
        if let Err(answer) = self.check_name(name) {
            return answer;
        }
        match endpoint {
            "run" => match self.runs.start(name) {
                Ok(()) => (202, json!({ "running": name })),
                Err(busy) => (
                    409,
                    json!({ "busy": busy, "error": format!("busy, running {busy}") }),
                ),
            },
            "predict" => self.predict(name, &body),
            _ => self.state(name),
        }
    }

    /// Starts a check of the challenge `name`, which must be one of the challenges.
    fn check_challenge(&self, name: &str) -> Answer {
        if !well_formed(name) {
            return error(400, format!("{name:?} is not a challenge name"));
        }
        if !crate::challenge::names(&self.sources.challenges)
            .iter()
            .any(|n| n == name)
        {
            return error(404, format!("no challenge named `{name}`"));
        }
        match self.runs.start_job(super::runs::Job::Check, name) {
            Ok(()) => (202, json!({ "checking": name })),
            Err(busy) => (
                409,
                json!({ "busy": busy, "error": format!("busy, running {busy}") }),
            ),
        }
    }

    /// A name must look like an exercise name and be one of the catalogue.
    fn check_name(&self, name: &str) -> Result<(), Answer> {
        if !well_formed(name) {
            return Err(error(400, format!("{name:?} is not an exercise name")));
        }
        let known = crate::catalogue::entries(&self.sources.exercises)
            .iter()
            .any(|e| e.name == name);
        if !known {
            return Err(error(404, format!("no exercise named `{name}`")));
        }
        Ok(())
    }

    fn predict(&self, name: &str, body: &[u8]) -> Answer {
        let parsed: PredictionBody = match serde_json::from_slice(body) {
            Ok(p) => p,
            Err(e) => return error(400, format!("the prediction is not valid JSON: {e}")),
        };
        let plan = match crate::engine::plan::load(&self.sources.exercises.join(name)) {
            Ok(p) => p,
            Err(e) => return error(400, e.to_string()),
        };
        if plan.predict.is_empty() {
            return error(400, format!("`{name}` asks for no prediction"));
        }
        let snapshot = crate::engine::snapshot::read(&crate::engine::snapshot::path(
            &self.sources.snapshots,
            name,
        ))
        .ok()
        .flatten()
        .unwrap_or_default();
        let answers = if parsed.skipped {
            Vec::new()
        } else {
            let given = match (parsed.answers, parsed.compiled) {
                (Some(answers), None) => answers,
                (None, Some(compiled)) => vec![predictions::Given::Packages(compiled)],
                (None, None) => Vec::new(),
                (Some(_), Some(_)) => {
                    return error(400, "send `answers` or `compiled`, not both");
                }
            };
            match predictions::answers_from(
                &plan,
                |step| predictions::choices(&snapshot, step),
                given,
            ) {
                Ok(a) => a,
                Err(e) => return error(400, e),
            }
        };
        let prediction = predictions::Prediction {
            exercise: name.to_string(),
            answers,
            skipped: parsed.skipped,
            made_at: crate::timestamp::rfc3339(std::time::SystemTime::now()),
        };
        match predictions::save(&self.sources.results, &prediction) {
            Ok(_) => (200, json!(prediction)),
            Err(e) => error(500, format!("{e:#}")),
        }
    }

    fn state(&self, name: &str) -> Answer {
        let prediction = predictions::load(&self.sources.results, name)
            .ok()
            .flatten();
        let report = crate::engine::results::load(&self.sources.results, name)
            .ok()
            .flatten();
        let plan = crate::engine::plan::load(&self.sources.exercises.join(name)).ok();
        let status = progress::status_of(prediction.as_ref(), plan.as_ref(), report.as_ref());
        let score = match status {
            progress::Status::PredictedRight | progress::Status::PredictedWrong => {
                match (&prediction, &plan, &report) {
                    (Some(p), Some(plan), Some(r)) => predictions::score(p, plan, r),
                    _ => None,
                }
            }
            _ => None,
        };
        let score_html = score.as_ref().zip(plan.as_ref()).map(|(s, plan)| {
            crate::book::exercise_block::score_html(s, plan, &self.sources.measurements)
        });
        // The box's "Your last run", rendered as the book renders it, so the page can
        // show a finished run without reloading (and losing what the learner typed).
        let yours = crate::book::exercise_block::load(name, &self.sources)
            .map(|d| crate::book::exercise_block::yours_html(&d))
            .ok();
        (
            200,
            json!({
                "exercise": name,
                "status": status,
                "prediction": prediction,
                "score": score,
                "score_html": score_html,
                "running": self.runs.running(),
                "yours": yours,
            }),
        )
    }
}

/// Lower-case letters, digits and inner dashes, as exercise and challenge names are:
/// no paths, no dots, nothing to escape.
fn well_formed(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 64
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !name.starts_with('-')
}
