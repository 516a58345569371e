fn main() {
    let ty: syn::Type = syn::parse_str("Vec<u32>").expect("a type");
    println!("{}", matches!(ty, syn::Type::Path(_)));
}
