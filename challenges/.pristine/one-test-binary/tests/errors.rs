//! What is wrong with a document, and where.

use app::Error;

#[test]
fn a_line_without_an_equals_sign_is_named() {
    assert_eq!(
        app::parse("a = 1\noops"),
        Err(Error::MissingEquals { line: 2 })
    );
}

#[test]
fn a_key_cannot_be_empty() {
    assert_eq!(app::parse(" = 1"), Err(Error::EmptyKey { line: 1 }));
}

#[test]
fn errors_read_as_sentences() {
    let error = app::parse("\n\nname lab").unwrap_err();
    assert_eq!(error.to_string(), "line 3: no `=`");
}
