/// A type `shapes` has never heard of.
#[derive(Debug, Clone, PartialEq, PartialOrd)]
struct Meters(f64);

fn main() {
    println!("{}", shapes::summarize(&[Meters(2.0), Meters(1.0)]));
    println!("{}", shapes::summarize(&[3u8, 1, 2]));
    println!("{}", shapes::plain_total(&[1, 2, 3]));
}
