//! Several machines' reports side by side. Each machine's step times are divided by
//! its own cold build of the same experiment (its first cargo step), so a fast and a
//! slow laptop compare; the spread says how far the machines disagree. A machine
//! whose steps compiled other packages than the rest is flagged: that is a behaviour
//! difference, not a speed difference.

use serde::Serialize;

use super::{Experiment, MachineReport};
use crate::instructor::machine::Machine;

/// One machine in the comparison.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    /// A short name: the report's file name.
    pub label: String,
    /// The machine.
    pub machine: Machine,
}

/// One step across machines.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StepRow {
    /// The step's number.
    pub number: usize,
    /// Its label.
    pub label: String,
    /// Seconds per machine (`None`: no result there).
    pub seconds: Vec<Option<f64>>,
    /// The same, divided by that machine's cold build of the experiment.
    pub normalized: Vec<Option<f64>>,
}

/// One experiment across machines.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExperimentRow {
    /// The exercise's name.
    pub name: String,
    /// Its title.
    pub title: String,
    /// Its steps after the cold build.
    pub steps: Vec<StepRow>,
    /// The largest ratio, over those steps, between the highest and the lowest
    /// normalized time: 1.0 when the machines agree exactly; `None` with fewer than
    /// two machines' results.
    pub spread: Option<f64>,
    /// Steps where machines compiled different packages, one line each.
    pub differences: Vec<String>,
}

/// The whole comparison.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// The machines, in the order given.
    pub machines: Vec<Entry>,
    /// Every experiment any machine has results for.
    pub experiments: Vec<ExperimentRow>,
}

/// Compares `reports` (label, report), in the order given.
pub fn compare(reports: &[(String, MachineReport)]) -> Comparison {
    let mut names: Vec<(String, String)> = Vec::new();
    for (_, r) in reports {
        for e in &r.experiments {
            if !e.steps.is_empty() && !names.iter().any(|(n, _)| *n == e.name) {
                names.push((e.name.clone(), e.title.clone()));
            }
        }
    }
    let experiments = names
        .into_iter()
        .map(|(name, title)| {
            let per_machine: Vec<Option<&Experiment>> = reports
                .iter()
                .map(|(_, r)| {
                    r.experiments
                        .iter()
                        .find(|e| e.name == name && !e.steps.is_empty())
                })
                .collect();
            row(name, title, &per_machine, reports)
        })
        .collect();
    Comparison {
        machines: reports
            .iter()
            .map(|(label, r)| Entry {
                label: label.clone(),
                machine: r.machine.clone(),
            })
            .collect(),
        experiments,
    }
}

fn row(
    name: String,
    title: String,
    per_machine: &[Option<&Experiment>],
    reports: &[(String, MachineReport)],
) -> ExperimentRow {
    let numbers: Vec<(usize, String)> = per_machine
        .iter()
        .flatten()
        .next()
        .map(|e| {
            e.steps
                .iter()
                .skip(1)
                .map(|s| (s.number, s.label.clone()))
                .collect()
        })
        .unwrap_or_default();
    let mut steps = Vec::new();
    let mut differences = Vec::new();
    for (number, label) in numbers {
        let mut seconds = Vec::new();
        let mut normalized = Vec::new();
        let mut compiled: Vec<(usize, Vec<String>)> = Vec::new();
        for (m, e) in per_machine.iter().enumerate() {
            let step = e.and_then(|e| e.steps.iter().find(|s| s.number == number));
            let cold = e.and_then(|e| e.steps.first()).map(|s| s.seconds);
            seconds.push(step.map(|s| s.seconds));
            normalized.push(match (step, cold) {
                (Some(s), Some(c)) if c > 0.0 => Some(s.seconds / c),
                _ => None,
            });
            if let Some(s) = step {
                compiled.push((m, s.compiled.clone()));
            }
        }
        if let Some(line) = difference(number, &label, &compiled, reports) {
            differences.push(line);
        }
        steps.push(StepRow {
            number,
            label,
            seconds,
            normalized,
        });
    }
    let spread = steps
        .iter()
        .filter_map(|s| {
            let values: Vec<f64> = s.normalized.iter().flatten().copied().collect();
            let (lo, hi) = values.iter().fold((f64::INFINITY, 0.0_f64), |(lo, hi), v| {
                (lo.min(*v), hi.max(*v))
            });
            (values.len() >= 2 && lo > 0.0).then_some(hi / lo)
        })
        .fold(None, |acc: Option<f64>, r| {
            Some(acc.map_or(r, |a| a.max(r)))
        });
    ExperimentRow {
        name,
        title,
        steps,
        spread,
        differences,
    }
}

/// "step 3 (label): a.json compiled app, itoa; b.json compiled app" when the machines
/// did not compile the same packages.
fn difference(
    number: usize,
    label: &str,
    compiled: &[(usize, Vec<String>)],
    reports: &[(String, MachineReport)],
) -> Option<String> {
    let first = &compiled.first()?.1;
    if compiled.iter().all(|(_, c)| c == first) {
        return None;
    }
    let parts: Vec<String> = compiled
        .iter()
        .map(|(m, c)| {
            let what = match c.is_empty() {
                true => "nothing".to_string(),
                false => c.join(", "),
            };
            format!("{} compiled {what}", reports[*m].0)
        })
        .collect();
    Some(format!("step {number} ({label}): {}", parts.join("; ")))
}

#[cfg(test)]
mod tests {
    use super::super::Step;
    use super::*;

    fn step(number: usize, seconds: f64, compiled: &[&str]) -> Step {
        Step {
            number,
            label: format!("step {number}"),
            seconds,
            compile_seconds: 0.0,
            link_seconds: 0.0,
            compiled: compiled.iter().map(|s| s.to_string()).collect(),
            fresh: 0,
        }
    }

    fn machine(cores: usize, steps: Vec<Step>) -> MachineReport {
        MachineReport {
            format: super::super::FORMAT,
            created_at: String::new(),
            machine: Machine {
                cores,
                ..Machine::default()
            },
            experiments: vec![Experiment {
                name: "touch-main".into(),
                title: "t".into(),
                chapter: "freshness".into(),
                skipped: None,
                passed: true,
                steps,
            }],
        }
    }

    #[test]
    fn normalizes_to_each_cold_build_and_flags_other_rebuilds() {
        // The slow machine takes twice as long for everything: the same shape.
        let fast = machine(
            16,
            vec![step(1, 2.0, &["app", "serde"]), step(3, 0.2, &["app"])],
        );
        let slow = machine(
            2,
            vec![step(1, 8.0, &["app", "serde"]), step(3, 0.8, &["app"])],
        );
        let odd = machine(
            4,
            vec![
                step(1, 4.0, &["app", "serde"]),
                step(3, 1.2, &["app", "serde"]),
            ],
        );
        let c = compare(&[
            ("fast.json".into(), fast.clone()),
            ("slow.json".into(), slow),
        ]);
        let row = &c.experiments[0];
        assert_eq!(row.steps.len(), 1);
        assert_eq!(row.steps[0].normalized, vec![Some(0.1), Some(0.1)]);
        assert_eq!(row.spread, Some(1.0));
        assert!(row.differences.is_empty());

        let c = compare(&[("fast.json".into(), fast), ("odd.json".into(), odd)]);
        let row = &c.experiments[0];
        assert!((row.spread.unwrap() - 3.0).abs() < 1e-9, "{:?}", row.spread);
        assert_eq!(
            row.differences,
            ["step 3 (step 3): fast.json compiled app; odd.json compiled app, serde"]
        );
    }
}
