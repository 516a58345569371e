mod version;

fn main() {
    println!("stamped {}", version::VERSION);
}
