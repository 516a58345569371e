fn main() {
    // Read when the program runs, not when it is compiled: the build does not depend on it.
    let ci = std::env::var_os("CI").is_some();
    println!("CI: {}", if ci { "yes" } else { "no" });
}
