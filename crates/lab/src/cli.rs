//! The command line, declared in one place: `cargo xtask <command> [options]`.

use std::path::PathBuf;

use lexopt::prelude::*;

use crate::commands;
use crate::commands::measure::MeasureArgs;
use crate::commands::verify::VerifyArgs;
use crate::error::InputError;

/// One command of the command line, as the help lists it and the "did you mean"
/// suggestions know it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommandInfo {
    /// Its name.
    pub name: &'static str,
    /// What it takes, as the help shows it.
    pub args: &'static str,
    /// What it does, one or more lines.
    pub about: &'static str,
}

/// Every command, in the order the help lists them: the one declaration the help text,
/// the parser's suggestions and the parser's test all read.
pub const COMMANDS: &[CommandInfo] = &[
    CommandInfo {
        name: "serve",
        args: "",
        about: "Build the book, serve it at 127.0.0.1 and reload it on changes",
    },
    CommandInfo {
        name: "book",
        args: "",
        about: "Build the book as static HTML in target/book",
    },
    CommandInfo {
        name: "list",
        args: "",
        about: "List the exercises, by chapter",
    },
    CommandInfo {
        name: "run",
        args: "<NAME|PATH>",
        about: "Run an exercise step by step and show what was rebuilt",
    },
    CommandInfo {
        name: "verify",
        args: "[NAME|PATH...]",
        about: "Run every test: formatting, clippy, unit tests, every\nexercise against its expectations and snapshot, and the book\n(it builds, its links and #fragments resolve, every exercise\nit names exists and every exercise is in a chapter)",
    },
    CommandInfo {
        name: "bless",
        args: "[NAME|PATH...]",
        about: "Run exercises and write their snapshots (after a change you meant)",
    },
    CommandInfo {
        name: "measure",
        args: "--path <DIR>",
        about: "Measure the edit-build loop of your own Cargo project: what\nrebuilds after a touch, a code edit and a comment edit, why,\nwhere the time goes, and what to change (files are put back)",
    },
    CommandInfo {
        name: "tune",
        args: "--path <DIR>",
        about: "Try each lever (linkers, debug info, profiles, nightly) on your\nown project in scratch copies, measured, and keep only what\nmade its edit loop faster; --apply writes them (asks first)",
    },
    CommandInfo {
        name: "check",
        args: "<CHALLENGE>",
        about: "Check your solution of a challenge: every goal, with cargo's reasons",
    },
    CommandInfo {
        name: "hint",
        args: "<CHALLENGE>",
        about: "Show the next hint of a challenge (--all: every hint)",
    },
    CommandInfo {
        name: "reset",
        args: "<CHALLENGE>",
        about: "Put a challenge back to its starter (asks first; --yes skips)",
    },
    CommandInfo {
        name: "solution",
        args: "<CHALLENGE>",
        about: "Once solved, the reference solution as a diff against the\nstarter (--anyway: before solving it)",
    },
    CommandInfo {
        name: "progress",
        args: "",
        about: "Which challenges you solved, and when",
    },
    CommandInfo {
        name: "workshop",
        args: "",
        about: "The three-hour workshop track, with run times and your status\n(--record: measure its run times again)",
    },
    CommandInfo {
        name: "prefetch",
        args: "",
        about: "Download every crate the lab needs, for working offline\n(workshops); --build also builds the lab and the book",
    },
    CommandInfo {
        name: "doctor",
        args: "",
        about: "Check this machine for what changes the lab's results or\nbreaks it (toolchain, linkers, disk, settings), with fixes",
    },
    CommandInfo {
        name: "report",
        args: "",
        about: "Run every experiment and write one self-contained HTML page\nand a JSON file of this machine's results (--compare: several)",
    },
    CommandInfo {
        name: "claims",
        args: "[NAME...]",
        about: "Check the exercises' timing claims (repeated runs, medians)",
    },
    CommandInfo {
        name: "bench-runner",
        args: "[NAME]",
        about: "Time `run` against the same cargo commands run directly",
    },
    CommandInfo {
        name: "bench-book",
        args: "",
        about: "Time book builds, serving, and change-to-reload",
    },
    CommandInfo {
        name: "bench-measure",
        args: "",
        about: "Check measure's times against hyperfine, and what cargo's\nfingerprint log costs",
    },
    CommandInfo {
        name: "bench-tune",
        args: "",
        about: "Check tune's ratio for one lever (on examples/tune-demo, or\n--path DIR --levers NAME) against hyperfine timing the same loop",
    },
    CommandInfo {
        name: "help",
        args: "",
        about: "Show this help",
    },
];

/// The help text of `cargo xtask --help`: the commands from [`COMMANDS`], then each
/// command's options.
pub fn help() -> String {
    let mut s = String::from(
        "Rebuild Lab: run the exercises of the book with real cargo and see what rebuilds, and why.\n\nUsage: cargo xtask <COMMAND> [OPTIONS]\n\nCommands:\n",
    );
    for c in COMMANDS {
        let head = format!("{} {}", c.name, c.args);
        for (i, line) in c.about.lines().enumerate() {
            let left = if i == 0 { head.trim_end() } else { "" };
            s.push_str(&format!("  {left:<24}  {line}\n"));
        }
    }
    s.push('\n');
    s.push_str(OPTIONS);
    s
}

/// The options part of the help text, command by command.
const OPTIONS: &str = "\
Options of `serve`:
  --port <N>                Port on 127.0.0.1 (default: 3000; 0 picks a free one)
  --open                    Open the book in a browser

Options of `run`:
  --keep                    Keep the scratch copy and print where it is
  --json                    Print the report as JSON instead of a table
  --predict                 Ask for a prediction first (on a terminal), then score it

Options of `measure`:
  --path <DIR>              The project (default: the current directory)
  --touch <FILE>            A file to touch (repeatable; default: the binary's entry file)
  --edit <FILE>             A file to edit (repeatable; default: the binary's entry file
                            and a leaf workspace member's library)
  --package <NAME>          Build only this package (`cargo build -p NAME`)
  --bin <NAME>              Build only this binary (`cargo build --bin NAME`)
  --check                   Measure `cargo check` instead of `cargo build`
  --runs <N>                Builds per timed step (default: 1); shows median, min–max
  --json                    Print the measurement as JSON
  --save <FILE>             Also write what each step rebuilt, with cargo's reasons,
                            and the times divided by this machine's cold build: a
                            baseline for --baseline (commit it beside your code)
  --baseline <FILE>         Measure the steps FILE names and fail (exit 1) when a step
                            rebuilds a unit it did not, naming it with cargo's reason
  --max-slowdown <R>        With --baseline: also fail when a step's normalized time
                            grew past R times (off by default: CI times are noisy)
  --cold-bound              Instead of the loop: build a scratch copy cold (--jobs 2,
                            then 1) and say how short the cold build could get with
                            more workers: its critical path and a simulation for 1 to
                            64 workers, checked against the two builds
  --blast                   Instead of the loop: edit each workspace member in turn
                            (put back after) and say what each edit rebuilt, why
                            and how long it took; the worst offenders first
  --html <FILE>             With --cold-bound or --blast: also write an HTML page
                            with the chart or the crate graph

Options of `tune`:
  --path <DIR>              The project (default: the current directory)
  --runs <N>                Rounds of the edit loop per variant (default: 5; a lever
                            is kept only with 5 or more)
  --levers <A,B>            Only these levers (default: every one that applies)
  --list-levers             List the levers, what each costs, and which apply here
  --budget <MINUTES>        Ask before a run estimated longer (default: 10)
  --release                 Measure the release loop (cargo build --release) and
                            its levers (incremental release builds) instead
  --run <ARGS>              Also time the program (its binary with ARGS, split as a
                            shell splits them) after every round; the levers for
                            the program's speed (optimized dependencies) need it
  --json                    Print the results as JSON
  --html <FILE>             Also write the results as an HTML page with a chart
  --apply                   Show the diff that keeps the last tuning's levers in
                            Cargo.toml and .cargo/config.toml, ask, then write it
  --undo                    Put both files back as they were before --apply
  --yes                     Do not ask (past the budget; the changes of --apply)

Options of `doctor`:
  --json                    Print the findings as JSON (for collecting a room's)

Options of `report`:
  --out <DIR>               Where to write (default: target/rebuild-lab/report)
  --from-results            Use the latest results instead of running the experiments
  --all                     Also the real-scale tier
  --compare <JSON>...       Compare machines' report.json files (writes compare.html)

Options of `prefetch`:
  --build                   Also build the lab's tests, clippy's checks and the book

Options of `hint`, `reset` and `solution`:
  --all                     hint: show every hint
  --yes                     reset: do not ask before discarding your changes
  --anyway                  solution: show it before you solved the challenge

Options of `verify`:
  --all                     Also the slow tier: challenges with timing goals (repeated
                            cold builds, medians) and the tests marked ignored for their
                            cost, kept out of the default run so it stays within its
                            time budget
  --exercises-only          Only the exercises
  --book-only               Only the book
  --book <DIR>              Check the book in DIR instead of the project's
  --snapshots <DIR>         Compare against snapshots in DIR (default: xtask/snapshots)

Options of `bless`:
  --snapshots <DIR>         Write snapshots to DIR (default: xtask/snapshots)

Options of `claims`, `bench-runner`, `bench-book`, `bench-measure` and `bench-tune`:
  --runs <N>                Repetitions (default: 5, bench-measure 9; claims and
                            bench-measure need at least 5)
  --cold                    bench-book: build the xtask from an empty target dir first
  --record                  claims: write the medians into measurements/claims.json,
                            where the book's figures come from (commit the file)

Exit codes: 0 success, 1 a step or check failed, 2 bad input, 130 interrupted.
Every run's report is also written to target/rebuild-lab/results/NAME.json.
";

/// A parsed command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// `list`
    List,
    /// `run NAME`
    Run(crate::commands::run::RunArgs),
    /// `verify [NAME...]`
    Verify(VerifyArgs),
    /// `serve`
    Serve(crate::commands::serve::ServeArgs),
    /// `book`
    Book,
    /// `mdbook-preprocessor [supports RENDERER]`: mdBook's preprocessor protocol.
    MdbookPreprocessor {
        /// The arguments mdBook passes.
        args: Vec<String>,
    },
    /// `bless [NAME...]`
    Bless(crate::commands::bless::BlessArgs),
    /// `bench-runner [NAME]`
    BenchRunner(crate::commands::bench_runner::BenchRunnerArgs),
    /// `claims [NAME...]`
    Claims(crate::commands::claims::ClaimsArgs),
    /// `bench-book`
    BenchBook(crate::commands::bench_book::BenchBookArgs),
    /// `measure --path DIR`
    Measure(MeasureArgs),
    /// `tune [--path DIR]`
    Tune(crate::commands::tune::TuneArgs),
    /// `bench-tune [--path DIR] [--levers NAME]`
    BenchTune(crate::commands::bench_tune::BenchTuneArgs),
    /// `bench-measure`
    BenchMeasure(crate::commands::bench_measure::BenchMeasureArgs),
    /// `check CHALLENGE`
    Check(crate::commands::check::CheckArgs),
    /// `hint CHALLENGE [--all]`
    Hint(crate::commands::hint::HintArgs),
    /// `solution CHALLENGE [--anyway]`
    Solution(crate::commands::solution::SolutionArgs),
    /// `reset CHALLENGE [--yes]`
    Reset(crate::commands::reset::ResetArgs),
    /// `progress`
    Progress,
    /// `workshop [--record]`
    Workshop(crate::commands::workshop::WorkshopArgs),
    /// `doctor [--json]`
    Doctor(crate::commands::doctor::DoctorArgs),
    /// `report [--out DIR] [--from-results] [--all] [--compare FILE...]`
    Report(crate::commands::report::ReportArgs),
    /// `prefetch [--build]`
    Prefetch(crate::commands::prefetch::PrefetchArgs),
    /// `help`
    Help,
}

impl Command {
    /// The command's name, as [`COMMANDS`] lists it (the preprocessor's protocol,
    /// which mdBook calls, is not listed).
    pub fn name(&self) -> &'static str {
        match self {
            Command::List => "list",
            Command::Run(_) => "run",
            Command::Verify(_) => "verify",
            Command::Serve(_) => "serve",
            Command::Book => "book",
            Command::MdbookPreprocessor { .. } => "mdbook-preprocessor",
            Command::Bless(_) => "bless",
            Command::BenchRunner(_) => "bench-runner",
            Command::Claims(_) => "claims",
            Command::BenchBook(_) => "bench-book",
            Command::Measure(_) => "measure",
            Command::Tune(_) => "tune",
            Command::BenchTune(_) => "bench-tune",
            Command::BenchMeasure(_) => "bench-measure",
            Command::Check(_) => "check",
            Command::Hint(_) => "hint",
            Command::Solution(_) => "solution",
            Command::Reset(_) => "reset",
            Command::Progress => "progress",
            Command::Workshop(_) => "workshop",
            Command::Doctor(_) => "doctor",
            Command::Report(_) => "report",
            Command::Prefetch(_) => "prefetch",
            Command::Help => "help",
        }
    }
}

/// Parses the arguments after `cargo xtask`.
pub fn parse(args: impl IntoIterator<Item = std::ffi::OsString>) -> Result<Command, InputError> {
    parse_inner(args).map_err(|e| match e {
        ParseError::Input(e) => e,
        ParseError::Lexopt(e) => InputError::new(format!("{e}; see `cargo xtask --help`")),
    })
}

enum ParseError {
    Input(InputError),
    Lexopt(lexopt::Error),
}

impl From<lexopt::Error> for ParseError {
    fn from(e: lexopt::Error) -> Self {
        ParseError::Lexopt(e)
    }
}

fn usage(msg: impl Into<String>) -> ParseError {
    ParseError::Input(InputError::new(format!(
        "{}; see `cargo xtask --help`",
        msg.into()
    )))
}

fn parse_inner(args: impl IntoIterator<Item = std::ffi::OsString>) -> Result<Command, ParseError> {
    let mut p = lexopt::Parser::from_args(args);
    let command = match p.next()? {
        None => return Ok(Command::Help),
        Some(Short('h') | Long("help")) => return Ok(Command::Help),
        Some(Value(v)) => v.string()?,
        Some(other) => return Err(other.unexpected().into()),
    };
    let mut positional: Vec<String> = Vec::new();
    let mut keep = false;
    let mut json = false;
    let mut predict = false;
    let mut all = false;
    let mut yes = false;
    let mut exercises_only = false;
    let mut book_only = false;
    let mut book = None;
    let mut open = false;
    let mut port: u16 = 3000;
    let mut snapshots = None;
    let mut runs = 5usize;
    let mut cold = false;
    let mut record = false;
    let mut measure = MeasureArgs::default();
    let mut runs_given = false;
    let mut verify_all = false;
    let mut build = false;
    let mut report = crate::commands::report::ReportArgs::default();
    let mut comparing = false;
    let mut anyway = false;
    let mut tune = crate::commands::tune::TuneArgs::default();
    if command == "mdbook-preprocessor" {
        let mut args = Vec::new();
        while let Some(arg) = p.next()? {
            match arg {
                Value(v) => args.push(v.string()?),
                other => return Err(other.unexpected().into()),
            }
        }
        return Ok(Command::MdbookPreprocessor { args });
    }
    while let Some(arg) = p.next()? {
        match arg {
            Short('h') | Long("help") => return Ok(Command::Help),
            Long("keep") if command == "run" => keep = true,
            Long("json")
                if command == "run"
                    || command == "measure"
                    || command == "doctor"
                    || command == "tune" =>
            {
                json = true
            }
            Long("path") if command == "tune" || command == "bench-tune" => {
                tune.path = Some(p.value()?.into())
            }
            Long("levers") if command == "tune" || command == "bench-tune" => {
                let list = p.value()?.string()?;
                tune.levers = Some(
                    list.split(',')
                        .map(|l| l.trim().to_string())
                        .filter(|l| !l.is_empty())
                        .collect(),
                );
            }
            Long("list-levers") if command == "tune" => tune.list_levers = true,
            Long("budget") if command == "tune" => {
                let value = p.value()?.string()?;
                tune.budget_minutes = value
                    .parse()
                    .map_err(|_| usage(format!("--budget takes whole minutes, got `{value}`")))?;
            }
            Long("html") if command == "tune" => tune.html = Some(p.value()?.into()),
            Long("html") if command == "measure" => measure.html = Some(p.value()?.into()),
            Long("apply") if command == "tune" => tune.apply = true,
            Long("undo") if command == "tune" => tune.undo = true,
            Long("yes") if command == "tune" => tune.yes = true,
            Long("release") if command == "tune" => tune.release = true,
            Long("run") if command == "tune" => {
                let value = p.value()?.string()?;
                tune.run = Some(
                    crate::tune::program::parse_args(&value).map_err(|e| usage(e.to_string()))?,
                );
            }
            Long("path") if command == "measure" => measure.path = Some(p.value()?.into()),
            Long("touch") if command == "measure" => measure.touch.push(p.value()?.into()),
            Long("edit") if command == "measure" => measure.edit.push(p.value()?.into()),
            Long("package") | Short('p') if command == "measure" => {
                measure.package = Some(p.value()?.string()?)
            }
            Long("bin") if command == "measure" => measure.bin = Some(p.value()?.string()?),
            Long("check") if command == "measure" => measure.check = true,
            Long("save") if command == "measure" => measure.save = Some(p.value()?.into()),
            Long("cold-bound") if command == "measure" => measure.cold_bound = true,
            Long("blast") if command == "measure" => measure.blast = true,
            Long("baseline") if command == "measure" => measure.baseline = Some(p.value()?.into()),
            Long("max-slowdown") if command == "measure" => {
                let value = p.value()?.string()?;
                let factor = crate::measure::guard::Factor::parse(&value).ok_or_else(|| {
                    usage(format!(
                        "--max-slowdown takes a factor of 1 or more (1.5: half again as slow), got `{value}`"
                    ))
                })?;
                measure.max_slowdown = Some(factor);
            }
            Long("predict") if command == "run" => predict = true,
            Long("all") if command == "hint" => all = true,
            Long("yes") if command == "reset" => yes = true,
            Long("anyway") if command == "solution" => anyway = true,
            Long("exercises-only") if command == "verify" => exercises_only = true,
            Long("book-only") if command == "verify" => book_only = true,
            Long("all") if command == "verify" => verify_all = true,
            Long("book") if command == "verify" => book = Some(PathBuf::from(p.value()?)),
            Long("open") if command == "serve" => open = true,
            Long("port") if command == "serve" => port = p.value()?.parse()?,
            Long("snapshots") if command == "verify" || command == "bless" => {
                snapshots = Some(PathBuf::from(p.value()?))
            }
            Long("cold") if command == "bench-book" => cold = true,
            Long("record") if command == "claims" || command == "workshop" => record = true,
            Long("build") if command == "prefetch" => build = true,
            Long("out") if command == "report" => report.out = Some(p.value()?.into()),
            Long("from-results") if command == "report" => report.from_results = true,
            Long("all") if command == "report" => report.all = true,
            Long("compare") if command == "report" => comparing = true,
            Long("runs")
                if command == "bench-runner"
                    || command == "bench-book"
                    || command == "claims"
                    || command == "measure"
                    || command == "tune"
                    || command == "bench-tune"
                    || command == "bench-measure" =>
            {
                runs = p.value()?.parse()?;
                runs_given = true;
                if runs == 0 {
                    return Err(usage("--runs must be at least 1"));
                }
            }
            Value(v) => positional.push(v.string()?),
            other => return Err(other.unexpected().into()),
        }
    }
    let command = match command.as_str() {
        "help" => Command::Help,
        "list" => {
            no_positional(&positional, "list")?;
            Command::List
        }
        "run" => {
            let mut it = positional.into_iter();
            let exercise = it.next().ok_or_else(|| {
                usage("`run` needs an exercise name or path (`cargo xtask list` shows them)")
            })?;
            if let Some(extra) = it.next() {
                return Err(usage(format!(
                    "`run` takes one exercise, got also `{extra}`"
                )));
            }
            if predict && json {
                return Err(usage(
                    "`--predict` asks questions on the terminal; it does not go with `--json`",
                ));
            }
            Command::Run(crate::commands::run::RunArgs {
                exercise,
                keep,
                json,
                predict,
            })
        }
        "verify" => {
            if exercises_only && book_only {
                return Err(usage(
                    "`--exercises-only` and `--book-only` exclude each other",
                ));
            }
            Command::Verify(VerifyArgs {
                exercises: positional,
                lint_and_tests: !exercises_only && !book_only,
                all: verify_all,
                exercises_check: !book_only,
                book_check: !exercises_only,
                snapshots,
                book,
            })
        }
        "serve" => {
            no_positional(&positional, "serve")?;
            Command::Serve(crate::commands::serve::ServeArgs { port, open })
        }
        "book" => {
            no_positional(&positional, "book")?;
            Command::Book
        }
        "bless" => Command::Bless(crate::commands::bless::BlessArgs {
            exercises: positional,
            snapshots,
        }),
        "bench-runner" => {
            if positional.len() > 1 {
                return Err(usage("`bench-runner` takes at most one exercise"));
            }
            Command::BenchRunner(crate::commands::bench_runner::BenchRunnerArgs {
                exercise: positional.into_iter().next(),
                runs,
            })
        }
        "claims" => {
            if runs < 5 {
                return Err(usage("claims need at least 5 runs (`--runs 5` or more)"));
            }
            Command::Claims(crate::commands::claims::ClaimsArgs {
                exercises: positional,
                runs,
                record,
            })
        }
        "bench-book" => {
            no_positional(&positional, "bench-book")?;
            Command::BenchBook(crate::commands::bench_book::BenchBookArgs { runs, cold })
        }
        "bench-measure" => {
            no_positional(&positional, "bench-measure")?;
            Command::BenchMeasure(crate::commands::bench_measure::BenchMeasureArgs {
                runs: if runs_given { runs } else { 9 },
            })
        }
        "check" | "hint" | "reset" | "solution" => {
            let mut it = positional.into_iter();
            let challenge = it.next().ok_or_else(|| {
                usage(format!(
                    "`{command}` needs a challenge name (`cargo xtask progress` lists them)"
                ))
            })?;
            if let Some(extra) = it.next() {
                return Err(usage(format!(
                    "`{command}` takes one challenge, got also `{extra}`"
                )));
            }
            match command.as_str() {
                "check" => Command::Check(crate::commands::check::CheckArgs { challenge }),
                "hint" => Command::Hint(crate::commands::hint::HintArgs { challenge, all }),
                "solution" => {
                    Command::Solution(crate::commands::solution::SolutionArgs { challenge, anyway })
                }
                _ => Command::Reset(crate::commands::reset::ResetArgs { challenge, yes }),
            }
        }
        "progress" => {
            no_positional(&positional, "progress")?;
            Command::Progress
        }
        "workshop" => {
            no_positional(&positional, "workshop")?;
            Command::Workshop(crate::commands::workshop::WorkshopArgs { record })
        }
        "report" => {
            match comparing {
                true => report.compare = positional.into_iter().map(PathBuf::from).collect(),
                false => no_positional(&positional, "report")?,
            }
            if comparing && report.compare.len() < 2 {
                return Err(usage(
                    "`report --compare` needs two reports or more (the report.json of each machine)",
                ));
            }
            if comparing && report.from_results {
                return Err(usage(
                    "`--compare` reads reports; `--from-results` makes one",
                ));
            }
            Command::Report(report)
        }
        "doctor" => {
            no_positional(&positional, "doctor")?;
            Command::Doctor(crate::commands::doctor::DoctorArgs { json })
        }
        "prefetch" => {
            no_positional(&positional, "prefetch")?;
            Command::Prefetch(crate::commands::prefetch::PrefetchArgs { build })
        }
        "bench-tune" => {
            no_positional(&positional, "bench-tune")?;
            let lever = match tune.levers.as_deref() {
                None => None,
                Some([one]) => Some(one.clone()),
                Some(_) => return Err(usage("`bench-tune` times one lever (`--levers NAME`)")),
            };
            Command::BenchTune(crate::commands::bench_tune::BenchTuneArgs {
                runs,
                path: tune.path,
                lever,
            })
        }
        "tune" => {
            if let Some(extra) = positional.first() {
                return Err(usage(format!(
                    "`tune` names its project with --path, got `{extra}`; try `cargo xtask tune --path {extra}`"
                )));
            }
            if tune.apply && tune.undo {
                return Err(usage("`--apply` and `--undo` exclude each other"));
            }
            tune.json = json;
            if runs_given {
                tune.runs = runs;
            }
            Command::Tune(tune)
        }
        "measure" => {
            if let Some(extra) = positional.first() {
                return Err(usage(format!(
                    "`measure` names its project with --path, got `{extra}`; try `cargo xtask measure --path {extra}`"
                )));
            }
            measure.json = json;
            measure.runs = if runs_given { runs } else { 1 };
            if measure.cold_bound && measure.blast {
                return Err(usage(
                    "`--cold-bound` and `--blast` are two measurements: run one at a time",
                ));
            }
            if (measure.cold_bound || measure.blast)
                && (measure.save.is_some()
                    || measure.baseline.is_some()
                    || !measure.touch.is_empty()
                    || !measure.edit.is_empty()
                    || measure.check
                    || runs_given)
            {
                return Err(usage(format!(
                    "{} measures something else than the edit loop: it takes only --path, \
                     --json and --html",
                    if measure.blast {
                        "--blast"
                    } else {
                        "--cold-bound"
                    }
                )));
            }
            if measure.html.is_some() && !measure.cold_bound && !measure.blast {
                return Err(usage(
                    "--html writes the picture of --cold-bound or --blast: add one of them",
                ));
            }
            if measure.max_slowdown.is_some() && measure.baseline.is_none() {
                return Err(usage(
                    "--max-slowdown compares with a saved measurement: add --baseline FILE",
                ));
            }
            Command::Measure(measure)
        }
        other => {
            let known: Vec<&str> = COMMANDS.iter().map(|c| c.name).collect();
            let hint = crate::suggest::nearest(other, &known)
                .map(|n| format!("; did you mean `{n}`?"))
                .unwrap_or_default();
            return Err(usage(format!("unknown command `{other}`{hint}")));
        }
    };
    Ok(command)
}

fn no_positional(positional: &[String], command: &str) -> Result<(), ParseError> {
    match positional.first() {
        Some(extra) => Err(usage(format!(
            "`{command}` takes no argument, got `{extra}`"
        ))),
        None => Ok(()),
    }
}

impl Command {
    /// Runs the command: each command's own module does the work.
    pub fn run(self) -> anyhow::Result<()> {
        match self {
            Command::Help => {
                print!("{}", help());
                Ok(())
            }
            Command::List => commands::list::run(),
            Command::Run(args) => args.run(),
            Command::Verify(args) => args.run(),
            Command::Measure(args) => args.run(),
            Command::Tune(args) => args.run(),
            Command::BenchTune(args) => args.run(),
            Command::BenchMeasure(args) => args.run(),
            Command::Serve(args) => args.run(),
            Command::Book => commands::book::run(),
            Command::MdbookPreprocessor { .. } => Err(anyhow::anyhow!(
                "mdBook's preprocessor protocol is answered by the `xtask` binary, which holds mdBook"
            )),
            Command::Bless(args) => args.run(),
            Command::Claims(args) => args.run(),
            Command::BenchBook(args) => args.run(),
            Command::Check(args) => args.run(),
            Command::Hint(args) => args.run(),
            Command::Solution(args) => args.run(),
            Command::Reset(args) => args.run(),
            Command::Progress => commands::progress::run(),
            Command::Workshop(args) => args.run(),
            Command::Report(args) => args.run(),
            Command::Doctor(args) => args.run(),
            Command::Prefetch(args) => args.run(),
            Command::BenchRunner(args) => args.run(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_command_parses_to_itself_and_nothing_else_is_suggested() {
        for c in COMMANDS {
            let mut args = vec![c.name.to_string()];
            if c.args.starts_with('<') {
                args.push("x".into());
            }
            let parsed = parse(args.iter().map(std::ffi::OsString::from))
                .unwrap_or_else(|e| panic!("`{}` does not parse: {e}", c.name));
            assert_eq!(parsed.name(), c.name);
            assert!(
                help().contains(&format!("  {} ", c.name)),
                "{} is not in the help",
                c.name
            );
        }
        // A misspelt command gets the nearest listed one, whichever it is.
        for (typo, want) in [
            ("doctr", "doctor"),
            ("reprot", "report"),
            ("prefech", "prefetch"),
        ] {
            let err = parse([std::ffi::OsString::from(typo)])
                .unwrap_err()
                .to_string();
            assert!(err.contains(&format!("did you mean `{want}`?")), "{err}");
        }
    }

    fn p(args: &[&str]) -> Result<Command, InputError> {
        parse(args.iter().map(std::ffi::OsString::from))
    }

    #[test]
    fn parses_commands_and_options() {
        assert_eq!(p(&[]).unwrap(), Command::Help);
        assert_eq!(p(&["list"]).unwrap(), Command::List);
        assert_eq!(
            p(&["run", "touch-main", "--keep"]).unwrap(),
            Command::Run(crate::commands::run::RunArgs {
                exercise: "touch-main".into(),
                keep: true,
                json: false,
                predict: false,
            })
        );
        assert_eq!(
            p(&["verify", "--exercises-only", "a", "b"]).unwrap(),
            Command::Verify(VerifyArgs {
                exercises: vec!["a".into(), "b".into()],
                exercises_check: true,
                ..VerifyArgs::default()
            })
        );
        assert_eq!(
            p(&["verify"]).unwrap(),
            Command::Verify(VerifyArgs {
                lint_and_tests: true,
                exercises_check: true,
                book_check: true,
                ..VerifyArgs::default()
            })
        );
        assert_eq!(
            p(&["verify", "--all"]).unwrap(),
            Command::Verify(VerifyArgs {
                lint_and_tests: true,
                exercises_check: true,
                book_check: true,
                all: true,
                ..VerifyArgs::default()
            })
        );
        assert_eq!(
            p(&[
                "measure", "--path", "x", "--edit", "a.rs", "--edit", "b.rs", "--check", "--runs",
                "3", "--json", "-p", "app"
            ])
            .unwrap(),
            Command::Measure(MeasureArgs {
                path: Some("x".into()),
                touch: vec![],
                edit: vec!["a.rs".into(), "b.rs".into()],
                package: Some("app".into()),
                bin: None,
                check: true,
                runs: 3,
                json: true,
                ..MeasureArgs::default()
            })
        );
        assert_eq!(
            p(&[
                "measure",
                "--baseline",
                "edit-loop.json",
                "--max-slowdown",
                "1.5"
            ])
            .unwrap(),
            Command::Measure(MeasureArgs {
                baseline: Some("edit-loop.json".into()),
                max_slowdown: crate::measure::guard::Factor::parse("1.5"),
                runs: 1,
                ..MeasureArgs::default()
            })
        );
        assert!(
            p(&["measure", "here"])
                .unwrap_err()
                .to_string()
                .contains("--path here")
        );
        assert_eq!(
            p(&["serve", "--port", "0", "--open"]).unwrap(),
            Command::Serve(crate::commands::serve::ServeArgs {
                port: 0,
                open: true
            })
        );
        assert_eq!(
            p(&["mdbook-preprocessor", "supports", "html"]).unwrap(),
            Command::MdbookPreprocessor {
                args: vec!["supports".into(), "html".into()]
            }
        );
        assert_eq!(
            p(&["bench-runner", "--runs", "3"]).unwrap(),
            Command::BenchRunner(crate::commands::bench_runner::BenchRunnerArgs {
                exercise: None,
                runs: 3
            })
        );
    }

    #[test]
    fn bad_command_lines_are_input_errors_with_hints() {
        assert!(
            p(&["rnu"])
                .unwrap_err()
                .message
                .contains("did you mean `run`?")
        );
        assert!(
            p(&["run"])
                .unwrap_err()
                .message
                .contains("needs an exercise")
        );
        assert!(
            p(&["list", "--keep"])
                .unwrap_err()
                .message
                .contains("--keep")
        );
        assert!(p(&["bench-runner", "--runs", "x"]).is_err());
    }
}
