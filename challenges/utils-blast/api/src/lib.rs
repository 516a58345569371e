//! The HTTP API's status report.

use utils::clock;

/// The status line of a server that has been up for `uptime_secs` seconds.
pub fn status(uptime_secs: u64) -> String {
    format!("api: up {}", clock::duration(uptime_secs))
}
