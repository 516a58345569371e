fn main() {
    let mut number = itoa::Buffer::new();
    let found = memchr::memchr(b'c', b"a shared cache").is_some();
    println!("{} {found}", number.format(3));
}
