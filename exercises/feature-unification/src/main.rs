fn main() {
    let haystack = b"edit, build, run";
    println!("first comma at {:?}", memchr::memchr(b',', haystack));
}
