//! hyperfine, the outside timer the lab's benchmarks check its own times against.

use std::path::Path;
use std::process::Command;

use anyhow::{Result, bail};

/// Runs hyperfine in `dir` with `args` (options, then the commands to time) and
/// returns the times of each command, in seconds, in the order given.
pub fn times(dir: &Path, args: &[String]) -> Result<Vec<Vec<f64>>> {
    let export = tempfile::Builder::new()
        .prefix("rebuild-lab-hyperfine-")
        .suffix(".json")
        .tempfile()?;
    let status = Command::new("hyperfine")
        .current_dir(dir)
        .args(["--style", "none", "--export-json"])
        .arg(export.path())
        .args(args)
        .status();
    match status {
        Ok(s) if s.success() => {}
        Ok(_) => bail!("hyperfine failed"),
        Err(_) => bail!(
            "hyperfine is not installed; `apt-get install hyperfine` (Debian) or `cargo install hyperfine`"
        ),
    }
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(export.path())?)?;
    let results: Vec<Vec<f64>> = json["results"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|r| {
            r["times"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(serde_json::Value::as_f64)
                .collect()
        })
        .collect();
    if results.is_empty() || results.iter().any(Vec::is_empty) {
        bail!("hyperfine reported no times");
    }
    Ok(results)
}
