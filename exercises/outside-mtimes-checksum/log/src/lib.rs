/// Prints one line of the program's log.
pub fn line(text: &str) {
    println!("[app] {text}");
}
