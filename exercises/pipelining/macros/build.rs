//! Generates 3,000 small functions and a table of them: a proc-macro crate with a lot of code
//! to generate and little to type-check.
use std::fmt::Write;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let count = 3000;
    let mut code = String::new();
    for i in 0..count {
        writeln!(
            code,
            "#[inline(never)]\nfn step{i}(x: u64) -> u64 {{\n    let mut acc = x ^ {i};\n    for k in 0..(x % 7) {{\n        acc = acc.rotate_left(3).wrapping_mul(0x9E37_79B9_7F4A_7C15).wrapping_add(k);\n    }}\n    acc\n}}"
        )
        .unwrap();
    }
    write!(code, "static STEPS: [fn(u64) -> u64; {count}] = [").unwrap();
    for i in 0..count {
        write!(code, "step{i},").unwrap();
    }
    code.push_str("];\n");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("table.rs");
    std::fs::write(out, code).unwrap();
}
