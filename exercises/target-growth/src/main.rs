fn main() {
    println!("{}", app::step_7(6));
}
