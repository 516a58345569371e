//! Prints a price list: the items of `catalog`, measured with `shapes`.

fn main() {
    let items = catalog::items();
    let total: f64 = items.iter().map(|i| i.price).sum();
    let area = shapes::Rect { w: 3.0, h: 4.0 }.area();
    println!("{} items, {total:.2} in all; label area {area}", items.len());
}
