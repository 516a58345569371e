fn main() {
    // The build script reads APP_LOG_LEVEL and says so, as a well-behaved one does.
    println!("cargo::rerun-if-env-changed=APP_LOG_LEVEL");
    let level = std::env::var("APP_LOG_LEVEL").unwrap_or_else(|_| "info".into());
    println!("cargo::rustc-env=APP_LOG_LEVEL_BUILT={level}");
}
