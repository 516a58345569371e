//! What a run tells a watcher while it works (the page's progress stream), and how a
//! watcher asks it to stop (the page's Cancel button).

use std::fmt;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use serde::Serialize;

/// One moment of a run.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "event", rename_all = "kebab-case")]
pub enum Event {
    /// A step begins.
    StepStarted {
        /// 1-based step number.
        number: usize,
        /// How many steps the plan has.
        total: usize,
        /// The step's label.
        label: String,
    },
    /// A step ended.
    StepFinished {
        /// 1-based step number.
        number: usize,
        /// Wall time of the step.
        seconds: f64,
        /// Packages compiled in the step (empty for steps that run no cargo).
        compiled: Vec<String>,
        /// How many units were fresh.
        fresh: usize,
        /// Whether the step's expectations held.
        passed: bool,
    },
}

/// Receives the events of a run, on the thread that runs it.
#[derive(Clone)]
pub struct Observer(Arc<dyn Fn(&Event) + Send + Sync>);

impl Observer {
    /// An observer calling `f` for every event.
    pub fn new(f: impl Fn(&Event) + Send + Sync + 'static) -> Observer {
        Observer(Arc::new(f))
    }

    /// Tells the observer about an event.
    pub fn tell(&self, event: &Event) {
        (self.0)(event);
    }
}

impl fmt::Debug for Observer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Observer")
    }
}

/// A request to stop a run, shared between the run and whoever may cancel it.
#[derive(Debug, Clone, Default)]
pub struct Cancel(Arc<AtomicBool>);

impl Cancel {
    /// Asks the run to stop: the running cargo is killed and the run ends as if
    /// interrupted, removing its scratch copy.
    pub fn cancel(&self) {
        self.0.store(true, Ordering::SeqCst);
    }

    /// Whether the run was asked to stop.
    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}
