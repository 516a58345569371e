fn main() {
    println!("a finds {:?}", memchr::memchr(b'a', b"banana"));
}
