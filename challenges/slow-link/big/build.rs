//! Generates `BIG_FNS` functions (2000 by default) and a table of them, so the crate's
//! size can be set from the environment without editing code.
use std::fmt::Write;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-env-changed=BIG_FNS");
    let count: usize = std::env::var("BIG_FNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2000);
    let mut code = String::new();
    for i in 0..count {
        writeln!(
            code,
            "#[inline(never)]\npub fn f{i}(x: u64) -> u64 {{\n    let mut acc = x ^ {i};\n    for k in 0..(x % 13) {{\n        acc = acc.rotate_left(5).wrapping_mul(0x9E37_79B9_7F4A_7C15).wrapping_add(k);\n    }}\n    acc\n}}"
        )
        .unwrap();
    }
    write!(code, "pub static TABLE: [fn(u64) -> u64; {count}] = [").unwrap();
    for i in 0..count {
        write!(code, "f{i},").unwrap();
    }
    code.push_str("];\n");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("generated.rs");
    std::fs::write(out, code).unwrap();
}
