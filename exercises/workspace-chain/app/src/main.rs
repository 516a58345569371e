fn main() {
    println!("{}", mid::describe());
}
