//! Checks a cargo step's outcome against the manifest's expectations, and says
//! precisely what differs: expected and actual unit sets, and cargo's reasons.

use std::collections::BTreeSet;

use crate::engine::plan::Expect;
use crate::engine::report::{CargoOutcome, ExecOutcome};

/// The expectations that do not hold, one message each; empty when all hold.
pub fn check(expect: &Expect, outcome: &CargoOutcome) -> Vec<String> {
    let mut failures = Vec::new();
    if outcome.success != expect.success {
        let mut msg = if expect.success {
            format!("`{}` failed", outcome.command)
        } else {
            format!("`{}` was expected to fail but succeeded", outcome.command)
        };
        for e in outcome.errors.iter().take(3) {
            msg.push('\n');
            msg.push_str(e.trim_end());
        }
        failures.push(msg);
    }
    let compiled = outcome.compiled_packages();
    if let Some(want) = &expect.compiled
        && want != &compiled
    {
        let mut msg = format!("expected compiled {}, got {}", set(want), set(&compiled));
        let extra: Vec<_> = compiled.difference(want).collect();
        let missing: Vec<_> = want.difference(&compiled).collect();
        if !missing.is_empty() {
            msg.push_str(&format!("\n  not compiled: {}", list(&missing)));
        }
        for name in extra {
            msg.push_str(&format!(
                "\n  also compiled: {name}: {}",
                reasons_of(outcome, name)
            ));
        }
        failures.push(msg);
    }
    let seen = outcome.packages();
    for name in &expect.fresh {
        if compiled.contains(name) {
            failures.push(format!(
                "expected `{name}` fresh, but it was compiled: {}",
                reasons_of(outcome, name)
            ));
        } else if !seen.contains(name) {
            failures.push(format!(
                "expected `{name}` fresh, but cargo did not report it at all (seen: {})",
                set(&seen)
            ));
        }
    }
    for name in &expect.new {
        let units: Vec<_> = outcome
            .units
            .iter()
            .filter(|u| &u.package == name && !u.fresh)
            .collect();
        if units.is_empty() {
            failures.push(format!(
                "expected `{name}` compiled as a new unit, but it was not compiled"
            ));
        } else if units.iter().any(|u| !u.reasons.is_empty()) {
            failures.push(format!(
                "expected `{name}` compiled as a new unit, with no `Dirty` line, but cargo said: {}",
                reasons_of(outcome, name)
            ));
        }
    }
    for (name, want) in &expect.reasons {
        let reasons: Vec<&String> = outcome
            .units
            .iter()
            .filter(|u| &u.package == name)
            .flat_map(|u| &u.reasons)
            .collect();
        if !reasons.iter().any(|r| r.contains(want.as_str())) {
            failures.push(format!(
                "expected a reason for `{name}` containing {want:?}, cargo said: {}",
                reasons_of(outcome, name)
            ));
        }
    }
    for text in &expect.output_contains {
        if !outcome.output.contains(text.as_str()) {
            failures.push(format!("expected the output to contain {text:?}"));
        }
    }
    for text in &expect.output_lacks {
        if outcome.output.contains(text.as_str()) {
            failures.push(format!("expected the output not to contain {text:?}"));
        }
    }
    for (want_fresh, labels) in [(true, &expect.fresh_units), (false, &expect.compiled_units)] {
        for label in labels {
            let unit = outcome
                .units
                .iter()
                .find(|u| &crate::engine::report::unit_label(u) == label);
            match unit {
                Some(u) if u.fresh == want_fresh => {}
                Some(u) => failures.push(format!(
                    "expected unit `{label}` {}, but it was {}{}",
                    if want_fresh { "fresh" } else { "compiled" },
                    if u.fresh { "fresh" } else { "compiled" },
                    if u.fresh {
                        String::new()
                    } else {
                        format!(": {}", reasons_of(outcome, &u.package))
                    }
                )),
                None => failures.push(format!(
                    "expected unit `{label}`, but cargo did not report it (units: {})",
                    outcome
                        .units
                        .iter()
                        .map(crate::engine::report::unit_label)
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            }
        }
    }
    for (want_during, pairs) in [(true, &expect.starts_during), (false, &expect.starts_after)] {
        for (later, earlier) in pairs {
            if let Err(why) = start_order(outcome, later, earlier, want_during) {
                failures.push(why);
            }
        }
    }
    failures.extend(check_cache(expect, outcome));
    if let Some(want) = &expect.incremental {
        let got: BTreeSet<String> = outcome.incremental.iter().cloned().collect();
        if want != &got {
            failures.push(format!(
                "expected incremental caches {}, found {}",
                set(want),
                set(&got)
            ));
        }
    }
    failures
}

/// The start orders `expect` asks about that held in `outcome`, as sentences for the
/// snapshot: `render started while model was compiling`, `app started after model had
/// compiled`.
pub fn start_orders(
    expect: &Expect,
    outcome: &CargoOutcome,
) -> Vec<crate::engine::report::StartOrder> {
    let mut orders = Vec::new();
    for (during, pairs) in [(true, &expect.starts_during), (false, &expect.starts_after)] {
        for (later, earlier) in pairs {
            if start_order(outcome, later, earlier, during).is_ok() {
                orders.push(crate::engine::report::StartOrder {
                    later: later.clone(),
                    earlier: earlier.clone(),
                    during,
                });
            }
        }
    }
    orders
}

/// The cache expectations that do not hold: which crates sccache served, compiled,
/// or could not cache, as its log tells.
fn check_cache(expect: &Expect, outcome: &CargoOutcome) -> Vec<String> {
    use crate::engine::services::sccache::CacheResult;
    let mut failures = Vec::new();
    let names = |want: &CacheResult| -> BTreeSet<String> {
        outcome
            .cache
            .iter()
            .filter(|e| &e.result == want)
            .map(|e| e.crate_name.clone())
            .collect()
    };
    for (label, want, result) in [
        ("cache hits", &expect.cache_hits, CacheResult::Hit),
        ("cache misses", &expect.cache_misses, CacheResult::Miss),
    ] {
        if let Some(want) = want {
            let got = names(&result);
            if &got != want {
                failures.push(format!(
                    "expected sccache {label} {}, got {}",
                    set(want),
                    set(&got)
                ));
            }
        }
    }
    if let Some(want) = &expect.remote {
        let got: BTreeSet<String> = outcome
            .cache
            .iter()
            .filter(|e| e.remote)
            .map(|e| e.crate_name.clone())
            .collect();
        if &got != want {
            failures.push(format!(
                "expected a build server to compile {}, got {}",
                set(want),
                set(&got)
            ));
        }
    }
    match (expect.waits_for_lock, outcome.lock_waits.is_empty()) {
        (Some(true), true) => failures.push(
            "expected cargo to wait for another cargo's lock on the target directory; it started at once"
                .into(),
        ),
        (Some(false), false) => failures.push(format!(
            "expected cargo not to wait for another cargo; it waited for the lock on the {}",
            outcome.lock_waits.join(" and the ")
        )),
        _ => {}
    }
    for (name, text) in &expect.not_cacheable {
        let reasons: Vec<&str> = outcome
            .cache
            .iter()
            .filter(|e| &e.crate_name == name)
            .filter_map(|e| match &e.result {
                CacheResult::NotCacheable(why) => Some(why.as_str()),
                _ => None,
            })
            .collect();
        if !reasons.iter().any(|r| r.contains(text.as_str())) {
            failures.push(format!(
                "expected sccache not to cache `{name}` because of {text:?}; its reasons: {}",
                if reasons.is_empty() {
                    "none".to_string()
                } else {
                    reasons.join("; ")
                }
            ));
        }
    }
    failures
}

/// Whether rustc started on `later` (its first compiled crate) while `earlier`'s library
/// was still being compiled (`during`) or only after it had finished; the error says
/// what the timings showed instead.
fn start_order(
    outcome: &CargoOutcome,
    later: &str,
    earlier: &str,
    during: bool,
) -> Result<(), String> {
    let want = if during {
        format!("expected `{later}` to start while `{earlier}` compiled")
    } else {
        format!("expected `{later}` to start after `{earlier}` had compiled")
    };
    // A package's crate, not its build script or tests; for the earlier package its
    // library (no link of its own) when it has one, else its proc-macro or binary.
    let timed = |package: &str| {
        outcome
            .timings
            .iter()
            .filter(|t| t.package == package && !t.test && t.crate_name != "build_script_build")
            .filter_map(|t| {
                t.start_offset
                    .map(|start| (t.link_seconds.is_some(), start, start + t.compile_seconds))
            })
            .min_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)))
            .map(|(_, start, end)| (start, end))
    };
    let Some((start, _)) = timed(later) else {
        return Err(format!("{want}, but no compile of `{later}` was timed"));
    };
    let Some((earlier_start, earlier_end)) = timed(earlier) else {
        return Err(format!("{want}, but no compile of `{earlier}` was timed"));
    };
    if (start < earlier_end) == during {
        Ok(())
    } else {
        Err(format!(
            "{want}, but it started at {start:.2}s and `{earlier}` compiled from {earlier_start:.2}s to {earlier_end:.2}s"
        ))
    }
}

/// The expectations of an `exec` step that do not hold.
pub fn check_exec(expect: &Expect, outcome: &ExecOutcome) -> Vec<String> {
    let mut failures = Vec::new();
    if outcome.success != expect.success {
        failures.push(if expect.success {
            format!(
                "`{}` failed:\n{}",
                outcome.command,
                outcome.output.trim_end()
            )
        } else {
            format!("`{}` was expected to fail but succeeded", outcome.command)
        });
    }
    for text in &expect.output_contains {
        if !outcome.output.contains(text.as_str()) {
            failures.push(format!(
                "expected the output to contain {text:?}; it was:\n{}",
                outcome.output.trim_end()
            ));
        }
    }
    for text in &expect.output_lacks {
        if outcome.output.contains(text.as_str()) {
            failures.push(format!(
                "expected the output not to contain {text:?}; it was:\n{}",
                outcome.output.trim_end()
            ));
        }
    }
    failures
}

fn set(s: &BTreeSet<String>) -> String {
    format!("{{{}}}", s.iter().cloned().collect::<Vec<_>>().join(", "))
}

fn list(items: &[&String]) -> String {
    items
        .iter()
        .map(|s| s.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Cargo's reasons for a package, as one line.
fn reasons_of(outcome: &CargoOutcome, name: &str) -> String {
    let mut reasons: Vec<&str> = Vec::new();
    let mut any = false;
    for u in outcome
        .units
        .iter()
        .filter(|u| u.package == name && !u.fresh)
    {
        any = true;
        for r in &u.reasons {
            if !reasons.contains(&r.as_str()) {
                reasons.push(r);
            }
        }
    }
    match (any, reasons.is_empty()) {
        (false, _) => "not compiled".to_string(),
        (true, true) => crate::engine::report::NEW_UNIT.to_string(),
        (true, false) => reasons.join("; "),
    }
}

/// What a run's step broke of the prediction's questions: an output question about
/// it whose answers do not single out what the program printed. `verify` runs every
/// exercise, so a question that a toolchain update made ambiguous fails there.
pub fn check_questions(
    questions: &[crate::engine::plan::Question],
    step: &crate::engine::report::StepReport,
) -> Vec<String> {
    let Some(output) = step.printed() else {
        return Vec::new();
    };
    questions
        .iter()
        .filter_map(|q| match q {
            crate::engine::plan::Question::Output {
                step: n, choices, ..
            } if *n == step.number => crate::engine::plan::Question::right_choice(choices, output)
                .err()
                .map(|why| format!("the prediction's question about step {n}: {why}")),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::report::{CrateTiming, UnitReport};

    fn unit(package: &str, fresh: bool, reason: Option<&str>) -> UnitReport {
        crate::engine::report::test_unit(package, fresh, reason)
    }

    fn outcome(units: Vec<UnitReport>) -> CargoOutcome {
        crate::engine::report::test_outcome(units)
    }

    fn expect(compiled: &[&str], fresh: &[&str]) -> Expect {
        Expect {
            compiled: Some(compiled.iter().map(|s| s.to_string()).collect()),
            fresh: fresh.iter().map(|s| s.to_string()).collect(),
            success: true,
            ..Expect::default()
        }
    }

    #[test]
    fn matching_outcome_has_no_failures() {
        let o = outcome(vec![
            unit("app", false, Some("the file `src/main.rs` has changed")),
            unit("itoa", true, None),
        ]);
        let mut e = expect(&["app"], &["itoa"]);
        e.reasons.insert("app".into(), "src/main.rs".into());
        assert!(check(&e, &o).is_empty());
    }

    #[test]
    fn mismatch_names_both_sets_and_the_reason() {
        let o = outcome(vec![
            unit("app", false, None),
            unit("itoa", false, Some("the profile configuration changed")),
        ]);
        let failures = check(&expect(&["app"], &[]), &o);
        assert_eq!(failures.len(), 1);
        let msg = &failures[0];
        assert!(
            msg.contains("expected compiled {app}, got {app, itoa}"),
            "{msg}"
        );
        assert!(
            msg.contains("also compiled: itoa: the profile configuration changed"),
            "{msg}"
        );
    }

    #[test]
    fn fresh_and_reason_expectations_fail_with_detail() {
        let o = outcome(vec![unit(
            "app",
            false,
            Some("the dependency `leaf` was rebuilt"),
        )]);
        let mut e = expect(&["app"], &["app", "ghost"]);
        e.reasons.insert("app".into(), "has changed".into());
        let failures = check(&e, &o);
        assert_eq!(failures.len(), 3, "{failures:?}");
        assert!(failures[0].contains("expected `app` fresh, but it was compiled: the dependency"));
        assert!(failures[1].contains("did not report it at all"));
        assert!(failures[2].contains("cargo said: the dependency `leaf` was rebuilt"));
    }

    #[test]
    fn unexpected_failure_is_reported_with_errors() {
        let mut o = outcome(vec![]);
        o.success = false;
        o.errors.push("error[E0308]: mismatched types".into());
        let failures = check(&expect(&[], &[]), &o);
        assert!(
            failures[0].contains("`cargo build` failed\nerror[E0308]"),
            "{failures:?}"
        );
    }

    fn timed(package: &str, start: f64, compile: f64, link: Option<f64>) -> CrateTiming {
        crate::engine::report::test_timing(package, Some(start), compile, link)
    }

    #[test]
    fn start_order_reads_the_timings() {
        let mut o = outcome(vec![]);
        o.timings = vec![
            timed("model", 0.3, 1.6, None),
            timed("render", 1.3, 0.1, None),
            timed("app", 1.95, 0.05, Some(0.04)),
        ];
        let mut e = Expect {
            success: true,
            ..Expect::default()
        };
        e.starts_during.insert("render".into(), "model".into());
        e.starts_after.insert("app".into(), "model".into());
        assert!(check(&e, &o).is_empty(), "{:?}", check(&e, &o));

        // The other way round, both fail and say what the timings were.
        let mut wrong = Expect {
            success: true,
            ..Expect::default()
        };
        wrong.starts_during.insert("app".into(), "model".into());
        wrong.starts_after.insert("render".into(), "model".into());
        let failures = check(&wrong, &o);
        assert_eq!(failures.len(), 2, "{failures:?}");
        assert!(
            failures[0].contains("but it started at 1.95s"),
            "{failures:?}"
        );
        assert!(
            failures[1].contains("compiled from 0.30s to 1.90s"),
            "{failures:?}"
        );

        // Without timings (no shim), the check fails rather than passing silently.
        let mut untimed = o.clone();
        untimed.timings.clear();
        assert!(check(&e, &untimed)[0].contains("no compile of `render` was timed"));
    }
}
