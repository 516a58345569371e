//! The report pages: one HTML file each, with inline style and SVG, no script, and no
//! address to fetch (even the favicon is inline), so they open offline and anywhere.

use std::fmt::Write as _;

use super::MachineReport;
use super::charts::{self, Group, SplitBar};
use super::compare::Comparison;
use crate::html::escape;

const STYLE: &str = "\
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:2rem auto;max-width:62rem;padding:0 1rem;color:#212529}\
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}\
table{border-collapse:collapse;margin:.5rem 0}td,th{padding:.2rem .6rem;border-bottom:1px solid #dee2e6;text-align:left;vertical-align:top}\
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}\
.legend span{display:inline-block;width:.9em;height:.9em;margin:0 .3em 0 1em;vertical-align:-.1em}\
.flag{color:#c92a2a}.muted{color:#868e96}section{margin-bottom:1.5rem}\
";

fn head(title: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <link rel=\"icon\" href=\"data:,\"><title>{}</title><style>{STYLE}</style></head><body>\n",
        escape(title)
    )
}

/// Escapes `text` and shows its `code spans` as code, as the book does.
fn inline(text: &str) -> String {
    escape(text)
        .split('`')
        .enumerate()
        .map(|(i, part)| match i % 2 {
            1 => format!("<code>{part}</code>"),
            _ => part.to_string(),
        })
        .collect()
}

/// The opening of an experiment's section, with its name, title and step count.
fn section_head(name: &str, title: &str, steps: usize) -> String {
    format!(
        "<section class=\"experiment\" id=\"{0}\" data-steps=\"{steps}\"><h2>{0} <span class=\"muted\">{1}</span></h2>\n",
        escape(name),
        inline(title)
    )
}

fn legend() -> String {
    format!(
        "<p class=\"legend\">Each bar is one cargo step:<span style=\"background:{}\"></span>rustc\
         <span style=\"background:{}\"></span>linker<span style=\"background:{}\"></span>the rest \
         (cargo, build scripts, waiting). rustc's time is summed over crates, which can run in \
         parallel, so it is drawn only up to the step's wall time; hover a bar for the figures.</p>\n",
        charts::RUSTC_COLOUR,
        charts::LINK_COLOUR,
        charts::OTHER_COLOUR
    )
}

/// One machine's report page.
pub fn machine_page(report: &MachineReport) -> String {
    let m = &report.machine;
    let mut out = head("Rebuild Lab report");
    let _ = write!(
        out,
        "<h1>Rebuild Lab report</h1>\n<table class=\"machine\">\
         <tr><th>CPU</th><td>{}</td></tr><tr><th>Cores</th><td>{}</td></tr>\
         <tr><th>Memory</th><td>{:.0} GiB</td></tr><tr><th>OS</th><td>{}</td></tr>\
         <tr><th>Toolchain</th><td>{}</td></tr><tr><th>Linker</th><td>{}</td></tr>\
         <tr><th>Made</th><td>{}</td></tr></table>\n",
        escape(&m.cpu),
        m.cores,
        m.memory_gib,
        escape(&m.os),
        escape(&m.toolchain),
        escape(&m.linker),
        escape(&report.created_at)
    );
    out.push_str("<h2>Summary</h2>\n<table class=\"summary\"><tr><th>Experiment</th><th>Chapter</th><th class=\"num\">Steps</th><th class=\"num\">Time</th><th>Result</th></tr>\n");
    for e in &report.experiments {
        let result = match (&e.skipped, e.passed) {
            (Some(why), _) => format!("<span class=\"muted\">skipped: {}</span>", escape(why)),
            (None, true) => "as the book says".to_string(),
            (None, false) => "<span class=\"flag\">differs from the book</span>".to_string(),
        };
        let _ = writeln!(
            out,
            "<tr><td><a href=\"#{0}\">{0}</a></td><td>{1}</td><td class=\"num\">{2}</td><td class=\"num\">{3:.2}s</td><td>{result}</td></tr>",
            escape(&e.name),
            escape(&e.chapter),
            e.steps.len(),
            e.seconds()
        );
    }
    out.push_str("</table>\n");
    out.push_str(&legend());
    for e in report.experiments.iter().filter(|e| e.skipped.is_none()) {
        out.push_str(&section_head(&e.name, &e.title, e.steps.len()));
        let bars: Vec<SplitBar> = e
            .steps
            .iter()
            .map(|s| SplitBar {
                label: format!("{}. {}", s.number, s.label),
                step: s.number,
                seconds: s.seconds,
                compile: s.compile_seconds,
                link: s.link_seconds,
            })
            .collect();
        out.push_str(&charts::split_bars(&e.name, &bars));
        out.push_str("\n<table class=\"steps\"><tr><th>Step</th><th class=\"num\">Time</th><th class=\"num\">rustc</th><th class=\"num\">Link</th><th>Compiled</th><th class=\"num\">Fresh</th></tr>\n");
        for s in &e.steps {
            let compiled = match s.compiled.is_empty() {
                true => "<span class=\"muted\">nothing</span>".to_string(),
                false => escape(&s.compiled.join(", ")),
            };
            let _ = writeln!(
                out,
                "<tr><td>{}. {}</td><td class=\"num\">{:.2}s</td><td class=\"num\">{:.2}s</td><td class=\"num\">{:.2}s</td><td>{compiled}</td><td class=\"num\">{}</td></tr>",
                s.number,
                escape(&s.label),
                s.seconds,
                s.compile_seconds,
                s.link_seconds,
                s.fresh
            );
        }
        out.push_str("</table></section>\n");
    }
    out.push_str("</body></html>\n");
    out
}

/// Escaped text with its `backticked` parts as code.
fn code(text: &str) -> String {
    crate::html::code_spans(text)
}

/// The comparison page: the machines, each experiment's spread and differences, how
/// the room predicted it, and its steps' times.
pub fn compare_page(c: &Comparison) -> String {
    let mut out = head("Rebuild Lab: machines compared");
    out.push_str("<h1>Machines compared</h1>\n<table class=\"machines\"><tr><th></th><th>Report</th><th>CPU</th><th class=\"num\">Cores</th><th class=\"num\">Memory</th><th>OS</th><th>Toolchain</th><th>Linker</th></tr>\n");
    for (i, e) in c.machines.iter().enumerate() {
        let m = &e.machine;
        let _ = writeln!(
            out,
            "<tr><td><span style=\"display:inline-block;width:.9em;height:.9em;background:{}\"></span> {}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{:.0} GiB</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            charts::MACHINE_COLOURS[i % charts::MACHINE_COLOURS.len()],
            i + 1,
            escape(&e.label),
            escape(&m.cpu),
            m.cores,
            m.memory_gib,
            escape(&m.os),
            escape(&m.toolchain),
            escape(&m.linker)
        );
    }
    out.push_str("</table>\n<p>Each step is shown as a multiple of the same machine's cold build of the experiment (its first step), so fast and slow machines compare. The spread is the largest ratio between the highest and the lowest machine over an experiment's steps, leaving out steps that took under 0.05 s somewhere (at a few milliseconds the ratio is noise): 1.0× means the machines agree.</p>\n");
    let flagged: Vec<&str> = c
        .experiments
        .iter()
        .filter(|e| !e.differences.is_empty())
        .map(|e| e.name.as_str())
        .collect();
    if !flagged.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"flag\">Rebuilt something different on some machines: {}. That is a behaviour difference worth discussing, not a speed difference.</p>",
            escape(&flagged.join(", "))
        );
    }
    out.push_str("<table class=\"spread\"><tr><th>Experiment</th><th class=\"num\">Spread</th><th>What rebuilt</th></tr>\n");
    for e in &c.experiments {
        let spread = e.spread.map_or("—".to_string(), |s| format!("{s:.2}×"));
        let same = match e.differences.is_empty() {
            true => "the same everywhere".to_string(),
            false => "<span class=\"flag\">differs</span>".to_string(),
        };
        let _ = writeln!(
            out,
            "<tr><td><a href=\"#{0}\">{0}</a></td><td class=\"num\">{spread}</td><td>{same}</td></tr>",
            escape(&e.name)
        );
    }
    out.push_str("</table>\n");
    for e in &c.experiments {
        out.push_str(&section_head(&e.name, &e.title, e.steps.len()));
        for d in &e.differences {
            let _ = writeln!(
                out,
                "<p class=\"flag difference\">{}</p>",
                escape(&d.describe(&c.machines))
            );
        }
        if !e.room.is_empty() {
            out.push_str("<table class=\"room\"><tr><th>How the room predicted</th><th>Answers</th><th>What happened</th><th class=\"num\">Right</th></tr>\n");
            for q in &e.room {
                let answers: Vec<String> = q
                    .answers
                    .iter()
                    .map(|(said, n)| format!("{} ×{n}", code(said)))
                    .collect();
                let happened: Vec<String> = q.happened.iter().map(|h| code(h)).collect();
                let _ = writeln!(
                    out,
                    "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{} of {}</td></tr>",
                    code(&q.ask),
                    answers.join("<br>"),
                    happened.join("<br>"),
                    q.right,
                    q.answered
                );
            }
            out.push_str("</table>\n");
        }
        let groups: Vec<Group> = e
            .steps
            .iter()
            .map(|s| Group {
                label: format!("{}. {}", s.number, s.label),
                step: s.number,
                values: s.normalized.clone(),
            })
            .collect();
        if groups.is_empty() {
            out.push_str("<p class=\"muted\">Only a cold build: nothing to compare it with.</p>");
        } else {
            out.push_str(&charts::grouped_bars(&e.name, &groups));
        }
        out.push_str("</section>\n");
    }
    out.push_str("</body></html>\n");
    out
}
