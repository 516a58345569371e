fn main() {
    println!("built with log level {}", env!("APP_LOG_LEVEL_BUILT"));
}
