//! The typed report of a run: steps, and for each cargo step the units it compiled or
//! found fresh, with cargo's reasons and the times. Written as JSON for the book and
//! later tools; rendered as a terminal table and by [`crate::engine::snapshot`].

use serde::{Deserialize, Serialize};
use std::fmt::Write as _;

/// What a step did, as reports and results name it (`build`, `exec`, `touch`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepKind {
    /// `cargo build`.
    Build,
    /// `cargo check`.
    Check,
    /// `cargo test`.
    Test,
    /// `cargo run`.
    Run,
    /// `cargo rustc`.
    Rustc,
    /// `cargo clippy`.
    Clippy,
    /// A program run directly.
    Exec,
    /// A file's time set to now.
    Touch,
    /// A file's text changed.
    Edit,
    /// Environment variables set or unset.
    Env,
    /// A `[profile]` setting of a `Cargo.toml` changed.
    Profile,
    /// Another `Cargo.toml` setting changed.
    CargoToml,
    /// A cargo command started in the background (its result is reported by the step
    /// that waits for it).
    Background,
    /// A change that did not run (the run stopped before it).
    Change,
}

impl From<crate::engine::plan::CargoCommand> for StepKind {
    fn from(c: crate::engine::plan::CargoCommand) -> StepKind {
        use crate::engine::plan::CargoCommand;
        match c {
            CargoCommand::Build => StepKind::Build,
            CargoCommand::Check => StepKind::Check,
            CargoCommand::Test => StepKind::Test,
            CargoCommand::Run => StepKind::Run,
            CargoCommand::Rustc => StepKind::Rustc,
            CargoCommand::Clippy => StepKind::Clippy,
        }
    }
}

/// Everything one run of an exercise recorded.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Report {
    /// The exercise's name.
    pub exercise: String,
    /// Its title.
    pub title: String,
    /// Its chapter.
    pub chapter: String,
    /// The machine and toolchain it ran on.
    pub host: Host,
    /// When the run started.
    pub started_at: crate::timestamp::Timestamp,
    /// The scratch copy the steps ran in (removed after the run unless kept).
    pub root: String,
    /// Environment variables removed before running, by name.
    pub env_removed: Vec<String>,
    /// Warnings about settings that may change the results.
    pub warnings: Vec<String>,
    /// The steps, in order.
    pub steps: Vec<StepReport>,
}

impl Report {
    /// Whether every step passed.
    pub fn passed(&self) -> bool {
        self.steps.iter().all(StepReport::passed)
    }
}

/// The machine and toolchain a run used.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Host {
    /// `rustc -V`.
    pub rustc: String,
    /// `cargo -V`.
    pub cargo: String,
    /// Operating system and architecture, e.g. `linux x86_64`.
    pub platform: String,
    /// Logical CPUs available.
    pub cpus: usize,
}

/// What one step did.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StepReport {
    /// 1-based position.
    pub number: usize,
    /// The step's label.
    pub label: String,
    /// What the step did.
    pub kind: StepKind,
    /// Wall time of the step in seconds.
    pub seconds: f64,
    /// For cargo steps, what cargo did.
    pub cargo: Option<CargoOutcome>,
    /// For `exec` steps, what the program did.
    pub exec: Option<ExecOutcome>,
    /// Expectations that did not hold; empty when the step passed.
    pub failures: Vec<String>,
    /// Why the step was not run: an earlier cargo step failed unexpectedly, and
    /// what came after it would only run on a broken state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_run: Option<String>,
}

impl StepReport {
    /// Whether the step ran and met its expectations.
    pub fn passed(&self) -> bool {
        self.failures.is_empty() && self.not_run.is_none()
    }

    /// A step that was not run, and why.
    pub fn not_run(number: usize, label: &str, kind: StepKind, why: &str) -> StepReport {
        StepReport {
            number,
            label: label.to_string(),
            kind,
            seconds: 0.0,
            cargo: None,
            exec: None,
            failures: Vec::new(),
            not_run: Some(why.to_string()),
        }
    }
}

/// What a cargo step did.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CargoOutcome {
    /// The subcommand run.
    pub subcommand: crate::engine::plan::CargoCommand,
    /// The command as typed, e.g. `cargo build --release`.
    pub command: String,
    /// Environment the step set on purpose (from `env` steps), written `NAME=value`.
    pub env: Vec<EnvEntry>,
    /// Whether cargo exited successfully.
    pub success: bool,
    /// Every unit cargo reported, sorted by package, target and mode.
    pub units: Vec<UnitReport>,
    /// Where the units' reasons came from: cargo's fingerprint log (one per unit) or,
    /// where that log could not be read, the `-v` lines (one per package).
    #[serde(default)]
    pub reasons_from: ReasonSource,
    /// What `cargo -v` printed for each package it rebuilt (its `Dirty` lines), word
    /// for word: what the units' own reasons are checked against
    /// ([`crate::engine::reason_wording`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cargo_said: Vec<PackageReason>,
    /// Rendered compiler errors, when the build failed.
    pub errors: Vec<String>,
    /// The step's output besides cargo's messages: the program's or the tests' output
    /// and cargo's own non-status lines.
    pub output: String,
    /// Time spent in rustc and in the linker, per crate compiled (empty when the run
    /// was not instrumented or nothing was compiled).
    pub timings: Vec<CrateTiming>,
    /// Crates with an incremental cache after the step, as `PROFILE-DIR/crate`
    /// (e.g. `debug/app`).
    pub incremental: Vec<String>,
    /// Bytes on disk of the target directory after the step (the run's own; a step
    /// that sends cargo elsewhere with `--target-dir` inside it is counted too); 0
    /// unless a claim or question of the experiment compares it.
    #[serde(default)]
    pub target_bytes: u64,
    /// The unit graph of the compiled units: which waited for which (indices into
    /// `units`), read from the `-v` rustc commands and cargo's messages.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub edges: Vec<UnitEdge>,
    /// Executables the step produced or reused, with their sizes.
    pub executables: Vec<Executable>,
    /// Changes cargo made to `Cargo.lock` in the step, as it printed them
    /// (`Updating itoa v1.0.10 -> v1.0.19`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lockfile: Vec<String>,
    /// What cargo waited for another cargo to release before it could start (`artifact
    /// directory`, `build directory`): another command was working in the same
    /// directories. Waits for the machine-wide package cache are left out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lock_waits: Vec<String>,
    /// What sccache did with each rustc call of the step, from its log (empty when the
    /// experiment does not use the `sccache` service).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cache: Vec<crate::engine::services::sccache::CacheEntry>,
    /// The start orders the step's expectations asked about, as they held
    /// (`render started while model was compiling`); shown in snapshots, since times
    /// are not.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub order: Vec<StartOrder>,
}

/// A variable a step set on purpose, written and read as `NAME=value`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub struct EnvEntry {
    /// The variable.
    pub name: String,
    /// Its value, as the report shows it.
    pub value: String,
}

impl From<String> for EnvEntry {
    fn from(text: String) -> EnvEntry {
        match text.split_once('=') {
            Some((name, value)) => EnvEntry {
                name: name.to_string(),
                value: value.to_string(),
            },
            None => EnvEntry {
                name: text,
                value: String::new(),
            },
        }
    }
}

impl From<EnvEntry> for String {
    fn from(e: EnvEntry) -> String {
        e.to_string()
    }
}

impl std::fmt::Display for EnvEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}={}", self.name, self.value)
    }
}

/// A start order an expectation asked about, as it held: `later` started while
/// `earlier` was compiling, or after it had compiled. Written and read as that
/// sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct StartOrder {
    /// The crate that started second.
    pub later: String,
    /// The crate it is placed against.
    pub earlier: String,
    /// `true`: while `earlier` was compiling; `false`: after it had compiled.
    pub during: bool,
}

const DURING: (&str, &str) = (" started while ", " was compiling");
const AFTER: (&str, &str) = (" started after ", " had compiled");

impl TryFrom<String> for StartOrder {
    type Error = String;

    fn try_from(text: String) -> Result<StartOrder, String> {
        for (during, (mid, end)) in [(true, DURING), (false, AFTER)] {
            if let Some(rest) = text.strip_suffix(end)
                && let Some((later, earlier)) = rest.split_once(mid)
            {
                return Ok(StartOrder {
                    later: later.to_string(),
                    earlier: earlier.to_string(),
                    during,
                });
            }
        }
        Err(format!("not a start order: {text:?}"))
    }
}

impl From<StartOrder> for String {
    fn from(o: StartOrder) -> String {
        o.to_string()
    }
}

impl std::fmt::Display for StartOrder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (mid, end) = if self.during { DURING } else { AFTER };
        write!(f, "{}{mid}{}{end}", self.later, self.earlier)
    }
}

/// One `Dirty` line of `cargo -v`: a package and cargo's reason for rebuilding it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PackageReason {
    /// Package name.
    pub package: String,
    /// Package version.
    pub version: String,
    /// Cargo's reason, as printed (with its times, if any).
    pub reason: String,
}

/// What a program run directly did.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ExecOutcome {
    /// The command line, relative to the exercise.
    pub command: String,
    /// Whether it exited successfully.
    pub success: bool,
    /// Its standard output and error.
    pub output: String,
    /// Bytes of the program file.
    pub bytes: u64,
    /// The texts the step's expectations look for in the output.
    pub checked: Vec<String>,
    /// Bytes on disk of the target directory after the program ran (a step that
    /// cleans or removes part of it shows what that freed); 0 unless a claim or
    /// question of the experiment compares it.
    #[serde(default)]
    pub target_bytes: u64,
}

/// Where one crate's compile time went.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CrateTiming {
    /// The package.
    pub package: String,
    /// The crate name rustc compiled (`app`, `build_script_build`, ...).
    pub crate_name: String,
    /// Compiled as a test harness (a library's unit tests share its crate name).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub test: bool,
    /// Seconds in rustc, without the link.
    pub compile_seconds: f64,
    /// Seconds in the linker, when the crate was linked.
    pub link_seconds: Option<f64>,
    /// When its rustc call started, in seconds after the step's cargo started (for the
    /// step's timeline); `None` in reports from before it was recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_offset: Option<f64>,
}

/// One edge of a step's unit graph: `units[unit]` waited for `units[on]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitEdge {
    /// The unit that waited.
    pub unit: usize,
    /// The unit it waited for.
    pub on: usize,
    /// Whether the other's metadata was enough (cargo's pipelining: an `.rmeta`), or
    /// it needed the whole unit.
    pub metadata: bool,
}

/// An executable and its size.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Executable {
    /// The target's name.
    pub name: String,
    /// Size in bytes.
    pub bytes: u64,
}

impl CargoOutcome {
    /// Total seconds spent linking in the step.
    pub fn link_seconds(&self) -> f64 {
        self.timings.iter().filter_map(|t| t.link_seconds).sum()
    }

    /// The timing of a unit, matched by package and crate name.
    pub fn timing_of(&self, unit: &UnitReport) -> Option<&CrateTiming> {
        if unit.mode == UnitMode::RunBuildScript {
            return None;
        }
        let crate_name = unit.target.replace('-', "_");
        let test = unit.mode == UnitMode::Test;
        self.timings
            .iter()
            .find(|t| t.package == unit.package && t.crate_name == crate_name && t.test == test)
    }
}

impl CargoOutcome {
    /// Names of packages with at least one compiled unit.
    pub fn compiled_packages(&self) -> std::collections::BTreeSet<String> {
        self.units
            .iter()
            .filter(|u| !u.fresh)
            .map(|u| u.package.clone())
            .collect()
    }

    /// Names of all packages seen in the step.
    pub fn packages(&self) -> std::collections::BTreeSet<String> {
        self.units.iter().map(|u| u.package.clone()).collect()
    }
}

/// What a compiled unit without a dirty reason means: cargo found no fingerprint for
/// it, because it was never built with these settings (cargo prints no `Dirty` line).
pub const NEW_UNIT: &str = "new: not built before with these settings";

/// A unit's name without its version, as expectations write it:
/// `app build-script (run)`, `itoa lib`, `app bin (check)`.
pub fn unit_label(u: &UnitReport) -> String {
    let mut s = format!("{} {}", u.package, u.kind);
    if u.target.replace('-', "_") != u.package.replace('-', "_")
        && u.kind != TargetKind::BuildScript
    {
        let _ = write!(s, " \"{}\"", u.target);
    }
    match u.mode {
        UnitMode::Build => {}
        mode => {
            let _ = write!(s, " ({})", mode.as_str());
        }
    }
    s
}

/// Where a step's reasons came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReasonSource {
    /// One reason per unit, from cargo's fingerprint log.
    FingerprintLog,
    /// One reason per package, from the `Dirty` lines of `cargo -v`.
    #[default]
    PackageLines,
}

impl StepReport {
    /// The step's value for `measure`: its wall time, its time in the linker, or the
    /// bytes of the executables it produced.
    pub fn value(&self, measure: crate::engine::plan::Measure) -> f64 {
        use crate::engine::plan::Measure;
        match measure {
            Measure::Time => self.seconds,
            Measure::Link => self.cargo.as_ref().map_or(0.0, |c| c.link_seconds()),
            Measure::Disk => match (&self.cargo, &self.exec) {
                (Some(c), _) => c.target_bytes as f64,
                (None, Some(e)) => e.target_bytes as f64,
                (None, None) => 0.0,
            },
            Measure::Size => {
                let cargo: u64 = self
                    .cargo
                    .iter()
                    .flat_map(|c| &c.executables)
                    .map(|e| e.bytes)
                    .sum();
                (cargo + self.exec.as_ref().map_or(0, |e| e.bytes)) as f64
            }
        }
    }

    /// What the step printed, for an output question: the program's output for an
    /// `exec` step, the program's or the tests' output and cargo's own lines for a
    /// cargo step.
    pub fn printed(&self) -> Option<&str> {
        match (&self.exec, &self.cargo) {
            (Some(exec), _) => Some(&exec.output),
            (None, Some(cargo)) => Some(&cargo.output),
            (None, None) => None,
        }
    }
}

/// A compiled or fresh library unit of version 0.1.0, for tests (the `xtask` crate's
/// too, which is why it is not behind `cfg(test)`).
#[doc(hidden)]
pub fn test_unit(package: &str, fresh: bool, reason: Option<&str>) -> UnitReport {
    UnitReport {
        package: package.into(),
        version: "0.1.0".into(),
        registry: false,
        target: package.into(),
        kind: TargetKind::Lib,
        mode: UnitMode::Build,
        fresh,
        reasons: reason.map(String::from).into_iter().collect(),
        features: Vec::new(),
        new_because: None,
    }
}

/// The timing of a package's crate (named like the package), for tests.
#[doc(hidden)]
pub fn test_timing(
    package: &str,
    start: Option<f64>,
    compile: f64,
    link: Option<f64>,
) -> CrateTiming {
    CrateTiming {
        package: package.into(),
        crate_name: package.into(),
        test: false,
        compile_seconds: compile,
        link_seconds: link,
        start_offset: start,
    }
}

/// A successful `cargo build` outcome with `units` and nothing else, for tests.
#[doc(hidden)]
pub fn test_outcome(units: Vec<UnitReport>) -> CargoOutcome {
    CargoOutcome {
        subcommand: crate::engine::plan::CargoCommand::Build,
        command: "cargo build".into(),
        env: vec![],
        success: true,
        units,
        reasons_from: Default::default(),
        cargo_said: Vec::new(),
        errors: vec![],
        output: String::new(),
        timings: vec![],
        incremental: vec![],
        edges: vec![],
        executables: vec![],
        lockfile: vec![],
        lock_waits: vec![],
        target_bytes: 0,
        cache: vec![],
        order: vec![],
    }
}

/// How a unit was built.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum UnitMode {
    /// Compiled to a library or executable.
    Build,
    /// Checked only (metadata, no code generation).
    Check,
    /// Compiled as a test harness.
    Test,
    /// A build script run.
    RunBuildScript,
}

impl UnitMode {
    /// The word used in tables and snapshots.
    pub fn as_str(self) -> &'static str {
        match self {
            UnitMode::Build => "build",
            UnitMode::Check => "check",
            UnitMode::Test => "test",
            UnitMode::RunBuildScript => "run",
        }
    }
}

/// One unit of work cargo reported.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UnitReport {
    /// Package name.
    pub package: String,
    /// Package version.
    pub version: String,
    /// True for registry packages.
    pub registry: bool,
    /// The target's name.
    pub target: String,
    /// The target's kind (`lib`, `bin`, `proc-macro`, `build-script`, `test`...).
    pub kind: TargetKind,
    /// How it was built.
    pub mode: UnitMode,
    /// True when cargo reused it.
    pub fresh: bool,
    /// Why it was compiled: its own reason from cargo's fingerprint log, or its
    /// package's `-v` reason where the log said nothing; empty for a new unit.
    pub reasons: Vec<String>,
    /// The features it was compiled with (cargo's `compiler-artifact` message).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub features: Vec<String>,
    /// For a new unit, what the lab can tell of why it is new: the same target built
    /// earlier in the run with other features (see [`explain_new_units`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_because: Option<String>,
}

/// The kind of a unit's target, as cargo names it in its messages, except that a build
/// script (cargo's `custom-build`) is `build-script`. Written and read as that name;
/// ordered by it, so units sort as their names do.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub enum TargetKind {
    /// `lib`: a library.
    Lib,
    /// `bin`: a binary.
    Bin,
    /// `proc-macro`: a procedural macro library, compiled for the host.
    ProcMacro,
    /// `build-script`: a package's `build.rs`, compiled (its run is a unit mode).
    BuildScript,
    /// `test`: an integration test.
    Test,
    /// `bench`: a benchmark.
    Bench,
    /// `example`: an example program.
    Example,
    /// Any other kind cargo names (`rlib`, `dylib`, `cdylib`, `staticlib`), as named.
    Other(String),
}

impl TargetKind {
    /// The kind's name, as cargo and the snapshots write it.
    pub fn as_str(&self) -> &str {
        match self {
            TargetKind::Lib => "lib",
            TargetKind::Bin => "bin",
            TargetKind::ProcMacro => "proc-macro",
            TargetKind::BuildScript => "build-script",
            TargetKind::Test => "test",
            TargetKind::Bench => "bench",
            TargetKind::Example => "example",
            TargetKind::Other(name) => name,
        }
    }

    /// Whether other crates link to it: a library of any crate type, or a proc-macro.
    pub fn is_library(&self) -> bool {
        match self {
            TargetKind::Lib | TargetKind::ProcMacro => true,
            TargetKind::Other(name) => {
                matches!(name.as_str(), "rlib" | "dylib" | "cdylib" | "staticlib")
            }
            _ => false,
        }
    }
}

impl From<&str> for TargetKind {
    fn from(name: &str) -> TargetKind {
        match name {
            "lib" => TargetKind::Lib,
            "bin" => TargetKind::Bin,
            "proc-macro" => TargetKind::ProcMacro,
            "build-script" | "custom-build" => TargetKind::BuildScript,
            "test" => TargetKind::Test,
            "bench" => TargetKind::Bench,
            "example" => TargetKind::Example,
            other => TargetKind::Other(other.to_string()),
        }
    }
}

impl From<String> for TargetKind {
    fn from(name: String) -> TargetKind {
        TargetKind::from(name.as_str())
    }
}

impl From<TargetKind> for String {
    fn from(kind: TargetKind) -> String {
        kind.as_str().to_string()
    }
}

impl std::fmt::Display for TargetKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialOrd for TargetKind {
    fn partial_cmp(&self, other: &TargetKind) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for TargetKind {
    fn cmp(&self, other: &TargetKind) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl UnitReport {
    /// Why a compiled unit with no reason of cargo's was compiled: it is new, and,
    /// where the lab can tell, what differs from the one built before.
    pub fn new_reason(&self) -> String {
        match &self.new_because {
            Some(because) => format!("{}: {because}", NEW_UNIT),
            None => NEW_UNIT.to_string(),
        }
    }
}

/// Says why the new units of `step` are new where an earlier step of the run built the
/// same target of the same package with other features: cargo gives a new unit no
/// reason, and "the features differ" is the one a learner most needs (a `-p` build,
/// or `test` against `build`, resolving features apart).
pub fn explain_new_units(earlier: &[StepReport], step: &mut StepReport) {
    let Some(cargo) = step.cargo.as_mut() else {
        return;
    };
    let list = |f: &[String]| {
        if f.is_empty() {
            "none".to_string()
        } else {
            f.join(", ")
        }
    };
    for unit in cargo
        .units
        .iter_mut()
        .filter(|u| !u.fresh && u.reasons.is_empty())
    {
        let before = earlier
            .iter()
            .rev()
            .filter_map(|s| s.cargo.as_ref())
            .flat_map(|c| c.units.iter())
            .find(|u| {
                u.package == unit.package
                    && u.version == unit.version
                    && u.target == unit.target
                    && u.kind == unit.kind
                    && u.mode == unit.mode
            });
        if let Some(before) = before
            && before.features != unit.features
        {
            unit.new_because = Some(format!(
                "features [{}], built before with [{}]",
                list(&unit.features),
                list(&before.features)
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn env_entries_and_start_orders_read_and_write_their_text() {
        for text in [
            "CARGO_INCREMENTAL=0",
            "RUSTFLAGS=-C debuginfo=1=x",
            "EMPTY=",
        ] {
            let e = EnvEntry::from(text.to_string());
            assert_eq!(e.to_string(), text);
            let json = serde_json::to_string(&e).unwrap();
            assert_eq!(serde_json::from_str::<EnvEntry>(&json).unwrap(), e);
        }
        assert_eq!(
            EnvEntry::from("RUSTFLAGS=-C a=b".to_string()).value,
            "-C a=b"
        );
        for text in [
            "render started while model was compiling",
            "app started after core-model had compiled",
        ] {
            let o = StartOrder::try_from(text.to_string()).unwrap();
            assert_eq!(o.to_string(), text);
            let json = serde_json::to_string(&o).unwrap();
            assert_eq!(serde_json::from_str::<StartOrder>(&json).unwrap(), o);
        }
        assert!(StartOrder::try_from("render compiled".to_string()).is_err());
    }

    #[test]
    fn a_target_kind_reads_and_writes_cargos_names_and_sorts_as_they_do() {
        for name in [
            "lib",
            "bin",
            "proc-macro",
            "build-script",
            "test",
            "bench",
            "example",
            "cdylib",
        ] {
            let kind = TargetKind::from(name);
            assert_eq!(kind.as_str(), name);
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{name}\""));
            assert_eq!(serde_json::from_str::<TargetKind>(&json).unwrap(), kind);
        }
        assert_eq!(TargetKind::from("custom-build"), TargetKind::BuildScript);
        assert!(TargetKind::from("staticlib").is_library() && TargetKind::ProcMacro.is_library());
        assert!(!TargetKind::Bin.is_library() && !TargetKind::BuildScript.is_library());
        let mut kinds: Vec<TargetKind> = ["test", "bin", "build-script", "lib"]
            .into_iter()
            .map(TargetKind::from)
            .collect();
        kinds.sort();
        let names: Vec<&str> = kinds.iter().map(TargetKind::as_str).collect();
        assert_eq!(names, ["bin", "build-script", "lib", "test"]);
    }

    fn step(number: usize, fresh: bool, features: &[&str]) -> StepReport {
        let mut unit = test_unit("memchr", fresh, None);
        unit.features = features.iter().map(|f| f.to_string()).collect();
        let mut s = StepReport::not_run(number, "build", StepKind::Build, "");
        s.not_run = None;
        s.cargo = Some(test_outcome(vec![unit]));
        s
    }

    #[test]
    fn a_new_unit_built_before_with_other_features_says_so() {
        let earlier = [step(1, false, &[])];
        let mut now = step(2, false, &["std"]);
        explain_new_units(&earlier, &mut now);
        let unit = &now.cargo.as_ref().unwrap().units[0];
        assert_eq!(
            unit.new_reason(),
            "new: not built before with these settings: features [std], built before with [none]"
        );
        // The first build of a unit, or one with the same features, says no more.
        let mut first = step(1, false, &["std"]);
        explain_new_units(&[], &mut first);
        assert_eq!(
            first.cargo.as_ref().unwrap().units[0].new_reason(),
            NEW_UNIT
        );
    }
}
