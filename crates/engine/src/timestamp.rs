//! Timestamps as the lab writes them in results and records: RFC 3339, UTC, to the
//! second.

use std::time::SystemTime;

use serde::{Deserialize, Serialize};

/// A moment as the lab records it: RFC 3339, UTC, to the second
/// (`2026-11-24T14:05:31Z`). Written and read as that text; ordered as time is, since
/// the text's fields run from the year down to the second.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Timestamp(String);

impl Timestamp {
    /// Now.
    pub fn now() -> Timestamp {
        Timestamp::at(SystemTime::now())
    }

    /// The moment `time`, to the second.
    pub fn at(time: SystemTime) -> Timestamp {
        Timestamp(rfc3339(time))
    }

    /// The text, `2026-11-24T14:05:31Z`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The day, `2026-11-24`.
    pub fn date(&self) -> &str {
        &self.0[..10]
    }

    /// As a person reads it: `2026-11-24 14:05:31 UTC`.
    pub fn shown(&self) -> String {
        format!("{} {} UTC", self.date(), &self.0[11..19])
    }
}

impl TryFrom<String> for Timestamp {
    type Error = String;

    fn try_from(text: String) -> Result<Timestamp, String> {
        let b = text.as_bytes();
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        let shaped = b.len() == 20
            && digits(0..4)
            && b[4] == b'-'
            && digits(5..7)
            && b[7] == b'-'
            && digits(8..10)
            && b[10] == b'T'
            && digits(11..13)
            && b[13] == b':'
            && digits(14..16)
            && b[16] == b':'
            && digits(17..19)
            && b[19] == b'Z';
        if shaped {
            Ok(Timestamp(text))
        } else {
            Err(format!(
                "not an RFC 3339 UTC timestamp to the second (2026-11-24T14:05:31Z): {text:?}"
            ))
        }
    }
}

impl From<Timestamp> for String {
    fn from(t: Timestamp) -> String {
        t.0
    }
}

impl std::fmt::Display for Timestamp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Formats a time as an RFC 3339 UTC timestamp, to the second.
pub fn rfc3339(time: SystemTime) -> String {
    let secs = time
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (days, rem) = (secs / 86_400, secs % 86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn a_timestamp_reads_only_its_own_shape_and_shows_itself() {
        let t = Timestamp::try_from("2026-11-24T14:05:31Z".to_string()).unwrap();
        assert_eq!(t.date(), "2026-11-24");
        assert_eq!(t.shown(), "2026-11-24 14:05:31 UTC");
        assert_eq!(
            serde_json::to_string(&t).unwrap(),
            "\"2026-11-24T14:05:31Z\""
        );
        for bad in [
            "",
            "2026-11-24",
            "2026-11-24 14:05:31Z",
            "2026-11-24T14:05:31+01:00",
        ] {
            assert!(Timestamp::try_from(bad.to_string()).is_err(), "{bad}");
        }
        let later = Timestamp::try_from("2026-11-25T00:00:00Z".to_string()).unwrap();
        assert!(t < later);
        assert_eq!(
            Timestamp::at(SystemTime::UNIX_EPOCH).as_str(),
            "1970-01-01T00:00:00Z"
        );
    }

    #[test]
    fn formats_timestamps() {
        let t = SystemTime::UNIX_EPOCH + Duration::from_secs(1_795_529_131);
        assert_eq!(rfc3339(t), "2026-11-24T14:05:31Z");
        assert_eq!(rfc3339(SystemTime::UNIX_EPOCH), "1970-01-01T00:00:00Z");
        let leap = SystemTime::UNIX_EPOCH + Duration::from_secs(951_782_400);
        assert_eq!(rfc3339(leap), "2000-02-29T00:00:00Z");
    }
}
