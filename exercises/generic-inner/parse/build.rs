//! Writes the long body of `checksum` (1,200 small steps) into `OUT_DIR`, so the
//! source stays short while the function stays long.
use std::fmt::Write;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let mut body = String::from(
        "{\n    let len = bytes.len().max(1);\n    let mut acc: u64 = SEED;\n",
    );
    for n in 1..=1200u64 {
        writeln!(
            body,
            "    acc = acc.rotate_left({}).wrapping_add(bytes.get({n} % len).copied().unwrap_or({}) as u64);\n    if acc % {} == {} {{ acc ^= {}; }}",
            n % 61 + 1,
            n % 251,
            n % 13 + 2,
            n % 3,
            n * 2_654_435_761 % 4_294_967_291
        )
        .unwrap();
    }
    body.push_str("    acc\n}\n");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("body.rs");
    std::fs::write(out, body).unwrap();
}
