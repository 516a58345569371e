//! A build script: like a proc-macro, a program cargo compiles for the host and runs.
fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rustc-env=BUILT_FOR={}", std::env::var("TARGET").unwrap());
}
