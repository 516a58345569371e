//! A procedural macro with no dependencies: it runs inside the compiler, so cargo
//! builds it as a program for the host, in `cargo check` as in `cargo build`.
use proc_macro::TokenStream;

/// Expands to a string literal that greets the name it is given.
#[proc_macro]
pub fn greeting(input: TokenStream) -> TokenStream {
    let name = input.to_string();
    format!("\"hello from {}\"", name.trim_matches('"'))
        .parse()
        .expect("a string literal")
}
