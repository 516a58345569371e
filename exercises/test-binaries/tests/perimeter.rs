#[test]
fn around_a_square() {
    assert_eq!(shapes::rectangle_perimeter(1.0, 1.0), 4.0);
}
