//! One module per `cargo xtask` command. Commands are thin: they find exercises, call
//! the stages, and print.

pub mod bench_book;
pub mod bench_measure;
pub mod bench_page;
pub mod bench_runner;
pub mod bless;
pub mod book;
pub mod check;
pub mod claims;
pub mod doctor;
pub mod hint;
pub mod list;
pub mod measure;
pub mod prefetch;
pub mod progress;
pub mod report;
pub mod reset;
pub mod run;
pub mod serve;
pub mod solution;
pub mod verify;
pub mod workshop;

use crate::cli::{self, Command};

impl Command {
    /// Runs the command: each command's own module does the work.
    pub fn run(self) -> anyhow::Result<()> {
        match self {
            Command::Help => {
                print!("{}", cli::help());
                Ok(())
            }
            Command::List => list::run(),
            Command::Run {
                exercise,
                keep,
                json,
                predict,
            } => run::run(&exercise, keep, json, predict),
            Command::Verify(args) => verify::run(&args),
            Command::Measure(args) => measure::run(&args),
            Command::BenchMeasure { runs } => bench_measure::run(runs),
            Command::Serve { port, open } => serve::run(port, open),
            Command::Book => book::run(),
            Command::MdbookPreprocessor { .. } => Err(anyhow::anyhow!(
                "mdBook's preprocessor protocol is answered by the `xtask` binary, which holds mdBook"
            )),
            Command::Bless {
                exercises,
                snapshots,
            } => bless::run(&exercises, snapshots),
            Command::Claims {
                exercises,
                runs,
                record,
            } => claims::run(&exercises, runs, record),
            Command::BenchBook { runs, cold } => bench_book::run(runs, cold),
            Command::Check { challenge } => check::run(&challenge),
            Command::Hint { challenge, all } => hint::run(&challenge, all),
            Command::Solution { challenge, anyway } => solution::run(&challenge, anyway),
            Command::Reset { challenge, yes } => reset::run(&challenge, yes),
            Command::Progress => progress::run(),
            Command::Workshop { record } => workshop::run(record),
            Command::Report(args) => report::run(&args),
            Command::Doctor { json } => doctor::run(json),
            Command::Prefetch { build } => prefetch::run(build),
            Command::BenchRunner { exercise, runs } => bench_runner::run(exercise.as_deref(), runs),
        }
    }
}
