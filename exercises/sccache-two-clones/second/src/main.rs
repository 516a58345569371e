fn main() {
    let text = shout::shout!("cache hits and misses");
    println!("{text}: {} words", words::count(&text.to_lowercase()));
}
