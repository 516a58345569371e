//! Turns `data/greeting.txt` into a constant the program includes.

fn main() {
    let text = std::fs::read_to_string("data/greeting.txt").expect("data/greeting.txt");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("greeting.rs");
    std::fs::write(out, format!("pub const GREETING: &str = {:?};\n", text.trim())).unwrap();
}
