fn main() {
    println!("one module so far");
}
