//! The command line's messages.

use utils::strings;

/// The greeting for `user`, with their name capitalized.
pub fn greeting(user: &str) -> String {
    format!("cli: hello, {}", strings::capitalize(user))
}
