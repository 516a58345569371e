#[test]
fn a_rectangle_of_two_by_three() {
    assert_eq!(shapes::rectangle_area(2.0, 3.0), 6.0);
}
