fn main() {
    let mut entries = core_model::parse("builds=12 edits=40 links=12 coffees=3");
    print!("{}", render::table(&mut entries));
    println!("(built with the {} profile)", env!("BUILT_WITH"));
}
