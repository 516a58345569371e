fn main() {
    // The number comes from the command line so the compiler cannot see the overflow.
    let n: u8 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(200);
    let total = n + 100;
    println!("{n} + 100 = {total}");
}
