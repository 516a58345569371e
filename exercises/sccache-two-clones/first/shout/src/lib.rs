//! The project's own procedural macro, with no dependencies.
use proc_macro::TokenStream;

/// Turns a string literal into the same text in capitals.
#[proc_macro]
pub fn shout(input: TokenStream) -> TokenStream {
    input.to_string().to_uppercase().parse().expect("a literal")
}
