fn main() {
    println!("{}", render::describe(view::seed(), model::STEPS.len()));
}
