//! Passes the commit CI builds from (`GIT_COMMIT`) to the code as `APP_COMMIT`.

fn main() {
    println!("cargo::rerun-if-env-changed=GIT_COMMIT");
    let commit = std::env::var("GIT_COMMIT").unwrap_or_else(|_| "unknown".to_string());
    println!("cargo::rustc-env=APP_COMMIT={commit}");
}
