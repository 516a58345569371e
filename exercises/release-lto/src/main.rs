use serde_json::Value;

fn main() {
    let record: Value =
        serde_json::from_str(r#"{"to": "ferris@example.org", "subject": "release notes"}"#)
            .expect("valid JSON");
    let address =
        regex::Regex::new(r"^(?<user>[a-z]+)@(?<host>[a-z.]+)$").expect("a valid pattern");
    let to = record["to"].as_str().unwrap_or_default();
    match address.captures(to) {
        Some(parts) => println!("mail for {} at {}", &parts["user"], &parts["host"]),
        None => println!("no address"),
    }
}
