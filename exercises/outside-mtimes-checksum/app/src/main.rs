fn main() {
    let area = shapes::square_area(7);
    let mut buffer = itoa::Buffer::new();
    log::line(&format!("area {}", buffer.format(area)));
}
