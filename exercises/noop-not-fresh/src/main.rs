mod stamp;

fn main() {
    println!("the build script has run {} times", stamp::RUNS);
}
