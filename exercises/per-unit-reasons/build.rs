// Tells the program who built it; prints no `cargo::rerun-if-*` line.
fn main() {
    println!("cargo::rustc-env=BUILT_BY=build.rs");
}
