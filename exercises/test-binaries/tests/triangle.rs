#[test]
fn half_a_rectangle() {
    assert_eq!(shapes::triangle_area(2.0, 3.0), 3.0);
}
