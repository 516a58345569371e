fn main() {
    println!("the loop has {} steps", leaf::steps());
}
