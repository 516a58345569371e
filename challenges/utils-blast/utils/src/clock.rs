//! Time helpers: durations and times of day as people read them. The caller brings
//! the seconds; nothing here reads a clock.

/// A duration as `1h 02m 05s`, or `2m 05s` when it is shorter than an hour.
pub fn duration(secs: u64) -> String {
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    if h > 0 {
        format!("{h}h {m:02}m {s:02}s")
    } else {
        format!("{m}m {s:02}s")
    }
}

/// The time of day `secs` seconds after midnight, as `HH:MM`.
pub fn time_of_day(secs: u64) -> String {
    let secs = secs % (24 * 3600);
    format!("{:02}:{:02}", secs / 3600, secs / 60 % 60)
}
