//! `tune`'s results as a person reads them: one table, the settings to paste, and the
//! same as an HTML page with a chart.

use std::fmt::Write as _;

use super::lever::{Judge, Lever, LoopProfile};
use super::{LeverResult, Tuning, VariantResult};
use crate::html::{escape, svg_open};

/// `12.3 MB`, `840 kB`.
pub fn bytes(n: u64) -> String {
    let n = n as f64;
    if n >= 1e9 {
        format!("{:.1} GB", n / 1e9)
    } else if n >= 1e6 {
        format!("{:.1} MB", n / 1e6)
    } else {
        format!("{:.0} kB", n / 1e3)
    }
}

/// A lever's settings as the lines a project keeps: `[profile.dev] debug = false`,
/// `[build] rustflags = ["-C", "link-arg=-fuse-ld=mold"]` (in `.cargo/config.toml`).
pub fn setting_lines(lever: &Lever) -> Vec<String> {
    let mut lines: Vec<String> = lever
        .profile
        .iter()
        .map(|k| {
            let (table, line) = k.toml_line();
            format!("[{table}] {line}")
        })
        .collect();
    if !lever.rustflags.is_empty() {
        let flags: Vec<String> = lever.rustflags.iter().map(|f| format!("{f:?}")).collect();
        lines.push(format!(
            "[build] rustflags = [{}]  (.cargo/config.toml)",
            flags.join(", ")
        ));
    }
    for script in &lever.build_scripts {
        lines.push(format!(
            "in {}, first in main: {}  (a source change, if the script reads nothing else)",
            script.display(),
            super::lever::RERUN_LINE
        ));
    }
    if let Some(t) = lever.toolchain {
        lines.push(format!(
            "toolchain: {t} (rust-toolchain.toml, or cargo +{t})"
        ));
    }
    lines
}

fn loop_cell(v: &VariantResult) -> String {
    v.loop_stats()
        .map(|s| format!("{:.2}s", s.median))
        .unwrap_or_else(|| "-".into())
}

fn row(l: &LeverResult, baseline: &VariantResult, program: bool) -> Vec<String> {
    let before = if l.baseline_loops.is_empty() {
        "-".to_string()
    } else {
        format!(
            "{:.2}s",
            crate::engine::stats::Stats::of(&l.baseline_loops).median
        )
    };
    let (ratio, range, verdict) = match &l.comparison {
        Some(c) => (
            format!("{:.2}×", c.ratio),
            format!("{:.2}–{:.2}", c.ratio_min, c.ratio_max),
            match (l.judge, &l.program) {
                (Judge::Program, Some(p)) => {
                    format!("program {}, loop {}", p.verdict.words(), c.verdict.words())
                }
                (Judge::Program, None) => "not judged (no program runs)".into(),
                (Judge::EditLoop, _) => c.verdict.words().to_string(),
            },
        ),
        None => ("-".into(), "-".into(), "not judged".into()),
    };
    let cold = if l.variant.cold_seconds > 0.0 && baseline.cold_seconds > 0.0 {
        format!(
            "{:.1}s ({:+.0} %)",
            l.variant.cold_seconds,
            pct(l.variant.cold_seconds, baseline.cold_seconds)
        )
    } else {
        "-".into()
    };
    let disk = if l.variant.disk_bytes > 0 {
        format!(
            "{} ({:+.0} %)",
            bytes(l.variant.disk_bytes),
            pct(l.variant.disk_bytes as f64, baseline.disk_bytes as f64)
        )
    } else {
        "-".into()
    };
    let binary = match (l.variant.binary_bytes, baseline.binary_bytes) {
        (Some(v), Some(b)) => format!("{} ({:+.0} %)", bytes(v), pct(v as f64, b as f64)),
        (Some(v), None) => bytes(v),
        _ => "-".into(),
    };
    let mut cells = vec![
        l.name.clone(),
        format!("{before} → {}", loop_cell(&l.variant)),
        ratio,
        range,
        cold,
        disk,
        binary,
    ];
    if program {
        cells.push(match &l.program {
            Some(c) => format!(
                "{:.3}s → {:.3}s ({:.2}×)",
                crate::engine::stats::Stats::of(&l.baseline_program).median,
                crate::engine::stats::Stats::of(&l.variant.program).median,
                c.ratio
            ),
            None => "-".into(),
        });
    }
    cells.push(verdict);
    cells
}

fn pct(v: f64, base: f64) -> f64 {
    if base > 0.0 {
        (v / base - 1.0) * 100.0
    } else {
        0.0
    }
}

/// The tuning as text: the table, what each lever costs, the settings to keep.
pub fn text(t: &Tuning) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "project: {}", t.project.display());
    let _ = writeln!(out, "machine: {}", t.machine);
    let files: Vec<String> = t
        .loop_files
        .iter()
        .map(|f| f.display().to_string())
        .collect();
    let _ = writeln!(
        out,
        "edit loop: touch and edit {}, each followed by cargo build{}; {} rounds per variant, \
         variants alternating in each round",
        files.join(", edit "),
        if t.profile == LoopProfile::Release {
            " --release"
        } else {
            ""
        },
        t.runs
    );
    if let Some(args) = &t.run {
        let _ = writeln!(
            out,
            "program: the binary run {} times after each round's builds (their median counts), \
             with arguments {:?}",
            super::program::RUNS_PER_ROUND,
            args
        );
    }
    let _ = writeln!(
        out,
        "baseline: cold build {:.1}s, target {}, binary {}{}",
        t.baseline.cold_seconds,
        bytes(t.baseline.disk_bytes),
        t.baseline
            .binary_bytes
            .map(bytes)
            .unwrap_or_else(|| "-".into()),
        if t.baseline.program.is_empty() {
            String::new()
        } else {
            format!(
                ", program {:.3}s",
                crate::engine::stats::Stats::of(&t.baseline.program).median
            )
        }
    );
    let _ = writeln!(out);
    let program = t.run.is_some();
    let mut header = vec![
        "LEVER",
        "EDIT LOOP (median)",
        "RATIO",
        "RANGE",
        "COLD BUILD",
        "DISK",
        "BINARY",
    ];
    if program {
        header.push("PROGRAM (median)");
    }
    header.push("VERDICT");
    let mut rows: Vec<Vec<String>> = t
        .levers
        .iter()
        .map(|l| row(l, &t.baseline, program))
        .collect();
    if let Some(tog) = &t.together {
        rows.push(row(tog, &t.baseline, program));
    }
    let widths: Vec<usize> = (0..header.len())
        .map(|i| {
            rows.iter()
                .map(|r| r[i].chars().count())
                .chain([header[i].chars().count()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cells: Vec<String>| -> String {
        cells
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{c:<w$}", w = widths[i]))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_string()
    };
    let _ = writeln!(
        out,
        "{}",
        line(header.iter().map(|h| h.to_string()).collect())
    );
    for r in rows {
        let _ = writeln!(out, "{}", line(r));
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "What each lever costs you:");
    for l in t.levers.iter().chain(&t.together) {
        let _ = writeln!(out, "  {}: {}", l.name, l.loses);
        if let Some(n) = &l.note {
            let _ = writeln!(out, "    note: {n}");
        }
    }
    if !t.not_tried.is_empty() {
        let _ = writeln!(out, "Not tried:");
        for (n, why) in &t.not_tried {
            let _ = writeln!(out, "  {n}: {why}");
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "RATIO is the median of the per-round ratios (lever / baseline of the same round) and \
         RANGE their smallest and largest. A lever counts as faster when it beat the baseline \
         in every round, by at least 5 % in that median (with no real difference, all of 5 \
         rounds favour it 3 % of the time)."
    );
    if t.levers
        .iter()
        .any(|l| l.judge == Judge::Program && l.program.is_some())
    {
        let _ = writeln!(
            out,
            "A lever for the program's speed is judged on PROGRAM by the same rule, and kept \
             only if the edit loop was not slower."
        );
    }
    let kept = t.kept();
    if let (Some(tog), Some(best)) = (&t.together, kept.first())
        && let (Some(c), Some(b)) = (&tog.comparison, &best.comparison)
    {
        let _ = writeln!(
            out,
            "Together ({}): {:.2}× the baseline; the best of them alone, {}: {:.2}×.{}",
            kept.iter()
                .map(|l| l.name.as_str())
                .collect::<Vec<_>>()
                .join(" + "),
            c.ratio,
            best.name,
            b.ratio,
            if !t.together_pays(tog, best) {
                " Together they gained nothing over it: keep that one alone."
            } else {
                ""
            }
        );
    }
    if t.recommended().is_empty() {
        let _ = writeln!(
            out,
            "To keep: nothing. On this project and machine no lever beat the noise; your \
             settings are fine as they are."
        );
    } else {
        let _ = writeln!(out, "To keep, paste these (or run tune --apply):");
        for l in &t.recommended() {
            for s in &l.settings {
                let _ = writeln!(out, "  {s}");
            }
        }
    }
    if let Some(s) = &t.stopped {
        let _ = writeln!(out);
        let _ = writeln!(out, "Stopped early: {s}");
    }
    let _ = writeln!(
        out,
        "(tune took {})",
        super::minutes(std::time::Duration::from_secs_f64(t.seconds))
    );
    out
}

/// The tuning as a self-contained HTML page: a bar per variant (the edit loop's
/// median, with the range of its rounds) and the table.
pub fn html(t: &Tuning) -> String {
    let mut bars: Vec<(String, &VariantResult, &str)> =
        vec![("baseline".into(), &t.baseline, "#888")];
    for l in t.levers.iter().chain(&t.together) {
        let colour = if l.kept() { "#2a7" } else { "#c84" };
        bars.push((l.name.clone(), &l.variant, colour));
    }
    let max = bars
        .iter()
        .filter_map(|(_, v, _)| v.loop_stats().map(|s| s.max))
        .fold(0.0_f64, f64::max)
        .max(0.001);
    let (w, row_h, left) = (640.0, 26.0, 150.0);
    let h = row_h * bars.len() as f64 + 30.0;
    let mut svg = svg_open(
        "class=\"tune-chart\"",
        w,
        h,
        "The edit loop per variant: median and range of the rounds",
    );
    for (i, (name, v, colour)) in bars.iter().enumerate() {
        let y = 10.0 + i as f64 * row_h;
        let _ = write!(
            svg,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" font-size=\"12\">{}</text>",
            left - 8.0,
            y + 14.0,
            escape(&crate::html::shorten(name, 20))
        );
        if let Some(s) = v.loop_stats() {
            let scale = (w - left - 70.0) / max;
            let _ = write!(
                svg,
                "<rect x=\"{left}\" y=\"{y}\" width=\"{:.1}\" height=\"18\" fill=\"{colour}\"/>\
                 <line x1=\"{:.1}\" x2=\"{:.1}\" y1=\"{:.1}\" y2=\"{:.1}\" stroke=\"#000\"/>\
                 <text x=\"{:.1}\" y=\"{}\" font-size=\"12\">{:.2}s</text>",
                s.median * scale,
                left + s.min * scale,
                left + s.max * scale,
                y + 9.0,
                y + 9.0,
                left + s.max * scale + 6.0,
                y + 14.0,
                s.median
            );
        }
    }
    svg.push_str("</svg>");
    format!(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>tune: {}</title>\
         <style>body{{font-family:sans-serif;max-width:60em;margin:2em auto}}\
         pre{{background:#f4f4f4;padding:1em;overflow:auto}}</style></head><body>\
         <h1>tune: {}</h1><p>Green: faster than the baseline. Orange: not. Bars: the edit loop's median; \
         lines: the fastest to the slowest round.</p>{svg}<pre>{}</pre></body></html>\n",
        escape(&t.project.display().to_string()),
        escape(&t.project.display().to_string()),
        escape(&text(t))
    )
}
