#[cfg(feature = "dynamic")]
use big_dylib as lib;
#[cfg(not(feature = "dynamic"))]
use big as lib;

fn main() {
    let sum = lib::TABLE.iter().fold(0u64, |acc, f| acc ^ f(7));
    println!("{} functions, checksum {sum:x}", lib::TABLE.len());
}
