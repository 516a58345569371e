//! Turns a manifest into typed steps, and checks the whole plan before anything runs:
//! every path stays inside the exercise, every file exists, every patch applies (on an
//! in-memory copy, in order), every field belongs to its step's kind.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};

use toml::Spanned;

use crate::edits::{self, ManifestEdit, TextEdit};
use crate::error::InputError;
use crate::manifest::{self, LoadedManifest, RawExpect, RawStep, StepKind};

/// An exercise ready to run.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The exercise's name: its directory name.
    pub name: String,
    /// The exercise directory.
    pub dir: PathBuf,
    /// Title from the manifest.
    pub title: String,
    /// Chapter from the manifest.
    pub chapter: String,
    /// The prediction question.
    pub question: String,
    /// The answer, when the manifest gives one.
    pub answer: Option<String>,
    /// Tools the exercise needs (`nightly`, or programs on `PATH`).
    pub requires: Vec<String>,
    /// The steps, in order.
    pub steps: Vec<Step>,
    /// Timing claims about the steps.
    pub claims: Vec<Claim>,
}

/// What a claim compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Measure {
    /// The step's wall time.
    Time,
    /// Seconds in the linker during the step.
    Link,
    /// Bytes of the executables the step produced.
    Size,
}

impl Measure {
    /// The word used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            Measure::Time => "time",
            Measure::Link => "link time",
            Measure::Size => "size",
        }
    }
}

/// A timing claim: `slower` / `faster` ≥ `at_least`, comparing medians.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Claim {
    /// The claim in words.
    pub text: String,
    /// What is compared.
    pub measure: Measure,
    /// The step expected to be faster or smaller.
    pub faster: usize,
    /// The step expected to be slower or larger.
    pub slower: usize,
    /// Minimum ratio of medians.
    pub at_least: f64,
}

/// One step of a plan.
#[derive(Debug, Clone)]
pub struct Step {
    /// 1-based position in the plan.
    pub number: usize,
    /// What the report calls it.
    pub label: String,
    /// What it does.
    pub action: Action,
}

/// What a step does.
#[derive(Debug, Clone)]
pub enum Action {
    /// Run cargo and record what it rebuilt.
    Cargo(CargoStep),
    /// Set a file's mtime to now.
    Touch {
        /// The file, relative to the exercise.
        path: PathBuf,
    },
    /// Change a file's text.
    Edit {
        /// The file, relative to the exercise.
        path: PathBuf,
        /// The change.
        edit: TextEdit,
    },
    /// Change the environment of every later step.
    Env {
        /// Variables set.
        set: BTreeMap<String, String>,
        /// Variables removed.
        unset: Vec<String>,
    },
    /// Run a program of the exercise directly.
    Exec {
        /// The program, relative to the exercise.
        program: PathBuf,
        /// Its arguments.
        args: Vec<String>,
        /// What it must show.
        expect: Expect,
    },
    /// Change a `Cargo.toml` (`profile` and `cargo-toml` steps).
    Manifest {
        /// The manifest, relative to the exercise.
        path: PathBuf,
        /// The change.
        edit: ManifestEdit,
    },
}

/// A cargo subcommand the runner drives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CargoCommand {
    /// `cargo build`
    Build,
    /// `cargo check`
    Check,
    /// `cargo test`
    Test,
    /// `cargo run`
    Run,
    /// `cargo rustc`
    Rustc,
}

impl CargoCommand {
    /// The subcommand's name.
    pub fn as_str(self) -> &'static str {
        match self {
            CargoCommand::Build => "build",
            CargoCommand::Check => "check",
            CargoCommand::Test => "test",
            CargoCommand::Run => "run",
            CargoCommand::Rustc => "rustc",
        }
    }
}

/// A cargo step.
#[derive(Debug, Clone)]
pub struct CargoStep {
    /// The subcommand.
    pub command: CargoCommand,
    /// Extra arguments after the subcommand.
    pub args: Vec<String>,
    /// The directory to run in, relative to the exercise.
    pub dir: Option<PathBuf>,
    /// The toolchain, as in `cargo +TOOLCHAIN`.
    pub toolchain: Option<String>,
    /// What the step must show.
    pub expect: Expect,
}

impl CargoStep {
    /// Cargo's arguments: `+TOOLCHAIN`, the subcommand, the runner's `extra` flags,
    /// then the step's own arguments (those after `--` stay last).
    pub fn cargo_args(&self, extra: &[&str]) -> Vec<String> {
        let mut args: Vec<String> = self.toolchain.iter().map(|t| format!("+{t}")).collect();
        args.push(self.command.as_str().to_string());
        args.extend(extra.iter().map(|e| e.to_string()));
        args.extend(self.args.iter().cloned());
        args
    }

    /// The directory cargo runs in, for an exercise copied to `root`.
    pub fn work_dir(&self, root: &Path) -> PathBuf {
        self.dir
            .as_ref()
            .map_or_else(|| root.to_path_buf(), |d| root.join(d))
    }

    /// The command as a learner would type it.
    pub fn display(&self) -> String {
        let mut s = String::new();
        if let Some(dir) = &self.dir {
            s.push_str(&format!("(in {}) ", dir.display()));
        }
        s.push_str("cargo ");
        if let Some(t) = &self.toolchain {
            s.push_str(&format!("+{t} "));
        }
        s.push_str(self.command.as_str());
        for a in &self.args {
            s.push(' ');
            s.push_str(a);
        }
        s
    }
}

/// What a cargo step must show, checked by [`crate::expect`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Expect {
    /// The exact set of packages compiled, when given.
    pub compiled: Option<BTreeSet<String>>,
    /// Packages that must be fresh.
    pub fresh: BTreeSet<String>,
    /// Text one of a package's dirty reasons must contain.
    pub reasons: BTreeMap<String, String>,
    /// Whether cargo must succeed.
    pub success: bool,
    /// Text the output must contain.
    pub output_contains: Vec<String>,
    /// The exact set of incremental caches after the step (`debug/app`), when given.
    pub incremental: Option<BTreeSet<String>>,
    /// Units (named without version) that must be fresh.
    pub fresh_units: BTreeSet<String>,
    /// Units (named without version) that must be compiled.
    pub compiled_units: BTreeSet<String>,
}

impl Expect {
    /// Whether the step states any expectation beyond success.
    pub fn is_empty(&self) -> bool {
        self.compiled.is_none()
            && self.fresh.is_empty()
            && self.reasons.is_empty()
            && self.output_contains.is_empty()
            && self.incremental.is_none()
            && self.fresh_units.is_empty()
            && self.compiled_units.is_empty()
    }
}

/// Loads and checks the exercise in `dir`.
pub fn load(dir: &Path) -> Result<Plan, InputError> {
    let loaded = manifest::load(&dir.join(manifest::MANIFEST_FILE))?;
    build(dir, &loaded)
}

/// Builds the plan from a loaded manifest, checking it against the files in `dir`.
pub fn build(dir: &Path, loaded: &LoadedManifest) -> Result<Plan, InputError> {
    let m = &loaded.manifest;
    let mut files = Overlay::new(dir);
    let mut steps = Vec::new();
    for (i, raw) in m.steps.iter().enumerate() {
        let number = i + 1;
        let checker = StepChecker {
            loaded,
            number,
            raw: raw.get_ref(),
            span: raw.span(),
            toolchain: m.toolchain.clone(),
        };
        let action = checker.action(&mut files)?;
        let label = raw
            .get_ref()
            .name
            .clone()
            .unwrap_or_else(|| default_label(&action));
        steps.push(Step {
            number,
            label,
            action,
        });
    }
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "exercise".to_string());
    let mut requires = m.requires.clone();
    if m.toolchain.as_deref() == Some("nightly") && !requires.iter().any(|r| r == "nightly") {
        requires.push("nightly".into());
    }
    let claims = m
        .claims
        .iter()
        .enumerate()
        .map(|(i, c)| claim(loaded, &steps, i + 1, c))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Plan {
        name,
        dir: dir.to_path_buf(),
        title: m.title.clone(),
        chapter: m.chapter.clone(),
        question: m.question.clone(),
        answer: m.answer.clone(),
        requires,
        steps,
        claims,
    })
}

fn claim(
    loaded: &LoadedManifest,
    steps: &[Step],
    number: usize,
    raw: &Spanned<crate::manifest::RawClaim>,
) -> Result<Claim, InputError> {
    let c = raw.get_ref();
    let err = |field: &str, msg: String| {
        loaded.error_at(raw.span(), format!("claim[{number}].{field}"), msg)
    };
    let measure = match c.measure.as_deref() {
        None | Some("time") => Measure::Time,
        Some("link") => Measure::Link,
        Some("size") => Measure::Size,
        Some(other) => {
            return Err(err(
                "measure",
                format!("unknown measure `{other}`; use `time`, `link` or `size`"),
            ));
        }
    };
    for (field, n) in [("faster", c.faster), ("slower", c.slower)] {
        match steps.get(n.wrapping_sub(1)) {
            Some(Step {
                action: Action::Cargo(_) | Action::Exec { .. },
                ..
            }) => {}
            Some(_) => return Err(err(field, format!("step {n} runs nothing to measure"))),
            None => return Err(err(field, format!("there is no step {n}"))),
        }
    }
    if c.at_least.is_nan() || c.at_least < 1.0 {
        return Err(err("at-least", "the ratio must be at least 1.0".into()));
    }
    Ok(Claim {
        text: c.text.clone(),
        measure,
        faster: c.faster,
        slower: c.slower,
        at_least: c.at_least,
    })
}

fn default_label(action: &Action) -> String {
    match action {
        Action::Cargo(c) => c.display(),
        Action::Touch { path } => format!("touch {}", path.display()),
        Action::Edit { path, edit } => match edit {
            TextEdit::Patch { .. } => format!("patch {}", path.display()),
            TextEdit::Append { .. } => format!("append to {}", path.display()),
            TextEdit::Replace { .. } => format!("edit {}", path.display()),
            TextEdit::Write { .. } => format!("write {}", path.display()),
            TextEdit::Rewrite => format!("rewrite {} unchanged", path.display()),
        },
        Action::Exec { program, args, .. } => {
            let mut s = format!("run {}", program.display());
            for a in args {
                s.push(' ');
                s.push_str(a);
            }
            s
        }
        Action::Env { set, unset } => {
            let mut parts: Vec<String> = set.iter().map(|(k, v)| format!("{k}={v:?}")).collect();
            parts.extend(unset.iter().map(|k| format!("unset {k}")));
            format!("env {}", parts.join(", "))
        }
        Action::Manifest { path, edit } => {
            let mut parts: Vec<String> =
                edit.set.iter().map(|(k, v)| format!("{k} = {v}")).collect();
            parts.extend(edit.unset.iter().map(|k| format!("remove {k}")));
            format!(
                "{} [{}] {}",
                path.display(),
                edit.table
                    .iter()
                    .map(|t| toml_key(t))
                    .collect::<Vec<_>>()
                    .join("."),
                parts.join(", ")
            )
        }
    }
}

fn toml_key(key: &str) -> String {
    if !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        key.to_string()
    } else {
        format!("{key:?}")
    }
}

/// The exercise's files as the plan will have changed them, step by step.
struct Overlay<'a> {
    dir: &'a Path,
    changed: BTreeMap<PathBuf, String>,
}

impl<'a> Overlay<'a> {
    fn new(dir: &'a Path) -> Self {
        Overlay {
            dir,
            changed: BTreeMap::new(),
        }
    }

    fn exists(&self, rel: &Path) -> bool {
        self.changed.contains_key(rel) || self.dir.join(rel).is_file()
    }

    fn read(&self, rel: &Path) -> std::io::Result<String> {
        match self.changed.get(rel) {
            Some(text) => Ok(text.clone()),
            None => std::fs::read_to_string(self.dir.join(rel)),
        }
    }
}

struct StepChecker<'a> {
    loaded: &'a LoadedManifest,
    number: usize,
    raw: &'a RawStep,
    span: std::ops::Range<usize>,
    toolchain: Option<String>,
}

impl StepChecker<'_> {
    fn field_name(&self, field: &str) -> String {
        format!("step[{}].{field}", self.number)
    }

    fn err(&self, span: std::ops::Range<usize>, field: &str, msg: impl Into<String>) -> InputError {
        self.loaded.error_at(span, self.field_name(field), msg)
    }

    fn step_err(&self, field: &str, msg: impl Into<String>) -> InputError {
        self.err(self.span.clone(), field, msg)
    }

    /// Fails if a field is set that this step's kind does not use.
    fn only(&self, allowed: &[&str]) -> Result<(), InputError> {
        let r = self.raw;
        let present: [(&str, Option<std::ops::Range<usize>>); 18] = [
            ("args", r.args.as_ref().map(Spanned::span)),
            ("dir", r.dir.as_ref().map(Spanned::span)),
            ("program", r.program.as_ref().map(Spanned::span)),
            ("write", r.write.as_ref().map(Spanned::span)),
            ("rewrite", r.rewrite.as_ref().map(Spanned::span)),
            ("expect", r.expect.as_ref().map(Spanned::span)),
            ("path", r.path.as_ref().map(Spanned::span)),
            ("patch", r.patch.as_ref().map(Spanned::span)),
            ("file", r.file.as_ref().map(Spanned::span)),
            ("append", r.append.as_ref().map(Spanned::span)),
            ("replace", r.replace.as_ref().map(Spanned::span)),
            ("with", r.with.as_ref().map(Spanned::span)),
            ("set", r.set.as_ref().map(Spanned::span)),
            ("unset", r.unset.as_ref().map(Spanned::span)),
            ("profile", r.profile.as_ref().map(Spanned::span)),
            ("package", r.package.as_ref().map(Spanned::span)),
            ("manifest", r.manifest.as_ref().map(Spanned::span)),
            ("table", r.table.as_ref().map(Spanned::span)),
        ];
        for (field, span) in present {
            if let Some(span) = span
                && !allowed.contains(&field)
            {
                let kind = r.kind.get_ref().as_str();
                return Err(self.err(
                    span,
                    field,
                    format!("a `{kind}` step does not use `{field}`"),
                ));
            }
        }
        Ok(())
    }

    /// A path relative to the exercise that must not leave it.
    fn rel_path(&self, value: &Spanned<String>, field: &str) -> Result<PathBuf, InputError> {
        let path = PathBuf::from(value.get_ref());
        let escapes = path.components().any(|c| {
            matches!(
                c,
                Component::ParentDir | Component::RootDir | Component::Prefix(_)
            )
        });
        if escapes || path.as_os_str().is_empty() {
            return Err(self.err(
                value.span(),
                field,
                format!(
                    "`{}` is outside the exercise directory; use a path relative to it, without `..`",
                    value.get_ref()
                ),
            ));
        }
        Ok(path)
    }

    fn existing_file(
        &self,
        files: &Overlay,
        value: &Spanned<String>,
        field: &str,
    ) -> Result<PathBuf, InputError> {
        let path = self.rel_path(value, field)?;
        if !files.exists(&path) {
            return Err(self.err(
                value.span(),
                field,
                format!("`{}` does not exist in the exercise", path.display()),
            ));
        }
        Ok(path)
    }

    fn action(&self, files: &mut Overlay) -> Result<Action, InputError> {
        let r = self.raw;
        let kind = *r.kind.get_ref();
        match kind {
            StepKind::Build
            | StepKind::Check
            | StepKind::Test
            | StepKind::Run
            | StepKind::Rustc => {
                self.only(&["args", "expect", "dir"])?;
                let dir = match &r.dir {
                    Some(d) => {
                        let path = self.rel_path(d, "dir")?;
                        if !files.dir.join(&path).is_dir() {
                            return Err(self.err(
                                d.span(),
                                "dir",
                                format!("`{}` is not a directory of the exercise", path.display()),
                            ));
                        }
                        Some(path)
                    }
                    None => None,
                };
                let command = match kind {
                    StepKind::Build => CargoCommand::Build,
                    StepKind::Check => CargoCommand::Check,
                    StepKind::Test => CargoCommand::Test,
                    StepKind::Rustc => CargoCommand::Rustc,
                    _ => CargoCommand::Run,
                };
                let args = value_or_default(&r.args);
                let expect = expect_of(r);
                Ok(Action::Cargo(CargoStep {
                    command,
                    args,
                    dir,
                    toolchain: self.toolchain.clone(),
                    expect,
                }))
            }
            StepKind::Exec => {
                self.only(&["program", "args", "expect"])?;
                let program = r
                    .program
                    .as_ref()
                    .ok_or_else(|| self.step_err("program", "an `exec` step needs `program`"))?;
                Ok(Action::Exec {
                    program: self.rel_path(program, "program")?,
                    args: value_or_default(&r.args),
                    expect: expect_of(r),
                })
            }
            StepKind::Touch => {
                self.only(&["path"])?;
                let path = r
                    .path
                    .as_ref()
                    .ok_or_else(|| self.step_err("path", "a `touch` step needs `path`"))?;
                Ok(Action::Touch {
                    path: self.existing_file(files, path, "path")?,
                })
            }
            StepKind::Edit => self.edit(files),
            StepKind::Env => {
                self.only(&["set", "unset"])?;
                let mut set = BTreeMap::new();
                if let Some(s) = &r.set {
                    for (k, v) in s.get_ref() {
                        let toml::Value::String(v) = v else {
                            return Err(self.err(
                                s.span(),
                                "set",
                                format!("the value of `{k}` must be a string"),
                            ));
                        };
                        set.insert(k.clone(), v.clone());
                    }
                }
                let unset = value_or_default(&r.unset);
                if set.is_empty() && unset.is_empty() {
                    return Err(self.step_err("set", "an `env` step needs `set` or `unset`"));
                }
                Ok(Action::Env { set, unset })
            }
            StepKind::Profile => {
                self.only(&["profile", "package", "set", "unset"])?;
                let mut table = vec![
                    "profile".to_string(),
                    r.profile
                        .as_ref()
                        .map_or_else(|| "dev".to_string(), |p| p.get_ref().clone()),
                ];
                if let Some(p) = &r.package {
                    table.push("package".into());
                    table.push(p.get_ref().clone());
                }
                self.manifest_action(files, PathBuf::from("Cargo.toml"), table)
            }
            StepKind::CargoToml => {
                self.only(&["manifest", "table", "set", "unset"])?;
                let path = match &r.manifest {
                    Some(m) => self.existing_file(files, m, "manifest")?,
                    None => PathBuf::from("Cargo.toml"),
                };
                let table = r.table.as_ref().ok_or_else(|| {
                    self.step_err(
                        "table",
                        "a `cargo-toml` step needs `table`, e.g. \"dependencies\"",
                    )
                })?;
                let table = table.get_ref().split('.').map(str::to_string).collect();
                self.manifest_action(files, path, table)
            }
        }
    }

    fn edit(&self, files: &mut Overlay) -> Result<Action, InputError> {
        let r = self.raw;
        let (path, edit, field, span) = if let Some(patch) = &r.patch {
            self.only(&["patch"])?;
            let patch_path = self.existing_file(files, patch, "patch")?;
            let text = files.read(&patch_path).map_err(|e| {
                self.err(patch.span(), "patch", format!("cannot read the patch: {e}"))
            })?;
            let target = edits::patch_target(&text)
                .map_err(|e| self.err(patch.span(), "patch", e.to_string()))?;
            let target = Spanned::new(patch.span(), target);
            let path = self.existing_file(files, &target, "patch")?;
            (path, TextEdit::Patch { patch: text }, "patch", patch.span())
        } else {
            let file = r.file.as_ref().ok_or_else(|| {
                self.step_err(
                    "file",
                    "an `edit` step needs `patch`, or `file` with `append` or `replace`",
                )
            })?;
            let path = if r.write.is_some() {
                self.rel_path(file, "file")?
            } else {
                self.existing_file(files, file, "file")?
            };
            let edit = match (&r.append, &r.replace, &r.with) {
                _ if r.write.is_some() => {
                    self.only(&["file", "write"])?;
                    TextEdit::Write {
                        text: r
                            .write
                            .as_ref()
                            .map(|w| w.get_ref().clone())
                            .unwrap_or_default(),
                    }
                }
                _ if r.rewrite.as_ref().is_some_and(|w| *w.get_ref()) => {
                    self.only(&["file", "rewrite"])?;
                    TextEdit::Rewrite
                }
                (Some(text), None, None) => {
                    self.only(&["file", "append"])?;
                    TextEdit::Append {
                        text: text.get_ref().clone(),
                    }
                }
                (None, Some(from), Some(to)) => {
                    self.only(&["file", "replace", "with"])?;
                    TextEdit::Replace {
                        from: from.get_ref().clone(),
                        to: to.get_ref().clone(),
                    }
                }
                (None, Some(_), None) => {
                    return Err(self.step_err("with", "`replace` needs `with`, the new text"));
                }
                _ => {
                    return Err(self.step_err(
                        "file",
                        "an `edit` of a `file` needs `append`, `write`, `rewrite = true`, or `replace` and `with`",
                    ));
                }
            };
            (path, edit, "file", file.span())
        };
        let before = match &edit {
            TextEdit::Write { .. } => String::new(),
            _ => files.read(&path).map_err(|e| {
                self.err(
                    span.clone(),
                    field,
                    format!("cannot read `{}`: {e}", path.display()),
                )
            })?,
        };
        let after = edits::apply_text_edit(&before, &edit).map_err(|e| {
            self.err(
                span.clone(),
                field,
                format!("{} (to `{}` as it is at this step)", e, path.display()),
            )
        })?;
        files.changed.insert(path.clone(), after);
        Ok(Action::Edit { path, edit })
    }

    fn manifest_action(
        &self,
        files: &mut Overlay,
        path: PathBuf,
        table: Vec<String>,
    ) -> Result<Action, InputError> {
        let r = self.raw;
        let set = value_or_default(&r.set);
        let unset = value_or_default(&r.unset);
        if set.is_empty() && unset.is_empty() {
            return Err(self.step_err("set", "this step needs `set` or `unset`"));
        }
        let edit = ManifestEdit { table, set, unset };
        let before = files.read(&path).map_err(|e| {
            self.step_err("manifest", format!("cannot read `{}`: {e}", path.display()))
        })?;
        let after = edits::apply_manifest_edit(&before, &edit)
            .map_err(|e| self.step_err("table", format!("{e:#}")))?;
        files.changed.insert(path.clone(), after);
        Ok(Action::Manifest { path, edit })
    }
}

/// The value of an optional spanned field, or its default.
fn value_or_default<T: Clone + Default>(field: &Option<Spanned<T>>) -> T {
    field
        .as_ref()
        .map(|f| f.get_ref().clone())
        .unwrap_or_default()
}

/// A step's expectations; a step without `expect` must only succeed.
fn expect_of(raw: &RawStep) -> Expect {
    raw.expect.as_ref().map_or_else(
        || Expect {
            success: true,
            ..Expect::default()
        },
        |e| expect_from(e.get_ref()),
    )
}

fn expect_from(raw: &RawExpect) -> Expect {
    Expect {
        compiled: raw.compiled.as_ref().map(|c| c.iter().cloned().collect()),
        fresh: raw.fresh.iter().flatten().cloned().collect(),
        reasons: raw.reasons.clone().unwrap_or_default(),
        success: raw.success.unwrap_or(true),
        output_contains: raw.output_contains.clone().unwrap_or_default(),
        incremental: raw
            .incremental
            .as_ref()
            .map(|c| c.iter().cloned().collect()),
        fresh_units: raw.fresh_units.iter().flatten().cloned().collect(),
        compiled_units: raw.compiled_units.iter().flatten().cloned().collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exercise(manifest_steps: &str) -> (tempfile::TempDir, Result<Plan, InputError>) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("src")).unwrap();
        std::fs::create_dir_all(dir.path().join("patches")).unwrap();
        std::fs::write(
            dir.path().join("src/lib.rs"),
            "pub fn f() -> u32 {\n    1\n}\n",
        )
        .unwrap();
        std::fs::write(dir.path().join("Cargo.toml"), "[package]\nname = \"x\"\n").unwrap();
        std::fs::write(
            dir.path().join("patches/1-two.patch"),
            "--- a/src/lib.rs\n+++ b/src/lib.rs\n@@ -1,3 +1,3 @@\n pub fn f() -> u32 {\n-    1\n+    2\n }\n",
        )
        .unwrap();
        std::fs::write(
            dir.path().join("exercise.toml"),
            format!("title = 't'\nchapter = 'c'\nquestion = 'q'\n{manifest_steps}"),
        )
        .unwrap();
        let plan = load(dir.path());
        (dir, plan)
    }

    #[test]
    fn a_good_plan_has_typed_steps_and_labels() {
        let (_d, plan) = exercise(
            "[[step]]\nkind = 'build'\n[[step]]\nkind = 'edit'\npatch = 'patches/1-two.patch'\n\
             [[step]]\nkind = 'profile'\nset = { opt-level = 1 }\n[[step]]\nkind = 'check'\nexpect.compiled = ['x']\n",
        );
        let plan = plan.unwrap();
        let labels: Vec<_> = plan.steps.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "cargo build",
                "patch src/lib.rs",
                "Cargo.toml [profile.dev] opt-level = 1",
                "cargo check"
            ]
        );
    }

    #[test]
    fn a_missing_file_to_touch_names_line_and_field() {
        let (_d, plan) = exercise("[[step]]\nkind = 'touch'\npath = 'src/nope.rs'\n");
        let err = plan.unwrap_err();
        assert_eq!(err.line, Some(6));
        assert_eq!(err.field.as_deref(), Some("step[1].path"));
        assert!(err.message.contains("does not exist"), "{err}");
    }

    #[test]
    fn a_path_escaping_the_exercise_is_rejected() {
        let (_d, plan) = exercise("[[step]]\nkind = 'touch'\npath = '../../etc/passwd'\n");
        let err = plan.unwrap_err();
        assert!(err.message.contains("outside the exercise"), "{err}");
    }

    #[test]
    fn a_patch_that_no_longer_applies_after_an_earlier_edit_is_caught() {
        let (_d, plan) = exercise(
            "[[step]]\nkind = 'edit'\npatch = 'patches/1-two.patch'\n\
             [[step]]\nkind = 'edit'\npatch = 'patches/1-two.patch'\n",
        );
        let err = plan.unwrap_err();
        assert_eq!(err.field.as_deref(), Some("step[2].patch"));
        assert_eq!(err.line, Some(9));
        assert!(err.message.contains("does not apply"), "{err}");
    }

    #[test]
    fn a_field_of_another_kind_is_rejected() {
        let (_d, plan) = exercise("[[step]]\nkind = 'build'\npath = 'src/lib.rs'\n");
        let err = plan.unwrap_err();
        assert_eq!(err.field.as_deref(), Some("step[1].path"));
        assert!(err.message.contains("does not use"), "{err}");
    }
}
