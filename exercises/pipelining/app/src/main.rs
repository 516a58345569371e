fn main() {
    println!("{}", render::describe(7, model::STEPS.len()));
}
