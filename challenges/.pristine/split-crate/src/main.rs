mod parser;
mod render;

fn main() {
    let pairs = parser::parse("title = Rebuild Lab\nauthor = you");
    let title = pairs.iter().find(|(k, _)| k == "title").map_or("", |(_, v)| v);
    print!("{}", render::render(title));
}
