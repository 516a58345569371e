//! Writes 200 record types, each with twelve fields and four derives, into `OUT_DIR`:
//! a derive-heavy crate without a long source file.
use std::fmt::Write;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let types = ["u32", "String", "Option<u64>", "Vec<u8>", "bool"];
    let mut code = String::new();
    for i in 0..200 {
        writeln!(code, "#[derive(Serialize, Deserialize, Debug, Default)]").unwrap();
        writeln!(code, "pub struct Record{i} {{").unwrap();
        for j in 0..12 {
            writeln!(code, "    pub f{j}: {},", types[j % types.len()]).unwrap();
        }
        writeln!(code, "}}").unwrap();
    }
    let out = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("records.rs");
    std::fs::write(out, code).unwrap();
}
