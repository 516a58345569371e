//! Reading documents.

#[test]
fn reads_pairs() {
    let settings = app::parse("name = lab\nlevel = 3\n").unwrap();
    assert_eq!(settings.get("name"), Some("lab"));
    assert_eq!(settings.get("level"), Some("3"));
    assert_eq!(settings.len(), 2);
}

#[test]
fn skips_blank_lines_and_comments() {
    let settings = app::parse("# the lab\n\nname = lab\n   # indented\n").unwrap();
    assert_eq!(settings.len(), 1);
}

#[test]
fn an_empty_document_has_no_settings() {
    assert!(app::parse("").unwrap().is_empty());
}
