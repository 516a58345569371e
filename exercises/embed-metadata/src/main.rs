use serde::{Deserialize, Serialize};

/// A unit of a build log, as a tool would keep it.
#[derive(Debug, Serialize, Deserialize)]
struct Unit {
    name: String,
    seconds: f64,
}

fn main() {
    let units: Vec<Unit> = serde_json::from_str(r#"[{"name":"app","seconds":0.5}]"#)
        .expect("valid JSON");
    let starting_with_a = units.iter().filter(|u| u.name.starts_with('a')).count();
    println!("{starting_with_a} of {} units start with a", units.len());
}
