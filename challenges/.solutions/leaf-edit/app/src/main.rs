/// The banner; it lives here, with the one crate that prints it.
const BANNER: &str = include_str!("../../messages/banner.txt");

fn main() {
    print!("{BANNER}");
    println!("twice the answer: {}", mid::twice());
}
