//! `cargo xtask`: Rebuild Lab's command line. See `cargo xtask --help`.
//!
//! The lab itself is the `rebuild-lab` crate (`crates/lab`); this binary adds mdBook,
//! the book's renderer, which the lab's crate does not depend on so that it compiles
//! while mdBook does.

mod mdbook;

use std::process::ExitCode;

use rebuild_lab::book;
use rebuild_lab::cli::{self, Command};
use rebuild_lab::error;

fn main() -> ExitCode {
    let command = match cli::parse(std::env::args_os().skip(1)) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(error::EXIT_BAD_INPUT as u8);
        }
    };
    book::set_renderer(Box::new(mdbook::MdBookRenderer));
    rebuild_lab::interrupt::install();
    quiet_when_the_reader_leaves();
    let result = match command {
        Command::MdbookPreprocessor { args } => {
            return match mdbook::run_protocol(&args) {
                Ok(code) => ExitCode::from(code as u8),
                Err(e) => {
                    eprintln!("error: {e:#}");
                    ExitCode::from(error::EXIT_FAILED as u8)
                }
            };
        }
        command => command.run(),
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
