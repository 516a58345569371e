//! The longest keys and the largest documents the format accepts.

use app::{Error, MAX_KEY_LEN, MAX_PAIRS};

#[test]
fn a_key_may_be_as_long_as_the_limit() {
    let key = "k".repeat(MAX_KEY_LEN);
    assert!(app::parse(&format!("{key} = 1")).is_ok());
}

#[test]
fn a_longer_key_is_refused() {
    let key = "k".repeat(MAX_KEY_LEN + 1);
    assert_eq!(
        app::parse(&format!("{key} = 1")),
        Err(Error::KeyTooLong { line: 1 })
    );
}

#[test]
fn one_pair_too_many_is_refused() {
    let full: String = (0..MAX_PAIRS).map(|i| format!("k{i} = {i}\n")).collect();
    assert_eq!(app::parse(&full).unwrap().len(), MAX_PAIRS);
    assert_eq!(
        app::parse(&format!("{full}one = more")),
        Err(Error::TooManyPairs)
    );
}
