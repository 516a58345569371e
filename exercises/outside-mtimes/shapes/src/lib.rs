/// The area of a square with sides of `side`.
pub fn square_area(side: u64) -> u64 {
    side * side
}
