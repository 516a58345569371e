/// The text the report is about; a real tool would read a file.
const TEXT: &str = "the build ran again\nthe cache was warm\nthe build was fast";

fn main() {
    println!(
        "app {} (commit {})",
        env!("CARGO_PKG_VERSION"),
        version::COMMIT
    );
    println!("{}", engine::report(TEXT));
}
