fn main() {
    println!("small: {}", c01::value());
}
