//! Runs a plan's steps in a sandbox and records what each did.

use std::io::{BufRead, BufReader, IsTerminal, Write};
use std::time::{Duration, Instant, SystemTime};

use anyhow::{Context, Result};

use crate::engine::changes::{apply_change, changes_manifests};
use crate::engine::expect;
use crate::engine::host::host;
use crate::engine::instrument;
use crate::engine::observe::{Cancel, Event, Observer};
use crate::engine::plan::{Action, CargoStep, Plan, Step};
use crate::engine::report::{CargoOutcome, ExecOutcome, Host, Report, StepKind, StepReport};
use crate::engine::sandbox::{Sandbox, StepEnv};
use crate::engine::services::Running;
use crate::interrupt;

mod cargo_output;
use cargo_output::{Collected, workspace_root};
pub use cargo_output::{aggregate, incremental_caches};

/// How a run reports progress while it works.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// Print a line per step on stderr, and a live unit count on a terminal.
    Show,
    /// Print nothing.
    Quiet,
}

/// Options of a run.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// Progress output.
    pub progress: Progress,
    /// Stop at the first failed step (the later ones would only mislead).
    pub stop_on_failure: bool,
    /// Time rustc and the linker (see [`crate::engine::instrument`]).
    pub instrument: bool,
    /// Told about every step as it starts and ends.
    pub observer: Option<Observer>,
    /// Stops the run when cancelled, as Ctrl-C does.
    pub cancel: Option<Cancel>,
}

impl RunOptions {
    /// Quiet, stopping at the first failure, instrumented: for checks.
    pub fn checking() -> RunOptions {
        RunOptions {
            progress: Progress::Quiet,
            stop_on_failure: true,
            instrument: true,
            observer: None,
            cancel: None,
        }
    }

    /// Every step, even after one that fails, instrumented, with `progress`: for a
    /// learner's run, where each step's outcome is worth seeing.
    pub fn every_step(progress: Progress) -> RunOptions {
        RunOptions {
            progress,
            stop_on_failure: false,
            instrument: true,
            observer: None,
            cancel: None,
        }
    }

    /// The same options, but running every step even after one fails.
    pub fn continuing(self) -> RunOptions {
        RunOptions {
            stop_on_failure: false,
            ..self
        }
    }

    /// The same options, printing nothing and telling no observer.
    pub fn quiet(self) -> RunOptions {
        RunOptions {
            progress: Progress::Quiet,
            observer: None,
            ..self
        }
    }

    /// The same options, with or without timing rustc and the linker.
    pub fn instrumented(self, instrument: bool) -> RunOptions {
        RunOptions { instrument, ..self }
    }

    /// The same options, telling `observer` about every step and stopping on `cancel`.
    pub fn observed(self, observer: Observer, cancel: Cancel) -> RunOptions {
        RunOptions {
            observer: Some(observer),
            cancel: Some(cancel),
            ..self
        }
    }

    /// Fails with [`crate::error::Interrupted`] after Ctrl-C or a cancel.
    fn check(&self) -> Result<(), crate::error::Interrupted> {
        interrupt::check()?;
        match &self.cancel {
            Some(c) if c.is_cancelled() => Err(crate::error::Interrupted),
            _ => Ok(()),
        }
    }
}

/// Runs every step of `plan` in `sandbox` and returns the report.
///
/// Errors are reserved for the runner's own trouble (a file it cannot write, Ctrl-C);
/// a build that fails or an expectation that does not hold is recorded in the report.
pub fn run(plan: &Plan, sandbox: &Sandbox, options: &RunOptions) -> Result<Report> {
    // Asking rustc and cargo for their versions takes two process starts; do it while
    // the first step runs.
    // The host's versions are those of the toolchain the steps use (`cargo +nightly`).
    let toolchain = plan.steps.iter().find_map(|s| match &s.action {
        Action::Cargo(c) | Action::Background(c) => c.toolchain.clone(),
        _ => None,
    });
    // Where no thread can start, the query runs here instead, after the steps.
    let host_query = std::thread::Builder::new()
        .name("host-query".into())
        .spawn({
            let toolchain = toolchain.clone();
            move || host(toolchain.as_deref())
        })
        .ok();
    let mut env = sandbox.step_env();
    let mut report = Report {
        exercise: plan.name.clone(),
        title: plan.title.clone(),
        chapter: plan.chapter.clone(),
        host: Host {
            rustc: String::new(),
            cargo: String::new(),
            platform: String::new(),
            cpus: 0,
        },
        started_at: crate::timestamp::Timestamp::now(),
        root: sandbox.root().display().to_string(),
        env_removed: env.removed().to_vec(),
        warnings: crate::engine::cargo_config::warnings(sandbox.root()),
        steps: Vec::new(),
    };
    let tools = if options.instrument {
        Some(instrument::install(&sandbox.tools_dir())?)
    } else {
        None
    };
    // Servers the experiment needs, stopped when `services` is dropped: at the end of
    // this function, whether it returns normally, on an error or on Ctrl-C.
    let remedy = match sandbox.is_in_place() {
        true => crate::engine::downloads::Remedy::CargoFetch(sandbox.root().to_path_buf()),
        false => crate::engine::downloads::Remedy::Prefetch,
    };
    let offline =
        crate::engine::downloads::mode_for(sandbox.root(), changes_manifests(plan), remedy)?
            == crate::engine::downloads::Mode::Offline;
    if offline {
        env.provide("CARGO_NET_OFFLINE", "true");
        report.warnings.push(format!(
            "crates.io cannot be reached ({}), so cargo ran offline, with the crates \
             downloaded before",
            crate::engine::downloads::network::why_unreachable(sandbox.root())
        ));
    }
    let services = start_services(plan, sandbox)?;
    if let Some(running) = &services {
        for (key, value) in running.provided() {
            env.provide(key, value);
        }
    }
    let ctx = StepContext {
        sandbox,
        progress: options.progress,
        tools: tools.as_ref(),
        services: services.as_ref(),
        options,
        disk: measures_disk(plan),
    };
    let total = plan.steps.len();
    // Cargo commands started in the background run on threads of this scope; leaving
    // it (at the end, on an error or on Ctrl-C, which stops them) waits for them.
    std::thread::scope(|scope| -> Result<()> {
        let mut background = Background::new(scope);
        // After a cargo step fails unexpectedly (the learner's compile error, a broken
        // manifest), later steps would run on a broken state: they are reported, not run.
        let mut broken: Option<String> = None;
        for step in &plan.steps {
            options.check()?;
            if let Some(why) = &broken {
                let kind = match &step.action {
                    Action::Cargo(c) | Action::Wait { cargo: c, .. } => StepKind::from(c.command),
                    Action::Background(_) => StepKind::Background,
                    Action::Exec { .. } => StepKind::Exec,
                    _ => StepKind::Change,
                };
                report
                    .steps
                    .push(StepReport::not_run(step.number, &step.label, kind, why));
                continue;
            }
            if options.progress == Progress::Show {
                eprintln!("  [{}/{total}] {}", step.number, step.label);
            }
            if let Some(o) = &options.observer {
                o.tell(&Event::StepStarted {
                    number: step.number,
                    total,
                    label: step.label.clone(),
                });
            }
            let mut step_report = run_step(step, &ctx, &mut env, &mut background)?;
            step_report
                .failures
                .extend(expect::check_questions(&plan.predict, &step_report));
            if offline {
                note_offline_failure(&mut step_report, sandbox.is_in_place());
            }
            if let Some(o) = &options.observer {
                o.tell(&Event::StepFinished {
                    number: step.number,
                    seconds: step_report.seconds,
                    compiled: step_report
                        .cargo
                        .as_ref()
                        .map(|c| c.compiled_packages().into_iter().collect())
                        .unwrap_or_default(),
                    fresh: step_report
                        .cargo
                        .as_ref()
                        .map_or(0, |c| c.units.iter().filter(|u| u.fresh).count()),
                    passed: step_report.passed(),
                });
            }
            if let (Action::Cargo(c) | Action::Wait { cargo: c, .. }, Some(outcome)) =
                (&step.action, &step_report.cargo)
                && !outcome.success
                && c.expect.success
            {
                broken = Some(format!(
                    "step {} ({}) failed, so this step would run on a broken state",
                    step.number, step.label
                ));
            }
            let failed = !step_report.passed();
            crate::engine::report::explain_new_units(&report.steps, &mut step_report);
            report.steps.push(step_report);
            if failed && options.stop_on_failure {
                break;
            }
        }
        Ok(())
    })?;
    report.host = match host_query {
        Some(query) => query
            .join()
            .map_err(|_| anyhow::anyhow!("the host query panicked"))?,
        None => host(toolchain.as_deref()),
    };
    Ok(report)
}

/// When cargo, run offline, failed for want of a download (a version a step moves to
/// that was never fetched), says what fetches it, after cargo's own words.
fn note_offline_failure(step: &mut StepReport, in_place: bool) {
    let Some(cargo) = &step.cargo else { return };
    let wanted_download = !cargo.success
        && (cargo.output.contains("offline") || cargo.errors.iter().any(|e| e.contains("offline")));
    if wanted_download {
        step.failures.push(match in_place {
            true => {
                "cargo ran offline and needed a crate that is not downloaded: run `cargo fetch` \
                     in the project on a network first"
                    .into()
            }
            false => "cargo ran offline and needed a crate that is not downloaded: run `cargo \
                      xtask prefetch` once on a network first"
                .into(),
        });
    }
}

/// Starts the services `plan` asks for, and finds ports for its `{port:NAME}`
/// placeholders; `None` when it uses neither.
fn start_services(plan: &Plan, sandbox: &Sandbox) -> Result<Option<Running>> {
    let values: Vec<&str> = plan
        .steps
        .iter()
        .filter_map(|s| match &s.action {
            Action::Env { set, .. } => Some(set.values().map(String::as_str)),
            _ => None,
        })
        .flatten()
        .collect();
    let placeholders = values
        .iter()
        .any(|v| crate::engine::services::has_placeholder(v));
    if plan.services.is_empty() && !placeholders {
        return Ok(None);
    }
    let running = Running::start(
        &plan.services,
        &sandbox.tools_dir().join("services"),
        sandbox.root(),
        values.iter().copied(),
    )
    .context("cannot start the experiment's services")?;
    Ok(Some(running))
}

/// What every step of a run shares.
struct StepContext<'a> {
    sandbox: &'a Sandbox,
    progress: Progress,
    tools: Option<&'a instrument::Tools>,
    services: Option<&'a Running>,
    options: &'a RunOptions,
    /// Record the target directory's size after each cargo and exec step: only when a
    /// claim or a question compares it, since walking a large target directory takes
    /// time of its own.
    disk: bool,
}

/// Whether a claim or a question of `plan` compares the target directory's size.
fn measures_disk(plan: &Plan) -> bool {
    use crate::engine::plan::{Measure, Question};
    plan.claims.iter().any(|c| c.measure == Measure::Disk)
        || plan.predict.iter().any(|q| {
            matches!(
                q,
                Question::Compare {
                    measure: Measure::Disk,
                    ..
                }
            )
        })
}

fn run_step<'scope, 'env>(
    step: &'env Step,
    ctx: &'env StepContext<'env>,
    env: &mut StepEnv,
    background: &mut Background<'scope, 'env>,
) -> Result<StepReport> {
    let sandbox = ctx.sandbox;
    let start = Instant::now();
    // A waited-for command's time is its own, from its start to its end.
    let mut took = None;
    let mut cargo = None;
    let mut exec = None;
    let mut failures = Vec::new();
    let kind = match &step.action {
        Action::Cargo(c) => {
            let mut outcome = run_cargo(c, ctx, env, step.number, None)?;
            failures = expect::check(&c.expect, &outcome);
            outcome.order = expect::start_orders(&c.expect, &outcome);
            cargo = Some(outcome);
            StepKind::from(c.command)
        }
        Action::Background(c) => {
            background.start(c, ctx, env, step.number)?;
            StepKind::Background
        }
        Action::Wait { started, cargo: c } => {
            let (ran, mut outcome) = background.wait(*started, ctx)?;
            took = Some(ran);
            failures = expect::check(&c.expect, &outcome);
            outcome.order = expect::start_orders(&c.expect, &outcome);
            cargo = Some(outcome);
            StepKind::from(c.command)
        }
        Action::Exec {
            program,
            args,
            expect,
        } => {
            let mut outcome = run_exec(program, args, sandbox, env)?;
            outcome.checked = expect
                .output_contains
                .iter()
                .chain(&expect.output_lacks)
                .cloned()
                .collect();
            failures = expect::check_exec(expect, &outcome);
            exec = Some(outcome);
            StepKind::Exec
        }
        change => apply_change(change, sandbox, env, ctx.services)
            .with_context(|| format!("step {} ({})", step.number, step.label))?,
    };
    let seconds = took.unwrap_or_else(|| start.elapsed()).as_secs_f64();
    // Measured after the step's time is taken, so that the walk does not count in it.
    if ctx.disk {
        let bytes = crate::files::bytes_under(&sandbox.target_dir());
        if let Some(c) = &mut cargo {
            c.target_bytes = bytes;
        }
        if let Some(e) = &mut exec {
            e.target_bytes = bytes;
        }
    }
    Ok(StepReport {
        number: step.number,
        label: step.label.clone(),
        kind,
        seconds,
        cargo,
        exec,
        failures,
        not_run: None,
    })
}

/// Runs a program of the exercise directly, as a learner would from a shell.
fn run_exec(
    program: &std::path::Path,
    args: &[String],
    sandbox: &Sandbox,
    env: &StepEnv,
) -> Result<ExecOutcome> {
    // A bare name (`readelf`) is a program on PATH; a path is a file of the exercise.
    let file: std::ffi::OsString =
        if program.components().count() == 1 && !sandbox.file(program).exists() {
            program.as_os_str().to_owned()
        } else {
            sandbox.file(program).into_os_string()
        };
    let bytes = std::fs::metadata(&file).map_or(0, |m| m.len());
    let output = duct::cmd(&file, args)
        .dir(sandbox.root())
        .full_env(env.vars())
        .stdin_null()
        .stderr_to_stdout()
        .stdout_capture()
        .unchecked()
        .run();
    let mut command = program.display().to_string();
    for a in args {
        command.push(' ');
        command.push_str(a);
    }
    Ok(match output {
        Ok(out) => ExecOutcome {
            command,
            success: out.status.success(),
            output: String::from_utf8_lossy(&out.stdout).into_owned(),
            bytes,
            checked: Vec::new(),
            target_bytes: 0,
        },
        Err(e) => ExecOutcome {
            command,
            success: false,
            output: format!("cannot start {}: {e}\n", program.display()),
            bytes,
            checked: Vec::new(),
            target_bytes: 0,
        },
    })
}

/// Cargo commands started in the background and not yet waited for.
struct Background<'scope, 'env> {
    scope: &'scope std::thread::Scope<'scope, 'env>,
    /// Oldest first: the step that started it, when, and its thread.
    running: std::collections::VecDeque<(usize, Instant, BackgroundThread<'scope>)>,
}

/// A background command's thread: what cargo did, and when it ended.
type BackgroundThread<'scope> =
    std::thread::ScopedJoinHandle<'scope, Result<(Instant, CargoOutcome)>>;

/// How long a background cargo may take to take the build directory's lock before the
/// run goes on without it.
const LOCK_WAIT: Duration = Duration::from_secs(60);

impl<'scope, 'env> Background<'scope, 'env> {
    fn new(scope: &'scope std::thread::Scope<'scope, 'env>) -> Self {
        Background {
            scope,
            running: std::collections::VecDeque::new(),
        }
    }

    /// Starts `step` on a thread of its own and returns once cargo has taken the build
    /// directory's lock (it prints its first unit, fresh or not) or has ended, so the
    /// next step finds the lock taken, as a terminal build does while an editor checks.
    fn start(
        &mut self,
        step: &'env CargoStep,
        ctx: &'env StepContext<'env>,
        env: &StepEnv,
        number: usize,
    ) -> Result<()> {
        let stderr = ctx
            .sandbox
            .tools_dir()
            .join(format!("step-{number}.stderr"));
        std::fs::create_dir_all(ctx.sandbox.tools_dir())
            .context("cannot create the run's tools directory")?;
        std::fs::write(&stderr, "").context("cannot create a file for cargo's stderr")?;
        let env = env.clone();
        let began = Instant::now();
        let thread = {
            let stderr = stderr.clone();
            self.scope.spawn(move || {
                run_cargo(step, ctx, &env, number, Some(&stderr)).map(|o| (Instant::now(), o))
            })
        };
        while !thread.is_finished() && began.elapsed() < LOCK_WAIT {
            ctx.options.check()?;
            let text = std::fs::read_to_string(&stderr).unwrap_or_default();
            if holds_lock(&text) {
                break;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        self.running.push_back((number, began, thread));
        Ok(())
    }

    /// Waits for the command step `started` started, and returns how long it ran
    /// and what it did.
    fn wait(&mut self, started: usize, ctx: &StepContext) -> Result<(Duration, CargoOutcome)> {
        let Some(at) = self.running.iter().position(|(n, _, _)| *n == started) else {
            anyhow::bail!("step {started} started nothing in the background to wait for");
        };
        let (_, began, thread) = self.running.remove(at).expect("position found above");
        let (ended, outcome) = thread
            .join()
            .map_err(|_| anyhow::anyhow!("the thread running step {started} panicked"))??;
        ctx.options.check()?;
        Ok((ended.duration_since(began), outcome))
    }
}

/// Whether cargo's stderr so far shows it working on units, which it does only once
/// it holds the build directory's lock.
fn holds_lock(stderr: &str) -> bool {
    stderr.lines().any(|line| {
        matches!(
            line.split_whitespace().next(),
            Some("Fresh" | "Dirty" | "Compiling" | "Checking" | "Running" | "Finished")
        )
    })
}

/// Runs one cargo step: `cargo <cmd> -v --message-format=json <args>`. With `stderr`,
/// cargo's stderr goes to that file as it writes it (for a command run in the
/// background, whose progress the run watches).
fn run_cargo(
    step: &CargoStep,
    ctx: &StepContext,
    env: &StepEnv,
    number: usize,
    stderr: Option<&std::path::Path>,
) -> Result<CargoOutcome> {
    let sandbox = ctx.sandbox;
    let args = step.cargo_args(&["-v", "--message-format=json"]);
    let mut vars = env.vars();
    let log = sandbox.tools_dir().join(format!("step-{number}.jsonl"));
    if let Some(tools) = ctx.tools {
        let _ = std::fs::remove_file(&log);
        // A wrapper the experiment set (sccache) runs behind the timing shim.
        if let Some(next) = vars.remove(std::ffi::OsStr::new("RUSTC_WRAPPER")) {
            vars.insert(instrument::NEXT_WRAPPER_VAR.into(), next);
        }
        vars.insert(
            "RUSTC_WRAPPER".into(),
            tools.wrapper.clone().into_os_string(),
        );
        vars.insert(instrument::LOG_VAR.into(), log.clone().into_os_string());
        vars.insert(
            instrument::SHIM_VAR.into(),
            tools.linker.clone().into_os_string(),
        );
    }
    let fingerprint_log = crate::engine::fingerprint_log::enabled();
    if fingerprint_log {
        let (name, value) = crate::engine::fingerprint_log::LOG_VAR;
        vars.insert(name.into(), value.into());
    }
    // sccache's servers append to one log; this step's part starts here.
    let cache_log = ctx.services.and_then(Running::sccache_log);
    let cache_log_start = cache_log
        .as_ref()
        .and_then(|p| std::fs::metadata(p).ok())
        .map_or(0, |m| m.len());
    let cargo_started = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64());
    let command = duct::cmd("cargo", &args)
        .dir(step.work_dir(sandbox.root()))
        .full_env(vars)
        .stdin_null()
        .unchecked();
    let command = match stderr {
        Some(file) => command.stderr_path(file),
        None => command.stderr_capture(),
    };
    let reader = command
        .reader()
        .context("cannot start cargo; is it on PATH?")?;

    // A command in the background must not draw over the steps that run meanwhile.
    let live =
        stderr.is_none() && ctx.progress == Progress::Show && std::io::stderr().is_terminal();
    let mut collected = Collected::default();
    let mut last_tick = Instant::now();
    let done = std::sync::atomic::AtomicBool::new(false);
    std::thread::scope(|scope| -> Result<()> {
        // A cancel from another thread, or a Ctrl-C or termination signal that reached
        // only this process, kills cargo, which ends its output below. The watcher parks
        // between looks and is woken as soon as cargo is done, so it never holds the
        // step up.
        let watcher = {
            let (reader, done, options) = (&reader, &done, ctx.options);
            Some(scope.spawn(move || {
                while !done.load(std::sync::atomic::Ordering::SeqCst) {
                    if options.check().is_err() {
                        let _ = reader.kill();
                        return;
                    }
                    std::thread::park_timeout(Duration::from_millis(20));
                }
            }))
        };
        let read = (|| -> Result<()> {
            for line in BufReader::new(&reader).lines() {
                let line = line.context("cannot read cargo's output")?;
                collected.stdout_line(&line);
                if live && last_tick.elapsed() > Duration::from_millis(100) {
                    last_tick = Instant::now();
                    eprint!("\r        {} units…", collected.artifacts.len());
                    let _ = std::io::stderr().flush();
                }
            }
            Ok(())
        })();
        done.store(true, std::sync::atomic::Ordering::SeqCst);
        if let Some(w) = &watcher {
            w.thread().unpark();
        }
        read
    })
    .or_else(|e| ctx.options.check().map_err(anyhow::Error::from).and(Err(e)))?;
    if live {
        eprint!("\r\x1b[2K");
    }
    ctx.options.check()?;
    let output = reader
        .try_wait()
        .context("cannot wait for cargo")?
        .context("cargo's output ended but it is still running")?
        .clone();
    ctx.options.check()?;
    // Cargo killed by Ctrl-C is an interrupt even when our own handler has not run
    // yet: the signal reaches the whole process group at once.
    if died_of_sigint(&output.status) {
        return Err(crate::error::Interrupted.into());
    }
    let stderr = match stderr {
        Some(file) => std::fs::read_to_string(file)
            .with_context(|| format!("cannot read cargo's stderr from {}", file.display()))?
            .into(),
        None => String::from_utf8_lossy(&output.stderr),
    };
    // Cargo names files relative to the workspace root: the lab's reasons do too.
    let workspace = workspace_root(&step.work_dir(sandbox.root()), sandbox.root());
    let mut outcome = collected.finish(step, env, output.status.success(), &stderr, &workspace);
    if ctx.tools.is_some() {
        outcome.timings = aggregate(&instrument::read_log(&log), Some(cargo_started));
    }
    outcome.incremental = incremental_caches(&sandbox.target_dir());
    if let Some(path) = &cache_log {
        outcome.cache = crate::engine::services::sccache::read_log_from(path, cache_log_start);
    }
    Ok(outcome)
}

/// Whether a process ended because of SIGINT (Ctrl-C).
fn died_of_sigint(status: &std::process::ExitStatus) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        status.signal() == Some(2)
    }
    #[cfg(not(unix))]
    {
        let _ = status;
        false
    }
}

#[cfg(test)]
mod tests {
    use super::holds_lock;

    #[test]
    fn cargo_holds_the_lock_once_it_names_a_unit() {
        // Before the lock: resolving, downloading, or waiting for it.
        assert!(!holds_lock(""));
        assert!(!holds_lock(
            "    Updating crates.io index\n    Locking 2 packages\n"
        ));
        assert!(!holds_lock(
            "    Blocking waiting for file lock on artifact directory\n"
        ));
        // Past it: a unit's freshness, its compile, or the end.
        assert!(holds_lock(
            "       Dirty app v0.1.0 (/x): the file `src/lib.rs` has changed\n"
        ));
        assert!(holds_lock("    Checking app v0.1.0 (/x)\n"));
        assert!(holds_lock("       Fresh itoa v1.0.19\n"));
        assert!(holds_lock("    Finished `dev` profile in 0.01s\n"));
    }
}
