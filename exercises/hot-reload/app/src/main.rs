//! The same program linked the usual way: every edit to `logic` means building and
//! linking this binary again, and starting it again.

fn main() {
    let words = regex::Regex::new(r"\w+").expect("a valid pattern");
    let greeting = logic::greeting();
    println!("{greeting} ({} words)", words.find_iter(&greeting).count());
}
