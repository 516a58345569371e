//! Counts the words of a text that match a pattern, and prints the count as JSON.

use clap::Parser;
use serde::{Deserialize, Serialize};

/// The command line.
#[derive(Parser)]
struct Args {
    /// The pattern words must match.
    #[arg(long, default_value = "^[a-z]+ing$")]
    pattern: String,
}

/// What the program prints.
#[derive(Serialize, Deserialize)]
struct Count {
    pattern: String,
    matches: usize,
}

fn main() {
    let args = Args::parse();
    let text = "building linking testing and reading while waiting";
    let re = regex::Regex::new(&args.pattern).expect("a valid pattern");
    let matches = text.split(' ').filter(|w| re.is_match(w)).count();
    let count = Count {
        pattern: args.pattern,
        matches,
    };
    println!("{}", serde_json::to_string(&count).expect("JSON"));
}
