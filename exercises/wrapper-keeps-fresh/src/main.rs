fn main() {
    println!("timed or not, the same program");
}
