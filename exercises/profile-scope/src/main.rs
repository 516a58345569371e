use serde::Serialize;

/// A setting the program would save; `Serialize` is derived by serde's proc macro.
#[derive(Serialize, Debug)]
struct Setting {
    name: &'static str,
    value: u32,
}

fn main() {
    let setting = Setting { name: "jobs", value: 2 };
    println!("{setting:?}");
}
