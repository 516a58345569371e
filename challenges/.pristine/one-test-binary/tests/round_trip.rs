//! What is written reads back as the same settings.

#[test]
fn a_written_document_reads_back_the_same() {
    let settings = app::parse("name = lab\n# a comment\nurl=a=b\nname = lab two").unwrap();
    assert_eq!(app::parse(&settings.to_string()).unwrap(), settings);
}

#[test]
fn a_tidy_document_is_written_unchanged() {
    let text = "name = lab\nlevel = 3\n";
    assert_eq!(app::parse(text).unwrap().to_string(), text);
}
