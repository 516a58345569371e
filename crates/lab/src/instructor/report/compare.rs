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
    /// Steps where machines compiled different packages.
    pub differences: Vec<Difference>,
    /// How the room predicted it: one entry per question someone answered.
    pub room: Vec<RoomQuestion>,
}

/// One question of an experiment, as the machines' learners answered it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoomQuestion {
    /// The question.
    pub ask: String,
    /// Each distinct answer and how many gave it, most frequent first.
    pub answers: Vec<(String, usize)>,
    /// How many answers were right.
    pub right: usize,
    /// How many answered.
    pub answered: usize,
    /// What happened, each distinct outcome once (machines can differ).
    pub happened: Vec<String>,
}

/// The room's answers to an experiment's questions, in the order first met.
fn room(per_machine: &[Option<&Experiment>]) -> Vec<RoomQuestion> {
    let mut out: Vec<RoomQuestion> = Vec::new();
    for p in per_machine.iter().flatten().flat_map(|e| &e.predicted) {
        let q = match out.iter_mut().position(|q| q.ask == p.ask) {
            Some(i) => &mut out[i],
            None => {
                out.push(RoomQuestion {
                    ask: p.ask.clone(),
                    answers: Vec::new(),
                    right: 0,
                    answered: 0,
                    happened: Vec::new(),
                });
                out.last_mut().expect("just pushed")
            }
        };
        q.answered += 1;
        q.right += usize::from(p.right);
        match q.answers.iter_mut().find(|(said, _)| *said == p.said) {
            Some((_, n)) => *n += 1,
            None => q.answers.push((p.said.clone(), 1)),
        }
        if !q.happened.contains(&p.happened) {
            q.happened.push(p.happened.clone());
        }
    }
    for q in &mut out {
        q.answers.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    }
    out
}

/// A step in which the machines did not compile the same packages.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Difference {
    /// The step's number.
    pub step: usize,
    /// Its label.
    pub label: String,
    /// What each machine with a result compiled.
    pub compiled: Vec<Compiled>,
}

/// What one machine compiled in a step.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Compiled {
    /// The machine's position in [`Comparison::machines`].
    pub machine: usize,
    /// The packages, sorted.
    pub packages: Vec<String>,
}

impl Difference {
    /// "step 3 (label): a.json compiled app, itoa; b.json compiled app".
    pub fn describe(&self, machines: &[Entry]) -> String {
        let parts: Vec<String> = self
            .compiled
            .iter()
            .map(|c| {
                let what = match c.packages.is_empty() {
                    true => "nothing".to_string(),
                    false => c.packages.join(", "),
                };
                let name = machines.get(c.machine).map_or("?", |m| m.label.as_str());
                format!("{name} compiled {what}")
            })
            .collect();
        format!("step {} ({}): {}", self.step, self.label, parts.join("; "))
    }
}

/// Steps shorter than this on some machine are left out of the spread: at a few
/// milliseconds, the ratio between two machines is noise.
pub const SPREAD_FLOOR_SECONDS: f64 = 0.05;

/// The whole comparison.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// The machines, in the order given.
    pub machines: Vec<Entry>,
    /// Every experiment any machine has results for.
    pub experiments: Vec<ExperimentRow>,
}

/// Compares `reports` (label, report), in the order given. Labels that repeat (two
/// machines' `report.json`) are told apart by their position.
pub fn compare(reports: &[(String, MachineReport)]) -> Comparison {
    let reports: Vec<(String, MachineReport)> = reports
        .iter()
        .enumerate()
        .map(|(i, (label, r))| {
            let repeated = reports.iter().filter(|(l, _)| l == label).count() > 1;
            let label = match repeated {
                true => format!("{label} #{}", i + 1),
                false => label.clone(),
            };
            (label, r.clone())
        })
        .collect();
    let reports = reports.as_slice();
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
            row(name, title, &per_machine)
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

fn row(name: String, title: String, per_machine: &[Option<&Experiment>]) -> ExperimentRow {
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
    let mut noisy = Vec::new();
    for (number, label) in numbers {
        let mut seconds = Vec::new();
        let mut normalized = Vec::new();
        let mut compiled: Vec<Compiled> = Vec::new();
        let mut shortest = f64::INFINITY;
        for (m, e) in per_machine.iter().enumerate() {
            let step = e.and_then(|e| e.steps.iter().find(|s| s.number == number));
            let cold = e.and_then(|e| e.steps.first()).map(|s| s.seconds);
            seconds.push(step.map(|s| s.seconds));
            normalized.push(match (step, cold) {
                (Some(s), Some(c)) if c > 0.0 => Some(s.seconds / c),
                _ => None,
            });
            if let Some(s) = step {
                shortest = shortest.min(s.seconds);
                compiled.push(Compiled {
                    machine: m,
                    packages: s.compiled.clone(),
                });
            }
        }
        if compiled.iter().any(|c| c.packages != compiled[0].packages) {
            differences.push(Difference {
                step: number,
                label: label.clone(),
                compiled,
            });
        }
        if shortest < SPREAD_FLOOR_SECONDS {
            // Kept in the rows and charts, left out of the spread.
            noisy.push(number);
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
        .filter(|s| !noisy.contains(&s.number))
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
        room: room(per_machine),
    }
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
                predicted: Vec::new(),
            }],
        }
    }

    #[test]
    fn the_room_tallies_each_questions_answers() {
        let said = |ask: &str, said: &str, right: bool| crate::learner::predictions::InWords {
            ask: ask.into(),
            said: said.into(),
            happened: "app".into(),
            right,
        };
        let with = |answers: Vec<crate::learner::predictions::InWords>| {
            let mut m = machine(2, vec![step(1, 1.0, &["app"]), step(3, 0.1, &["app"])]);
            m.experiments[0].predicted = answers;
            m
        };
        let c = compare(&[
            (
                "a".into(),
                with(vec![
                    said("touch?", "app", true),
                    said("edit?", "app", true),
                ]),
            ),
            ("b".into(), with(vec![said("touch?", "nothing", false)])),
            ("c".into(), with(vec![said("touch?", "app", true)])),
            ("d".into(), with(Vec::new())),
        ]);
        let room = &c.experiments[0].room;
        assert_eq!(room.len(), 2);
        assert_eq!(room[0].ask, "touch?");
        assert_eq!(
            room[0].answers,
            vec![("app".to_string(), 2), ("nothing".to_string(), 1)]
        );
        assert_eq!((room[0].right, room[0].answered), (2, 3));
        assert_eq!(room[0].happened, vec!["app".to_string()]);
        assert_eq!((room[1].right, room[1].answered), (1, 1));
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
        let lines: Vec<String> = row
            .differences
            .iter()
            .map(|d| d.describe(&c.machines))
            .collect();
        assert_eq!(
            lines,
            ["step 3 (step 3): fast.json compiled app; odd.json compiled app, serde"]
        );
    }

    #[test]
    fn tiny_steps_stay_out_of_the_spread_and_repeated_names_are_told_apart() {
        let a = machine(
            2,
            vec![
                step(1, 1.0, &["app"]),
                step(2, 0.01, &[]),
                step(3, 0.5, &["app"]),
            ],
        );
        let b = machine(
            8,
            vec![
                step(1, 1.0, &["app"]),
                step(2, 0.03, &[]),
                step(3, 0.5, &["app"]),
            ],
        );
        let c = compare(&[("report.json".into(), a), ("report.json".into(), b)]);
        // Step 2 differs threefold but lasts milliseconds; step 3 agrees.
        assert_eq!(c.experiments[0].spread, Some(1.0));
        assert_eq!(c.experiments[0].steps.len(), 2);
        let labels: Vec<&str> = c.machines.iter().map(|m| m.label.as_str()).collect();
        assert_eq!(labels, ["report.json #1", "report.json #2"]);
    }
}
