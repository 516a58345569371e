//! `cargo xtask workshop [--record]`: the workshop track, part by part, with each run's
//! measured time and your status; `--record` measures the run times again and writes
//! them where the book reads them.

use anyhow::Result;

use crate::challenge;
use crate::learner::progress;
use crate::paths;
use crate::workshop::{self, Record};

/// Prints the track, or with `record` measures it and writes the record.
pub fn run(record: bool) -> Result<()> {
    let root = paths::project_root();
    let exercises = paths::exercises_dir();
    let challenges = challenge::root();
    let track = workshop::load(&root, &exercises, &challenges)?;
    let file = workshop::record_path(&root);
    if record {
        eprintln!(
            "Measuring the workshop track: {} experiments and {} challenge checks, one run each…",
            track.experiments().count(),
            track.challenges().count()
        );
        let measured =
            crate::instructor::workshop::measure(&track, &exercises, &challenges, |line| {
                eprintln!("{line}")
            })?;
        crate::files::write_atomic(&file, &serde_json::to_vec_pretty(&measured)?)?;
        println!("wrote {}", file.display());
        return Ok(());
    }
    let times = Record::read(&file)?;
    let results = paths::results_dir();
    println!(
        "{}: {} parts, {} minutes planned",
        track.title,
        track.parts.len(),
        track.minutes()
    );
    // How long a run took, after `verb`, or that it was not measured.
    let time = |name: &str, verb: &str| {
        times
            .seconds(name)
            .map_or("not measured".to_string(), |s| format!("{verb} {s:.1} s"))
    };
    for (i, part) in track.parts.iter().enumerate() {
        println!();
        println!("{}. {} ({} min)", i + 1, part.title, part.minutes);
        for e in &part.experiments {
            let status = progress::status(&results, &exercises, e);
            println!("   {e:<22} {:<16} {}", status.as_str(), time(e, "runs in"));
        }
        for c in &part.challenges {
            let status = match challenge::solved::load(&results, c) {
                Some(_) => "solved",
                None => "not solved",
            };
            println!(
                "   {c:<22} {status:<16} challenge, its check {}",
                time(c, "takes")
            );
        }
    }
    println!();
    match times.provenance() {
        Some(p) => println!("Run times: one run each on {p}."),
        None => println!("Run times not measured yet: `cargo xtask workshop --record`."),
    }
    println!(
        "In the book: the \"Workshop track\" page (add ?presenter to its address on a projector)."
    );
    Ok(())
}

/// The `workshop` command, as the command line gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkshopArgs {
    /// Measure the run times and write them.
    pub record: bool,
}

impl WorkshopArgs {
    /// Runs the command.
    pub fn run(self) -> anyhow::Result<()> {
        run(self.record)
    }
}
