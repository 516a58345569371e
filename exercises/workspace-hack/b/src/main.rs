fn main() {
    println!("b finds {:?}", memchr::memchr(b'b', b"banana"));
}
