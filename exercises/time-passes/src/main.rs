fn main() {
    let squares: Vec<u64> = (1..=10).map(|n| n * n).collect();
    println!("{squares:?}");
}
