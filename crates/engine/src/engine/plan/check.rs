//! Checks one `[[step]]` table against its kind and the exercise's files, and turns it
//! into a typed [`Action`].

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use toml::Spanned;

use super::{Action, CargoCommand, CargoStep, Expect};
use crate::engine::edits::{self, ManifestEdit, TextEdit};
use crate::engine::manifest::{LoadedManifest, RawExpect, RawStep, StepKind};
use crate::error::InputError;

/// The exercise's files as the plan will have changed them, step by step.
pub(super) struct Overlay<'a> {
    pub(super) dir: &'a Path,
    pub(super) changed: BTreeMap<PathBuf, String>,
}

impl<'a> Overlay<'a> {
    pub(super) fn new(dir: &'a Path) -> Self {
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

pub(super) struct StepChecker<'a> {
    pub(super) loaded: &'a LoadedManifest,
    pub(super) number: usize,
    pub(super) raw: &'a RawStep,
    pub(super) span: std::ops::Range<usize>,
    pub(super) toolchain: Option<String>,
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
        let present: [(&str, Option<std::ops::Range<usize>>); 21] = [
            ("background", r.background.as_ref().map(Spanned::span)),
            ("registry", r.registry.as_ref().map(Spanned::span)),
            ("keep-mtime", r.keep_mtime.as_ref().map(Spanned::span)),
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

    /// The step's action. `running` holds the cargo commands started in the background
    /// and not waited for yet (step number, command), oldest first: a background step
    /// adds to it, a `wait` step takes the oldest.
    pub(super) fn action(
        &self,
        files: &mut Overlay,
        running: &mut std::collections::VecDeque<(usize, CargoStep)>,
    ) -> Result<Action, InputError> {
        let r = self.raw;
        let kind = *r.kind.get_ref();
        match kind {
            StepKind::Build
            | StepKind::Check
            | StepKind::Test
            | StepKind::Run
            | StepKind::Rustc
            | StepKind::Clippy => {
                let background = r.background.as_ref().is_some_and(|b| *b.get_ref());
                match background {
                    true => self.only(&["args", "dir", "background"])?,
                    false => self.only(&["args", "expect", "dir", "background"])?,
                }
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
                    StepKind::Clippy => CargoCommand::Clippy,
                    _ => CargoCommand::Run,
                };
                let args = value_or_default(&r.args);
                let expect = expect_of(r);
                let step = CargoStep {
                    command,
                    args,
                    dir,
                    toolchain: self.toolchain.clone(),
                    expect,
                };
                if background {
                    running.push_back((self.number, step.clone()));
                    return Ok(Action::Background(step));
                }
                Ok(Action::Cargo(step))
            }
            StepKind::Wait => {
                self.only(&["expect"])?;
                let (started, mut cargo) = running.pop_front().ok_or_else(|| {
                    self.step_err(
                        "kind",
                        "nothing runs in the background here to wait for; start it with \
                         `background = true` on an earlier cargo step",
                    )
                })?;
                cargo.expect = expect_of(r);
                Ok(Action::Wait { started, cargo })
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
                self.only(&["path", "registry"])?;
                let path = r
                    .path
                    .as_ref()
                    .ok_or_else(|| self.step_err("path", "a `touch` step needs `path`"))?;
                match &r.registry {
                    // A registry package's files are found when the step runs.
                    Some(package) => Ok(Action::Touch {
                        path: self.rel_path(path, "path")?,
                        registry: Some(package.get_ref().clone()),
                    }),
                    None => Ok(Action::Touch {
                        path: self.existing_file(files, path, "path")?,
                        registry: None,
                    }),
                }
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
            self.only(&["patch", "keep-mtime"])?;
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
                    self.only(&["file", "write", "keep-mtime"])?;
                    TextEdit::Write {
                        text: r
                            .write
                            .as_ref()
                            .map(|w| w.get_ref().clone())
                            .unwrap_or_default(),
                    }
                }
                _ if r.rewrite.as_ref().is_some_and(|w| *w.get_ref()) => {
                    self.only(&["file", "rewrite", "keep-mtime"])?;
                    TextEdit::Rewrite
                }
                (Some(text), None, None) => {
                    self.only(&["file", "append", "keep-mtime"])?;
                    TextEdit::Append {
                        text: text.get_ref().clone(),
                    }
                }
                (None, Some(from), Some(to)) => {
                    self.only(&["file", "replace", "with", "keep-mtime"])?;
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
        let keep_mtime = r.keep_mtime.as_ref().is_some_and(|k| *k.get_ref());
        Ok(Action::Edit {
            path,
            edit,
            keep_mtime,
        })
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
pub(super) fn expect_of(raw: &RawStep) -> Expect {
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
        output_lacks: raw.output_lacks.clone().unwrap_or_default(),
        new: raw.new.iter().flatten().cloned().collect(),
        incremental: raw
            .incremental
            .as_ref()
            .map(|c| c.iter().cloned().collect()),
        fresh_units: raw.fresh_units.iter().flatten().cloned().collect(),
        compiled_units: raw.compiled_units.iter().flatten().cloned().collect(),
        starts_during: raw.starts_during.clone().unwrap_or_default(),
        starts_after: raw.starts_after.clone().unwrap_or_default(),
        cache_hits: raw.cache_hits.as_ref().map(|c| c.iter().cloned().collect()),
        cache_misses: raw
            .cache_misses
            .as_ref()
            .map(|c| c.iter().cloned().collect()),
        remote: raw.remote.as_ref().map(|c| c.iter().cloned().collect()),
        not_cacheable: raw.not_cacheable.clone().unwrap_or_default(),
        waits_for_lock: raw.waits_for_lock,
    }
}
