// Records the profile the program was built with. It prints no `rerun-if` line, so
// cargo reruns it whenever any file of the package changes.
fn main() {
    let profile = std::env::var("PROFILE").unwrap_or_default();
    println!("cargo::rustc-env=BUILT_WITH={profile}");
}
