fn main() {
    let words = regex::Regex::new(r"[a-z]+").expect("a valid pattern");
    let count = words.find_iter("cache hits and misses").count();
    let record = serde_json::json!({ "crate": "app", "words": count });
    println!("{record}");
}
