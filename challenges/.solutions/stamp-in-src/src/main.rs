mod version {
    include!(concat!(env!("OUT_DIR"), "/version.rs"));
}

fn main() {
    println!("stamped {}", version::VERSION);
}
