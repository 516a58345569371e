//! Three things the profile decides about what this program does, chosen by the first
//! argument: `add N`, `check N` and `recover`.

fn main() {
    let mut args = std::env::args().skip(1);
    let what = args.next().unwrap_or_default();
    // The number comes from the command line so the compiler cannot see it.
    let n: u8 = args.next().and_then(|a| a.parse().ok()).unwrap_or(200);
    match what.as_str() {
        "add" => {
            let total = n + 100;
            println!("{n} + 100 = {total}");
        }
        "check" => {
            debug_assert!(n > 0, "n must be positive, got {n}");
            println!("checked {n}");
        }
        "recover" => {
            let caught = std::panic::catch_unwind(|| {
                panic!("a panic inside catch_unwind");
            });
            println!("recovered from the panic: {}", caught.is_err());
        }
        _ => eprintln!("usage: overflow add N | check N | recover"),
    }
}
