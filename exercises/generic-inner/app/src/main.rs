fn main() {
    let text = "edit, build, run";
    let owned = String::from(text);
    let bytes: Vec<u8> = text.bytes().collect();
    let array = [1u8, 2, 3, 4];
    let mut total = 0u64;
    total ^= parse::checksum(text);
    total ^= parse::checksum(&owned);
    total ^= parse::checksum(&bytes);
    total ^= parse::checksum(array);
    total ^= parse::checksum(&array);
    total ^= parse::checksum(owned.clone());
    total ^= parse::checksum(bytes.clone());
    total ^= parse::checksum(&text);
    total ^= parse::checksum(&&owned);
    total ^= parse::checksum(&&bytes);
    total ^= parse::checksum(&mut bytes.clone());
    total ^= parse::checksum(Box::<[u8]>::from(bytes.clone()));
    println!("{total:x}");
}
