//! The page's runs: one at a time for the whole server, on the same engine as
//! `cargo xtask run`, with progress streamed to every page listening and a cancel
//! that stops cargo and removes the scratch copy.

use std::io::Write;
use std::net::TcpStream;
use std::sync::mpsc::{SyncSender, sync_channel};
use std::sync::{Arc, Mutex};

use serde::Serialize;

use crate::engine::observe::{Cancel, Event, Observer};
use crate::engine::step_runner::{Progress, RunOptions};
use crate::error::Interrupted;
use crate::learner::predictions;

/// What the run slot runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Job {
    /// An experiment, as `cargo xtask run` does.
    Run,
    /// A challenge's goals on the learner's copy, as `cargo xtask check` does.
    Check,
}

/// A goal of a challenge check, as the page shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GoalEvent {
    /// What must hold.
    pub text: String,
    /// The deciding step.
    pub step: usize,
    /// Whether it held.
    pub passed: bool,
    /// Cargo's reasons and the measurements behind the verdict.
    pub why: Vec<String>,
}

/// Every event the server sends on `/api/events`, as `theme/rebuild-lab.js` reads it:
/// the JSON object carries the kind in `event` and the exercise or challenge in
/// `exercise`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "event", rename_all = "kebab-case")]
pub enum ServerEvent {
    /// A run or a check began.
    RunStarted {
        /// The exercise or challenge.
        exercise: String,
    },
    /// A step began.
    StepStarted {
        /// The exercise or challenge.
        exercise: String,
        /// 1-based step number.
        number: usize,
        /// How many steps the plan has.
        total: usize,
        /// The step's label.
        label: String,
    },
    /// A step ended.
    StepFinished {
        /// The exercise or challenge.
        exercise: String,
        /// 1-based step number.
        number: usize,
        /// Wall time of the step.
        seconds: f64,
        /// Packages compiled in the step.
        compiled: Vec<String>,
        /// How many units were fresh.
        fresh: usize,
        /// Whether the step's expectations held.
        passed: bool,
    },
    /// A run ended (also when it failed to start, or panicked: then with `error`).
    RunFinished {
        /// The exercise.
        exercise: String,
        /// Whether every step behaved as the book says.
        passed: bool,
        /// The saved prediction's score, when there is one.
        score: Option<predictions::Score>,
        /// What went wrong, if anything.
        error: Option<String>,
    },
    /// A run or a check was cancelled; its scratch copy is gone.
    RunCancelled {
        /// The exercise or challenge.
        exercise: String,
    },
    /// A challenge check ended.
    CheckFinished {
        /// The challenge.
        exercise: String,
        /// Whether every goal held.
        passed: bool,
        /// Whether it is recorded as solved.
        solved: bool,
        /// The reference solution's HTML, once solved.
        solution: Option<String>,
        /// Each goal.
        goals: Vec<GoalEvent>,
        /// Guards that failed.
        guards: Vec<String>,
        /// What went wrong, if the check could not run.
        error: Option<String>,
    },
}

impl ServerEvent {
    /// The `event` name of every kind, as the page script matches them.
    pub const NAMES: [&'static str; 6] = [
        "run-started",
        "step-started",
        "step-finished",
        "run-finished",
        "run-cancelled",
        "check-finished",
    ];

    /// The event as one server-sent-events frame.
    fn frame(&self) -> Arc<str> {
        let json = serde_json::to_string(self).unwrap_or_else(|_| "{}".into());
        Arc::from(format!("data: {json}\n\n"))
    }

    /// The engine's step event, for `exercise`.
    fn step(exercise: &str, event: &Event) -> ServerEvent {
        let exercise = exercise.to_string();
        match event.clone() {
            Event::StepStarted {
                number,
                total,
                label,
            } => ServerEvent::StepStarted {
                exercise,
                number,
                total,
                label,
            },
            Event::StepFinished {
                number,
                seconds,
                compiled,
                fresh,
                passed,
            } => ServerEvent::StepFinished {
                exercise,
                number,
                seconds,
                compiled,
                fresh,
                passed,
            },
        }
    }
}

/// How many events may wait for one page before it counts as stalled and is dropped.
const QUEUE: usize = 256;

/// A page listening to the event stream: frames go to its own writer thread through a
/// bounded queue, so a page that stops reading never holds up a run.
struct Listener {
    id: u64,
    queue: SyncSender<Arc<str>>,
}

#[derive(Default)]
struct State {
    running: Option<(String, Cancel)>,
    /// The current run's events, for pages that start listening late.
    history: Vec<Arc<str>>,
    listeners: Vec<Listener>,
}

impl State {
    /// Queues a frame for every listener; forgets those gone or stalled. Never blocks.
    fn send(&mut self, frame: &Arc<str>) {
        self.listeners
            .retain(|l| l.queue.try_send(frame.clone()).is_ok());
    }
}

/// The server's run slot and its listeners.
#[derive(Clone)]
pub struct Runs {
    places: crate::layout::Layout,
    state: Arc<Mutex<State>>,
}

/// Frees the run slot when a job's thread ends, however it ends: after a panic it also
/// tells the pages, so the next run is not refused as busy until a restart.
struct Slot {
    runs: Runs,
    name: String,
    finished: bool,
}

impl Drop for Slot {
    fn drop(&mut self) {
        if self.finished {
            return;
        }
        let mut state = self.runs.lock();
        state.running = None;
        state.history.clear();
        state.send(
            &ServerEvent::RunFinished {
                exercise: self.name.clone(),
                passed: false,
                score: None,
                error: Some(
                    "the run stopped on an internal error (a bug in the lab); the terminal running `serve` shows it"
                        .into(),
                ),
            }
            .frame(),
        );
    }
}

impl Runs {
    /// No run, no listeners.
    pub fn new(places: crate::layout::Layout) -> Runs {
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
    /// returns the name of the job that holds the slot (or why no thread could start).
    pub fn start_job(&self, job: Job, name: &str) -> Result<(), String> {
        let cancel = Cancel::default();
        {
            let mut state = self.lock();
            if let Some((busy, _)) = &state.running {
                return Err(busy.clone());
            }
            state.running = Some((name.to_string(), cancel.clone()));
            state.history.clear();
        }
        let runs = self.clone();
        let name = name.to_string();
        let slot = Slot {
            runs: self.clone(),
            name: name.clone(),
            finished: false,
        };
        let spawned = std::thread::Builder::new()
            .name(format!("run-{name}"))
            .spawn(move || {
                // The whole guard moves here (not just the field set below), so that it
                // is dropped when this thread ends, however it ends.
                let mut slot = slot;
                if std::env::var_os(PANIC_HOOK).is_some_and(|v| v == name.as_str()) {
                    panic!("{PANIC_HOOK} asked the run of `{name}` to panic");
                }
                let finished = match job {
                    Job::Run => runs.run(&name, cancel),
                    Job::Check => runs.check(&name, cancel),
                };
                // Free the slot before telling anyone, so a page that sees the end can
                // start the next run at once; the end is not kept for later pages.
                let mut state = runs.lock();
                state.running = None;
                state.history.clear();
                state.send(&finished.frame());
                drop(state);
                slot.finished = true;
            });
        // Where the thread could not start, the guard inside its closure has freed
        // the slot and told the pages already.
        spawned
            .map(|_| ())
            .map_err(|e| format!("no thread for the run: {e}"))
    }

    /// Asks the running exercise to stop; returns its name, or `None` when idle.
    pub fn cancel(&self) -> Option<String> {
        let state = self.lock();
        let (name, cancel) = state.running.as_ref()?;
        cancel.cancel();
        Some(name.clone())
    }

    /// Adds a listener for server-sent events on connection `id`; it first gets the
    /// current run's events. Its writes happen on a thread of its own.
    pub fn listen(&self, id: u64, mut stream: TcpStream) {
        let (queue, frames) = sync_channel::<Arc<str>>(QUEUE);
        let head = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\n{}Connection: keep-alive\r\n\r\n: listening\n\n",
            super::http::SECURITY_HEADERS
        );
        let writer = std::thread::Builder::new()
            .name(format!("events-{id}"))
            .spawn(move || {
                if stream.write_all(head.as_bytes()).is_err() {
                    return;
                }
                for frame in frames {
                    if stream
                        .write_all(frame.as_bytes())
                        .and_then(|()| stream.flush())
                        .is_err()
                    {
                        let _ = stream.shutdown(std::net::Shutdown::Both);
                        return;
                    }
                }
            });
        if writer.is_err() {
            return;
        }
        let mut state = self.lock();
        let caught_up = state
            .history
            .iter()
            .all(|frame| queue.try_send(frame.clone()).is_ok());
        if caught_up {
            state.listeners.push(Listener { id, queue });
        }
    }

    /// Forgets the listener on connection `id` (its page went away).
    pub fn forget(&self, id: u64) {
        self.lock().listeners.retain(|l| l.id != id);
    }

    fn broadcast(&self, event: &ServerEvent) {
        let frame = event.frame();
        let mut state = self.lock();
        state.history.push(frame.clone());
        state.send(&frame);
    }

    /// Options for a job that tells the listeners about its steps.
    fn options(&self, name: &str, cancel: Cancel) -> RunOptions {
        let listener = self.clone();
        let exercise = name.to_string();
        let observer = Observer::new(move |event| {
            listener.broadcast(&ServerEvent::step(&exercise, event));
        });
        RunOptions::every_step(Progress::Quiet).observed(observer, cancel)
    }

    /// Checks a challenge on the learner's copy and returns the closing event.
    fn check(&self, name: &str, cancel: Cancel) -> ServerEvent {
        let options = self.options(name, cancel);
        let exercise = name.to_string();
        self.broadcast(&ServerEvent::RunStarted {
            exercise: exercise.clone(),
        });
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
                let goals = o
                    .goals
                    .iter()
                    .map(|g| GoalEvent {
                        text: g.text.clone(),
                        step: g.step,
                        passed: g.passed,
                        why: g.why.clone(),
                    })
                    .collect();
                // Once solved, the box shows the reference solution in place.
                let solution =
                    solved.then(|| crate::book::challenge_block::solution_html(root, name));
                ServerEvent::CheckFinished {
                    exercise,
                    passed: o.passed(),
                    solved,
                    solution,
                    goals,
                    guards: o.other_failures,
                    error: None,
                }
            }
            Err(e) if e.is::<Interrupted>() => ServerEvent::RunCancelled { exercise },
            Err(e) => ServerEvent::CheckFinished {
                exercise,
                passed: false,
                solved: false,
                solution: None,
                goals: Vec::new(),
                guards: Vec::new(),
                error: Some(format!("{e:#}")),
            },
        }
    }

    /// Runs one exercise to the end and returns the closing event.
    fn run(&self, name: &str, cancel: Cancel) -> ServerEvent {
        let dir = self.places.exercises.join(name);
        let options = self.options(name, cancel);
        let exercise = name.to_string();
        self.broadcast(&ServerEvent::RunStarted {
            exercise: exercise.clone(),
        });
        let failed = |error: String| ServerEvent::RunFinished {
            exercise: name.to_string(),
            passed: false,
            score: None,
            error: Some(error),
        };
        match crate::engine::run_dir(&dir, &options) {
            Ok(crate::engine::Run::Skipped(missing)) => failed(format!("skipped: {missing}")),
            Ok(crate::engine::Run::Done(done)) => {
                let crate::engine::Done { plan, report, .. } = *done;
                let saved = crate::engine::results::save(&self.places.results, &report);
                let prediction = predictions::load(&self.places.results, name).ok().flatten();
                let score = prediction.and_then(|p| predictions::score(&p, &plan, &report));
                ServerEvent::RunFinished {
                    exercise,
                    passed: report.passed(),
                    score,
                    error: saved.err().map(|e| format!("{e:#}")),
                }
            }
            Err(e) if e.is::<Interrupted>() => ServerEvent::RunCancelled { exercise },
            Err(e) => failed(format!("{e:#}")),
        }
    }
}

/// A test hook: a run of the exercise named in this variable panics at its start, as
/// a bug in the lab would, so that the tests can see the slot freed and the pages told.
pub const PANIC_HOOK: &str = "REBUILD_LAB_TEST_PANIC_IN_RUN";

#[cfg(test)]
mod tests {
    use super::*;

    /// The page script handles every event the server sends, and waits for no other.
    #[test]
    fn every_event_kind_is_one_the_page_script_reads() {
        let script = include_str!("../../../../theme/rebuild-lab.js");
        for name in ServerEvent::NAMES {
            assert!(
                script.contains(&format!("\"{name}\"")),
                "theme/rebuild-lab.js never handles `{name}`"
            );
        }
        let handled: Vec<&str> = script
            .split("ev.event === \"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .collect();
        assert!(!handled.is_empty());
        for name in handled {
            assert!(
                ServerEvent::NAMES.contains(&name),
                "the page script waits for `{name}`, which the server never sends"
            );
        }
        // And NAMES is what serde writes.
        let sample = ServerEvent::RunCancelled {
            exercise: "x".into(),
        };
        let json = serde_json::to_value(&sample).unwrap();
        assert_eq!(json["event"], "run-cancelled");
        assert_eq!(json["exercise"], "x");
    }
}
