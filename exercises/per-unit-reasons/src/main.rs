fn main() {
    println!("built by {}", env!("BUILT_BY"));
}
