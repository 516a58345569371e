fn main() {
    let text = "edit, build, run";
    let owned = String::from(text);
    let bytes: Vec<u8> = text.bytes().collect();
    println!("{:x}", parse::checksum(text));
    println!("{:x}", parse::checksum(&owned));
    println!("{:x}", parse::checksum(&bytes));
    println!("{:x}", parse::line_checksum(text));
}
