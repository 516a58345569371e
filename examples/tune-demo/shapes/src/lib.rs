//! Shapes, for the labels.

/// A rectangle.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
}

impl Rect {
    /// Its area.
    pub fn area(&self) -> f64 {
        self.w * self.h
    }
}
