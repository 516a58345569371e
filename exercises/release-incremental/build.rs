//! Generates `BIG_FNS` functions (1500 by default) and a table of them, so the crate's
//! size can be set from the environment without editing code. `BIG_MODULES` (1 by
//! default) spreads them over that many modules: rustc splits a crate into codegen
//! units along its modules, so the layout decides how much an incremental build can
//! reuse.
use std::fmt::Write;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-env-changed=BIG_FNS");
    println!("cargo::rerun-if-env-changed=BIG_MODULES");
    let number = |name: &str, default: usize| -> usize {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
            .max(1)
    };
    let count = number("BIG_FNS", 1500);
    let modules = number("BIG_MODULES", 1);
    let module_of = |i: usize| i * modules / count;
    let path = |i: usize| {
        if modules == 1 {
            format!("f{i}")
        } else {
            format!("m{}::f{i}", module_of(i))
        }
    };
    let mut code = String::new();
    for m in 0..modules {
        if modules > 1 {
            writeln!(code, "pub mod m{m} {{").unwrap();
        }
        for i in (0..count).filter(|&i| module_of(i) == m) {
            writeln!(
                code,
                "#[inline(never)]\npub fn f{i}(x: u64) -> u64 {{\n    let mut acc = x ^ {i};\n    for k in 0..(x % 13) {{\n        acc = acc.rotate_left(5).wrapping_mul(0x9E37_79B9_7F4A_7C15).wrapping_add(k);\n    }}\n    acc\n}}"
            )
            .unwrap();
        }
        if modules > 1 {
            code.push_str("}\n");
        }
    }
    write!(code, "pub static TABLE: [fn(u64) -> u64; {count}] = [").unwrap();
    for i in 0..count {
        write!(code, "{},", path(i)).unwrap();
    }
    code.push_str("];\n");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("generated.rs");
    std::fs::write(out, code).unwrap();
}
