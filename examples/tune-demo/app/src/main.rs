//! Prints a price list: the items of `catalog`, measured with `shapes`. Given a
//! number, it also fingerprints the catalogue that many times over (`app 300`): work
//! for `tune --run` to time.

fn main() {
    let items = catalog::items();
    let total: f64 = items.iter().map(|i| i.price).sum();
    let area = shapes::Rect { w: 3.0, h: 4.0 }.area();
    println!(
        "{} items, {total:.2} in all; label area {area}",
        items.len()
    );
    if let Some(rounds) = std::env::args().nth(1) {
        let rounds: u32 = rounds.parse().expect("the argument is a number of rounds");
        println!("fingerprint {:x}", catalog::fingerprint(&items, rounds));
    }
}
