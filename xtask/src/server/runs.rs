//! The page's runs: one at a time for the whole server, on the same engine as
//! `cargo xtask run`, with progress streamed to every page listening and a cancel
//! that stops cargo and removes the scratch copy.

use std::io::Write;
use std::net::TcpStream;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use serde_json::{Value, json};

use crate::engine::observe::{Cancel, Observer};
use crate::engine::step_runner::{Progress, RunOptions};
use crate::error::{Interrupted, Skipped};
use crate::learner::predictions;

/// Where runs find exercises and challenges, and leave results.
#[derive(Debug, Clone)]
pub struct Places {
    /// The exercises directory.
    pub exercises: PathBuf,
    /// The challenges directory.
    pub challenges: PathBuf,
    /// The results directory (`target/rebuild-lab`).
    pub results: PathBuf,
}

/// What the run slot runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Job {
    /// An experiment, as `cargo xtask run` does.
    Run,
    /// A challenge's goals on the learner's copy, as `cargo xtask check` does.
    Check,
}

#[derive(Default)]
struct State {
    running: Option<(String, Cancel)>,
    /// The current run's events, for pages that start listening late.
    history: Vec<String>,
    listeners: Vec<TcpStream>,
}

impl State {
    /// Writes a frame to every listener; forgets those that went away.
    fn send(&mut self, frame: &str) {
        self.listeners.retain_mut(|l| {
            l.write_all(frame.as_bytes())
                .and_then(|()| l.flush())
                .is_ok()
        });
    }
}

/// The server's run slot and its listeners.
#[derive(Clone)]
pub struct Runs {
    places: Places,
    state: Arc<Mutex<State>>,
}

impl Runs {
    /// No run, no listeners.
    pub fn new(places: Places) -> Runs {
        Runs {
            places,
            state: Arc::new(Mutex::new(State::default())),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The exercise running now, if any.
    pub fn running(&self) -> Option<String> {
        self.lock().running.as_ref().map(|(n, _)| n.clone())
    }

    /// Starts `exercise` (a catalogue name, already checked) in the background, or
    /// returns the name of the run that holds the slot.
    pub fn start(&self, exercise: &str) -> Result<(), String> {
        self.start_job(Job::Run, exercise)
    }

    /// Starts a job on `name` (an exercise or challenge name, already checked), or
    /// returns the name of the job that holds the slot.
    pub fn start_job(&self, job: Job, name: &str) -> Result<(), String> {
        let exercise = name;
        let cancel = Cancel::default();
        {
            let mut state = self.lock();
            if let Some((busy, _)) = &state.running {
                return Err(busy.clone());
            }
            state.running = Some((exercise.to_string(), cancel.clone()));
            state.history.clear();
        }
        let runs = self.clone();
        let name = exercise.to_string();
        std::thread::spawn(move || {
            let finished = match job {
                Job::Run => runs.run(&name, cancel),
                Job::Check => runs.check(&name, cancel),
            };
            // Free the slot before telling anyone, so a page that sees the end can start
            // the next run at once; the end is not kept for pages that come later.
            let mut state = runs.lock();
            state.running = None;
            state.history.clear();
            state.send(&sse(&finished.to_string()));
        });
        Ok(())
    }

    /// Asks the running exercise to stop; returns its name, or `None` when idle.
    pub fn cancel(&self) -> Option<String> {
        let state = self.lock();
        let (name, cancel) = state.running.as_ref()?;
        cancel.cancel();
        Some(name.clone())
    }

    /// Adds a listener for server-sent events; it first gets the current run's events.
    pub fn listen(&self, mut stream: TcpStream) {
        let mut state = self.lock();
        let mut ok = stream
            .write_all(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: keep-alive\r\n\r\n: listening\n\n")
            .is_ok();
        for event in &state.history {
            ok = ok && stream.write_all(sse(event).as_bytes()).is_ok();
        }
        if ok {
            state.listeners.push(stream);
        }
    }

    fn broadcast(&self, event: &Value) {
        let text = event.to_string();
        let frame = sse(&text);
        let mut state = self.lock();
        state.history.push(text);
        state.send(&frame);
    }

    /// Options for a job that tells the listeners about its steps.
    fn options(&self, name: &str, cancel: Cancel) -> RunOptions {
        let listener = self.clone();
        let exercise = name.to_string();
        let observer = Observer::new(move |event| {
            let mut value = serde_json::to_value(event).unwrap_or(Value::Null);
            if let Value::Object(map) = &mut value {
                map.insert("exercise".into(), json!(exercise));
            }
            listener.broadcast(&value);
        });
        RunOptions {
            progress: Progress::Quiet,
            stop_on_failure: false,
            instrument: true,
            observer: Some(observer),
            cancel: Some(cancel),
        }
    }

    /// Checks a challenge on the learner's copy and returns the closing event.
    fn check(&self, name: &str, cancel: Cancel) -> Value {
        let options = self.options(name, cancel);
        self.broadcast(&json!({"event": "run-started", "exercise": name}));
        let root = &self.places.challenges;
        let outcome = crate::challenge::check::check_with(
            name,
            &crate::challenge::pristine(root, name),
            &crate::challenge::working(root, name),
            None,
            &options,
        );
        match outcome {
            Ok(o) => {
                let solved = o.passed()
                    && crate::challenge::solved::record(&self.places.results, name).is_ok();
                let goals: Vec<Value> = o
                    .goals
                    .iter()
                    .map(|g| json!({"text": g.text, "step": g.step, "passed": g.passed, "why": g.why}))
                    .collect();
                // Once solved, the box shows the reference solution in place.
                let solution =
                    solved.then(|| crate::book::challenge_block::solution_html(root, name));
                json!({
                    "event": "check-finished",
                    "exercise": name,
                    "passed": o.passed(),
                    "solved": solved,
                    "solution": solution,
                    "goals": goals,
                    "guards": o.other_failures,
                })
            }
            Err(e) if e.is::<Interrupted>() => json!({"event": "run-cancelled", "exercise": name}),
            Err(e) => json!({
                "event": "check-finished", "exercise": name, "passed": false,
                "error": format!("{e:#}"),
            }),
        }
    }

    /// Runs one exercise to the end and returns the closing event.
    fn run(&self, name: &str, cancel: Cancel) -> Value {
        let dir = self.places.exercises.join(name);
        let options = self.options(name, cancel);
        self.broadcast(&json!({"event": "run-started", "exercise": name}));
        match crate::commands::run_exercise(&dir, &options) {
            Ok((plan, report, _sandbox)) => {
                let saved = crate::engine::results::save(&self.places.results, &report);
                let prediction = predictions::load(&self.places.results, name).ok().flatten();
                let score = prediction.and_then(|p| predictions::score(&p, &plan, &report));
                json!({
                    "event": "run-finished",
                    "exercise": name,
                    "passed": report.passed(),
                    "score": score,
                    "error": saved.err().map(|e| format!("{e:#}")),
                })
            }
            Err(e) if e.is::<Interrupted>() => {
                json!({"event": "run-cancelled", "exercise": name})
            }
            Err(e) if e.is::<Skipped>() => json!({
                "event": "run-finished", "exercise": name, "passed": false,
                "error": format!("skipped: {e}"),
            }),
            Err(e) => json!({
                "event": "run-finished", "exercise": name, "passed": false,
                "error": format!("{e:#}"),
            }),
        }
    }
}

fn sse(json: &str) -> String {
    format!("data: {json}\n\n")
}
