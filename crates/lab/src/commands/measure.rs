//! `cargo xtask measure --path DIR`: the edit-build loop of the learner's own project.

use std::path::PathBuf;

use anyhow::Result;

use crate::engine::step_runner::Progress;
use crate::error::{CheckFailed, InputError};
use crate::measure::{self, Options, guard};

/// What `measure` measures.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MeasureArgs {
    /// The project's directory; the current directory when not given.
    pub path: Option<PathBuf>,
    /// Files to touch.
    pub touch: Vec<PathBuf>,
    /// Files to edit.
    pub edit: Vec<PathBuf>,
    /// `-p NAME`.
    pub package: Option<String>,
    /// `--bin NAME`.
    pub bin: Option<String>,
    /// `cargo check` instead of `cargo build`.
    pub check: bool,
    /// Builds per timed step.
    pub runs: usize,
    /// Print JSON.
    pub json: bool,
    /// Write the deterministic part of the measurement here (`--save FILE`).
    pub save: Option<PathBuf>,
    /// Measure the steps saved here and fail on a unit rebuilt that was not before
    /// (`--baseline FILE`).
    pub baseline: Option<PathBuf>,
    /// With `--baseline`: also fail when a step's normalized time grew past this
    /// factor.
    pub max_slowdown: Option<guard::Factor>,
    /// Bound the cold build instead of measuring the loop (`--cold-bound`).
    pub cold_bound: bool,
    /// Edit each workspace member in turn and say what each edit rebuilt (`--blast`).
    pub blast: bool,
    /// With `--cold-bound` or `--blast`: also write the result as an HTML page with a
    /// picture.
    pub html: Option<PathBuf>,
}

/// Measures the project, prints the table and diagnosis (or JSON), and fails when a
/// build failed or the final no-op build was not fresh.
pub fn run(args: &MeasureArgs) -> Result<()> {
    let path = match &args.path {
        Some(p) => p.clone(),
        None => std::env::current_dir()?,
    };
    if args.cold_bound {
        return cold_bound(args, path);
    }
    if args.blast {
        return blast(args, path);
    }
    if !args.json {
        eprintln!(
            "Measuring {} in place; every file changed is saved first and put back after…",
            path.display()
        );
    }
    // A baseline fixes what is measured: the same files, package, binary and command.
    if args.baseline.is_some()
        && (!args.touch.is_empty()
            || !args.edit.is_empty()
            || args.package.is_some()
            || args.bin.is_some()
            || args.check)
    {
        return Err(InputError::new(
            "--baseline measures what the saved file names; drop --touch, --edit, -p, --bin \
             and --check, or save a new baseline with them",
        )
        .into());
    }
    let saved = args.baseline.as_deref().map(guard::read).transpose()?;
    let measured = match &saved {
        Some(b) => b.options.clone(),
        None => guard::Measured {
            touch: args.touch.clone(),
            edit: args.edit.clone(),
            package: args.package.clone(),
            bin: args.bin.clone(),
            check: args.check,
        },
    };
    let options = Options {
        path,
        touch: measured.touch.clone(),
        edit: measured.edit.clone(),
        package: measured.package.clone(),
        bin: measured.bin.clone(),
        check: measured.check,
        runs: args.runs,
        progress: if args.json {
            Progress::Quiet
        } else {
            Progress::Show
        },
    };
    let m = measure::measure(&options)?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&m)?);
    } else {
        println!();
        print!("{}", measure::render(&m));
    }
    let now = guard::from_measurement(
        &m,
        guard::Measured {
            touch: files(&m, |p| p.touched),
            edit: files(&m, |p| p.edited),
            ..measured
        },
        m.edges.clone(),
        guard::Flags::now(&m.project),
    );
    if let Some(file) = &args.save {
        guard::write(file, &now)?;
        eprintln!(
            "saved the measurement's units and normalized times to {}; `measure --baseline {}` \
             checks a later build against it",
            file.display(),
            file.display()
        );
    }
    if let (Some(saved), Some(file)) = (&saved, &args.baseline) {
        let verdict = guard::compare(saved, &now, args.max_slowdown);
        if args.json {
            eprint!("{}", guard::render(&verdict, file));
        } else {
            println!();
            print!("{}", guard::render(&verdict, file));
        }
        if !verdict.passed() {
            return Err(CheckFailed(format!(
                "measure --baseline: the edit loop rebuilds more than {} says (see above)",
                file.display()
            ))
            .into());
        }
    }
    if m.passed() {
        Ok(())
    } else {
        Err(CheckFailed(
            "measure: a build failed or the last no-op build was not fresh (see above)".into(),
        )
        .into())
    }
}

/// `--cold-bound`: the critical path and the simulated builds.
fn cold_bound(args: &MeasureArgs, path: PathBuf) -> Result<()> {
    let intro = format!(
        "Bounding the cold build of {}: two cold builds of a scratch copy (--jobs 2 with \
         cargo's --timings, then --jobs 1); your files and target/ are not touched…",
        path.display()
    );
    show(args, &intro, |progress| {
        let b = measure::bound::bound(&measure::bound::Options { path, progress })?;
        Ok((measure::bound::render(&b), measure::bound::html(&b), b))
    })
}

/// `--blast`: what an edit of each member rebuilds.
fn blast(args: &MeasureArgs, path: PathBuf) -> Result<()> {
    let intro = format!(
        "Editing each member of {} in turn, in place; every file changed is saved first and \
         put back after…",
        path.display()
    );
    show(args, &intro, |progress| {
        let b = measure::blast::blast(&measure::blast::Options { path, progress })?;
        Ok((measure::blast::render(&b), measure::blast::html(&b), b))
    })
}

/// Runs a measurement that has a text, an HTML page and JSON, and shows it as the
/// flags ask: the intro and progress on stderr unless `--json`, then the text or the
/// JSON, and the page with `--html FILE`.
fn show<T: serde::Serialize>(
    args: &MeasureArgs,
    intro: &str,
    run: impl FnOnce(Progress) -> Result<(String, String, T)>,
) -> Result<()> {
    if !args.json {
        eprintln!("{intro}");
    }
    let (text, page, result) = run(if args.json {
        Progress::Quiet
    } else {
        Progress::Show
    })?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&result)?);
    } else {
        println!();
        print!("{text}");
    }
    if let Some(file) = &args.html {
        crate::files::write_atomic(file, page.as_bytes())?;
        eprintln!("wrote {}", file.display());
    }
    Ok(())
}

/// The probes' files that `pick` selects.
fn files(m: &measure::Measurement, pick: impl Fn(&measure::Probe) -> bool) -> Vec<PathBuf> {
    m.probes
        .iter()
        .filter(|p| pick(p))
        .map(|p| p.file.clone())
        .collect()
}

impl MeasureArgs {
    /// Runs the command.
    pub fn run(&self) -> anyhow::Result<()> {
        run(self)
    }
}
