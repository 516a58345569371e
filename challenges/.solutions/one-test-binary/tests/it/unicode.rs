//! Keys and values beyond ASCII.

#[test]
fn keys_and_values_keep_their_letters() {
    let settings = app::parse("größe = groß\n名前 = ラボ").unwrap();
    assert_eq!(settings.get("größe"), Some("groß"));
    assert_eq!(settings.get("名前"), Some("ラボ"));
}

#[test]
fn a_key_is_measured_in_characters_not_bytes() {
    // Each `é` takes two bytes: the key is within the limit in characters only.
    let key = "é".repeat(app::MAX_KEY_LEN);
    assert!(app::parse(&format!("{key} = 1")).is_ok());
}
