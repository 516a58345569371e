fn main() {
    println!("{}", app::step_1(3));
}
