//! `cargo xtask`: Rebuild Lab's command line. See `cargo xtask --help`.

use std::process::ExitCode;

use xtask::cli::{self, Command};
use xtask::commands;
use xtask::error;

fn main() -> ExitCode {
    let command = match cli::parse(std::env::args_os().skip(1)) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(error::EXIT_BAD_INPUT as u8);
        }
    };
    xtask::interrupt::install();
    let result = match command {
        Command::Help => {
            print!("{}", cli::HELP);
            Ok(())
        }
        Command::List => commands::list::run(),
        Command::Run {
            exercise,
            keep,
            json,
        } => commands::run::run(&exercise, keep, json),
        Command::Verify {
            exercises,
            exercises_only,
            snapshots,
        } => commands::verify::run(&exercises, exercises_only, snapshots),
        Command::Bless {
            exercises,
            snapshots,
        } => commands::bless::run(&exercises, snapshots),
        Command::BenchRunner { exercise, runs } => {
            commands::bench_runner::run(exercise.as_deref(), runs)
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(error::exit_code(&e) as u8)
        }
    }
}
