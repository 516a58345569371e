//! Gives every compiled unit its own reason, from cargo's fingerprint log, and falls
//! back to the `-v` reason of its package where the log says nothing usable.

use crate::engine::report::TargetKind;
use std::collections::BTreeMap;
use std::path::Path;

use crate::engine::fingerprint_log::{Dirty, Entry, EnvTracker, LogMode};
use crate::engine::report::{UnitMode, UnitReport};

pub use crate::engine::report::ReasonSource;

/// The dependencies a rustc invocation was given, by crate name: `--extern NAME=…`.
pub type Externs = BTreeMap<String, Vec<String>>;

/// Reads `--crate-name` and the `--extern` names of a `Running` rustc command.
pub fn record_externs(command: &str, externs: &mut Externs) {
    let mut words = command.split_whitespace();
    let mut crate_name = None;
    let mut names = Vec::new();
    while let Some(w) = words.next() {
        match w {
            "--crate-name" => crate_name = words.next().map(str::to_string),
            "--extern" => {
                if let Some(e) = words.next() {
                    let name = e.split('=').next().unwrap_or(e);
                    names.push(name.trim_start_matches("noprelude:").to_string());
                }
            }
            _ => {}
        }
    }
    if let Some(c) = crate_name {
        let list = externs.entry(c).or_default();
        for n in names {
            if !list.contains(&n) {
                list.push(n);
            }
        }
    }
}

/// Replaces the package-wide `-v` reasons of the compiled `units` with each unit's own
/// reason from the log `entries`, and says which source the step's reasons came from.
/// A unit the log does not mention keeps its package's `-v` reason.
pub fn assign(
    units: &mut [UnitReport],
    entries: &[Entry],
    externs: &Externs,
    root: &Path,
) -> ReasonSource {
    if entries.is_empty() {
        return ReasonSource::PackageLines;
    }
    let compiled: Vec<UnitReport> = units.iter().filter(|u| !u.fresh).cloned().collect();
    for unit in units.iter_mut().filter(|u| !u.fresh) {
        let Some(entry) = entries.iter().find(|e| matches(e, unit)) else {
            continue;
        };
        // What `cargo -v` said for the unit's package, before the unit gets its own.
        let package_said = std::mem::take(&mut unit.reasons);
        unit.reasons = match &entry.dirty {
            Dirty::New => Vec::new(),
            dirty => vec![describe(
                dirty,
                unit,
                &package_said,
                &compiled,
                externs,
                root,
            )],
        };
    }
    ReasonSource::FingerprintLog
}

/// Whether a log entry is about this unit.
fn matches(entry: &Entry, unit: &UnitReport) -> bool {
    let u = &entry.unit;
    let mode = match u.mode {
        LogMode::Build => UnitMode::Build,
        LogMode::Check => UnitMode::Check,
        LogMode::Test => UnitMode::Test,
        LogMode::RunBuildScript => UnitMode::RunBuildScript,
        LogMode::Other => return false,
    };
    u.package == unit.package
        && u.version == unit.version
        && u.target == unit.target
        && mode == unit.mode
        && (u.target == "build-script-build" || u.lib == is_lib(unit))
}

fn is_lib(unit: &UnitReport) -> bool {
    unit.kind.is_library()
}

/// The reason in words. Each begins with the words `cargo build -v` (cargo 1.95)
/// prints for the same reason, and adds what the log tells beyond them (the other
/// dependencies, which file is newer) after a colon or in parentheses. `package_said` is what `-v` printed for
/// the unit's package: the dependency it names is named first.
fn describe(
    dirty: &Dirty,
    unit: &UnitReport,
    package_said: &[String],
    compiled: &[UnitReport],
    externs: &Externs,
    root: &Path,
) -> String {
    let relative = |path: &str| {
        Path::new(path)
            .strip_prefix(root)
            .map_or_else(|_| path.to_string(), |p| p.display().to_string())
    };
    match dirty {
        Dirty::New => String::new(),
        Dirty::FileChanged {
            path,
            checksum: false,
        } => format!("the file `{}` has changed", relative(path)),
        Dirty::FileChanged {
            path,
            checksum: true,
        } => format!(
            "the file `{}` has changed (checksum didn't match)",
            relative(path)
        ),
        Dirty::FileMissing { path } => format!("the file `{}` is missing", relative(path)),
        Dirty::EnvChanged {
            name,
            by: EnvTracker::Source,
        } => format!("the environment variable {name} changed"),
        Dirty::EnvChanged {
            name,
            by: EnvTracker::BuildScript,
        } => format!("the env variable {name} changed"),
        Dirty::DependencyRebuilt => name_dependencies(
            rebuilt_dependencies(unit, compiled, externs),
            package_said,
            ("the dependency ", " was rebuilt"),
            "a dependency was rebuilt",
        ),
        Dirty::DependencyInfoChanged => name_dependencies(
            rebuilt_dependencies(unit, compiled, externs),
            package_said,
            ("info of dependency ", " changed"),
            "info of a dependency changed",
        ),
        Dirty::PrecalculatedChanged { newest: Some(file) } => format!(
            "the precalculated components changed: `{file}` is newer (with no \
             `rerun-if-changed`, every file of the package counts)"
        ),
        Dirty::PrecalculatedChanged { newest: None } => {
            "the precalculated components changed".into()
        }
        Dirty::RustflagsChanged { old, new } => {
            format!("the rustflags changed (from [{old}] to [{new}])")
        }
        Dirty::FeaturesChanged { old, new } => {
            format!("the list of features changed (from [{old}] to [{new}])")
        }
        Dirty::ProfileChanged => "the profile configuration changed".into(),
        Dirty::RustcChanged => "the toolchain changed".into(),
        Dirty::Other(variant) => crate::engine::fingerprint_log::words(variant),
    }
}

/// A reason naming dependencies in cargo's words, `words.0` + name + `words.1`: cargo
/// names one dependency, so the one it named in `package_said` comes first and the
/// others follow in parentheses. Without any, `-v`'s own line (or `unknown`) stands.
fn name_dependencies(
    mut deps: Vec<String>,
    package_said: &[String],
    words: (&str, &str),
    unknown: &str,
) -> String {
    let named = package_said.iter().find_map(|r| {
        r.strip_prefix(words.0)
            .and_then(|r| r.split(words.1).next())
    });
    if let Some(at) = named.and_then(|n| deps.iter().position(|d| d == n)) {
        let first = deps.remove(at);
        deps.insert(0, first);
    }
    let (prefix, suffix) = words;
    match deps.split_first() {
        None => package_said
            .first()
            .cloned()
            .unwrap_or_else(|| unknown.to_string()),
        Some((first, [])) => format!("{prefix}{first}{suffix}"),
        Some((first, rest)) => format!("{prefix}{first}{suffix} (and {})", rest.join(", ")),
    }
}

/// The units compiled in the same step that `unit` depends on, as far as cargo's
/// output shows: its package's build-script run, its own library (for binaries and
/// tests), the build script it runs, and the crates its rustc command was given with
/// `--extern`.
fn rebuilt_dependencies(
    unit: &UnitReport,
    compiled: &[UnitReport],
    externs: &Externs,
) -> Vec<String> {
    let given = externs.get(&unit.target.replace('-', "_"));
    let mut deps = Vec::new();
    for other in compiled {
        if other == unit {
            continue;
        }
        let same_package = other.package == unit.package && other.version == unit.version;
        let label = crate::engine::report::unit_label(other);
        let depends = if same_package {
            match (unit.mode, other.mode) {
                // A build script's run depends on its compiled script.
                (UnitMode::RunBuildScript, UnitMode::Build) => {
                    other.kind == TargetKind::BuildScript
                }
                (UnitMode::RunBuildScript, _) => false,
                // Every other unit of the package depends on the script's run.
                (_, UnitMode::RunBuildScript) => unit.kind != TargetKind::BuildScript,
                // Binaries and tests use their package's library (never its test
                // harness, which is a program of its own).
                _ => {
                    is_lib(other)
                        && other.mode != UnitMode::Test
                        && !is_lib(unit)
                        && unit.kind != TargetKind::BuildScript
                        && given.is_some_and(|g| g.contains(&other.target.replace('-', "_")))
                }
            }
        } else {
            is_lib(other)
                && other.mode != UnitMode::Test
                && given.is_some_and(|g| g.contains(&other.target.replace('-', "_")))
        };
        if depends {
            let name = if same_package {
                format!("`{label}`")
            } else {
                format!("`{}`", other.package)
            };
            if !deps.contains(&name) {
                deps.push(name);
            }
        }
    }
    deps
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::fingerprint_log::{LogUnit, parse, split};

    fn unit(package: &str, target: &str, kind: &str, mode: UnitMode) -> UnitReport {
        UnitReport {
            package: package.into(),
            version: "0.1.0".into(),
            registry: false,
            target: target.into(),
            kind: kind.into(),
            mode,
            fresh: false,
            reasons: vec!["the precalculated components changed".into()],
            features: Vec::new(),
            new_because: None,
        }
    }

    /// The fingerprint log and the `--extern`s of the `Running` lines of cargo's stderr.
    fn log_and_externs(stderr: &str) -> (Vec<String>, Externs) {
        let (log, rest) = split(stderr);
        let mut externs = Externs::new();
        for line in rest.lines() {
            if let crate::engine::cargo_messages::Status::Running { command } =
                crate::engine::cargo_messages::parse_status(line)
            {
                record_externs(&command, &mut externs);
            }
        }
        (log, externs)
    }

    #[test]
    fn each_unit_of_a_package_gets_its_own_reason() {
        let stderr = include_str!("../../../../xtask/tests/fixtures/fingerprint-log/edit-lib.txt");
        let (log, externs) = log_and_externs(stderr);
        let mut units = vec![
            unit("fp2", "fp2", "bin", UnitMode::Build),
            unit("fp2", "fp2", "lib", UnitMode::Build),
            unit(
                "fp2",
                "build-script-build",
                "build-script",
                UnitMode::RunBuildScript,
            ),
        ];
        let source = assign(&mut units, &parse(&log), &externs, Path::new("/tmp/fp2"));
        assert_eq!(source, ReasonSource::FingerprintLog);
        assert_eq!(
            units[2].reasons,
            [
                "the precalculated components changed: `src/lib.rs` is newer (with no \
              `rerun-if-changed`, every file of the package counts)"
            ]
        );
        assert_eq!(
            units[1].reasons,
            ["info of dependency `fp2 build-script (run)` changed"]
        );
        assert_eq!(
            units[0].reasons,
            ["info of dependency `fp2 lib` changed (and `fp2 build-script (run)`)"]
        );
    }

    #[test]
    fn a_dependency_in_another_package_is_named_as_cargo_names_it() {
        let stderr = include_str!("../../../../xtask/tests/fixtures/fingerprint-log/edit-leaf.txt");
        let (log, externs) = log_and_externs(stderr);
        let mut units = vec![
            unit("app", "app", "bin", UnitMode::Build),
            unit("leaf", "leaf", "lib", UnitMode::Build),
        ];
        assign(&mut units, &parse(&log), &externs, Path::new("/tmp/ws3"));
        assert_eq!(units[0].reasons, ["the dependency `leaf` was rebuilt"]);
        assert_eq!(units[1].reasons, ["the file `leaf/src/lib.rs` has changed"]);
    }

    #[test]
    fn without_a_readable_log_the_package_reasons_stay() {
        let mut units = vec![unit("app", "app", "bin", UnitMode::Build)];
        let before = units.clone();
        assert_eq!(
            assign(&mut units, &[], &Externs::new(), Path::new("/x")),
            ReasonSource::PackageLines
        );
        assert_eq!(units, before);
        // An entry for another unit leaves this one with its package's reason.
        let other = Entry {
            unit: LogUnit {
                package: "other".into(),
                version: "0.1.0".into(),
                target: "other".into(),
                lib: true,
                mode: LogMode::Build,
            },
            dirty: Dirty::RustcChanged,
        };
        assign(&mut units, &[other], &Externs::new(), Path::new("/x"));
        assert_eq!(units, before);
    }
}
