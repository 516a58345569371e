//! The database's maintenance notes.

/// When the last backup ran, `secs` seconds after midnight.
pub fn last_backup(secs: u64) -> String {
    format!("db: last backup at {}", clock::time_of_day(secs))
}
