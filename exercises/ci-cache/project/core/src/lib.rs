//! The workspace's own library.

/// A build record as JSON.
pub fn record(job: &str, seconds: u32) -> String {
    serde_json::json!({ "job": job, "seconds": seconds }).to_string()
}
