//! Measures the workshop track's run times: each experiment and challenge check once,
//! as the served book would run it, for `cargo xtask workshop --record`.

use std::path::Path;
use std::time::Instant;

use anyhow::Result;

use crate::engine::step_runner::RunOptions;
use crate::workshop::{Record, Timed, Track};

/// Runs every experiment and challenge of the track once, as the served book would,
/// and returns their times; `progress` gets a line each.
pub fn measure(
    track: &Track,
    exercises: &Path,
    challenges: &Path,
    mut progress: impl FnMut(&str),
) -> Result<Record> {
    let mut record = Record::default();
    let total = track.experiments().count() + track.challenges().count();
    let mut done = 0;
    for name in track.experiments() {
        crate::interrupt::check()?;
        done += 1;
        let start = Instant::now();
        let report = match crate::engine::run_dir(&exercises.join(name), &RunOptions::checking())? {
            crate::engine::Run::Done(run) => run.report,
            crate::engine::Run::Skipped(missing) => {
                progress(&format!("  [{done}/{total}] {name}: skipped ({missing})"));
                continue;
            }
        };
        let seconds = start.elapsed().as_secs_f64();
        progress(&format!("  [{done}/{total}] {name}: {seconds:.1} s"));
        if record.host.is_none() {
            record.date = report.started_at.date().to_string();
            record.host = Some(report.host.clone());
        }
        record.runs.push(Timed {
            name: name.to_string(),
            seconds,
        });
    }
    for name in track.challenges() {
        crate::interrupt::check()?;
        done += 1;
        let start = Instant::now();
        let pristine = crate::challenge::pristine(challenges, name);
        crate::challenge::check::check_with(
            name,
            &pristine,
            &pristine,
            None,
            &RunOptions::checking(),
        )?;
        let seconds = start.elapsed().as_secs_f64();
        progress(&format!(
            "  [{done}/{total}] {name} (check): {seconds:.1} s"
        ));
        record.runs.push(Timed {
            name: name.to_string(),
            seconds,
        });
    }
    Ok(record)
}
