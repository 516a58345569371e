fn main() {
    print!("{}", render::to_text(&model::sample()));
}
