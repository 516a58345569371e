fn main() {
    let words = regex::Regex::new(r"[a-z]+").expect("a valid pattern");
    let count = words.find_iter("cache hits and misses").count();
    println!("{count} words");
}
