//! The edit-loop guard for CI. `measure --save FILE` keeps the part of a measurement
//! that does not depend on the machine: for every step of the sequence, the units it
//! compiled and cargo's reasons, and the workspace's dependency edges; beside them the
//! step times, divided by the machine's own cold build (or its no-op build when the run
//! did not start cold) so that a faster or slower machine compares. `measure
//! --baseline FILE` measures the same steps again and fails when a step now compiles a
//! unit it did not compile before (a no-op that is no longer fresh is one such step),
//! naming each unit with cargo's reason and the likely cause. With `--max-slowdown R`
//! it also fails when a step's normalized time grew past R times the saved one; that
//! check is off by default because times are noisy on shared CI machines, and the
//! units are not.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use super::Measurement;
use super::sequence::Role;
use crate::engine::report::{UnitMode, unit_label};
use crate::error::InputError;

/// The format of the saved file; a file of another format is refused with what to do.
pub const FORMAT: u32 = 1;

/// A slowdown factor of 1 or more, as `--max-slowdown` takes it (`1.5`: half again as
/// slow).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Factor(f64);

// Never NaN: `parse` accepts only finite numbers of 1 or more.
impl Eq for Factor {}

impl Factor {
    /// The factor in `text`, if it is a finite number of 1 or more.
    pub fn parse(text: &str) -> Option<Factor> {
        text.parse::<f64>()
            .ok()
            .filter(|f| f.is_finite() && *f >= 1.0)
            .map(Factor)
    }

    /// Its value.
    pub fn get(self) -> f64 {
        self.0
    }
}

/// What `--save` writes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Baseline {
    /// [`FORMAT`].
    pub format: u32,
    /// The command measured (`cargo build`, `cargo check -p app`).
    pub command: String,
    /// What was measured, so that `--baseline` measures the same.
    pub options: Measured,
    /// Whether the first build started from an empty target directory.
    pub cold: bool,
    /// The workspace's dependency edges, `(member, member it depends on)`.
    pub edges: Vec<(String, String)>,
    /// The compiler flags in effect, where they can be read.
    pub flags: Flags,
    /// Every build step of the sequence, in order.
    pub steps: Vec<SavedStep>,
    /// The time every step's time is divided by.
    pub norm: Norm,
}

/// The compiler flags a measurement ran with: from the environment, and from the
/// project's `.cargo/config.toml`. Flags are part of every unit's identity, so a
/// change makes every unit new (cargo then gives no reason of its own).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Flags {
    /// `RUSTFLAGS`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rustflags: Option<String>,
    /// `CARGO_ENCODED_RUSTFLAGS`, with its separators shown as spaces.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoded: Option<String>,
    /// `build.rustflags` of the project's `.cargo/config.toml`, as TOML.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<String>,
}

impl Flags {
    /// The flags this process and the project at `root` give cargo.
    pub fn now(root: &Path) -> Flags {
        let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let config = std::fs::read_to_string(root.join(".cargo/config.toml"))
            .ok()
            .and_then(|t| t.parse::<toml::Table>().ok())
            .and_then(|t| {
                t.get("build")
                    .and_then(|b| b.get("rustflags"))
                    .map(|v| v.to_string())
            });
        Flags {
            rustflags: env("RUSTFLAGS"),
            encoded: env("CARGO_ENCODED_RUSTFLAGS").map(|v| v.replace('\x1f', " ")),
            config,
        }
    }

    /// What differs from `before`, in words.
    fn changes(&self, before: &Flags) -> Vec<String> {
        let mut out = Vec::new();
        let mut one = |name: &str, a: &Option<String>, b: &Option<String>| {
            if a != b {
                let show = |v: &Option<String>| match v {
                    Some(v) => format!("`{v}`"),
                    None => "unset".to_string(),
                };
                out.push(format!("{name} was {} and is {}", show(a), show(b)));
            }
        };
        one("RUSTFLAGS", &before.rustflags, &self.rustflags);
        one("CARGO_ENCODED_RUSTFLAGS", &before.encoded, &self.encoded);
        one(
            "build.rustflags in .cargo/config.toml",
            &before.config,
            &self.config,
        );
        out
    }
}

/// The options that decide which steps run.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Measured {
    /// Files touched, relative to the project root.
    pub touch: Vec<PathBuf>,
    /// Files edited, relative to the project root.
    pub edit: Vec<PathBuf>,
    /// `-p PACKAGE`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub package: Option<String>,
    /// `--bin BIN`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bin: Option<String>,
    /// `cargo check` instead of `cargo build`.
    #[serde(default)]
    pub check: bool,
}

/// The machine's own yardsticks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Norm {
    /// Seconds of the cold first build, when the run started cold.
    pub cold_seconds: Option<f64>,
    /// Median seconds of the no-op build.
    pub noop_seconds: f64,
}

/// One build step of the sequence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedStep {
    /// What the step is (`no-op`, `touch`, `code edit`, …).
    pub step: String,
    /// The file changed before it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<PathBuf>,
    /// The units it compiled, as `package kind (mode)`, with cargo's reasons.
    pub compiled: BTreeMap<String, Vec<String>>,
    /// Its wall time.
    pub seconds: f64,
}

impl SavedStep {
    fn name(&self) -> String {
        match &self.file {
            Some(f) => format!("{} {}", self.step, f.display()),
            None => self.step.clone(),
        }
    }
}

/// A step that rebuilds more than it did.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Regression {
    /// The step, as `code edit core/src/lib.rs`.
    pub step: String,
    /// The unit it now compiles.
    pub unit: String,
    /// Cargo's reasons for it.
    pub reasons: Vec<String>,
    /// The likely cause, from what changed between the two measurements.
    pub cause: String,
}

/// A step whose normalized time grew past the limit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Slowdown {
    /// The step.
    pub step: String,
    /// Its time over the norm, saved.
    pub before: f64,
    /// Its time over the norm, now.
    pub now: f64,
}

/// What `--baseline` found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verdict {
    /// Steps compared.
    pub steps: usize,
    /// Units compiled now that were not before.
    pub regressions: Vec<Regression>,
    /// Units no longer compiled (better, or a step that changed shape): reported only.
    pub gone: Vec<(String, String)>,
    /// Steps slower than `--max-slowdown` allows.
    pub slowdowns: Vec<Slowdown>,
    /// What the timing check compared against (`the cold build`, `the no-op build`);
    /// `None` when it was off.
    pub normalized_by: Option<String>,
}

impl Verdict {
    /// Whether the guard passes.
    pub fn passed(&self) -> bool {
        self.regressions.is_empty() && self.slowdowns.is_empty()
    }
}

/// Whether a step of this role is saved: every build. (Which are compared is
/// [`compare`]'s to say: the first build only when neither run started cold.)
fn saved(role: &Role) -> bool {
    !matches!(role, Role::Change)
}

/// The deterministic part of `m`, for `--save`.
pub fn from_measurement(
    m: &Measurement,
    measured: Measured,
    edges: Vec<(String, String)>,
    flags: Flags,
) -> Baseline {
    let mut steps = Vec::new();
    for (role, step) in m.roles.iter().zip(&m.report.steps) {
        let Some(cargo) = &step.cargo else { continue };
        if !saved(role) {
            continue;
        }
        let compiled = cargo
            .units
            .iter()
            .filter(|u| !u.fresh)
            .map(|u| {
                let reasons = if u.reasons.is_empty() {
                    vec![u.new_reason()]
                } else {
                    u.reasons.clone()
                };
                (unit_label(u), reasons)
            })
            .collect();
        steps.push(SavedStep {
            step: role.name().to_string(),
            file: role.file().map(Path::to_path_buf),
            compiled,
            seconds: step.seconds,
        });
    }
    let cold = m.start.starts_with("cold");
    let noop: Vec<f64> = steps
        .iter()
        .filter(|s| s.step == Role::NoOp.name())
        .map(|s| s.seconds)
        .collect();
    let cold_seconds = steps
        .iter()
        .find(|s| s.step == Role::UpToDate.name())
        .map(|s| s.seconds)
        .filter(|_| cold);
    Baseline {
        format: FORMAT,
        command: m.command.clone(),
        options: measured,
        cold,
        edges,
        flags,
        steps,
        norm: Norm {
            cold_seconds,
            noop_seconds: if noop.is_empty() {
                0.0
            } else {
                crate::engine::stats::Stats::of(&noop).median
            },
        },
    }
}

/// Reads a saved baseline.
pub fn read(path: &Path) -> Result<Baseline> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        InputError::new(format!(
            "cannot read the baseline {}: {e} (write one with `measure --save {}`)",
            path.display(),
            path.display()
        ))
    })?;
    let value: serde_json::Value = serde_json::from_str(&text)
        .map_err(|e| InputError::new(format!("{} is not JSON: {e}", path.display())))?;
    let format = value.get("format").and_then(|f| f.as_u64());
    if format != Some(u64::from(FORMAT)) {
        return Err(InputError::new(format!(
            "{} is not a baseline of this version of the lab (format {:?}, expected {FORMAT}); \
             save it again with `measure --save`",
            path.display(),
            format
        ))
        .into());
    }
    serde_json::from_value(value).with_context(|| {
        format!(
            "{} is not a baseline `measure --save` wrote",
            path.display()
        )
    })
}

/// Writes a baseline, as pretty JSON that reads well in a diff.
pub fn write(path: &Path, baseline: &Baseline) -> Result<()> {
    let mut text = serde_json::to_string_pretty(baseline)?;
    text.push('\n');
    crate::files::write_atomic(path, text.as_bytes())
}

/// Compares a new measurement with the saved one.
pub fn compare(saved: &Baseline, now: &Baseline, max_slowdown: Option<Factor>) -> Verdict {
    let both_warm = !saved.cold && !now.cold;
    let key = |steps: &[SavedStep]| -> Vec<(String, usize)> {
        let mut seen: BTreeMap<String, usize> = BTreeMap::new();
        steps
            .iter()
            .map(|s| {
                let n = seen.entry(s.name()).or_default();
                *n += 1;
                (s.name(), *n)
            })
            .collect()
    };
    let saved_keys = key(&saved.steps);
    let now_keys = key(&now.steps);
    let new_edges: BTreeSet<&(String, String)> = now
        .edges
        .iter()
        .filter(|e| !saved.edges.contains(e))
        .collect();
    let flag_changes = now.flags.changes(&saved.flags);
    let mut verdict = Verdict {
        steps: 0,
        regressions: Vec::new(),
        gone: Vec::new(),
        slowdowns: Vec::new(),
        normalized_by: None,
    };
    for (i, k) in now_keys.iter().enumerate() {
        let Some(j) = saved_keys.iter().position(|s| s == k) else {
            continue;
        };
        let (before, after) = (&saved.steps[j], &now.steps[i]);
        if before.step == Role::UpToDate.name() && !both_warm {
            continue;
        }
        verdict.steps += 1;
        for (unit, reasons) in &after.compiled {
            if !before.compiled.contains_key(unit) {
                verdict.regressions.push(Regression {
                    step: after.name(),
                    unit: unit.clone(),
                    reasons: reasons.clone(),
                    cause: cause(unit, reasons, after, &new_edges, &flag_changes),
                });
            }
        }
        for unit in before.compiled.keys() {
            if !after.compiled.contains_key(unit) {
                verdict.gone.push((after.name(), unit.clone()));
            }
        }
    }
    if let Some(limit) = max_slowdown {
        let (by, base_saved, base_now) = match (saved.norm.cold_seconds, now.norm.cold_seconds) {
            (Some(a), Some(b)) => ("the cold build", a, b),
            _ => (
                "the no-op build",
                saved.norm.noop_seconds,
                now.norm.noop_seconds,
            ),
        };
        verdict.normalized_by = Some(by.to_string());
        if base_saved > 0.0 && base_now > 0.0 {
            for name in now
                .steps
                .iter()
                .map(SavedStep::name)
                .collect::<BTreeSet<_>>()
            {
                let median = |steps: &[SavedStep]| -> Option<f64> {
                    let t: Vec<f64> = steps
                        .iter()
                        .filter(|s| s.name() == name && s.step != Role::UpToDate.name())
                        .map(|s| s.seconds)
                        .collect();
                    (!t.is_empty()).then(|| crate::engine::stats::Stats::of(&t).median)
                };
                if let (Some(b), Some(n)) = (median(&saved.steps), median(&now.steps)) {
                    let (b, n) = (b / base_saved, n / base_now);
                    if n > b * limit.get() {
                        verdict.slowdowns.push(Slowdown {
                            step: name.clone(),
                            before: b,
                            now: n,
                        });
                    }
                }
            }
        }
    }
    verdict
}

/// The likely cause of a unit newly compiled in a step.
fn cause(
    unit: &str,
    reasons: &[String],
    step: &SavedStep,
    new_edges: &BTreeSet<&(String, String)>,
    flag_changes: &[String],
) -> String {
    let package = unit.split(' ').next().unwrap_or(unit);
    let said = reasons.join("; ").to_lowercase();
    let new_unit = said.starts_with(&crate::engine::report::NEW_UNIT.to_lowercase());
    if !flag_changes.is_empty() && (new_unit || said.contains("flags")) {
        return format!(
            "the compiler flags changed ({}): flags are part of every unit's identity, so \
             each is built anew",
            flag_changes.join("; ")
        );
    }
    if said.contains("flags") {
        return "the compiler flags changed (a profile setting, or flags the lab cannot read): \
                every unit built with them rebuilds"
            .into();
    }
    if unit.ends_with(&format!("({})", UnitMode::RunBuildScript.as_str())) {
        return format!(
            "the build script of `{package}` now runs on this step: a build script that prints \
             no `cargo::rerun-if-changed` reruns whenever any file of its package changes"
        );
    }
    if let Some((_, on)) = new_edges.iter().find(|(from, _)| from == package) {
        return format!(
            "`{package}` now depends on `{on}` (a new edge in the workspace), so an edit there \
             rebuilds it"
        );
    }
    if new_unit {
        return "cargo had never built this unit: its features, profile, flags or toolchain \
                differ from the saved run's"
            .into();
    }
    if step.step == Role::NoOp.name() || step.step == Role::Final.name() {
        return "a build with nothing changed is no longer fresh: read cargo's reason".into();
    }
    "cargo's reason above".into()
}

/// The verdict as a person reads it.
pub fn render(v: &Verdict, file: &Path) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    if v.regressions.is_empty() {
        let _ = writeln!(
            out,
            "edit-loop guard: every step rebuilds no more than it did in {} ({} steps compared)",
            file.display(),
            v.steps
        );
    } else {
        let _ = writeln!(
            out,
            "edit-loop guard: {} unit{} now rebuilt that {} not in {}:",
            v.regressions.len(),
            if v.regressions.len() == 1 { "" } else { "s" },
            if v.regressions.len() == 1 {
                "was"
            } else {
                "were"
            },
            file.display()
        );
        for r in &v.regressions {
            let _ = writeln!(out, "  {}: {}", r.step, r.unit);
            if !r.reasons.is_empty() {
                let _ = writeln!(out, "    cargo: {}", r.reasons.join("; "));
            }
            let _ = writeln!(out, "    likely cause: {}", r.cause);
        }
    }
    for (step, unit) in &v.gone {
        let _ = writeln!(out, "  (no longer rebuilt) {step}: {unit}");
    }
    if let Some(by) = &v.normalized_by {
        if v.slowdowns.is_empty() {
            let _ = writeln!(
                out,
                "times: no step slower than allowed (each divided by {by})"
            );
        }
        for s in &v.slowdowns {
            let _ = writeln!(
                out,
                "  slower: {}: {:.3} → {:.3} of {by} ({:.2}×)",
                s.step,
                s.before,
                s.now,
                s.now / s.before
            );
        }
    }
    if !v.passed() {
        let _ = writeln!(
            out,
            "If the change is meant, save the measurement again: cargo xtask measure --save {}",
            file.display()
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::report::NEW_UNIT;

    fn step(step: &str, file: Option<&str>, units: &[(&str, &str)], seconds: f64) -> SavedStep {
        SavedStep {
            step: step.into(),
            file: file.map(PathBuf::from),
            compiled: units
                .iter()
                .map(|(u, r)| (u.to_string(), vec![r.to_string()]))
                .collect(),
            seconds,
        }
    }

    fn baseline(steps: Vec<SavedStep>, edges: &[(&str, &str)]) -> Baseline {
        Baseline {
            format: FORMAT,
            command: "cargo build".into(),
            options: Measured::default(),
            cold: true,
            flags: Flags::default(),
            edges: edges
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect(),
            steps,
            norm: Norm {
                cold_seconds: Some(10.0),
                noop_seconds: 0.1,
            },
        }
    }

    fn loop_of(edit: &[(&str, &str)], seconds: f64) -> Vec<SavedStep> {
        vec![
            step("up to date", None, &[("app bin", "")], 10.0),
            step("no-op", None, &[], 0.1),
            step("code edit", Some("core/src/lib.rs"), edit, seconds),
        ]
    }

    #[test]
    fn the_same_units_pass_and_a_new_one_is_named_with_its_cause() {
        let before = baseline(loop_of(&[("core lib", "a"), ("app bin", "b")], 1.0), &[]);
        let v = compare(&before, &before.clone(), None);
        assert!(v.passed() && v.steps == 2, "{v:?}");

        let after = baseline(
            loop_of(
                &[
                    ("core lib", "a"),
                    ("util lib", "the dependency core was rebuilt"),
                    ("app bin", "b"),
                ],
                1.0,
            ),
            &[("util", "core")],
        );
        let v = compare(&before, &after, None);
        assert_eq!(v.regressions.len(), 1, "{v:?}");
        assert_eq!(v.regressions[0].unit, "util lib");
        assert!(
            v.regressions[0].cause.contains("now depends on `core`"),
            "{v:?}"
        );
    }

    #[test]
    fn a_build_script_and_flags_have_their_causes() {
        let before = baseline(loop_of(&[("app bin", "b")], 1.0), &[]);
        let after = baseline(
            loop_of(
                &[
                    ("app build-script (run)", "the file changed"),
                    ("app bin", "b"),
                ],
                1.0,
            ),
            &[],
        );
        let v = compare(&before, &after, None);
        assert!(v.regressions[0].cause.contains("rerun-if-changed"), "{v:?}");
        let mut noop = loop_of(&[("app bin", "b")], 1.0);
        noop[1] = step("no-op", None, &[("app bin", NEW_UNIT)], 1.0);
        let mut flagged = baseline(noop, &[]);
        flagged.flags.rustflags = Some("-Cdebug-assertions=off".into());
        let v = compare(&before, &flagged, None);
        let cause = &v.regressions[0].cause;
        assert!(
            cause.contains("RUSTFLAGS was unset and is `-Cdebug-assertions=off`"),
            "{cause}"
        );
    }

    #[test]
    fn the_first_build_counts_only_when_neither_run_started_cold() {
        let mut before = baseline(loop_of(&[], 1.0), &[]);
        before.steps[0].compiled.clear();
        let v = compare(&before, &baseline(loop_of(&[], 1.0), &[]), None);
        assert!(v.passed(), "{v:?}");
        before.cold = false;
        let mut now = baseline(loop_of(&[], 1.0), &[]);
        now.cold = false;
        let v = compare(&before, &now, None);
        assert_eq!(v.regressions[0].unit, "app bin");
    }

    #[test]
    fn times_are_checked_only_when_asked_and_against_the_machines_own_build() {
        let before = baseline(loop_of(&[], 1.0), &[]);
        // Twice as slow a step on a machine twice as slow: no slowdown.
        let mut slow_machine = baseline(loop_of(&[], 2.0), &[]);
        slow_machine.norm.cold_seconds = Some(20.0);
        assert!(compare(&before, &slow_machine, Factor::parse("1.5")).passed());
        // Twice as slow on the same machine: past 1.5×, but only when asked.
        let slower = baseline(loop_of(&[], 2.0), &[]);
        assert!(compare(&before, &slower, None).passed());
        let v = compare(&before, &slower, Factor::parse("1.5"));
        assert_eq!(v.slowdowns.len(), 1, "{v:?}");
        assert_eq!(v.slowdowns[0].step, "code edit core/src/lib.rs");
    }

    #[test]
    fn a_factor_is_a_finite_number_of_one_or_more() {
        assert_eq!(Factor::parse("1.5").map(Factor::get), Some(1.5));
        for bad in ["0.5", "NaN", "inf", "fast"] {
            assert_eq!(Factor::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_file_of_another_format_is_refused_with_what_to_do() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("b.json");
        std::fs::write(&f, "{\"format\": 0}").unwrap();
        let err = read(&f).unwrap_err().to_string();
        assert!(err.contains("save it again"), "{err}");
        let saved = baseline(loop_of(&[], 1.0), &[]);
        write(&f, &saved).unwrap();
        assert_eq!(read(&f).unwrap(), saved);
    }
}
