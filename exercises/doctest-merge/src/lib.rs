//! Twenty-four tiny functions, each with a doc-test.

/// Adds 0 to `x`.
///
/// ```
/// assert_eq!(adders::add0(1), 1);
/// ```
pub fn add0(x: u32) -> u32 {
    x + 0
}

/// Adds 1 to `x`.
///
/// ```
/// assert_eq!(adders::add1(1), 2);
/// ```
pub fn add1(x: u32) -> u32 {
    x + 1
}

/// Adds 2 to `x`.
///
/// ```
/// assert_eq!(adders::add2(1), 3);
/// ```
pub fn add2(x: u32) -> u32 {
    x + 2
}

/// Adds 3 to `x`.
///
/// ```
/// assert_eq!(adders::add3(1), 4);
/// ```
pub fn add3(x: u32) -> u32 {
    x + 3
}

/// Adds 4 to `x`.
///
/// ```
/// assert_eq!(adders::add4(1), 5);
/// ```
pub fn add4(x: u32) -> u32 {
    x + 4
}

/// Adds 5 to `x`.
///
/// ```
/// assert_eq!(adders::add5(1), 6);
/// ```
pub fn add5(x: u32) -> u32 {
    x + 5
}

/// Adds 6 to `x`.
///
/// ```
/// assert_eq!(adders::add6(1), 7);
/// ```
pub fn add6(x: u32) -> u32 {
    x + 6
}

/// Adds 7 to `x`.
///
/// ```
/// assert_eq!(adders::add7(1), 8);
/// ```
pub fn add7(x: u32) -> u32 {
    x + 7
}

/// Adds 8 to `x`.
///
/// ```
/// assert_eq!(adders::add8(1), 9);
/// ```
pub fn add8(x: u32) -> u32 {
    x + 8
}

/// Adds 9 to `x`.
///
/// ```
/// assert_eq!(adders::add9(1), 10);
/// ```
pub fn add9(x: u32) -> u32 {
    x + 9
}

/// Adds 10 to `x`.
///
/// ```
/// assert_eq!(adders::add10(1), 11);
/// ```
pub fn add10(x: u32) -> u32 {
    x + 10
}

/// Adds 11 to `x`.
///
/// ```
/// assert_eq!(adders::add11(1), 12);
/// ```
pub fn add11(x: u32) -> u32 {
    x + 11
}

/// Adds 12 to `x`.
///
/// ```
/// assert_eq!(adders::add12(1), 13);
/// ```
pub fn add12(x: u32) -> u32 {
    x + 12
}

/// Adds 13 to `x`.
///
/// ```
/// assert_eq!(adders::add13(1), 14);
/// ```
pub fn add13(x: u32) -> u32 {
    x + 13
}

/// Adds 14 to `x`.
///
/// ```
/// assert_eq!(adders::add14(1), 15);
/// ```
pub fn add14(x: u32) -> u32 {
    x + 14
}

/// Adds 15 to `x`.
///
/// ```
/// assert_eq!(adders::add15(1), 16);
/// ```
pub fn add15(x: u32) -> u32 {
    x + 15
}

/// Adds 16 to `x`.
///
/// ```
/// assert_eq!(adders::add16(1), 17);
/// ```
pub fn add16(x: u32) -> u32 {
    x + 16
}

/// Adds 17 to `x`.
///
/// ```
/// assert_eq!(adders::add17(1), 18);
/// ```
pub fn add17(x: u32) -> u32 {
    x + 17
}

/// Adds 18 to `x`.
///
/// ```
/// assert_eq!(adders::add18(1), 19);
/// ```
pub fn add18(x: u32) -> u32 {
    x + 18
}

/// Adds 19 to `x`.
///
/// ```
/// assert_eq!(adders::add19(1), 20);
/// ```
pub fn add19(x: u32) -> u32 {
    x + 19
}

/// Adds 20 to `x`.
///
/// ```
/// assert_eq!(adders::add20(1), 21);
/// ```
pub fn add20(x: u32) -> u32 {
    x + 20
}

/// Adds 21 to `x`.
///
/// ```
/// assert_eq!(adders::add21(1), 22);
/// ```
pub fn add21(x: u32) -> u32 {
    x + 21
}

/// Adds 22 to `x`.
///
/// ```
/// assert_eq!(adders::add22(1), 23);
/// ```
pub fn add22(x: u32) -> u32 {
    x + 22
}

/// Adds 23 to `x`.
///
/// ```
/// assert_eq!(adders::add23(1), 24);
/// ```
pub fn add23(x: u32) -> u32 {
    x + 23
}
