//! Writes the crate's version into `src/version.rs` for the program to print.

fn main() {
    let version = std::env::var("CARGO_PKG_VERSION").unwrap();
    std::fs::write(
        "src/version.rs",
        format!("pub const VERSION: &str = {version:?};\n"),
    )
    .unwrap();
}
