fn main() {
    let mut buffer = itoa::Buffer::new();
    println!("formatted without allocating: {}", buffer.format(1234567_u64));
    println!("{}, built for {}", greeting::greeting!("app"), env!("BUILT_FOR"));
}
