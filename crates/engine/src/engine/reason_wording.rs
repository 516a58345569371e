//! Checks that the lab words a rebuild reason the way cargo does. Each compiled unit
//! gets its own reason from cargo's fingerprint log, written by the lab
//! ([`crate::engine::unit_reasons`]); where a package has one compiled unit, that
//! reason must begin with the words `cargo build -v` printed for the package, so that
//! what a learner reads in the lab is what they will read in their own terminal.

use std::sync::LazyLock;

use regex::Regex;

use crate::engine::report::ReasonSource;
use crate::engine::report::{CargoOutcome, StepReport};

/// A unit whose reason does not begin with cargo's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    /// The step, 1-based.
    pub step: usize,
    /// The package.
    pub package: String,
    /// What the lab says.
    pub lab: String,
    /// What `cargo -v` printed.
    pub cargo: String,
}

impl std::fmt::Display for Difference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "step {}: the lab words the reason for `{}` as \"{}\", but `cargo -v` printed \"{}\"",
            self.step, self.package, self.lab, self.cargo
        )
    }
}

/// Cargo's reason without what varies from run to run or what the lab adds in its own
/// form: the times after a changed file or dependency, the checksums, a count.
static TRAILING_DETAIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*\([^()]*\)$").expect("valid regex"));

/// The words the lab's reason must begin with: cargo's, without its trailing detail.
pub fn core_words(cargo: &str) -> &str {
    match TRAILING_DETAIL.find(cargo) {
        Some(m) => &cargo[..m.start()],
        None => cargo,
    }
}

/// The differences in every cargo step of a run.
pub fn differences(steps: &[StepReport]) -> Vec<Difference> {
    steps
        .iter()
        .filter_map(|s| s.cargo.as_ref().map(|c| (s.number, c)))
        .flat_map(|(number, cargo)| in_step(number, cargo))
        .collect()
}

/// The differences in one step: for each package with exactly one compiled unit and a
/// `Dirty` line, the unit's reason must begin with that line's words.
fn in_step(step: usize, cargo: &CargoOutcome) -> Vec<Difference> {
    if cargo.reasons_from != ReasonSource::FingerprintLog {
        // The reasons are `-v`'s own lines: nothing was reworded.
        return Vec::new();
    }
    let mut out = Vec::new();
    for said in &cargo.cargo_said {
        let mut compiled = cargo
            .units
            .iter()
            .filter(|u| !u.fresh && u.package == said.package && u.version == said.version);
        let (Some(unit), None) = (compiled.next(), compiled.next()) else {
            continue;
        };
        let words = core_words(&said.reason);
        if unit.reasons.is_empty() || unit.reasons.iter().any(|r| r.starts_with(words)) {
            continue;
        }
        out.push(Difference {
            step,
            package: said.package.clone(),
            lab: unit.reasons.join("; "),
            cargo: said.reason.clone(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::report::{PackageReason, UnitMode, UnitReport, test_outcome};

    fn unit(package: &str, kind: &str, reason: &str) -> UnitReport {
        UnitReport {
            package: package.into(),
            version: "0.1.0".into(),
            registry: false,
            target: package.into(),
            kind: kind.into(),
            mode: UnitMode::Build,
            fresh: false,
            reasons: vec![reason.into()],
            features: Vec::new(),
            new_because: None,
        }
    }

    fn said(package: &str, reason: &str) -> PackageReason {
        PackageReason {
            package: package.into(),
            version: "0.1.0".into(),
            reason: reason.into(),
        }
    }

    fn step(units: Vec<UnitReport>, cargo_said: Vec<PackageReason>) -> StepReport {
        let mut outcome = test_outcome(units);
        outcome.reasons_from = ReasonSource::FingerprintLog;
        outcome.cargo_said = cargo_said;
        let mut s = StepReport::not_run(3, "build", crate::engine::report::StepKind::Build, "");
        s.not_run = None;
        s.cargo = Some(outcome);
        s
    }

    #[test]
    fn cargos_times_and_checksums_are_not_words() {
        assert_eq!(
            core_words("the file `src/main.rs` has changed (1.2s, 3ns after last build at 1.1s)"),
            "the file `src/main.rs` has changed"
        );
        assert_eq!(
            core_words("the file `a.rs` has changed (checksum didn't match, blake3=1 != blake3=2)"),
            "the file `a.rs` has changed"
        );
        assert_eq!(
            core_words("info of dependency `a` changed"),
            "info of dependency `a` changed"
        );
    }

    #[test]
    fn a_reworded_reason_is_a_difference() {
        let s = step(
            vec![unit(
                "app",
                "bin",
                "dependency info changed: `app build-script (run)`",
            )],
            vec![said(
                "app",
                "info of dependency `app build-script (run)` changed",
            )],
        );
        let found = differences(&[s]);
        assert_eq!(found.len(), 1);
        assert!(
            found[0]
                .to_string()
                .contains("printed \"info of dependency `app build-script (run)` changed\""),
            "{}",
            found[0]
        );
    }

    #[test]
    fn cargos_words_with_the_labs_detail_after_them_agree() {
        let s = step(
            vec![
                unit(
                    "app",
                    "bin",
                    "the dependency `mid` was rebuilt (and `leaf`)",
                ),
                unit("b", "lib", "the environment variable MY_SETTING changed"),
            ],
            vec![
                said("app", "the dependency `mid` was rebuilt"),
                said("b", "the environment variable MY_SETTING changed"),
            ],
        );
        assert_eq!(differences(&[s]), []);
    }

    #[test]
    fn a_package_with_several_compiled_units_may_give_each_its_own() {
        let s = step(
            vec![
                unit("app", "bin", "info of dependency `app lib` changed"),
                unit("app", "lib", "the file `src/lib.rs` has changed"),
            ],
            vec![said(
                "app",
                "the file `src/lib.rs` has changed (1s, 2ns after last build at 1s)",
            )],
        );
        assert_eq!(differences(&[s]), []);
    }
}
