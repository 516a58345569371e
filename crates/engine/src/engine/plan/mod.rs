//! Turns a manifest into typed steps, and checks the whole plan before anything runs:
//! every path stays inside the exercise, every file exists, every patch applies (on an
//! in-memory copy, in order), every field belongs to its step's kind.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::engine::edits::{ManifestEdit, TextEdit};
use crate::engine::manifest::{self, LoadedManifest};
use crate::error::InputError;

mod check;
mod claim;
mod myth;
pub mod question;

pub use claim::{Claim, Measure};
pub use myth::{Myth, Verdict};
pub use question::{Choice, Comparison, Question};
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
    /// The questions the learner answers before a run, in the form's order (empty:
    /// the exercise asks for no prediction).
    pub predict: Vec<Question>,
    /// The answer, when the manifest gives one.
    pub answer: Option<String>,
    /// Tools the exercise needs (`nightly`, or programs on `PATH`).
    pub requires: Vec<String>,
    /// An experiment of the real-scale tier: only `verify --all` and `claims` run it.
    pub real_scale: bool,
    /// Servers the runner starts for the run (`services = [...]`).
    pub services: Vec<crate::engine::services::Service>,
    /// The steps, in order.
    pub steps: Vec<Step>,
    /// Timing claims about the steps.
    pub claims: Vec<Claim>,
    /// Popular statements that steps of the exercise test.
    pub myths: Vec<Myth>,
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
        /// The file, relative to the exercise (or to the registry package's directory).
        path: PathBuf,
        /// A registry package of the build whose file is touched, instead of the
        /// exercise's own.
        registry: Option<String>,
    },
    /// Change a file's text.
    Edit {
        /// The file, relative to the exercise.
        path: PathBuf,
        /// The change.
        edit: TextEdit,
        /// Whether the file's previous modification time is put back afterwards.
        keep_mtime: bool,
    },
    /// Change the environment of every later step.
    Env {
        /// Variables set.
        set: BTreeMap<String, String>,
        /// Variables removed.
        unset: Vec<String>,
    },
    /// Start cargo in the background and go on once it holds the build directory's lock.
    Background(CargoStep),
    /// Wait for a cargo command started in the background, and check what it did.
    Wait {
        /// The step that started it.
        started: usize,
        /// The command, with the expectations of the `wait` step.
        cargo: CargoStep,
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
    /// `cargo clippy`
    Clippy,
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
            CargoCommand::Clippy => "clippy",
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

/// What a cargo step must show, checked by [`crate::engine::expect`].
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
    /// Text the output must not contain.
    pub output_lacks: Vec<String>,
    /// Packages that must be compiled as new units, with no `Dirty` reason.
    pub new: BTreeSet<String>,
    /// The exact set of incremental caches after the step (`debug/app`), when given.
    pub incremental: Option<BTreeSet<String>>,
    /// Units (named without version) that must be fresh.
    pub fresh_units: BTreeSet<String>,
    /// Units (named without version) that must be compiled.
    pub compiled_units: BTreeSet<String>,
    /// For a package, a package whose library was still compiling when it started.
    pub starts_during: BTreeMap<String, String>,
    /// For a package, a package whose library had finished before it started.
    pub starts_after: BTreeMap<String, String>,
    /// The exact set of crates sccache served from its cache, when given.
    pub cache_hits: Option<BTreeSet<String>>,
    /// The exact set of crates sccache compiled and stored, when given.
    pub cache_misses: Option<BTreeSet<String>>,
    /// The exact set of crates a build server compiled (sccache-dist), when given.
    pub remote: Option<BTreeSet<String>>,
    /// For a crate, text of sccache's reason for not caching it.
    pub not_cacheable: BTreeMap<String, String>,
    /// Whether cargo must (or must not) wait for another cargo's lock, when given.
    pub waits_for_lock: Option<bool>,
}

impl Expect {
    /// Whether the step states any expectation beyond success.
    pub fn is_empty(&self) -> bool {
        self.compiled.is_none()
            && self.fresh.is_empty()
            && self.reasons.is_empty()
            && self.output_contains.is_empty()
            && self.output_lacks.is_empty()
            && self.new.is_empty()
            && self.incremental.is_none()
            && self.fresh_units.is_empty()
            && self.compiled_units.is_empty()
            && self.starts_during.is_empty()
            && self.starts_after.is_empty()
            && self.cache_hits.is_none()
            && self.cache_misses.is_none()
            && self.remote.is_none()
            && self.not_cacheable.is_empty()
            && self.waits_for_lock.is_none()
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
    let mut files = check::Overlay::new(dir);
    let mut steps = Vec::new();
    // Cargo commands started in the background and not yet waited for, oldest first.
    let mut running = std::collections::VecDeque::new();
    for (i, raw) in m.steps.iter().enumerate() {
        let number = i + 1;
        let checker = check::StepChecker {
            loaded,
            number,
            raw: raw.get_ref(),
            span: raw.span(),
            toolchain: m.toolchain.clone(),
        };
        let action = checker.action(&mut files, &mut running)?;
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
    if let Some((started, _)) = running.front() {
        let span = m.steps[started - 1].span();
        return Err(loaded.error_at(
            span,
            format!("step[{started}].background"),
            "this step runs cargo in the background and no `wait` step after it waits for it; \
             add a `[[step]] kind = \"wait\"` where its result should be checked",
        ));
    }
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "exercise".to_string());
    let mut requires = m.requires.clone();
    if m.toolchain.as_deref() == Some("nightly") && !requires.iter().any(|r| r == "nightly") {
        requires.push("nightly".into());
    }
    let mut services = Vec::new();
    for raw in &m.services {
        let name = raw.get_ref();
        let Some(service) = crate::engine::services::Service::parse(name) else {
            let names: Vec<&str> = crate::engine::services::Service::ALL
                .iter()
                .map(|(n, _)| *n)
                .collect();
            let hint = crate::suggest::nearest(name, &names)
                .map(|n| format!("did you mean `{n}`? "))
                .unwrap_or_default();
            return Err(loaded.error_at(
                raw.span(),
                "services",
                format!(
                    "unknown service `{name}`; {hint}the services are {}",
                    names.join(", ")
                ),
            ));
        };
        let mut programs = vec![service.program()];
        // A build cluster's client is sccache, at the version the others need.
        if service == crate::engine::services::Service::SccacheDist {
            programs.insert(0, "sccache");
        }
        for program in programs {
            if !requires.iter().any(|r| r == program) {
                requires.push(program.to_string());
            }
        }
        services.push(service);
    }
    let claims = m
        .claims
        .iter()
        .enumerate()
        .map(|(i, c)| claim::claim(loaded, &steps, i + 1, c))
        .collect::<Result<Vec<_>, _>>()?;
    let myths = m
        .myths
        .iter()
        .enumerate()
        .map(|(i, raw)| myth::myth(loaded, &steps, claims.len(), i + 1, raw))
        .collect::<Result<Vec<_>, _>>()?;
    let real_scale = match &m.tier {
        None => false,
        Some(t) if t.get_ref() == "real-scale" => true,
        Some(t) => {
            return Err(loaded.error_at(
                t.span(),
                "tier",
                format!(
                    "unknown tier `{}`; the only tier is `real-scale` (leave `tier` out for every other experiment)",
                    t.get_ref()
                ),
            ));
        }
    };
    Ok(Plan {
        name,
        dir: dir.to_path_buf(),
        real_scale,
        services,
        title: m.title.clone(),
        chapter: m.chapter.clone(),
        question: m.question.clone(),
        predict: question::questions(loaded, &steps)?,
        answer: m.answer.clone(),
        requires,
        steps,
        claims,
        myths,
    })
}

/// The expectations of step `n` when it runs cargo or a program: the steps a claim
/// measures, a myth or a goal stands on. The error says what is wrong with `n`.
pub fn running_step(steps: &[Step], n: usize) -> Result<&Expect, String> {
    match steps.get(n.wrapping_sub(1)).map(|s| &s.action) {
        Some(Action::Cargo(c) | Action::Wait { cargo: c, .. }) => Ok(&c.expect),
        Some(Action::Exec { expect, .. }) => Ok(expect),
        Some(_) => Err(format!(
            "step {n} changes something but runs nothing; name a cargo or exec step"
        )),
        None => Err(format!("there is no step {n}")),
    }
}

/// Like [`running_step`], and the step must also state expectations: a verdict or a
/// goal cannot stand on a step that checks nothing.
pub fn checked_step(steps: &[Step], n: usize) -> Result<&Expect, String> {
    let expect = running_step(steps, n)?;
    if expect.is_empty() && expect.success {
        return Err(format!(
            "step {n} states no `expect`, so nothing it shows is checked; add the expectations that decide it"
        ));
    }
    Ok(expect)
}

fn default_label(action: &Action) -> String {
    match action {
        Action::Cargo(c) => c.display(),
        Action::Background(c) => format!("{}, in the background", c.display()),
        Action::Wait { started, cargo } => {
            format!("wait for {} (step {started})", cargo.display())
        }
        Action::Touch {
            path,
            registry: None,
        } => format!("touch {}", path.display()),
        Action::Touch {
            path,
            registry: Some(package),
        } => format!("touch {} of registry package {package}", path.display()),
        Action::Edit {
            path,
            edit,
            keep_mtime: true,
        } => format!(
            "{}, keeping its old time",
            default_label(&Action::Edit {
                path: path.clone(),
                edit: edit.clone(),
                keep_mtime: false,
            })
        ),
        Action::Edit { path, edit, .. } => match edit {
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
    fn a_background_step_is_waited_for_by_a_later_wait_step_that_holds_its_expectations() {
        let (_d, plan) = exercise(
            "[[step]]\nkind = 'check'\nargs = ['--all-targets']\nbackground = true\n\
             [[step]]\nkind = 'build'\nexpect.waits-for-lock = true\n\
             [[step]]\nkind = 'wait'\nexpect.compiled = ['x']\n",
        );
        let plan = plan.unwrap();
        let labels: Vec<_> = plan.steps.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "cargo check --all-targets, in the background",
                "cargo build",
                "wait for cargo check --all-targets (step 1)"
            ]
        );
        let Action::Wait { started, cargo } = &plan.steps[2].action else {
            panic!("step 3 is not a wait: {:?}", plan.steps[2].action);
        };
        assert_eq!(*started, 1);
        assert_eq!(cargo.args, ["--all-targets"]);
        assert_eq!(
            cargo.expect.compiled,
            Some(BTreeSet::from(["x".to_string()]))
        );
        let Action::Cargo(build) = &plan.steps[1].action else {
            panic!("step 2 is not cargo");
        };
        assert_eq!(build.expect.waits_for_lock, Some(true));
        // The wait step's results are a cargo step's: questions and claims may name it.
        assert!(running_step(&plan.steps, 3).is_ok());
        assert!(running_step(&plan.steps, 1).is_err());
    }

    #[test]
    fn background_and_wait_steps_must_pair_up() {
        let (_d, plan) = exercise("[[step]]\nkind = 'check'\nbackground = true\n");
        let e = plan.unwrap_err();
        assert_eq!(e.line, Some(4), "{e}");
        assert!(e.to_string().contains("no `wait` step"), "{e}");
        let (_d, plan) = exercise("[[step]]\nkind = 'build'\n[[step]]\nkind = 'wait'\n");
        let e = plan.unwrap_err();
        assert!(
            e.to_string().contains("nothing runs in the background"),
            "{e}"
        );
        // Expectations of a background command go on its `wait` step.
        let (_d, plan) = exercise(
            "[[step]]\nkind = 'check'\nbackground = true\nexpect.compiled = []\n\
             [[step]]\nkind = 'wait'\n",
        );
        let e = plan.unwrap_err();
        assert!(e.to_string().contains("does not use `expect`"), "{e}");
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

    #[test]
    fn a_myth_names_a_checked_step_and_a_known_verdict() {
        let steps = "[[step]]\nkind = 'build'\nexpect.compiled = ['app']\n[[step]]\nkind = 'touch'\npath = 'src/lib.rs'\n[[step]]\nkind = 'build'\n";
        let myth = |step: usize, verdict: &str| {
            format!(
                "{steps}[[myth]]\nquote = 'q'\nverdict = '{verdict}'\nstep = {step}\nwhy = 'w'\nsource = {{ title = 't', url = 'https://example.org/post' }}\n"
            )
        };
        let (_d, plan) = exercise(&myth(1, "false"));
        let plan = plan.unwrap();
        assert_eq!(plan.myths[0].verdict, Verdict::False);
        assert_eq!(plan.myths[0].step, 1);

        let (_d, err) = exercise(&myth(1, "flase"));
        let err = err.unwrap_err();
        assert_eq!(err.field.as_deref(), Some("myth[1].verdict"));
        assert!(err.message.contains("did you mean `false`?"), "{err}");

        let (_d, err) = exercise(&myth(2, "true"));
        assert!(err.unwrap_err().message.contains("runs nothing"));
        let (_d, err) = exercise(&myth(3, "true"));
        assert!(err.unwrap_err().message.contains("states no `expect`"));
        let (_d, err) = exercise(&myth(9, "true"));
        assert!(err.unwrap_err().message.contains("there is no step 9"));

        // Every myth names the page that makes the statement, and its claims exist.
        let no_source =
            format!("{steps}[[myth]]\nquote = 'q'\nverdict = 'true'\nstep = 1\nwhy = 'w'\n");
        let (_d, err) = exercise(&no_source);
        assert!(err.unwrap_err().message.contains("source"));
        let (_d, err) = exercise(&myth(1, "true").replace("https://example.org/post", "a blog"));
        let err = err.unwrap_err();
        assert_eq!(err.field.as_deref(), Some("myth[1].source.url"));
        let (_d, err) = exercise(&format!("{}claims = [1]\n", myth(1, "true")));
        assert_eq!(err.unwrap_err().field.as_deref(), Some("myth[1].claims"));
    }

    #[test]
    fn registry_touches_and_kept_times_are_typed() {
        let (_d, plan) = exercise(
            "[[step]]\nkind = 'touch'\nregistry = 'itoa'\npath = 'src/lib.rs'\n[[step]]\nkind = 'edit'\nfile = 'src/lib.rs'\nreplace = '1'\nwith = '3'\nkeep-mtime = true\n",
        );
        let plan = plan.unwrap();
        assert!(matches!(
            &plan.steps[0].action,
            Action::Touch { registry: Some(p), .. } if p == "itoa"
        ));
        assert_eq!(
            plan.steps[0].label,
            "touch src/lib.rs of registry package itoa"
        );
        assert!(matches!(
            &plan.steps[1].action,
            Action::Edit {
                keep_mtime: true,
                ..
            }
        ));
        assert!(
            plan.steps[1].label.ends_with("keeping its old time"),
            "{}",
            plan.steps[1].label
        );
        let (_d, err) = exercise("[[step]]\nkind = 'build'\nkeep-mtime = true\n");
        assert_eq!(
            err.unwrap_err().field.as_deref(),
            Some("step[1].keep-mtime")
        );
    }
}
