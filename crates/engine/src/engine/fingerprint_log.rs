//! Cargo's fingerprint log (`CARGO_LOG=cargo::core::compiler::fingerprint=info`),
//! parsed into one reason per unit.
//!
//! `cargo build -v` prints one `Dirty` line per package: a package with a library, a
//! binary and a build script shows the reason of whichever unit cargo looked at first.
//! The fingerprint log names every unit and the exact comparison that failed:
//!
//! ```text
//!   0.011s  INFO prepare_target{…}: cargo::core::compiler::fingerprint: fingerprint dirty for app v0.1.0 (/x)/Build/TargetInner { … }
//!   0.011s  INFO prepare_target{…}: cargo::core::compiler::fingerprint:     dirty: UnitDependencyInfoChanged { unit: UnitIndex(6) }
//! ```
//!
//! The lines are cargo's internal debug output, not a stable interface, so everything
//! here is defensive: a line it cannot read is skipped, and a unit with no entry falls
//! back to the `-v` reason of its package (see [`crate::engine::step_runner`]).

/// The variable that turns the log on, and its value.
/// The module has moved in cargo's newer sources (`cargo::compiler::fingerprint`), so
/// the filter names both places.
pub const LOG_VAR: (&str, &str) = (
    "CARGO_LOG",
    "cargo::core::compiler::fingerprint=info,cargo::compiler::fingerprint=info",
);

/// Set to `package` to keep the `-v` reasons (one per package) instead of the log's.
pub const REASONS_VAR: &str = "REBUILD_LAB_REASONS";

/// Whether runs should ask cargo for its fingerprint log.
pub fn enabled() -> bool {
    std::env::var(REASONS_VAR).map_or(true, |v| v != "package")
}

/// How cargo built a unit, as the log names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogMode {
    /// `Build`: compiled to a library or executable (also a build script's compile).
    Build,
    /// `Check { test: false }`.
    Check,
    /// `Test` or `Check { test: true }`: a test harness.
    Test,
    /// `RunCustomBuild`: a build script run.
    RunBuildScript,
    /// Documentation and other modes the lab does not report.
    Other,
}

/// The unit a log entry is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogUnit {
    /// Package name.
    pub package: String,
    /// Package version.
    pub version: String,
    /// Target name (`build-script-build` for build scripts).
    pub target: String,
    /// True for a library target (lib, rlib, proc-macro...).
    pub lib: bool,
    /// How it was built.
    pub mode: LogMode,
}

/// Why cargo found a unit dirty, as the log says it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dirty {
    /// No earlier fingerprint: never built with these settings.
    New,
    /// A source file is newer than the last build, or its checksum differs.
    FileChanged {
        /// The file, as cargo logged it (absolute).
        path: String,
        /// True when the checksum, not the time, told (`-Zchecksum-freshness`).
        checksum: bool,
    },
    /// A file the unit depends on is gone.
    FileMissing {
        /// The file, as cargo logged it.
        path: String,
    },
    /// An environment variable the unit reads changed.
    EnvChanged {
        /// The variable.
        name: String,
        /// Who declared it: the compiler, for an `env!`/`option_env!` in the source
        /// (`ChangedEnv`, "the environment variable … changed"), or a build script's
        /// `rerun-if-env-changed` (`EnvVarChanged`, "the env variable … changed").
        by: EnvTracker,
    },
    /// A unit it depends on was rebuilt after it (`StaleDepFingerprint`,
    /// `StaleDependency`).
    DependencyRebuilt,
    /// A unit it depends on has a new fingerprint (`UnitDependencyInfoChanged`).
    DependencyInfoChanged,
    /// A build script without `rerun-if` lines: the newest file of the package changed.
    PrecalculatedChanged {
        /// The file cargo named as the newest, e.g. `src/main.rs`.
        newest: Option<String>,
    },
    /// The compiler flags changed.
    RustflagsChanged {
        /// The flags before.
        old: String,
        /// The flags now.
        new: String,
    },
    /// The enabled features changed.
    FeaturesChanged {
        /// Before.
        old: String,
        /// Now.
        new: String,
    },
    /// The profile's settings changed.
    ProfileChanged,
    /// The compiler changed.
    RustcChanged,
    /// Another reason: cargo's name for it.
    Other(String),
}

/// Who asked cargo to track an environment variable; cargo words the two differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnvTracker {
    /// `env!` or `option_env!` in the crate's source, recorded in its dep-info.
    Source,
    /// A build script's `cargo::rerun-if-env-changed`.
    BuildScript,
}

/// One unit and its reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The unit.
    pub unit: LogUnit,
    /// Why it is dirty.
    pub dirty: Dirty,
}

/// Splits cargo's stderr into the fingerprint log and everything else (status lines,
/// warnings, errors), so the log never reaches the report's output.
pub fn split(stderr: &str) -> (Vec<String>, String) {
    let mut log = Vec::new();
    let mut rest = String::new();
    // After an `err:` entry cargo prints the error's cause chain on lines of its own.
    let mut in_error = false;
    for line in stderr.lines() {
        if let Some(message) = log_message(line) {
            in_error = message.trim_start().starts_with("err:");
            log.push(message.to_string());
            continue;
        }
        if in_error
            && (line.is_empty()
                || line == "Caused by:"
                || (line.starts_with("    ") && !is_status_line(line)))
        {
            continue;
        }
        in_error = false;
        rest.push_str(line);
        rest.push('\n');
    }
    (log, rest)
}

/// The message part of a fingerprint log line (after `…fingerprint: `), or `None` for
/// any other line.
fn log_message(line: &str) -> Option<&str> {
    let trimmed = line.trim_start();
    let (time, rest) = trimmed.split_once(' ')?;
    let seconds = time.strip_suffix('s')?;
    if seconds.is_empty() || !seconds.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return None;
    }
    let rest = rest.trim_start();
    let level_end = rest.find(' ')?;
    if !matches!(
        &rest[..level_end],
        "TRACE" | "DEBUG" | "INFO" | "WARN" | "ERROR"
    ) {
        return None;
    }
    const MODULES: [&str; 2] = [
        "cargo::core::compiler::fingerprint: ",
        "cargo::compiler::fingerprint: ",
    ];
    MODULES
        .iter()
        .find_map(|m| rest.find(m).map(|at| &rest[at + m.len()..]))
}

/// A `-v` status line: a verb right-aligned in a 12-column field.
fn is_status_line(line: &str) -> bool {
    let trimmed = line.trim_start();
    let verb = trimmed.split(' ').next().unwrap_or("");
    line.len() - trimmed.len() + verb.len() == 12
        && verb.chars().next().is_some_and(|c| c.is_ascii_uppercase())
}

/// Reads the log's messages into entries: each `fingerprint dirty for UNIT` with the
/// `dirty:` line after it, and each `fingerprint error for UNIT` whose fingerprint file
/// could not be read (a new unit).
pub fn parse(messages: &[String]) -> Vec<Entry> {
    let mut entries = Vec::new();
    let mut pending: Option<(LogUnit, bool)> = None;
    for message in messages {
        if let Some(rest) = message.strip_prefix("fingerprint dirty for ") {
            pending = parse_unit(rest).map(|u| (u, false));
        } else if let Some(rest) = message.strip_prefix("fingerprint error for ") {
            pending = parse_unit(rest).map(|u| (u, true));
        } else if let Some((unit, error)) = pending.take() {
            let body = message.trim_start();
            let dirty = match (
                error,
                body.strip_prefix("dirty: "),
                body.strip_prefix("err: "),
            ) {
                (false, Some(reason), _) => parse_dirty(reason),
                (true, _, Some(err)) if err.starts_with("failed to read") => Dirty::New,
                (true, _, Some(_)) => Dirty::Other("its old fingerprint could not be read".into()),
                _ => {
                    // Not the line this entry waits for: the format moved.
                    continue;
                }
            };
            entries.push(Entry { unit, dirty });
        }
    }
    entries
}

/// Parses `app v0.1.0 (/x)/Build/TargetInner { … }`.
fn parse_unit(text: &str) -> Option<LogUnit> {
    let mut words = text.split_whitespace();
    let package = words.next()?.to_string();
    let version = words.next()?.strip_prefix('v')?.to_string();
    let at = text.find("/TargetInner")?;
    // The mode sits between the package id and the target: `…)/Build/TargetInner` or
    // `itoa v1.0.19/Check { test: false }/TargetInner`.
    let before = &text[..at];
    let mode_text = before
        .rsplit_once(")/")
        .map_or_else(|| before.split_once('/').map_or("", |(_, m)| m), |(_, m)| m);
    let mode = match mode_text.trim() {
        "Build" => LogMode::Build,
        "Test" | "Check { test: true }" => LogMode::Test,
        "Check { test: false }" => LogMode::Check,
        "RunCustomBuild" => LogMode::RunBuildScript,
        _ => LogMode::Other,
    };
    let inner = &text[at..];
    let (target, lib) = if let Some(args) = inner.split_once("custom_build_target(\"") {
        (args.1.split('"').next()?.to_string(), false)
    } else if let Some(args) = inner.split_once("lib_target(\"") {
        (args.1.split('"').next()?.to_string(), true)
    } else {
        (quoted_field(inner, "name")?, false)
    };
    Some(LogUnit {
        package,
        version,
        target,
        lib,
        mode,
    })
}

/// The value of `field: "value"` in a debug-printed struct.
fn quoted_field(text: &str, field: &str) -> Option<String> {
    let key = format!("{field}: ");
    let mut from = 0;
    while let Some(at) = text[from..].find(&key) {
        let start = from + at;
        // A whole field name, not the end of a longer one (`old_name`).
        let whole = start == 0
            || !text.as_bytes()[start - 1].is_ascii_alphanumeric()
                && text.as_bytes()[start - 1] != b'_';
        let value = &text[start + key.len()..];
        if whole {
            if let Some(v) = value.strip_prefix("Some(\"") {
                return v.split('"').next().map(str::to_string);
            }
            if let Some(v) = value.strip_prefix('"') {
                return v.split('"').next().map(str::to_string);
            }
            if let Some(v) = value.strip_prefix('[') {
                return v.split(']').next().map(str::to_string);
            }
        }
        from = start + key.len();
    }
    None
}

/// The variant name at the start of a debug-printed enum value.
fn variant(text: &str) -> &str {
    let end = text
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(text.len());
    &text[..end]
}

/// Parses the value of a `dirty:` line (cargo's `DirtyReason` in debug form).
fn parse_dirty(reason: &str) -> Dirty {
    let name = variant(reason);
    match name {
        "FsStatusOutdated" => {
            let inner = reason.strip_prefix("FsStatusOutdated(").unwrap_or_default();
            match variant(inner) {
                "StaleItem" => {
                    let item = inner.strip_prefix("StaleItem(").unwrap_or_default();
                    match variant(item) {
                        "ChangedFile" => match quoted_field(item, "stale") {
                            Some(path) => Dirty::FileChanged {
                                path,
                                checksum: false,
                            },
                            None => Dirty::Other("ChangedFile".into()),
                        },
                        "ChangedChecksum" => match quoted_field(item, "source") {
                            Some(path) => Dirty::FileChanged {
                                path,
                                checksum: true,
                            },
                            None => Dirty::Other("ChangedChecksum".into()),
                        },
                        "MissingFile" => Dirty::FileMissing {
                            path: item
                                .split('"')
                                .nth(1)
                                .map(str::to_string)
                                .unwrap_or_default(),
                        },
                        "ChangedEnv" => match quoted_field(item, "var") {
                            Some(name) => Dirty::EnvChanged {
                                name,
                                by: EnvTracker::Source,
                            },
                            None => Dirty::Other("ChangedEnv".into()),
                        },
                        other => Dirty::Other(other.to_string()),
                    }
                }
                "StaleDepFingerprint" | "StaleDependency" => Dirty::DependencyRebuilt,
                other => Dirty::Other(other.to_string()),
            }
        }
        "UnitDependencyInfoChanged" => Dirty::DependencyInfoChanged,
        "PrecalculatedComponentsChanged" => Dirty::PrecalculatedChanged {
            newest: quoted_field(reason, "new").and_then(|v| {
                v.rsplit_once(" (")
                    .map(|(_, file)| file.trim_end_matches(')').to_string())
            }),
        },
        "EnvVarChanged" => match quoted_field(reason, "name") {
            Some(name) => Dirty::EnvChanged {
                name,
                by: EnvTracker::BuildScript,
            },
            None => Dirty::Other(name.to_string()),
        },
        "RustflagsChanged" => Dirty::RustflagsChanged {
            old: quoted_field(reason, "old").unwrap_or_default(),
            new: quoted_field(reason, "new").unwrap_or_default(),
        },
        "FeaturesChanged" => Dirty::FeaturesChanged {
            old: quoted_field(reason, "old").unwrap_or_default(),
            new: quoted_field(reason, "new").unwrap_or_default(),
        },
        "ProfileConfigurationChanged" => Dirty::ProfileChanged,
        "RustcChanged" => Dirty::RustcChanged,
        other => Dirty::Other(other.to_string()),
    }
}

/// What `cargo build -v` prints for a reason that cargo's log names only by its
/// variant (`ConfigSettingsChanged` → `the config settings changed`), in cargo's own
/// words (cargo 1.95's `DirtyReason::present_to`, in `fingerprint/dirty_reason.rs`); a
/// variant cargo added later falls back to its name split into words.
pub fn words(variant: &str) -> String {
    let known = match variant {
        "TargetConfigurationChanged" => "the target configuration changed",
        "PathToSourceChanged" => "the path to the source changed",
        "MetadataChanged" => "the metadata changed",
        "DeclaredFeaturesChanged" => "the list of declared features changed",
        "ConfigSettingsChanged" => "the config settings changed",
        "CompileKindChanged" => "the rustc compile kind changed",
        "LocalLengthsChanged" => "the local lengths changed",
        "DepInfoOutputChanged" => "the dependency info output changed",
        "RerunIfChangedOutputFileChanged" => "rerun-if-changed output file path changed",
        "RerunIfChangedOutputPathsChanged" => "the rerun-if-changed instructions changed",
        "EnvVarsChanged" => "the environment variables changed",
        "LocalFingerprintTypeChanged" => "the local fingerprint type changed",
        "NumberOfDependenciesChanged" => "number of dependencies changed",
        "UnitDependencyNameChanged" => "name of dependency changed",
        "NothingObvious" => "the fingerprint comparison turned up nothing obvious",
        "Forced" => "forced",
        "Stale" => "stale, unknown reason",
        _ => "",
    };
    if !known.is_empty() {
        return known.to_string();
    }
    let mut out = String::new();
    for (i, c) in variant.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push(' ');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Cargo 1.95's stderr for `cargo build --tests -v` after an edit to `src/lib.rs` of
    /// a package with a library, a binary, an integration test and a build script
    /// without `rerun-if` lines.
    const EDIT: &str =
        include_str!("../../../../xtask/tests/fixtures/fingerprint-log/edit-lib.txt");
    /// The same package's first build: every unit is new.
    /// A workspace where `app` depends on `leaf`, after an edit to `leaf/src/lib.rs`.
    const EDIT_LEAF: &str =
        include_str!("../../../../xtask/tests/fixtures/fingerprint-log/edit-leaf.txt");
    const COLD: &str = include_str!("../../../../xtask/tests/fixtures/fingerprint-log/cold.txt");

    #[test]
    fn reads_a_reason_per_unit_from_cargos_real_log() {
        let (log, rest) = split(EDIT);
        let entries = parse(&log);
        let find = |target: &str, lib: bool, mode: LogMode| {
            entries
                .iter()
                .find(|e| e.unit.target == target && e.unit.lib == lib && e.unit.mode == mode)
                .map(|e| e.dirty.clone())
        };
        assert_eq!(
            find("build-script-build", false, LogMode::RunBuildScript),
            Some(Dirty::PrecalculatedChanged {
                newest: Some("src/lib.rs".into())
            })
        );
        assert_eq!(
            find("fp2", true, LogMode::Build),
            Some(Dirty::DependencyInfoChanged)
        );
        assert_eq!(
            find("a", false, LogMode::Test),
            Some(Dirty::DependencyInfoChanged)
        );
        assert_eq!(entries.len(), 6, "{entries:#?}");
        assert!(
            entries
                .iter()
                .all(|e| e.unit.package == "fp2" && e.unit.version == "0.1.0")
        );
        // The status lines stay; the log does not.
        assert!(rest.contains("Dirty fp2 v0.1.0"));
        assert!(rest.contains("Finished"));
        assert!(!rest.contains("INFO"));
        assert!(!rest.contains("dirty:"));
    }

    #[test]
    fn a_unit_without_a_fingerprint_is_new_and_the_cause_chain_is_dropped() {
        let (log, rest) = split(COLD);
        let entries = parse(&log);
        assert_eq!(entries.len(), 7, "{entries:#?}");
        assert!(entries.iter().all(|e| e.dirty == Dirty::New));
        assert!(!rest.contains("Caused by"), "{rest}");
        assert!(!rest.contains("No such file"), "{rest}");
        assert!(rest.contains("Compiling fp2 v0.1.0"));
    }

    #[test]
    fn an_edited_file_and_a_rebuilt_dependency_in_a_workspace() {
        let (log, _) = split(EDIT_LEAF);
        let entries = parse(&log);
        assert_eq!(entries.len(), 2, "{entries:#?}");
        let leaf = entries.iter().find(|e| e.unit.package == "leaf").unwrap();
        assert!(leaf.unit.lib);
        assert_eq!(
            leaf.dirty,
            Dirty::FileChanged {
                path: "/tmp/ws3/leaf/src/lib.rs".into(),
                checksum: false
            }
        );
        let app = entries.iter().find(|e| e.unit.package == "app").unwrap();
        assert_eq!((app.unit.target.as_str(), app.unit.lib), ("app", false));
        assert_eq!(app.dirty, Dirty::DependencyRebuilt);
    }

    #[test]
    fn reads_the_other_reasons_cargo_gives() {
        let env = r#"FsStatusOutdated(StaleItem(ChangedEnv { var: "BIG_FNS", previous: Some("1"), current: Some("2") }))"#;
        assert_eq!(
            parse_dirty(env),
            Dirty::EnvChanged {
                name: "BIG_FNS".into(),
                by: EnvTracker::Source
            }
        );
        let sum = r#"FsStatusOutdated(StaleItem(ChangedChecksum { source: "/x/src/main.rs", stored_checksum: Checksum { .. }, new_checksum: Checksum { .. } }))"#;
        assert_eq!(
            parse_dirty(sum),
            Dirty::FileChanged {
                path: "/x/src/main.rs".into(),
                checksum: true
            }
        );
        let flags = r#"RustflagsChanged { old: ["-Cdebuginfo=1"], new: [] }"#;
        assert_eq!(
            parse_dirty(flags),
            Dirty::RustflagsChanged {
                old: "\"-Cdebuginfo=1\"".into(),
                new: String::new()
            }
        );
        assert_eq!(
            parse_dirty("ConfigSettingsChanged"),
            Dirty::Other("ConfigSettingsChanged".into())
        );
        assert_eq!(
            words("ConfigSettingsChanged"),
            "the config settings changed"
        );
        assert_eq!(words("SomethingNew"), "something new");
    }

    #[test]
    fn lines_it_cannot_read_are_skipped_not_misread() {
        let messages = vec![
            "fingerprint dirty for something new entirely".to_string(),
            "    dirty: FsStatusOutdated(Stale)".to_string(),
            "stale: changed \"/x\"".to_string(),
        ];
        assert!(parse(&messages).is_empty());
        let (log, rest) = split("   Compiling x v0.1.0\nwarning: unused\n");
        assert!(log.is_empty());
        assert_eq!(rest, "   Compiling x v0.1.0\nwarning: unused\n");
    }
}
