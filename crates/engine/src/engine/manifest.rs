//! The exercise manifest, `exercise.toml`: its schema and how it is read.
//!
//! The schema is flat on purpose: every step is one table with a `kind` and the fields
//! that kind uses, so that TOML's own spans point at the exact line of a bad field.
//! Turning these raw tables into typed steps, and checking them, is [`crate::engine::plan`]'s job.
//!
//! ```toml
//! title = "Touching a file without changing it"
//! chapter = "freshness"
//! question = "After `touch src/main.rs`, what does `cargo build` recompile?"
//!
//! [[step]]
//! kind = "build"
//!
//! [[step]]
//! kind = "touch"
//! path = "src/main.rs"
//!
//! [[step]]
//! kind = "build"
//! expect.compiled = ["app"]
//! expect.fresh = ["serde"]
//! expect.reasons.app = "the file `src/main.rs` has changed"
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::error::InputError;

/// The file name every exercise directory carries.
pub const MANIFEST_FILE: &str = "exercise.toml";

/// An exercise as written in `exercise.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// One line that names the behaviour the exercise shows.
    pub title: String,
    /// The book chapter the exercise belongs to (its file stem, e.g. `freshness`).
    pub chapter: String,
    /// The question a learner should answer for themselves before running it.
    pub question: String,
    /// What the learner predicts (in the book's Predict box, or with `run --predict`):
    /// a step number (which packages that cargo step compiles), or one `[[predict]]`
    /// table per question, see [`RawQuestion`].
    #[serde(default)]
    pub predict: Option<Spanned<RawPredict>>,
    /// What the exercise shows, revealed after the prediction. Optional.
    #[serde(default)]
    pub answer: Option<String>,
    /// Tools the exercise needs: `nightly` (a nightly toolchain), `crates-io` (a
    /// connection to crates.io, for experiments about downloads) or the name of a
    /// program on `PATH` (e.g. `mold`). Without them the exercise is skipped, with a hint.
    #[serde(default)]
    pub requires: Vec<String>,
    /// `"real-scale"` for an experiment over a realistic dependency tree (cold builds
    /// that take many times an ordinary experiment): run by `cargo xtask verify --all` and `cargo xtask
    /// claims`, not by the default `verify`. Absent for every other experiment.
    #[serde(default)]
    pub tier: Option<Spanned<String>>,
    /// Servers the runner starts for the run and stops afterwards: `sccache` (its own
    /// port, cache directory and log, apart from the learner's) and `redis` (a
    /// `redis-server` on a free loopback port). Each implies `requires` for its program.
    #[serde(default)]
    pub services: Vec<Spanned<String>>,
    /// The toolchain every cargo step uses, as in `cargo +TOOLCHAIN` (e.g. `nightly`).
    /// Implies `requires = ["nightly"]` for `nightly`.
    #[serde(default)]
    pub toolchain: Option<String>,
    /// The steps, run in order.
    #[serde(rename = "step", default)]
    pub steps: Vec<Spanned<RawStep>>,
    /// Timing claims, checked by `cargo xtask claims` (never by tests).
    #[serde(rename = "claim", default)]
    pub claims: Vec<Spanned<RawClaim>>,
    /// Popular statements about builds that a step of this exercise tests; the book's
    /// "Common claims, tested" chapter is made of them.
    #[serde(rename = "myth", default)]
    pub myths: Vec<Spanned<RawMyth>>,
}

/// `predict = N` or `[[predict]]` tables.
#[derive(Debug, Clone)]
pub enum RawPredict {
    /// `predict = N`: which packages cargo step N compiles.
    Step(usize),
    /// One table per question, in the order the form asks them.
    Questions(Vec<RawQuestion>),
}

impl<'de> Deserialize<'de> for RawPredict {
    /// A number or an array of tables, with the tables' own errors (an unknown field,
    /// a wrong type) passed on rather than a bare "did not match".
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        match toml::Value::deserialize(d)? {
            toml::Value::Integer(n) => usize::try_from(n)
                .map(RawPredict::Step)
                .map_err(|_| D::Error::custom("a step number is 1 or more")),
            toml::Value::Array(items) => items
                .into_iter()
                .enumerate()
                .map(|(i, item)| {
                    RawQuestion::deserialize(item).map_err(|e| {
                        D::Error::custom(format!("question {}: {}", i + 1, e.message()))
                    })
                })
                .collect::<Result<_, _>>()
                .map(RawPredict::Questions),
            other => Err(D::Error::custom(format!(
                "`predict` is a step number or `[[predict]]` tables, not a {}",
                other.type_str()
            ))),
        }
    }
}

/// One question of a prediction. Exactly one of `packages`, `compare` and `output`.
///
/// ```toml
/// [[predict]]
/// packages = 3                 # which packages does cargo step 3 compile?
///
/// [[predict]]
/// compare = [5, 7]             # step 7 against step 5: faster, about the same, slower?
/// measure = "link"
/// ask = "How does the relink with GNU ld compare with the one with rust-lld?"
///
/// [[predict]]
/// output = 3                   # which choice describes what exec step 3 prints?
/// ask = "Which linker wrote `app`?"
/// choices = [{ label = "rust-lld", contains = ["Linker: LLD"] }, { label = "GNU ld", lacks = ["Linker:"] }]
/// ```
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawQuestion {
    /// A cargo step: the learner ticks the packages it will compile.
    #[serde(default)]
    pub packages: Option<usize>,
    /// Two running steps `[A, B]`: the learner says whether B is faster than A, about
    /// the same, or slower (smaller or larger, for `measure = "size"`).
    #[serde(default)]
    pub compare: Option<[usize; 2]>,
    /// What `compare` compares: `time` (the default), `link` or `size`, as a claim's
    /// `measure`.
    #[serde(default)]
    pub measure: Option<String>,
    /// An `exec` or a cargo step: the learner picks the choice that describes what it
    /// prints (a cargo step's output is the program's or the tests' and cargo's own lines).
    #[serde(default)]
    pub output: Option<usize>,
    /// The question in the form's words (Markdown); required for `compare` and
    /// `output`, and for `packages` replaces "Which packages will cargo compile at step N?".
    #[serde(default)]
    pub ask: Option<String>,
    /// The answers to choose from, for `output`.
    #[serde(default)]
    pub choices: Vec<RawChoice>,
}

/// One answer of an `output` question, and when it is the right one.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawChoice {
    /// The answer as the form shows it (Markdown).
    pub label: String,
    /// Text the program's output must contain for this answer to be the right one.
    #[serde(default)]
    pub contains: Vec<String>,
    /// Text the program's output must not contain for this answer to be the right one.
    #[serde(default)]
    pub lacks: Vec<String>,
}

/// A popular statement about Rust builds, and the step of the exercise that tests it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawMyth {
    /// The statement as people make it, in their words (without quotation marks).
    pub quote: String,
    /// `false`, `true` or `partly`.
    pub verdict: String,
    /// The step whose expectations decide it; it must state some.
    pub step: usize,
    /// What the step showed and why, in a sentence or two of Markdown.
    pub why: String,
    /// Where the statement is made: a guide, post, forum answer or documentation page.
    pub source: RawSource,
    /// The timing claims of the exercise (1-based) the verdict also rests on. A verdict
    /// with claims is shown as measured, with the recorded medians, their date and
    /// machine, since `verify` does not time anything.
    #[serde(default)]
    pub claims: Vec<usize>,
}

/// Where a popular statement was found.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawSource {
    /// The page's title, as its author wrote it.
    pub title: String,
    /// Its address (`https://…`).
    pub url: String,
}

/// A timing claim: one step is faster (or smaller) than another by a ratio.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawClaim {
    /// The claim in words, e.g. "the dylib variant links faster".
    pub text: String,
    /// What is compared: `time` (the step's wall time, the default), `link` (time in
    /// the linker during the step) or `size` (bytes of the executables it produced).
    #[serde(default)]
    pub measure: Option<String>,
    /// The step number expected to be faster (or smaller).
    pub faster: usize,
    /// The step number expected to be slower (or larger).
    pub slower: usize,
    /// The minimum ratio slower / faster, of medians.
    #[serde(default)]
    pub at_least: Option<f64>,
    /// The maximum ratio slower / faster, of medians: for claims that two steps take
    /// about the same time, or that one is *not* much slower.
    #[serde(default)]
    pub at_most: Option<f64>,
}

/// The kinds of step an exercise can take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepKind {
    /// `cargo build` with optional `args`.
    Build,
    /// `cargo check` with optional `args`.
    Check,
    /// `cargo test` with optional `args`.
    Test,
    /// `cargo run` with optional `args` (after `--` go the program's arguments).
    Run,
    /// `cargo rustc` with optional `args`: extra flags (after `--`) for one target only.
    Rustc,
    /// `cargo clippy` with optional `args` (needs the clippy component).
    Clippy,
    /// Set a file's modification time to now without changing its content.
    Touch,
    /// Change a file: apply a patch, append text, or replace text.
    Edit,
    /// Set or unset environment variables for every later step.
    Env,
    /// Set or remove keys of a `[profile.*]` table in `Cargo.toml`.
    Profile,
    /// Set or remove keys of any table of a `Cargo.toml` (dependencies, features...).
    CargoToml,
    /// Run a program of the exercise directly, not through cargo (e.g. a built binary).
    Exec,
    /// Wait for the oldest cargo step still running in the background (`background =
    /// true`) to finish, and check its `expect` here.
    Wait,
}

impl StepKind {
    /// The name used in `exercise.toml`.
    pub fn as_str(self) -> &'static str {
        match self {
            StepKind::Build => "build",
            StepKind::Check => "check",
            StepKind::Test => "test",
            StepKind::Run => "run",
            StepKind::Rustc => "rustc",
            StepKind::Clippy => "clippy",
            StepKind::Touch => "touch",
            StepKind::Edit => "edit",
            StepKind::Env => "env",
            StepKind::Profile => "profile",
            StepKind::CargoToml => "cargo-toml",
            StepKind::Exec => "exec",
            StepKind::Wait => "wait",
        }
    }
}

/// One `[[step]]` table, as written. Which fields a kind accepts is checked by
/// [`crate::engine::plan`]; a field that no kind knows is rejected here.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawStep {
    /// What the step does: `build`, `check`, `test`, `run`, `touch`, `edit`, `env`,
    /// `profile` or `cargo-toml`.
    pub kind: Spanned<StepKind>,
    /// A short label shown in the report instead of the generated one. Optional.
    pub name: Option<String>,
    /// Cargo steps: extra arguments after the cargo subcommand, e.g. `["--release"]`;
    /// `exec`: the program's arguments.
    pub args: Option<Spanned<Vec<String>>>,
    /// Cargo steps: the directory to run in, relative to the exercise (default: its root).
    pub dir: Option<Spanned<String>>,
    /// Cargo steps: start cargo and go on to the next step at once, as an editor's
    /// check runs while you type in a terminal. The run goes on once cargo holds the
    /// build directory's lock; a later `wait` step waits for it and states its `expect`.
    pub background: Option<Spanned<bool>>,
    /// `exec`: the program to run, relative to the exercise (e.g. `target/debug/app`),
    /// or a bare name looked up on `PATH` (e.g. `readelf`).
    pub program: Option<Spanned<String>>,
    /// Cargo steps: what the step must show.
    pub expect: Option<Spanned<RawExpect>>,
    /// `touch`: the file (relative to the exercise) whose mtime is set to now; with
    /// `registry`, relative to that registry package's directory.
    pub path: Option<Spanned<String>>,
    /// `touch`: the name of a registry package of the build whose file `path` names
    /// (its original time is put back when the run ends).
    pub registry: Option<Spanned<String>>,
    /// `edit`: put the file's previous modification time back after changing it.
    pub keep_mtime: Option<Spanned<bool>>,
    /// `edit`: a unified-diff patch file, relative to the exercise directory
    /// (by convention `patches/N-name.patch`).
    pub patch: Option<Spanned<String>>,
    /// `edit` with `append` or `replace`: the file to change.
    pub file: Option<Spanned<String>>,
    /// `edit`: text appended to `file`.
    pub append: Option<Spanned<String>>,
    /// `edit`: text in `file` to replace; it must occur exactly once.
    pub replace: Option<Spanned<String>>,
    /// `edit` with `replace`: the replacement text.
    pub with: Option<Spanned<String>>,
    /// `edit`: write this text as the whole `file`, creating it if needed.
    pub write: Option<Spanned<String>>,
    /// `edit`: rewrite `file` with its own content (a new mtime, the same bytes).
    pub rewrite: Option<Spanned<bool>>,
    /// `env`, `profile`, `cargo-toml`: keys to set. For `env` the values are strings;
    /// for the others they are TOML values written into the manifest.
    pub set: Option<Spanned<BTreeMap<String, toml::Value>>>,
    /// `env`, `profile`, `cargo-toml`: keys to remove.
    pub unset: Option<Spanned<Vec<String>>>,
    /// `profile`: the profile to change, `dev` by default.
    pub profile: Option<Spanned<String>>,
    /// `profile`: change `[profile.NAME.package.PACKAGE]` instead, e.g. `"*"`.
    pub package: Option<Spanned<String>>,
    /// `cargo-toml`: the manifest to change, relative to the exercise;
    /// `Cargo.toml` by default.
    pub manifest: Option<Spanned<String>>,
    /// `cargo-toml`: the dotted path of the table to change, e.g. `dependencies`
    /// or `features`.
    pub table: Option<Spanned<String>>,
}

/// What a cargo step must show. Unit names are package names; a package counts as
/// compiled when any of its units was compiled in the step.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawExpect {
    /// The exact set of packages compiled in this step (`[]`: nothing compiled).
    pub compiled: Option<Vec<String>>,
    /// Packages that must be fresh (nothing of theirs compiled) in this step.
    pub fresh: Option<Vec<String>>,
    /// For a package, text that one of cargo's dirty reasons for it must contain,
    /// e.g. ``app = "the file `src/main.rs` has changed"``.
    pub reasons: Option<BTreeMap<String, String>>,
    /// Whether cargo must succeed; `true` by default.
    pub success: Option<bool>,
    /// Text the step's output (cargo's and the program's) must contain.
    pub output_contains: Option<Vec<String>>,
    /// Text the step's output must not contain (for an `exec` step, e.g. `"Linker:"`).
    pub output_lacks: Option<Vec<String>>,
    /// Packages that must be compiled as new units: built for the first time with
    /// these settings, so cargo prints no `Dirty` line (no reason) for them.
    pub new: Option<Vec<String>>,
    /// Units that must be fresh, named without version as the report writes them,
    /// e.g. `app build-script (run)`.
    pub fresh_units: Option<Vec<String>>,
    /// Units that must be compiled, named like `fresh-units`.
    pub compiled_units: Option<Vec<String>>,
    /// The exact set of crates with an incremental cache after the step, as
    /// `PROFILE-DIR/crate`, e.g. `["debug/app"]`.
    pub incremental: Option<Vec<String>>,
    /// For a package, another package whose library was still being compiled when
    /// rustc started on this one's first unit, e.g. `render = "model"`: cargo's
    /// pipelining, seen in the timing shim's start and end times.
    pub starts_during: Option<BTreeMap<String, String>>,
    /// For a package, another package whose library had finished compiling before
    /// rustc started on this one, e.g. `app = "model"` (a binary waits for whole
    /// libraries).
    pub starts_after: Option<BTreeMap<String, String>>,
    /// With the `sccache` service: the exact set of crates (`--crate-name`, e.g.
    /// `serde_json`) whose compile sccache served from its cache.
    pub cache_hits: Option<Vec<String>>,
    /// With the `sccache` service: the exact set of crates sccache compiled and stored.
    pub cache_misses: Option<Vec<String>>,
    /// With the `sccache-dist` service: the exact set of crates a build server
    /// compiled, rather than this machine.
    pub remote: Option<Vec<String>>,
    /// Whether cargo must wait for another cargo to release the lock on the target or
    /// build directory before it starts (`true`), or must not (`false`): with a command
    /// running in the background (`background = true`).
    pub waits_for_lock: Option<bool>,
    /// With the `sccache` service: for a crate, text of the reason sccache gives for
    /// not caching it, e.g. `app = "incremental"`.
    pub not_cacheable: Option<BTreeMap<String, String>>,
}

/// A loaded manifest and the text it came from, for locating later errors.
#[derive(Debug, Clone)]
pub struct LoadedManifest {
    /// The manifest file.
    pub path: PathBuf,
    /// Its text.
    pub source: String,
    /// The parsed manifest.
    pub manifest: Manifest,
}

impl LoadedManifest {
    /// The 1-based line of a byte offset in the manifest.
    pub fn line_of(&self, offset: usize) -> usize {
        line_of(&self.source, offset)
    }

    /// An input error located at a byte span of the manifest.
    pub fn error_at(
        &self,
        span: std::ops::Range<usize>,
        field: impl Into<String>,
        message: impl Into<String>,
    ) -> InputError {
        InputError::new(message)
            .at(&self.path, Some(self.line_of(span.start)))
            .field(field)
    }
}

/// Reads and parses an `exercise.toml`.
pub fn load(path: &Path) -> Result<LoadedManifest, InputError> {
    let source = std::fs::read_to_string(path)
        .map_err(|e| InputError::new(format!("cannot read the manifest: {e}")).at(path, None))?;
    parse(path, source)
}

/// Parses manifest text that was read from `path`.
pub fn parse(path: &Path, source: String) -> Result<LoadedManifest, InputError> {
    let manifest: Manifest = toml::from_str(&source).map_err(|e| {
        let line = e.span().map(|s| line_of(&source, s.start));
        let mut err = InputError::new(e.message().trim().to_string()).at(path, line);
        if let Some(field) = e.span().and_then(|s| key_at(&source, s.start)) {
            err = err.field(field);
        }
        err
    })?;
    if manifest.steps.is_empty() {
        return Err(
            InputError::new("the exercise has no `[[step]]`; add at least one")
                .at(path, None)
                .field("step"),
        );
    }
    Ok(LoadedManifest {
        path: path.to_path_buf(),
        source,
        manifest,
    })
}

/// The 1-based line of a byte offset in `text`.
pub fn line_of(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
    text.as_bytes()[..offset]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// The key written at the start of the line holding `offset`, if that line is
/// `key = value`: names the field of an error TOML located inside a value.
fn key_at(text: &str, offset: usize) -> Option<String> {
    let offset = offset.min(text.len());
    let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line = text[start..].lines().next()?;
    let (key, _) = line.split_once('=')?;
    let key = key.trim();
    (!key.is_empty() && !key.starts_with('[')).then(|| key.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(text: &str) -> Result<LoadedManifest, InputError> {
        parse(Path::new("ex/exercise.toml"), text.to_string())
    }

    const HEAD: &str = "title = 't'\nchapter = 'c'\nquestion = 'q'\n";

    #[test]
    fn reads_a_valid_manifest() {
        let m = parse_str(&format!(
            "{HEAD}[[step]]\nkind = 'build'\nexpect.compiled = ['app']\n[[step]]\nkind = 'touch'\npath = 'src/main.rs'\n"
        ))
        .unwrap();
        assert_eq!(m.manifest.steps.len(), 2);
        assert_eq!(
            *m.manifest.steps[1].get_ref().kind.get_ref(),
            StepKind::Touch
        );
    }

    #[test]
    fn unknown_step_kind_names_line_and_field() {
        let err = parse_str(&format!("{HEAD}[[step]]\nkind = 'bild'\n")).unwrap_err();
        assert_eq!(err.line, Some(5));
        assert_eq!(err.field.as_deref(), Some("kind"));
        assert!(err.message.contains("unknown variant `bild`"), "{err}");
    }

    #[test]
    fn unknown_field_is_rejected_with_its_line() {
        let err = parse_str(&format!("{HEAD}[[step]]\nkind = 'touch'\npth = 'a'\n")).unwrap_err();
        assert_eq!(err.line, Some(6), "{err}");
        assert!(err.message.contains("unknown field `pth`"), "{err}");
    }

    #[test]
    fn syntax_error_has_a_line() {
        let err = parse_str(&format!("{HEAD}[[step]\n")).unwrap_err();
        assert_eq!(err.line, Some(4));
        assert_eq!(err.file.as_deref(), Some(Path::new("ex/exercise.toml")));
    }

    #[test]
    fn a_manifest_without_steps_is_an_error() {
        let err = parse_str(HEAD).unwrap_err();
        assert_eq!(err.field.as_deref(), Some("step"));
    }
}
