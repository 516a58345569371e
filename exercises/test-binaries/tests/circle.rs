#[test]
fn a_unit_circle() {
    assert!((shapes::circle_area(1.0) - std::f64::consts::PI).abs() < 1e-12);
}
