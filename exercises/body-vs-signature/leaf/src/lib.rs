/// How many steps the edit loop has.
pub fn steps() -> u32 {
    3
}
