//! Areas and perimeters of a few shapes.

/// The area of a rectangle.
pub fn rectangle_area(w: f64, h: f64) -> f64 {
    w * h
}

/// The perimeter of a rectangle.
pub fn rectangle_perimeter(w: f64, h: f64) -> f64 {
    2.0 * (w + h)
}

/// The area of a circle.
pub fn circle_area(r: f64) -> f64 {
    std::f64::consts::PI * r * r
}

/// The area of a right triangle.
pub fn triangle_area(a: f64, b: f64) -> f64 {
    a * b / 2.0
}

#[cfg(test)]
mod tests {
    #[test]
    fn square() {
        assert_eq!(super::rectangle_area(2.0, 2.0), 4.0);
    }
}
