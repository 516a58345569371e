fn main() {
    let mut number = itoa::Buffer::new();
    let found = memchr::memchr(b'c', b"a shared cache").is_some();
    let record = serde_json::json!({ "builds": number.format(2), "found": found });
    println!("{record}");
}
