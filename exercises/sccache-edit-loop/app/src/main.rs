fn main() {
    let counter = core_model::Counter {
        label: "rebuilds",
        count: 3,
    };
    println!("{}", counter.render());
}
