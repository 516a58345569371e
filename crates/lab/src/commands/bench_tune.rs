//! `cargo xtask bench-tune [--runs N] [--path DIR] [--levers NAME]`: `tune`'s ratio
//! for one lever (on `examples/tune-demo`, unless another project is named), checked
//! against hyperfine timing the same edit loop in the same two states (a scratch copy
//! per variant, each with its own target directory, built once before). The two
//! ratios should agree within 10 %.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use anyhow::{Context, Result, bail};

use crate::engine::sandbox::copy_tree;
use crate::engine::stats::Stats;
use crate::error::CheckFailed;
use crate::paths;
use crate::tune::{self, lever};

/// The lever the benchmark times by default: the demo's best, with a clear difference.
const DEFAULT_LEVER: &str = "deps-no-debuginfo";

/// Runs the benchmark and prints both ratios.
pub fn run(runs: usize, path: Option<&Path>, lever_name: Option<&str>) -> Result<()> {
    let demo = match path {
        Some(p) => p.canonicalize()?,
        None => paths::project_root().join("examples/tune-demo"),
    };
    let name = lever_name.unwrap_or(DEFAULT_LEVER);
    eprintln!(
        "1/2 tune --levers {name} --runs {runs} on {}…",
        demo.display()
    );
    let tuning = tune::tune(&tune::Options {
        path: demo.clone(),
        runs,
        levers: Some(vec![name.to_string()]),
        budget: Duration::from_secs(3600),
        yes: true,
        progress: true,
        profile: lever::LoopProfile::Dev,
        run: None,
    })?;
    let result = tuning.levers.first().context("tune measured no lever")?;
    let tune_ratio =
        Stats::of(&result.variant.loops).median / Stats::of(&result.baseline_loops).median;

    eprintln!("2/2 hyperfine on the same loop, in two scratch copies…");
    let lever =
        lever::by_name(name, lever::LoopProfile::Dev).context("the lever is in the catalogue")?;
    if !lever.rustflags.is_empty()
        || lever.toolchain.is_some()
        || !lever.build_scripts.is_empty()
        || lever.name == "rerun-if-changed"
    {
        bail!("bench-tune times levers that set profile keys; `{name}` does not");
    }
    let args: Vec<String> = lever
        .profile
        .iter()
        .map(|k| format!("--config '{}'", k.config_arg()))
        .collect();
    let files: Vec<String> = tuning
        .loop_files
        .iter()
        .map(|f| f.display().to_string())
        .collect();
    let base_dir = tempfile::Builder::new()
        .prefix("rebuild-lab-bench-tune-")
        .tempdir()?;
    let variant_dir = tempfile::Builder::new()
        .prefix("rebuild-lab-bench-tune-")
        .tempdir()?;
    let base = hyperfine_command(&demo, base_dir.path(), "", &files)?;
    let variant = hyperfine_command(&demo, variant_dir.path(), &args.join(" "), &files)?;
    // One warm-up run each, as tune gives every variant one round before those that
    // count.
    let times = crate::measure::hyperfine::times(
        base_dir.path(),
        &[
            "--warmup".into(),
            "1".into(),
            "--runs".into(),
            runs.to_string(),
            base,
            variant,
        ],
    )?;
    let (hb, hv) = (Stats::of(&times[0]).median, Stats::of(&times[1]).median);
    let outside = hv / hb;
    let base_stats = Stats::of(&result.baseline_loops);
    let variant_stats = Stats::of(&result.variant.loops);
    println!(
        "edit loop of {}, {name} against the baseline, {runs} runs each:",
        demo.display()
    );
    println!(
        "  tune       baseline {:.3}s [{:.3}–{:.3}]  {name} {:.3}s [{:.3}–{:.3}]  ratio {tune_ratio:.3}",
        base_stats.median,
        base_stats.min,
        base_stats.max,
        variant_stats.median,
        variant_stats.min,
        variant_stats.max
    );
    println!("  hyperfine  baseline {hb:.3}s  {name} {hv:.3}s  ratio {outside:.3}");
    let agree = outside / tune_ratio;
    println!(
        "  hyperfine / tune = {agree:.3} ({})",
        if (agree - 1.0).abs() <= 0.10 {
            "agree within 10 %"
        } else {
            "DISAGREE by more than 10 %"
        }
    );
    if (agree - 1.0).abs() > 0.10 {
        return Err(
            CheckFailed("tune's ratio and hyperfine's differ by more than 10 %".into()).into(),
        );
    }
    Ok(())
}

/// Copies the project into `dir`, builds it once with `args`, and returns the shell
/// command hyperfine times there: the loop `tune` runs (touch the entry file and
/// build, add a function to it and build, add one to the leaf library and build).
fn hyperfine_command(project: &Path, dir: &Path, args: &str, files: &[String]) -> Result<String> {
    let root = dir.join("project");
    copy_tree(project, &root)?;
    let build = format!("cargo build -q {args}");
    let status = Command::new("sh")
        .arg("-c")
        .arg(&build)
        .current_dir(&root)
        .status()
        .context("cannot run cargo")?;
    if !status.success() {
        bail!("the project did not build in {}", root.display());
    }
    let edit = |file: &str| {
        format!(
            "printf '\\n#[allow(dead_code)] fn probe_%s() -> u32 {{ 1 }}\\n' \"$(date +%s%N)\" >> '{file}'"
        )
    };
    let entry = files.first().context("tune names no file of its loop")?;
    let mut command = format!("cd '{}' && touch '{entry}' && {build}", root.display());
    for f in files {
        command.push_str(&format!(" && {} && {build}", edit(f)));
    }
    Ok(command)
}

/// The `bench-tune` command, as the command line gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BenchTuneArgs {
    /// Repetitions.
    pub runs: usize,
    /// The project (default: `examples/tune-demo`).
    pub path: Option<std::path::PathBuf>,
    /// The lever (default: `deps-no-debuginfo`).
    pub lever: Option<String>,
}

impl BenchTuneArgs {
    /// Runs the command.
    pub fn run(self) -> anyhow::Result<()> {
        run(self.runs, self.path.as_deref(), self.lever.as_deref())
    }
}
