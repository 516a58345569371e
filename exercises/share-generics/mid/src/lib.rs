//! Uses `crunch` with eight types, so compiling `mid` makes eight copies of it.

use base::crunch;

/// Describes a few values of each of eight types.
pub fn describe_all() -> Vec<String> {
    vec![
        crunch(&[3u8, 1, 3]),
        crunch(&[3u16, 1, 3]),
        crunch(&[3u32, 1, 3]),
        crunch(&[3u64, 1, 3]),
        crunch(&[3i16, 1, 3]),
        crunch(&[3i32, 1, 3]),
        crunch(&[3i64, 1, 3]),
        crunch(&['c', 'a', 'c']),
    ]
}
