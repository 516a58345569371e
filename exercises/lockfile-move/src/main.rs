fn main() {
    let mut buffer = itoa::Buffer::new();
    println!("formatted without allocating: {}", buffer.format(1234567_u64));
}
