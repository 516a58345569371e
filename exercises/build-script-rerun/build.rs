// Records when the crate was built; prints no `cargo::rerun-if-*` line (yet).
fn main() {
    println!("cargo::rustc-env=BUILT_BY=build.rs");
}
