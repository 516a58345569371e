//! `cargo xtask bench-measure [--runs N]`: are `measure`'s times true, and what does
//! the fingerprint log cost?
//!
//! On a generated workspace of 13 crates (an edit in the leaf recompiles all of them):
//! - `measure --runs N` with one code edit, against hyperfine timing plain `cargo
//!   build` over the same kind of edit (`--prepare` appends a new function first) in
//!   the same target directory: the medians must agree within 10 %;
//! - `measure` with cargo's fingerprint log and without it (`REBUILD_LAB_REASONS=
//!   package`), alternating, N runs each: the log's cost on the code-edit build.

use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result, bail};

use crate::engine::stats::Stats;

/// Crates in the generated chain (plus `app`).
const CRATES: usize = 12;

/// Runs both comparisons and prints medians, ranges and ratios.
pub fn run(runs: usize) -> Result<()> {
    if runs < 5 {
        bail!(crate::error::InputError::new(
            "bench-measure needs at least 5 runs for a median worth reading (the issue asks for 9)"
        ));
    }
    let dir = tempfile::Builder::new()
        .prefix("rebuild-lab-bench-measure-")
        .tempdir()?;
    crate::measure::chain::write(dir.path(), CRATES)?;
    let project = dir.path();
    let leaf = "c00/src/lib.rs";
    eprintln!(
        "Generated a workspace of {} crates in {}; building it once…",
        CRATES + 1,
        project.display()
    );
    let status = Command::new("cargo")
        .arg("build")
        .arg("-q")
        .current_dir(project)
        .status()?;
    if !status.success() {
        bail!("the generated workspace does not build");
    }

    eprintln!("1/2 measure --runs {runs} against hyperfine on the same code edit…");
    let measured = code_edit_seconds(project, leaf, runs, None)?;
    let outside = hyperfine(project, leaf, runs)?;
    let m = Stats::of(&measured);
    let h = Stats::of(&outside);
    println!(
        "code-edit build of {} crates, {runs} runs each:",
        CRATES + 1
    );
    println!(
        "  measure   median {:.3}s [{:.3}–{:.3}]",
        m.median, m.min, m.max
    );
    println!(
        "  hyperfine median {:.3}s [{:.3}–{:.3}]",
        h.median, h.min, h.max
    );
    let agree = m.median / h.median;
    println!(
        "  measure / hyperfine = {agree:.3} ({})",
        if (0.9..=1.1).contains(&agree) {
            "within 10 %"
        } else {
            "NOT within 10 %"
        }
    );

    eprintln!("2/2 the fingerprint log on and off, alternating, {runs} runs each…");
    let (mut on, mut off) = (Vec::new(), Vec::new());
    for i in 0..runs {
        crate::interrupt::check()?;
        let order = if i % 2 == 0 {
            [true, false]
        } else {
            [false, true]
        };
        for log in order {
            let env = (!log).then_some((crate::engine::fingerprint_log::REASONS_VAR, "package"));
            let t = code_edit_seconds(project, leaf, 1, env)?;
            if log { on.extend(t) } else { off.extend(t) }
        }
    }
    let (on, off) = (Stats::of(&on), Stats::of(&off));
    println!("code-edit build with and without cargo's fingerprint log:");
    println!(
        "  log on    median {:.3}s [{:.3}–{:.3}]",
        on.median, on.min, on.max
    );
    println!(
        "  log off   median {:.3}s [{:.3}–{:.3}]",
        off.median, off.min, off.max
    );
    let cost = on.median / off.median;
    println!(
        "  on / off = {cost:.3} ({})",
        if cost <= 1.03 {
            "within 3 %"
        } else {
            "MORE than 3 %"
        }
    );
    Ok(())
}

/// The seconds of each code-edit build of `measure --runs N --edit FILE --touch FILE`,
/// run as the learner runs it (the lab's own binary, `--json`).
fn code_edit_seconds(
    project: &Path,
    file: &str,
    runs: usize,
    env: Option<(&str, &str)>,
) -> Result<Vec<f64>> {
    let exe = std::env::current_exe()?;
    let mut cmd = Command::new(exe);
    cmd.args([
        "measure",
        "--json",
        "--runs",
        &runs.to_string(),
        "--edit",
        file,
        "--touch",
        file,
    ])
    .arg("--path")
    .arg(project);
    if let Some((k, v)) = env {
        cmd.env(k, v);
    }
    let out = cmd.output().context("cannot run measure")?;
    if !out.status.success() {
        bail!("measure failed:\n{}", String::from_utf8_lossy(&out.stderr));
    }
    let json: serde_json::Value = serde_json::from_slice(&out.stdout)?;
    let seconds: Vec<f64> = json["report"]["steps"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|s| {
            s["label"]
                .as_str()
                .is_some_and(|l| l.starts_with("build after a code edit"))
        })
        .filter_map(|s| s["seconds"].as_f64())
        .collect();
    if seconds.len() != runs {
        bail!(
            "expected {runs} code-edit builds in measure's report, found {}",
            seconds.len()
        );
    }
    Ok(seconds)
}

/// hyperfine's times of plain `cargo build` after appending a new function to `file`
/// (the same kind of edit `measure` makes), in the same target directory. The file is
/// put back afterwards.
fn hyperfine(project: &Path, file: &str, runs: usize) -> Result<Vec<f64>> {
    let path = project.join(file);
    let original = std::fs::read(&path)?;
    let prepare = format!(
        "printf '\\n#[allow(dead_code)] fn probe_%s() -> u32 {{ 1 }}\\n' \"$(date +%s%N)\" >> {file}"
    );
    let times = crate::measure::hyperfine::times(
        project,
        &[
            "--runs".into(),
            runs.to_string(),
            "--prepare".into(),
            prepare,
            "cargo build -q".into(),
        ],
    );
    std::fs::write(&path, original)?;
    Ok(times?.swap_remove(0))
}

/// The `bench-measure` command, as the command line gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BenchMeasureArgs {
    /// Repetitions.
    pub runs: usize,
}

impl BenchMeasureArgs {
    /// Runs the command.
    pub fn run(self) -> anyhow::Result<()> {
        run(self.runs)
    }
}
