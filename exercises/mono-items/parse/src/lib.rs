//! A checksum, generic over anything that can be read as bytes.

/// The checksum of `data` (64-bit FNV-1a). Every type it is called with gets its own
/// copy, compiled in the crate that names the type.
pub fn checksum<D: AsRef<[u8]>>(data: D) -> u64 {
    let mut hash = 0xcbf2_9ce4_8422_2325_u64;
    for byte in data.as_ref() {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// The checksum of a line of text. It makes `parse` itself use `checksum::<&str>`.
pub fn line_checksum(line: &str) -> u64 {
    checksum(line.trim_end())
}
