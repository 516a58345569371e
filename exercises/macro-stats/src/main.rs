use serde::{Deserialize, Serialize};

include!(concat!(env!("OUT_DIR"), "/records.rs"));

fn main() {
    let record = Record0 {
        f0: 7,
        ..Record0::default()
    };
    println!("{}", serde_json::to_string(&record).expect("JSON"));
}
