/// Describes the edit loop, using `leaf`.
pub fn describe() -> String {
    format!("the loop has {} steps", leaf::steps())
}
