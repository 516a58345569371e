mod report;
mod version;
mod words;

/// The text the report is about; a real tool would read a file.
const TEXT: &str = "the build ran again\nthe cache was warm\nthe build was fast";

fn main() {
    println!("{}", version::line());
    println!("{}", report::report(TEXT));
}
