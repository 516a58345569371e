use shop::{catalog, pricing};

fn main() {
    for item in catalog::items() {
        println!("{}: {} cents", item.name, pricing::price_of(&item));
    }
}
