//! Writes the crate's version into `OUT_DIR` for the program to include.

fn main() {
    // The script reads nothing but itself and cargo's variables.
    println!("cargo::rerun-if-changed=build.rs");
    let version = std::env::var("CARGO_PKG_VERSION").unwrap();
    let out = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("version.rs");
    std::fs::write(out, format!("pub const VERSION: &str = {version:?};\n")).unwrap();
}
