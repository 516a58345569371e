//! The report as a person reads it in a terminal: per step, what was compiled and
//! why, what stayed fresh, and how long the step took.

use std::fmt::Write as _;
use std::sync::LazyLock;

use regex::Regex;

use crate::engine::plan::CargoCommand;
use crate::engine::report::{CargoOutcome, Report, StepReport};
use crate::engine::snapshot::unit_name;

/// Renders the whole report.
pub fn render(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} — {}", report.exercise, report.title);
    let _ = writeln!(
        out,
        "{} · {} · {} CPUs",
        report.host.rustc, report.host.platform, report.host.cpus
    );
    for w in &report.warnings {
        let _ = writeln!(out, "warning: {w}");
    }
    for step in &report.steps {
        let _ = writeln!(out);
        render_step(&mut out, step);
    }
    let _ = writeln!(out);
    let not_run = report.steps.iter().filter(|s| s.not_run.is_some()).count();
    let failed = report.steps.iter().filter(|s| !s.passed()).count() - not_run;
    let total: f64 = report.steps.iter().map(|s| s.seconds).sum();
    if failed == 0 && not_run == 0 {
        let _ = writeln!(out, "ok: {} steps in {total:.2}s", report.steps.len());
    } else if not_run == 0 {
        let _ = writeln!(out, "FAILED: {failed} of {} steps", report.steps.len());
    } else {
        let _ = writeln!(
            out,
            "FAILED: {failed} of {} steps; {not_run} not run after it",
            report.steps.len()
        );
    }
    out
}

fn render_step(out: &mut String, step: &StepReport) {
    let mark = if step.not_run.is_some() {
        "  NOT RUN"
    } else if step.passed() {
        ""
    } else {
        "  FAILED"
    };
    let _ = writeln!(
        out,
        "Step {} · {:<48} {:>8}{mark}",
        step.number,
        step.label,
        format!("{:.2}s", step.seconds)
    );
    if let Some(why) = &step.not_run {
        let _ = writeln!(out, "  not run: {why}");
    }
    if let Some(cargo) = &step.cargo {
        render_cargo(out, cargo, step.seconds);
    }
    if let Some(exec) = &step.exec {
        let status = if exec.success {
            "exited successfully"
        } else {
            "failed"
        };
        let _ = writeln!(out, "  $ {} ({status})", exec.command);
        render_tail(out, &exec.output);
    }
    for f in &step.failures {
        for (i, line) in f.lines().enumerate() {
            let lead = if i == 0 { "  ✗ " } else { "    " };
            let _ = writeln!(out, "{lead}{line}");
        }
    }
}

fn render_cargo(out: &mut String, cargo: &CargoOutcome, step_seconds: f64) {
    if !cargo.env.is_empty() {
        let env: Vec<String> = cargo.env.iter().map(ToString::to_string).collect();
        let _ = writeln!(out, "  env: {}", env.join(" "));
    }
    for change in &cargo.lockfile {
        let _ = writeln!(out, "  Cargo.lock: {change}");
    }
    for on in &cargo.lock_waits {
        let _ = writeln!(
            out,
            "  waited: Blocking waiting for file lock on {on} (another cargo held it)"
        );
    }
    let compiled: Vec<_> = cargo.units.iter().filter(|u| !u.fresh).collect();
    let fresh: Vec<_> = cargo.units.iter().filter(|u| u.fresh).collect();
    if !compiled.is_empty() {
        let width = compiled
            .iter()
            .map(|u| unit_name(u).len())
            .max()
            .unwrap_or(0)
            .max(4);
        let _ = writeln!(
            out,
            "  {:<width$}  {:>7}  {:>7}  WHY",
            "COMPILED", "RUSTC", "LINK"
        );
        for u in &compiled {
            let why = if u.reasons.is_empty() {
                u.new_reason()
            } else {
                u.reasons
                    .iter()
                    .map(|r| readable_reason(r))
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            let timing = cargo.timing_of(u);
            let rustc = timing.map_or("-".to_string(), |t| format!("{:.2}s", t.compile_seconds));
            let link = timing
                .and_then(|t| t.link_seconds)
                .map_or("-".to_string(), |l| format!("{l:.2}s"));
            let _ = writeln!(
                out,
                "  {:<width$}  {rustc:>7}  {link:>7}  {why}",
                unit_name(u)
            );
        }
        let link = cargo.link_seconds();
        if link > 0.0 && step_seconds > 0.0 {
            let _ = writeln!(
                out,
                "  linking: {link:.2}s, {:.0}% of the step",
                link / step_seconds * 100.0
            );
        }
    }
    if !fresh.is_empty() {
        let mut names: Vec<String> = fresh.iter().map(|u| u.package.clone()).collect();
        names.dedup();
        let shown = names.iter().take(8).cloned().collect::<Vec<_>>().join(", ");
        let more = if names.len() > 8 {
            format!(" (+{} more)", names.len() - 8)
        } else {
            String::new()
        };
        let units = if fresh.len() == 1 { "unit" } else { "units" };
        let _ = writeln!(out, "  fresh: {} {units}: {shown}{more}", fresh.len());
    }
    if compiled.is_empty() && fresh.is_empty() {
        let _ = writeln!(out, "  (cargo reported no units)");
    }
    for line in &cargo.order {
        let _ = writeln!(out, "  order: {line}");
    }
    for line in crate::engine::services::sccache::summary(&cargo.cache) {
        let _ = writeln!(out, "  sccache {line}");
    }
    if !cargo.success {
        let _ = writeln!(out, "  the command failed:");
        for e in &cargo.errors {
            for line in e.lines() {
                let _ = writeln!(out, "  | {line}");
            }
        }
    }
    // The program's own output, for `run` and `test`, or when cargo failed without a
    // compiler error (a panic, a failed test): its last lines.
    let show_output = matches!(cargo.subcommand, CargoCommand::Run | CargoCommand::Test)
        || (!cargo.success && cargo.errors.is_empty());
    if show_output {
        render_tail(out, &cargo.output);
    }
}

/// The last six non-empty lines of a program's output, quoted.
fn render_tail(out: &mut String, output: &str) {
    let lines: Vec<&str> = output.lines().filter(|l| !l.trim().is_empty()).collect();
    for line in &lines[lines.len().saturating_sub(6)..] {
        let _ = writeln!(out, "  | {line}");
    }
}

static MTIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\(\d+(?:\.\d+)?s, ([^()]*?) after last build at \d+(?:\.\d+)?s\)")
        .expect("valid regex")
});

/// Cargo's reason with the raw timestamps shortened to the difference,
/// e.g. `(120734157ns after last build)`.
fn readable_reason(reason: &str) -> String {
    MTIME
        .replace_all(reason, "($1 after last build)")
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortens_mtime_reasons() {
        assert_eq!(
            readable_reason(
                "the file `src/main.rs` has changed (1795529131.254604970s, 120734157ns after last build at 1795529131.133870813s)"
            ),
            "the file `src/main.rs` has changed (120734157ns after last build)"
        );
    }
}
