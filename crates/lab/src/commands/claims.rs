//! `cargo xtask claims [NAME...]`: checks the timing claims exercises declare, by
//! running each exercise several times and comparing medians. Times are never asserted
//! by the tests; this command is where they are, on purpose and on a quiet machine.

use std::fmt::Write as _;

use anyhow::Result;

use crate::engine::measurements::{self, Measured};
use crate::engine::plan::Measure;
use crate::engine::report::Report;
use crate::engine::stats::Stats;
use crate::engine::step_runner::RunOptions;
use crate::error::CheckFailed;
use crate::paths;

/// Runs the claims of the named exercises (all when none is named); with `record`,
/// writes them into the committed record the book's figures come from.
pub fn run(exercises: &[String], runs: usize, record: bool) -> Result<()> {
    let dirs = super::verify::select(exercises)?;
    let mut all = Vec::new();
    // Exercises that state no claim (any longer): recording forgets what was measured
    // of them before.
    let mut without_claims = Vec::new();
    for dir in dirs {
        let plan = crate::engine::plan::load(&dir)?;
        if plan.claims.is_empty() {
            without_claims.push(plan.name.clone());
            continue;
        }
        eprintln!("{}: {} claim(s), {runs} runs", plan.name, plan.claims.len());
        let mut reports: Vec<Report> = Vec::new();
        for i in 0..runs {
            let report = match crate::engine::run_dir(&dir, &RunOptions::checking())? {
                crate::engine::Run::Done(done) => done.report,
                crate::engine::Run::Skipped(missing) => {
                    eprintln!("  {missing}");
                    break;
                }
            };
            if !report.passed() {
                return Err(CheckFailed(format!(
                    "{}: run {} did not meet its expectations; run `cargo xtask run {}`",
                    plan.name,
                    i + 1,
                    plan.name
                ))
                .into());
            }
            eprintln!("  run {} done", i + 1);
            reports.push(report);
        }
        if reports.is_empty() {
            continue;
        }
        let host = reports[0].host.clone();
        let date = reports[0].started_at.date().to_string();
        for (number, claim) in plan.claims.iter().enumerate() {
            let values = |n: usize| -> Vec<f64> {
                reports
                    .iter()
                    .map(|r| r.steps[n - 1].value(claim.measure))
                    .collect()
            };
            let (faster, slower) = (values(claim.faster), values(claim.slower));
            let ratio = Stats::of(&slower).median / Stats::of(&faster).median;
            all.push(Measured {
                exercise: plan.name.clone(),
                number: number + 1,
                claim: claim.clone(),
                runs: reports.len(),
                faster,
                slower,
                ratio,
                holds: claim.holds(ratio),
                date: date.clone(),
                host: host.clone(),
            });
        }
    }
    print!("{}", render(&all));
    let json = serde_json::to_vec_pretty(&all)?;
    crate::files::write_atomic(&paths::results_dir().join("claims.json"), &json)?;
    if record {
        let file = measurements::path(&paths::project_root());
        let mut recorded = measurements::Record::read(&file)?;
        recorded.forget(&without_claims);
        recorded.merge(all.clone());
        recorded.write(&file)?;
        eprintln!("recorded in {}", file.display());
    }
    let failed: Vec<&Measured> = all.iter().filter(|c| !c.holds).collect();
    if failed.is_empty() {
        Ok(())
    } else {
        Err(CheckFailed(format!("{} claim(s) did not hold", failed.len())).into())
    }
}

/// The claims as a table: medians, min–max, ratio and verdict.
pub fn render(results: &[Measured]) -> String {
    let mut out = String::new();
    for r in results {
        let (f, s) = (Stats::of(&r.faster), Stats::of(&r.slower));
        let unit = |v: f64| match r.claim.measure {
            Measure::Size | Measure::Disk => format!("{:.1} MB", v / 1e6),
            _ => format!("{v:.3}s"),
        };
        let _ = writeln!(out, "{}: {}", r.exercise, r.claim.text);
        for (step, stats) in [(r.claim.faster, f), (r.claim.slower, s)] {
            let _ = writeln!(
                out,
                "  step {step} {}: median {} ({}–{})",
                r.claim.measure.as_str(),
                unit(stats.median),
                unit(stats.min),
                unit(stats.max)
            );
        }
        let _ = writeln!(
            out,
            "  ratio {:.2}× (claimed {}): {}",
            r.ratio,
            r.claim.bound(),
            if r.holds { "holds" } else { "DOES NOT HOLD" }
        );
    }
    if results.is_empty() {
        out.push_str("no claims to check\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::plan::Claim;

    #[test]
    fn renders_medians_ratio_and_verdict() {
        let r = Measured {
            exercise: "x".into(),
            number: 1,
            runs: 3,
            date: "2026-12-06".into(),
            host: crate::engine::report::Host {
                rustc: "rustc 1.95.0".into(),
                cargo: "cargo 1.95.0".into(),
                platform: "linux x86_64".into(),
                cpus: 2,
            },
            claim: Claim {
                text: "edit is faster".into(),
                measure: Measure::Time,
                faster: 3,
                slower: 1,
                at_least: 5.0,
                at_most: None,
            },
            faster: vec![1.0, 2.0, 3.0],
            slower: vec![4.0, 4.0, 4.0],
            ratio: 2.0,
            holds: false,
        };
        let text = render(&[r]);
        assert!(
            text.contains("step 3 time: median 2.000s (1.000s–3.000s)"),
            "{text}"
        );
        assert!(
            text.contains("ratio 2.00× (claimed ≥ 5.0×): DOES NOT HOLD"),
            "{text}"
        );
    }

    #[test]
    fn a_claim_with_a_maximum_holds_only_below_it() {
        let claim = Claim {
            text: "about the same".into(),
            measure: Measure::Link,
            faster: 2,
            slower: 3,
            at_least: 0.0,
            at_most: Some(1.5),
        };
        assert!(
            claim.holds(0.8),
            "a slower 'faster' step is still within the bound"
        );
        assert!(claim.holds(1.5));
        assert!(!claim.holds(1.6));
        assert_eq!(claim.bound(), "≤ 1.5×");
    }
}

/// The `claims` command, as the command line gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimsArgs {
    /// Exercises; all when empty.
    pub exercises: Vec<String>,
    /// Repetitions.
    pub runs: usize,
    /// Write the results into the committed record the book renders figures from.
    pub record: bool,
}

impl ClaimsArgs {
    /// Runs the command.
    pub fn run(self) -> anyhow::Result<()> {
        run(&self.exercises, self.runs, self.record)
    }
}
