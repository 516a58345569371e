fn main() {
    println!("{}", cli::greeting("ada"));
    println!("{}", web::link("Fast Rust edit loops"));
    println!("{}", api::status(3600 + 2 * 60 + 5));
    println!("{}", db::last_backup(9 * 3600 + 30 * 60));
}
