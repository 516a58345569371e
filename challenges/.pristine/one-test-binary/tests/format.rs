//! Writing settings back as a document.

#[test]
fn writes_one_line_per_pair() {
    let settings = app::parse("a = 1\nb = 2").unwrap();
    assert_eq!(settings.to_string(), "a = 1\nb = 2\n");
}

#[test]
fn tidies_the_spaces_around_the_equals_sign() {
    let settings = app::parse("  name=lab  ").unwrap();
    assert_eq!(settings.to_string(), "name = lab\n");
}
