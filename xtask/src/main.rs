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
    quiet_when_the_reader_leaves();
    let result = match command {
        Command::Help => {
            print!("{}", cli::help());
            Ok(())
        }
        Command::List => commands::list::run(),
        Command::Run {
            exercise,
            keep,
            json,
            predict,
        } => commands::run::run(&exercise, keep, json, predict),
        Command::Verify(args) => commands::verify::run(&args),
        Command::Measure(args) => commands::measure::run(&args),
        Command::BenchMeasure { runs } => commands::bench_measure::run(runs),
        Command::Serve { port, open } => commands::serve::run(port, open),
        Command::Book => commands::book::run(),
        Command::MdbookPreprocessor { args } => {
            return match xtask::book::preprocessor::run_protocol(&args) {
                Ok(code) => ExitCode::from(code as u8),
                Err(e) => {
                    eprintln!("error: {e:#}");
                    ExitCode::from(error::EXIT_FAILED as u8)
                }
            };
        }
        Command::Bless {
            exercises,
            snapshots,
        } => commands::bless::run(&exercises, snapshots),
        Command::Claims {
            exercises,
            runs,
            record,
        } => commands::claims::run(&exercises, runs, record),
        Command::BenchBook { runs, cold } => commands::bench_book::run(runs, cold),
        Command::Check { challenge } => commands::check::run(&challenge),
        Command::Hint { challenge, all } => commands::hint::run(&challenge, all),
        Command::Solution { challenge, anyway } => commands::solution::run(&challenge, anyway),
        Command::Reset { challenge, yes } => commands::reset::run(&challenge, yes),
        Command::Progress => commands::progress::run(),
        Command::Workshop { record } => commands::workshop::run(record),
        Command::Report(args) => commands::report::run(&args),
        Command::Doctor { json } => commands::doctor::run(json),
        Command::Prefetch { build } => commands::prefetch::run(build),
        Command::BenchRunner { exercise, runs } => {
            commands::bench_runner::run(exercise.as_deref(), runs)
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.downcast_ref::<error::Skipped>().is_some() => {
            eprintln!("{e}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(error::exit_code(&e) as u8)
        }
    }
}

/// `cargo xtask progress | head` closes the pipe before everything is printed; the
/// next `println!` then panics. Stop quietly instead, as `list` does: what the reader
/// wanted, it got.
fn quiet_when_the_reader_leaves() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let payload = info.payload();
        let message = payload
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| payload.downcast_ref::<&str>().copied())
            .unwrap_or_default();
        if message.starts_with("failed printing to stdout") && message.contains("Broken pipe") {
            std::process::exit(0);
        }
        default(info);
    }));
}
