use serde::{Deserialize, Serialize};

/// One line of a build log, as a tool would store it.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Entry {
    unit: String,
    seconds: f64,
    fresh: bool,
}

fn main() {
    let entry = Entry {
        unit: "app".into(),
        seconds: 0.5,
        fresh: false,
    };
    println!("{entry:?}");
}
