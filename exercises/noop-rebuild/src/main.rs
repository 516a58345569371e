fn main() {
    let words = ["edit", "build", "run"];
    println!("the loop: {}", words.join(" → "));
}
