/// One of forty small libraries.
pub fn value() -> u64 {
    30
}
