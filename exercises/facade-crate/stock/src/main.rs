use shop::catalog;

fn main() {
    for item in catalog::items().iter().filter(|item| item.in_stock == 0) {
        println!("out of stock: {}", item.name);
    }
}
