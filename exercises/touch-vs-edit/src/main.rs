fn main() {
    println!("same bytes, new time");
}
