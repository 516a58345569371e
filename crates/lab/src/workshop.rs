//! The workshop track (`workshop.toml`): a named selection of experiments and
//! challenges, in parts, for a room with a fixed time; and the record of how long each
//! takes to run on the reference machine (`measurements/workshop.json`), which the
//! instructor kit measures.
//!
//! ```toml
//! title = "Faster Rust builds: a three-hour workshop"
//!
//! [[part]]
//! title = "Why did that rebuild?"
//! minutes = 35
//! experiments = ["touch-main", "touch-vs-edit"]
//! challenges = []
//! ```

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use crate::engine::report::Host;
use crate::error::InputError;

/// Where the track is declared.
pub fn track_path(root: &Path) -> PathBuf {
    root.join("workshop.toml")
}

/// Where the measured run times are kept.
pub fn record_path(root: &Path) -> PathBuf {
    root.join("measurements").join("workshop.json")
}

/// The track.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Track {
    /// Its name, as the book shows it.
    pub title: String,
    /// The parts, in the order the room works through them.
    #[serde(rename = "part")]
    pub parts: Vec<Part>,
}

/// One part of the track.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Part {
    /// What the part is about.
    pub title: String,
    /// The time planned for it: reading, predicting, running and talking.
    pub minutes: u32,
    /// Experiments, in order.
    #[serde(default)]
    pub experiments: Vec<String>,
    /// Challenges, in order.
    #[serde(default)]
    pub challenges: Vec<String>,
}

impl Track {
    /// Every experiment of the track, in order.
    pub fn experiments(&self) -> impl Iterator<Item = &str> {
        self.parts
            .iter()
            .flat_map(|p| p.experiments.iter().map(String::as_str))
    }

    /// Every challenge of the track, in order.
    pub fn challenges(&self) -> impl Iterator<Item = &str> {
        self.parts
            .iter()
            .flat_map(|p| p.challenges.iter().map(String::as_str))
    }

    /// The planned minutes of all parts.
    pub fn minutes(&self) -> u32 {
        self.parts.iter().map(|p| p.minutes).sum()
    }
}

/// Reads the track and checks that it names only experiments of `exercises` and
/// challenges of `challenges`, each once, suggesting the nearest name for a misspelt one.
pub fn load(root: &Path, exercises: &Path, challenges: &Path) -> Result<Track, InputError> {
    let path = track_path(root);
    let source = std::fs::read_to_string(&path).map_err(|e| {
        InputError::new(format!("cannot read the workshop track: {e}")).at(&path, None)
    })?;
    let track: Track = toml::from_str(&source).map_err(|e| {
        let line = e
            .span()
            .map(|s| crate::engine::manifest::line_of(&source, s.start));
        InputError::new(e.message().trim().to_string()).at(&path, line)
    })?;
    let known: Vec<String> = crate::catalogue::entries(exercises)
        .into_iter()
        .map(|e| e.name)
        .collect();
    let known_challenges = crate::challenge::names(challenges);
    let line_of = |name: &str| {
        source
            .find(&format!("\"{name}\""))
            .map(|at| crate::engine::manifest::line_of(&source, at))
    };
    let check = |name: &str, all: &[String], kind: &str, field: &str| {
        if all.iter().any(|k| k == name) {
            return Ok(());
        }
        let names: Vec<&str> = all.iter().map(String::as_str).collect();
        let hint = crate::suggest::nearest(name, &names)
            .map(|n| format!("; did you mean `{n}`?"))
            .unwrap_or_default();
        Err(InputError::new(format!("no {kind} named `{name}`{hint}"))
            .at(&path, line_of(name))
            .field(field))
    };
    let mut seen = Vec::new();
    for name in track.experiments() {
        check(name, &known, "experiment", "experiments")?;
        if seen.contains(&name) {
            return Err(InputError::new(format!("`{name}` is in the track twice"))
                .at(&path, line_of(name))
                .field("experiments"));
        }
        seen.push(name);
    }
    for name in track.challenges() {
        check(name, &known_challenges, "challenge", "challenges")?;
    }
    Ok(track)
}

/// How long each experiment and challenge of the track took to run, once, on one
/// machine, from a fresh scratch copy: what a learner waits after pressing Run.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Record {
    /// The day it was measured, `YYYY-MM-DD`.
    pub date: String,
    /// The machine and toolchain.
    pub host: Option<Host>,
    /// One entry per experiment and challenge.
    pub runs: Vec<Timed>,
}

/// One run's time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Timed {
    /// The experiment or challenge.
    pub name: String,
    /// Seconds from pressing Run to the result.
    pub seconds: f64,
}

impl Record {
    /// The record, or an empty one where none was written.
    pub fn read(file: &Path) -> Result<Record> {
        match std::fs::read(file) {
            Ok(bytes) => serde_json::from_slice(&bytes)
                .with_context(|| format!("{} is not a workshop record", file.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Record::default()),
            Err(e) => Err(e).with_context(|| format!("cannot read {}", file.display())),
        }
    }

    /// The seconds recorded for `name`.
    pub fn seconds(&self, name: &str) -> Option<f64> {
        self.runs.iter().find(|r| r.name == name).map(|r| r.seconds)
    }

    /// Where and when, in words: `2 cores, x86_64-unknown-linux-gnu, rustc 1.95.0, 2026-12-06`.
    pub fn provenance(&self) -> Option<String> {
        let host = self.host.as_ref()?;
        let rustc: Vec<&str> = host.rustc.split_whitespace().take(2).collect();
        Some(format!(
            "{} cores, {}, {}, {}",
            host.cpus,
            host.platform,
            rustc.join(" "),
            self.date
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_projects_track_names_known_experiments_and_challenges() {
        let root = crate::paths::project_root();
        let track = load(
            &root,
            &crate::paths::exercises_dir(),
            &crate::challenge::root(),
        )
        .unwrap();
        let experiments = track.experiments().count();
        assert!(
            (10..=14).contains(&experiments),
            "about a dozen experiments, not {experiments}"
        );
        assert_eq!(track.challenges().count(), 2);
        assert!(track.minutes() <= 180, "{} minutes", track.minutes());
    }

    #[test]
    fn a_misspelt_name_is_refused_with_its_line_and_the_nearest() {
        let root = tempfile::tempdir().unwrap();
        std::fs::write(
            track_path(root.path()),
            "title = \"t\"\n\n[[part]]\ntitle = \"p\"\nminutes = 10\nexperiments = [\"touch-mian\"]\n",
        )
        .unwrap();
        let err = load(
            root.path(),
            &crate::paths::exercises_dir(),
            &crate::challenge::root(),
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("workshop.toml:6"), "{err}");
        assert!(err.contains("did you mean `touch-main`?"), "{err}");
    }
}
