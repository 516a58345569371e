//! Uses `crunch` with the same eight types as `mid`: does it compile its own copies, or
//! use `mid`'s?

use base::crunch;

fn main() {
    let mine = [
        crunch(&[5u8, 5, 2]),
        crunch(&[5u16, 5, 2]),
        crunch(&[5u32, 5, 2]),
        crunch(&[5u64, 5, 2]),
        crunch(&[5i16, 5, 2]),
        crunch(&[5i32, 5, 2]),
        crunch(&[5i64, 5, 2]),
        crunch(&['z', 'z', 'y']),
    ];
    println!(
        "lists described: {} by mid, {} by app",
        mid::describe_all().len(),
        mine.len()
    );
}
