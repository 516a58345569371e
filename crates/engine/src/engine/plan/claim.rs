//! Timing claims: one step faster (or smaller) than another, by a ratio of medians.

use toml::Spanned;

use super::Step;
use crate::engine::manifest::LoadedManifest;
use crate::error::InputError;

/// What a claim compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Measure {
    /// The step's wall time.
    Time,
    /// Seconds in the linker during the step.
    Link,
    /// Bytes of the executables the step produced.
    Size,
    /// Bytes on disk of the target directory after a cargo step: everything cargo
    /// keeps there, old artifacts included.
    Disk,
}

impl Measure {
    /// Reads a manifest's `measure` (absent: time); `Err` names the known ones.
    pub fn parse(name: Option<&str>) -> Result<Measure, String> {
        match name {
            None | Some("time") => Ok(Measure::Time),
            Some("link") => Ok(Measure::Link),
            Some("size") => Ok(Measure::Size),
            Some("disk") => Ok(Measure::Disk),
            Some(other) => Err(format!(
                "unknown measure `{other}`; use `time`, `link`, `size` or `disk`"
            )),
        }
    }

    /// The word used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            Measure::Time => "time",
            Measure::Link => "link time",
            Measure::Size => "size",
            Measure::Disk => "target directory size",
        }
    }
}

/// A timing claim: `at_least` ≤ `slower` / `faster` ≤ `at_most`, comparing medians.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Claim {
    /// The claim in words.
    pub text: String,
    /// What is compared.
    pub measure: Measure,
    /// The step expected to be faster or smaller.
    pub faster: usize,
    /// The step expected to be slower or larger.
    pub slower: usize,
    /// Minimum ratio of medians (0 when the claim only gives a maximum).
    pub at_least: f64,
    /// Maximum ratio of medians, when the claim gives one.
    pub at_most: Option<f64>,
}

impl Claim {
    /// Whether a measured ratio of medians bears the claim out.
    pub fn holds(&self, ratio: f64) -> bool {
        ratio >= self.at_least && self.at_most.is_none_or(|max| ratio <= max)
    }

    /// The bound in words, e.g. `≥ 2.0×` or `1.0×–1.5×`.
    pub fn bound(&self) -> String {
        match self.at_most {
            Some(max) if self.at_least == 0.0 => format!("≤ {max:.1}×"),
            Some(max) => format!("{:.1}×–{max:.1}×", self.at_least),
            None => format!("≥ {:.1}×", self.at_least),
        }
    }
}

pub(super) fn claim(
    loaded: &LoadedManifest,
    steps: &[Step],
    number: usize,
    raw: &Spanned<crate::engine::manifest::RawClaim>,
) -> Result<Claim, InputError> {
    let c = raw.get_ref();
    let err = |field: &str, msg: String| {
        loaded.error_at(raw.span(), format!("claim[{number}].{field}"), msg)
    };
    let measure = Measure::parse(c.measure.as_deref()).map_err(|m| err("measure", m))?;
    for (field, n) in [("faster", c.faster), ("slower", c.slower)] {
        super::running_step(steps, n).map_err(|msg| err(field, msg))?;
    }
    if c.at_least.is_none() && c.at_most.is_none() {
        return Err(err(
            "at-least",
            "a claim needs `at-least` or `at-most` (or both), a ratio of medians".into(),
        ));
    }
    // A claim with only a maximum says one step is *not* much slower than another.
    let at_least = c.at_least.unwrap_or(0.0);
    if c.at_least.is_some() && (at_least.is_nan() || at_least < 1.0) {
        return Err(err("at-least", "the ratio must be at least 1.0".into()));
    }
    if let Some(max) = c.at_most
        && (max.is_nan() || max < at_least.max(1.0))
    {
        return Err(err(
            "at-most",
            format!(
                "`at-most` must be a ratio no smaller than {}",
                at_least.max(1.0)
            ),
        ));
    }
    Ok(Claim {
        text: c.text.clone(),
        measure,
        faster: c.faster,
        slower: c.slower,
        at_least,
        at_most: c.at_most,
    })
}
