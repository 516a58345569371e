//! The units' times of a cargo build, from the report `cargo build --timings` writes
//! (`target/cargo-timings/cargo-timing.html`): its `UNIT_DATA` table gives each unit's
//! start, duration and, for the units rustc compiled, when its front end ended, which
//! is when its metadata was ready for the units pipelined behind it.

use std::path::Path;

use anyhow::{Context, Result};
use serde::Deserialize;

/// One unit of the timings report.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct UnitTime {
    /// Package name.
    pub name: String,
    /// Package version.
    pub version: String,
    /// `todo` for a compilation, `run-custom-build` for a build script's run.
    pub mode: String,
    /// The target, as cargo describes it: empty for a library, ` build-script`,
    /// ` build-script (run)`, ` NAME "bin"` and so on.
    pub target: String,
    /// Seconds after the build's start.
    pub start: f64,
    /// Seconds it took.
    pub duration: f64,
    /// The phases rustc reported (`frontend`, `codegen`), when it did.
    #[serde(default)]
    pub sections: Option<Vec<(String, Section)>>,
}

/// A phase of a unit, in seconds after the unit's start.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Section {
    /// Its start.
    pub start: f64,
    /// Its end.
    pub end: f64,
}

impl UnitTime {
    /// When its metadata was ready, after its start: the end of the front end.
    pub fn metadata_at(&self) -> Option<f64> {
        self.sections
            .as_ref()?
            .iter()
            .find(|(name, _)| name == "frontend")
            .map(|(_, s)| s.end)
    }

    /// Whether this is a build script's run.
    pub fn is_run(&self) -> bool {
        self.mode == "run-custom-build"
    }
}

/// Reads `UNIT_DATA` from a timings report's text.
pub fn parse(html: &str) -> Result<Vec<UnitTime>> {
    let start = html
        .find("const UNIT_DATA = ")
        .context("the timings report has no UNIT_DATA (a cargo whose --timings report differs?)")?
        + "const UNIT_DATA = ".len();
    let end = html[start..]
        .find("];")
        .context("the timings report's UNIT_DATA does not end")?
        + start
        + 1;
    serde_json::from_str(&html[start..end]).context("cannot read the timings report's UNIT_DATA")
}

/// Reads the newest timings report under `target`.
pub fn read(target: &Path) -> Result<Vec<UnitTime>> {
    let file = target.join("cargo-timings/cargo-timing.html");
    let html = std::fs::read_to_string(&file)
        .with_context(|| format!("cannot read cargo's timings report {}", file.display()))?;
    parse(&html)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_unit_table_is_read_with_its_metadata_times() {
        let html = r#"<script>
const UNIT_DATA = [
  {"i": 1, "name": "catalog", "version": "0.1.0", "mode": "todo", "target": "",
   "features": [], "start": 0.48, "duration": 5.63, "unblocked_units": [0],
   "unblocked_rmeta_units": [],
   "sections": [["frontend", {"start": 0.0, "end": 2.81}], ["codegen", {"start": 2.81, "end": 5.63}]]},
  {"i": 0, "name": "app", "version": "0.1.0", "mode": "todo", "target": " app \"bin\"",
   "features": [], "start": 6.11, "duration": 0.33, "unblocked_units": [],
   "unblocked_rmeta_units": [], "sections": null}
];
const CONCURRENCY_DATA = [];
</script>"#;
        let units = parse(html).unwrap();
        assert_eq!(units.len(), 2);
        assert_eq!(units[0].metadata_at(), Some(2.81));
        assert_eq!(units[1].metadata_at(), None);
        assert!(parse("<html></html>").is_err());
    }
}
