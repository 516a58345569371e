fn main() {
    // Whether the program runs in CI, to keep its output short there.
    let ci = option_env!("CI").is_some();
    println!("CI: {}", if ci { "yes" } else { "no" });
}
