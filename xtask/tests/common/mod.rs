//! Helpers the integration tests share.

#![allow(dead_code)]

use std::process::Output;

/// A finished command's stdout and stderr, as one text.
pub fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// The port in `cargo xtask serve`'s first line ("Serving the book at
/// http://127.0.0.1:PORT/ …").
pub fn served_port(line: &str) -> u16 {
    line.split("127.0.0.1:")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("no address in {line:?}"))
}
