//! A snapshot as a type: what each step showed, read from and written to the snapshot
//! text byte for byte. The book, the predictions and the myths read snapshots through
//! it, never by column layout.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use crate::engine::report::Report;

/// A snapshot's body: the exercise and each step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    /// The exercise.
    pub exercise: String,
    /// Its title.
    pub title: String,
    /// The steps, in order.
    pub steps: Vec<SnapStep>,
}

/// One step of a snapshot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnapStep {
    /// 1-based step number.
    pub number: usize,
    /// The step's label.
    pub label: String,
    /// What it showed, line by line.
    pub lines: Vec<Line>,
}

/// One line of a step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    /// `$ cargo build`: the command, when the label does not say it.
    Command(String),
    /// A unit cargo compiled or found fresh.
    Unit(Unit),
    /// `linked: app 0.1.0 bin, …`: the units that went through the linker.
    Linked(Vec<String>),
    /// `incremental caches: debug/app, …`.
    Incremental(Vec<String>),
    /// `env NAME=value`.
    Env(String),
    /// `| text`: what a program, a test or the compiler printed.
    Printed(String),
    /// Any other line, as written (`not run: …`, `output contains: …`, `order: …`).
    Other(String),
}

/// A unit line: `compiled  app 0.1.0 bin  the file … has changed`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    /// Compiled, or fresh.
    pub compiled: bool,
    /// `app 0.1.0 bin`, `serde 1.0.228 build-script (run)`.
    pub name: String,
    /// Cargo's reason as written, a new unit's note in parentheses; empty when fresh.
    pub why: String,
}

impl Unit {
    /// The unit's package.
    pub fn package(&self) -> &str {
        self.name.split_whitespace().next().unwrap_or_default()
    }

    /// The reason without a new unit's parentheses (a reason may end in one of its
    /// own, `… (checksum didn't match)`, which stays).
    pub fn reason(&self) -> &str {
        self.why
            .strip_prefix('(')
            .and_then(|w| w.strip_suffix(')'))
            .unwrap_or(&self.why)
    }
}

impl Line {
    /// The line as the snapshot writes it, without its indent; a unit's name padded
    /// to `width`, the widest of its step.
    pub fn text(&self, width: usize) -> String {
        match self {
            Line::Command(c) => format!("$ {c}"),
            Line::Unit(u) => {
                let state = if u.compiled { "compiled" } else { "fresh" };
                let why = if u.why.is_empty() {
                    String::new()
                } else {
                    format!("  {}", u.why)
                };
                format!("{state:<8}  {:<width$}{why}", u.name)
            }
            Line::Linked(units) => format!("linked: {}", units.join(", ")),
            Line::Incremental(caches) => format!("incremental caches: {}", caches.join(", ")),
            Line::Env(var) => format!("env {var}"),
            Line::Printed(text) => format!("| {text}"),
            Line::Other(text) => text.clone(),
        }
    }
}

impl SnapStep {
    /// The units of the step.
    pub fn units(&self) -> impl Iterator<Item = &Unit> {
        self.lines.iter().filter_map(|l| match l {
            Line::Unit(u) => Some(u),
            _ => None,
        })
    }

    /// Every package of the step, compiled or fresh, in name order.
    pub fn packages(&self) -> Vec<String> {
        let names: BTreeSet<String> = self.units().map(|u| u.package().to_string()).collect();
        names.into_iter().collect()
    }

    /// The step as the snapshot text writes it, from its `step N:` line.
    pub fn render(&self) -> String {
        let mut out = format!("step {}: {}\n", self.number, self.label);
        let width = self.units().map(|u| u.name.len()).max().unwrap_or(0);
        for line in &self.lines {
            let _ = writeln!(out, "{}", format!("  {}", line.text(width)).trim_end());
        }
        out
    }
}

impl Snapshot {
    /// The snapshot of a report: its normalized, time-free text, read back.
    pub fn from_report(report: &Report) -> Snapshot {
        Snapshot::parse(&super::render(report))
    }

    /// Reads a snapshot body (without the file's header). Lines the format does not
    /// know are kept as [`Line::Other`], so nothing is lost.
    pub fn parse(text: &str) -> Snapshot {
        let mut snapshot = Snapshot {
            exercise: String::new(),
            title: String::new(),
            steps: Vec::new(),
        };
        for line in text.lines() {
            if let Some(rest) = line.strip_prefix("exercise: ")
                && snapshot.steps.is_empty()
            {
                snapshot.exercise = rest.to_string();
            } else if let Some(rest) = line.strip_prefix("title: ")
                && snapshot.steps.is_empty()
            {
                snapshot.title = rest.to_string();
            } else if let Some((number, label)) = line
                .strip_prefix("step ")
                .and_then(|r| r.split_once(": "))
                .and_then(|(n, l)| Some((n.parse::<usize>().ok()?, l)))
            {
                snapshot.steps.push(SnapStep {
                    number,
                    label: label.to_string(),
                    lines: Vec::new(),
                });
            } else if let (Some(step), Some(body)) =
                (snapshot.steps.last_mut(), line.strip_prefix("  "))
            {
                step.lines.push(parse_line(body));
            }
        }
        snapshot
    }

    /// The snapshot text, exactly as the engine writes it.
    pub fn render(&self) -> String {
        let mut out = format!("exercise: {}\ntitle: {}\n", self.exercise, self.title);
        for step in &self.steps {
            out.push('\n');
            out.push_str(&step.render());
        }
        out
    }

    /// Step `number`, if the snapshot has it.
    pub fn step(&self, number: usize) -> Option<&SnapStep> {
        self.steps.iter().find(|s| s.number == number)
    }
}

fn parse_line(body: &str) -> Line {
    let list = |s: &str| s.split(", ").map(str::to_string).collect();
    if let Some(c) = body.strip_prefix("$ ") {
        Line::Command(c.to_string())
    } else if let Some(rest) = body.strip_prefix("compiled  ") {
        Line::Unit(unit(true, rest))
    } else if let Some(rest) = body.strip_prefix("fresh     ") {
        Line::Unit(unit(false, rest))
    } else if let Some(rest) = body.strip_prefix("linked: ") {
        Line::Linked(list(rest))
    } else if let Some(rest) = body.strip_prefix("incremental caches: ") {
        Line::Incremental(list(rest))
    } else if let Some(rest) = body.strip_prefix("env ") {
        Line::Env(rest.to_string())
    } else if let Some(rest) = body.strip_prefix("| ") {
        Line::Printed(rest.to_string())
    } else if body == "|" {
        Line::Printed(String::new())
    } else {
        Line::Other(body.to_string())
    }
}

/// A unit's name is padded to the widest of its step, then two spaces and the reason
/// (names hold single spaces only).
fn unit(compiled: bool, rest: &str) -> Unit {
    let (name, why) = match rest.find("  ") {
        Some(at) => (&rest[..at], rest[at..].trim()),
        None => (rest.trim(), ""),
    };
    Unit {
        compiled,
        name: name.to_string(),
        why: why.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every committed snapshot, experiments' and challenges', reads into the type and
    /// renders back byte for byte.
    #[test]
    fn every_committed_snapshot_round_trips() {
        let dir = crate::paths::snapshots_dir();
        let mut files = Vec::new();
        for d in [dir.clone(), dir.join("challenges")] {
            for e in std::fs::read_dir(&d).unwrap().flatten() {
                if e.path().extension().is_some_and(|x| x == "snap") {
                    files.push(e.path());
                }
            }
        }
        assert!(files.len() > 50, "{} snapshots", files.len());
        for file in files {
            let body = super::super::read(&file).unwrap().unwrap();
            let snapshot = Snapshot::parse(&body);
            assert!(!snapshot.steps.is_empty(), "{}", file.display());
            assert_eq!(
                snapshot.render(),
                body,
                "{} does not round-trip",
                file.display()
            );
        }
    }

    #[test]
    fn reads_units_lists_and_printed_lines() {
        let s = Snapshot::parse(
            "exercise: x\ntitle: t\n\nstep 3: build\n  $ cargo build\n  env A=1\n  compiled  app 0.1.0 bin   the file `src/main.rs` has changed\n  compiled  itoa 1.0.0 lib  (new: not built before with these settings)\n  fresh     serde 1.0.0 lib\n  linked: app 0.1.0 bin\n  incremental caches: debug/app, debug/itoa\n  | hello\n",
        );
        let step = s.step(3).unwrap();
        assert_eq!(step.packages(), vec!["app", "itoa", "serde"]);
        let units: Vec<&Unit> = step.units().collect();
        assert_eq!(units[0].reason(), "the file `src/main.rs` has changed");
        assert_eq!(
            units[1].reason(),
            "new: not built before with these settings"
        );
        assert!(!units[2].compiled && units[2].why.is_empty());
        assert!(
            step.lines
                .contains(&Line::Linked(vec!["app 0.1.0 bin".into()]))
        );
        assert!(step.lines.contains(&Line::Printed("hello".into())));
        assert_eq!(s.step(4), None);
    }
}
