//! A record of a build, printed as JSON.

#[derive(serde::Serialize)]
struct Record {
    builds: String,
    found: bool,
}

fn main() {
    let mut number = itoa::Buffer::new();
    let record = Record {
        builds: number.format(2).to_string(),
        found: memchr::memchr(b'c', b"a build cluster").is_some(),
    };
    println!("{}", serde_json::to_string(&record).expect("a record serializes"));
}
