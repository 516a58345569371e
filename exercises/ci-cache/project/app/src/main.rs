fn main() {
    println!("{}", core_model::record("ci", 42));
}
