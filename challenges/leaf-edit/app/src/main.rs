fn main() {
    print!("{}", base::BANNER);
    println!("twice the answer: {}", mid::twice());
}
