//! `cargo xtask tune [--path DIR]`: try each lever on the learner's project, measured,
//! and apply only what helped (with consent).

use std::path::PathBuf;
use std::time::Duration;

use anyhow::Result;

use crate::error::{InputError, Interrupted};
use crate::tune::lever::LoopProfile;
use crate::tune::{self, Options, apply, render};

/// What `tune` does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TuneArgs {
    /// The project's directory; the current directory when not given.
    pub path: Option<PathBuf>,
    /// Rounds of the edit loop per variant.
    pub runs: usize,
    /// The levers to try, by name.
    pub levers: Option<Vec<String>>,
    /// Print the levers and whether each applies, and stop.
    pub list_levers: bool,
    /// Minutes a run may take before `tune` asks.
    pub budget_minutes: u64,
    /// Print JSON.
    pub json: bool,
    /// Write an HTML page of the results to this file.
    pub html: Option<PathBuf>,
    /// Apply the kept levers of the last tuning.
    pub apply: bool,
    /// Put back the files of the last `--apply`.
    pub undo: bool,
    /// Do not ask (a run past the budget; the changes of `--apply`).
    pub yes: bool,
    /// Measure the release loop (`cargo build --release`).
    pub release: bool,
    /// The program's arguments, to time its run after every round.
    pub run: Option<Vec<String>>,
}

impl Default for TuneArgs {
    fn default() -> TuneArgs {
        TuneArgs {
            path: None,
            runs: 5,
            levers: None,
            list_levers: false,
            budget_minutes: 10,
            json: false,
            html: None,
            apply: false,
            undo: false,
            yes: false,
            release: false,
            run: None,
        }
    }
}

/// Runs `tune`.
pub fn run(args: &TuneArgs) -> Result<()> {
    let path = match &args.path {
        Some(p) => p.clone(),
        None => std::env::current_dir()?,
    };
    let root = path
        .canonicalize()
        .map_err(|e| InputError::new(format!("cannot open {}: {e}", path.display())))?;
    if args.undo {
        return apply::undo(&root);
    }
    if args.list_levers {
        let (_, offers) = tune::offers(&root, args.profile(), args.run.is_some())?;
        for o in offers {
            match &o.not_here {
                None => println!(
                    "{:<18} {} — costs: {}",
                    o.lever.name, o.lever.title, o.lever.loses
                ),
                Some(why) => println!("{:<18} {} — not here: {why}", o.lever.name, o.lever.title),
            }
        }
        return Ok(());
    }
    if args.apply {
        let project = crate::measure::project::Project::open(&root)?;
        let Some(tuning) = tune::load_saved(&project.root)? else {
            return Err(crate::error::CheckFailed(format!(
                "no tuning of {} is on record: run `cargo xtask tune --path {}` first, then --apply",
                project.root.display(),
                path.display()
            ))
            .into());
        };
        println!(
            "The last tuning of {} kept: {}.",
            project.root.display(),
            match tuning.recommended().as_slice() {
                [] => "nothing".to_string(),
                kept => kept
                    .iter()
                    .map(|l| l.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            }
        );
        return apply::apply(&project.root, &apply::kept_levers(&tuning), args.yes);
    }
    if !args.json {
        eprintln!(
            "Tuning {}: every variant builds in a scratch copy with its own target \
             directory; your files and target/ are not touched.",
            root.display()
        );
    }
    let options = Options {
        path: root,
        runs: args.runs,
        levers: args.levers.clone(),
        budget: Duration::from_secs(args.budget_minutes * 60),
        yes: args.yes,
        progress: !args.json,
        profile: args.profile(),
        run: args.run.clone(),
    };
    let tuning = tune::tune(&options)?;
    let saved = tune::save(&tuning)?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&tuning)?);
    } else {
        println!();
        print!("{}", render::text(&tuning));
        if !tuning.kept().is_empty() {
            eprintln!(
                "(saved in {}; --apply shows the diff and asks)",
                saved.display()
            );
        }
    }
    if let Some(html) = &args.html {
        crate::files::write_atomic(html, render::html(&tuning).as_bytes())?;
        eprintln!("wrote {}", html.display());
    }
    match &tuning.stopped {
        Some(why) if why.starts_with("interrupted") => Err(Interrupted.into()),
        _ => Ok(()),
    }
}

impl TuneArgs {
    /// The profile whose loop is measured.
    pub fn profile(&self) -> LoopProfile {
        if self.release {
            LoopProfile::Release
        } else {
            LoopProfile::Dev
        }
    }

    /// Runs the command.
    pub fn run(&self) -> anyhow::Result<()> {
        run(self)
    }
}
