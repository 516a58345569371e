//! What a cargo run printed, merged as it arrives: cargo's JSON messages, its `-v`
//! status lines and the fingerprint log become the step's units with their reasons,
//! and the timing shim's records become each crate's rustc and link times.

use crate::engine::report::{EnvEntry, TargetKind};
use std::collections::BTreeMap;

use crate::engine::cargo_messages::{self, Message, Status};
use crate::engine::instrument;
use crate::engine::plan::CargoStep;
use crate::engine::report::{
    CargoOutcome, CrateTiming, Executable, PackageReason, UnitMode, UnitReport,
};
use crate::engine::sandbox::StepEnv;
use crate::engine::unit_reasons;

/// Sums a step's timing records per crate: rustc time without the link, and link time;
/// with `step_start` (seconds since the Unix epoch), also when each crate's first rustc
/// call started, relative to it.
pub fn aggregate(records: &[instrument::Record], step_start: Option<f64>) -> Vec<CrateTiming> {
    #[derive(Default)]
    struct Sum {
        total: f64,
        link: Option<f64>,
        first: Option<f64>,
    }
    let mut by_crate: BTreeMap<(String, String, bool), Sum> = BTreeMap::new();
    for r in records {
        // Cargo asks rustc about the target (`--crate-name ___ --print …`) outside any
        // package: that is not a crate being built.
        if let instrument::Record::Rustc { package, .. } = r
            && package.is_empty()
        {
            continue;
        }
        match r {
            instrument::Record::Rustc {
                package,
                crate_name,
                seconds,
                start,
                test,
                ..
            } => {
                let e = by_crate
                    .entry((package.clone(), crate_name.clone(), *test))
                    .or_default();
                e.total += seconds;
                if *start > 0.0 {
                    e.first = Some(e.first.map_or(*start, |f: f64| f.min(*start)));
                }
            }
            instrument::Record::Link {
                package,
                crate_name,
                seconds,
                test,
                ..
            } => {
                let e = by_crate
                    .entry((package.clone(), crate_name.clone(), *test))
                    .or_default();
                *e.link.get_or_insert(0.0) += seconds;
            }
        }
    }
    by_crate
        .into_iter()
        .map(|((package, crate_name, test), sum)| CrateTiming {
            package,
            crate_name,
            test,
            compile_seconds: (sum.total - sum.link.unwrap_or(0.0)).max(0.0),
            link_seconds: sum.link,
            start_offset: match (sum.first, step_start) {
                (Some(first), Some(step)) => Some((first - step).max(0.0)),
                _ => None,
            },
        })
        .collect()
}

/// The crates with an incremental cache, as `PROFILE-DIR/crate`, e.g. `debug/app`.
pub fn incremental_caches(target: &std::path::Path) -> Vec<String> {
    let mut out = Vec::new();
    for profile in std::fs::read_dir(target).into_iter().flatten().flatten() {
        let dir = profile.path().join("incremental");
        for e in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            // Directories are named `crate-HASH`.
            let crate_name = name.rsplit_once('-').map_or(name.as_str(), |(c, _)| c);
            out.push(format!(
                "{}/{crate_name}",
                profile.file_name().to_string_lossy()
            ));
        }
    }
    out.sort();
    out.dedup();
    out
}

/// What a cargo run printed, as it arrives.
#[derive(Default)]
pub(super) struct Collected {
    pub(super) artifacts: Vec<cargo_messages::Artifact>,
    pub(super) build_scripts: Vec<cargo_messages::BuildScriptExecuted>,
    pub(super) errors: Vec<String>,
    pub(super) program_output: String,
}

impl Collected {
    pub(super) fn stdout_line(&mut self, line: &str) {
        match cargo_messages::parse_message(line) {
            Some(Message::CompilerArtifact(a)) => self.artifacts.push(a),
            Some(Message::BuildScriptExecuted(b)) => self.build_scripts.push(b),
            Some(Message::CompilerMessage(m)) => {
                if m.message.level == "error"
                    && let Some(rendered) = m.message.rendered
                {
                    self.errors.push(rendered);
                }
            }
            Some(Message::BuildFinished(_) | Message::Other) => {}
            None => {
                self.program_output.push_str(line);
                self.program_output.push('\n');
            }
        }
    }

    pub(super) fn finish(
        self,
        step: &CargoStep,
        env: &StepEnv,
        success: bool,
        stderr: &str,
        root: &std::path::Path,
    ) -> CargoOutcome {
        let mut reasons: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
        let mut ran_scripts: Vec<String> = Vec::new();
        let mut output = String::new();
        let mut lockfile = Vec::new();
        let mut lock_waits: Vec<String> = Vec::new();
        let mut externs = unit_reasons::Externs::new();
        let mut running: Vec<String> = Vec::new();
        let (log, stderr) = crate::engine::fingerprint_log::split(stderr);
        for line in stderr.lines() {
            match cargo_messages::parse_status(line) {
                Status::Dirty {
                    name,
                    version,
                    reason,
                } => {
                    let list = reasons.entry((name, version)).or_default();
                    if !list.contains(&reason) {
                        list.push(reason);
                    }
                }
                Status::Running { command } => {
                    running.push(command.clone());
                    if command.ends_with("build-script-build") {
                        ran_scripts.push(command);
                    } else {
                        unit_reasons::record_externs(&command, &mut externs);
                    }
                }
                Status::Waiting { on } if !is_directory_lock(&on) => {}
                // Kept in the output too, for a question about what the step printed.
                Status::Waiting { on } => {
                    if !lock_waits.contains(&on) {
                        output.push_str(&format!("Blocking waiting for file lock on {on}\n"));
                        lock_waits.push(on);
                    }
                }
                Status::Fresh { .. } | Status::Compiling { .. } => {}
                Status::Lockfile { change } => {
                    output.push_str(&change);
                    output.push('\n');
                    lockfile.push(change);
                }
                Status::Other(text) => {
                    output.push_str(&text);
                    output.push('\n');
                }
            }
        }
        output.push_str(&self.program_output);

        let mut units = Vec::new();
        for a in &self.artifacts {
            let Some(id) = cargo_messages::parse_package_id(&a.package_id) else {
                continue;
            };
            let kind = TargetKind::from(a.target.kind.first().map(String::as_str).unwrap_or(""));
            let mode = if a.profile.test {
                UnitMode::Test
            } else if !a.filenames.is_empty() && a.filenames.iter().all(|f| f.ends_with(".rmeta")) {
                UnitMode::Check
            } else {
                UnitMode::Build
            };
            let mut u = unit(id, a.target.name.clone(), kind, mode, a.fresh, &reasons);
            u.features = a.features.clone();
            units.push(u);
        }
        for b in &self.build_scripts {
            let Some(id) = cargo_messages::parse_package_id(&b.package_id) else {
                continue;
            };
            let marker = format!("/build/{}-", id.name);
            let ran = ran_scripts.iter().any(|c| c.contains(&marker));
            units.push(unit(
                id,
                "build-script-build".into(),
                "build-script".into(),
                UnitMode::RunBuildScript,
                !ran,
                &reasons,
            ));
        }
        let mut edges = crate::engine::unit_graph::edges(
            &units,
            &self.artifacts,
            &self.build_scripts,
            &running,
        );
        // Sorted, with the edges following their units to their new places.
        let mut order: Vec<usize> = (0..units.len()).collect();
        order.sort_by(|&a, &b| {
            let (a, b) = (&units[a], &units[b]);
            (&a.package, &a.version, &a.kind, &a.target, a.mode)
                .cmp(&(&b.package, &b.version, &b.kind, &b.target, b.mode))
        });
        let mut place = vec![0; units.len()];
        for (new, &old) in order.iter().enumerate() {
            place[old] = new;
        }
        let mut units: Vec<UnitReport> = order.iter().map(|&i| units[i].clone()).collect();
        for e in &mut edges {
            e.unit = place[e.unit];
            e.on = place[e.on];
        }
        edges.sort_by_key(|e| (e.unit, e.on));
        let entries = crate::engine::fingerprint_log::parse(&log);
        let reasons_from = unit_reasons::assign(&mut units, &entries, &externs, root);
        let cargo_said = reasons
            .into_iter()
            .flat_map(|((package, version), said)| {
                said.into_iter().map(move |reason| PackageReason {
                    package: package.clone(),
                    version: version.clone(),
                    reason,
                })
            })
            .collect();
        CargoOutcome {
            subcommand: step.command,
            command: step.display(),
            env: env.overrides().into_iter().map(EnvEntry::from).collect(),
            success,
            units,
            reasons_from,
            cargo_said,
            errors: self.errors,
            output,
            lockfile,
            lock_waits,
            target_bytes: 0,
            cache: Vec::new(),
            order: Vec::new(),
            timings: Vec::new(),
            incremental: Vec::new(),
            edges,
            executables: self
                .artifacts
                .iter()
                .filter_map(|a| {
                    let path = a.executable.as_ref()?;
                    Some(Executable {
                        name: a.target.name.clone(),
                        bytes: std::fs::metadata(path).ok()?.len(),
                    })
                })
                .collect(),
        }
    }
}

/// The root of the workspace a cargo step runs in: the nearest directory at or above
/// `work_dir` (inside the scratch copy) whose `Cargo.toml` has a `[workspace]` table,
/// else the nearest package.
pub(super) fn workspace_root(
    work_dir: &std::path::Path,
    scratch: &std::path::Path,
) -> std::path::PathBuf {
    let mut package = None;
    for dir in work_dir.ancestors().take_while(|d| d.starts_with(scratch)) {
        let Ok(text) = std::fs::read_to_string(dir.join("Cargo.toml")) else {
            continue;
        };
        if text.lines().any(|l| l.trim() == "[workspace]") {
            return dir.to_path_buf();
        }
        package.get_or_insert_with(|| dir.to_path_buf());
    }
    package.unwrap_or_else(|| work_dir.to_path_buf())
}

fn unit(
    id: cargo_messages::PackageId,
    target: String,
    kind: TargetKind,
    mode: UnitMode,
    fresh: bool,
    reasons: &BTreeMap<(String, String), Vec<String>>,
) -> UnitReport {
    let reasons = if fresh {
        Vec::new()
    } else {
        reasons
            .get(&(id.name.clone(), id.version.clone()))
            .cloned()
            .unwrap_or_default()
    };
    UnitReport {
        package: id.name,
        version: id.version,
        registry: id.registry,
        target,
        kind,
        mode,
        fresh,
        reasons,
        features: Vec::new(),
        new_because: None,
    }
}

/// Whether a lock cargo waited for is one of the build's own directories (`artifact
/// directory`, `build directory`). The package cache (cargo says "package cache" or
/// "shared package cache") is shared by every cargo on the machine: a wait for it says
/// how busy the machine is, not what this build did.
fn is_directory_lock(on: &str) -> bool {
    !on.contains("package cache")
}

#[cfg(test)]
mod tests {
    use super::is_directory_lock;

    #[test]
    fn only_waits_for_the_builds_own_directories_count() {
        assert!(is_directory_lock("artifact directory"));
        assert!(is_directory_lock("build directory"));
        assert!(!is_directory_lock("package cache"));
        assert!(!is_directory_lock("shared package cache"));
    }
}
