use clap::Parser;
use serde::{Deserialize, Serialize};

/// Counts the words of a text that match a pattern.
#[derive(Parser)]
struct Args {
    /// The pattern words must match.
    #[arg(long, default_value = "^[a-z]+ing$")]
    pattern: String,
}

#[derive(Serialize, Deserialize)]
struct Count {
    pattern: String,
    matches: usize,
}

#[tokio::main]
async fn main() {
    let args = Args::parse();
    let text = "building linking testing and reading while waiting";
    let re = regex::Regex::new(&args.pattern).expect("a valid pattern");
    let matches = tokio::spawn(async move { text.split(' ').filter(|w| re.is_match(w)).count() })
        .await
        .expect("the counting task");
    let count = Count {
        pattern: args.pattern,
        matches,
    };
    println!("{}", serde_json::to_string(&count).expect("JSON"));
}
