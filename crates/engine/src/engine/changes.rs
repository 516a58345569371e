//! The steps that change something between cargo runs: a touched file, an edited
//! file, a `Cargo.toml` setting, an environment variable.

use std::time::SystemTime;

use anyhow::{Context, Result};

use crate::engine::edits;
use crate::engine::plan::{Action, Plan};
use crate::engine::report::StepKind;
use crate::engine::sandbox::{Sandbox, StepEnv};
use crate::engine::services::Running;

/// Whether a step of the plan may change what cargo resolves (see
/// [`may_change_resolution`]).
pub fn changes_manifests(plan: &Plan) -> bool {
    plan.steps
        .iter()
        .any(|s| may_change_resolution(&s.action).is_some())
}

/// The `Cargo.toml` a change edits, when the edit may change what cargo resolves: any
/// text edit of a manifest, and manifest edits outside `[profile]` (a profile never
/// changes which packages are used).
pub fn may_change_resolution(action: &Action) -> Option<&std::path::Path> {
    match action {
        Action::Manifest { path, edit } if edit.table.first().is_none_or(|t| t != "profile") => {
            Some(path)
        }
        Action::Edit { path, .. } if path.file_name().is_some_and(|n| n == "Cargo.toml") => {
            Some(path)
        }
        _ => None,
    }
}

/// Applies a step that changes files or the environment (touch, edit, env,
/// `Cargo.toml`) and returns its kind; cargo and exec steps are not changes. The
/// `services` of the run, when it has any, expand the placeholders of `env` values.
pub fn apply_change(
    action: &Action,
    sandbox: &Sandbox,
    env: &mut StepEnv,
    services: Option<&Running>,
) -> Result<StepKind> {
    Ok(match action {
        Action::Cargo(_) | Action::Exec { .. } | Action::Background(_) | Action::Wait { .. } => {
            anyhow::bail!("a cargo or exec step is not a change")
        }
        Action::Touch {
            path,
            registry: None,
        } => {
            crate::engine::sandbox::set_mtime(&sandbox.file(path), SystemTime::now())?;
            StepKind::Touch
        }
        Action::Touch {
            path,
            registry: Some(package),
        } => {
            let dir = crate::engine::registry_package::source_dir(sandbox.root(), env, package)?;
            sandbox.touch_outside(&dir.join(path))?;
            StepKind::Touch
        }
        Action::Edit {
            path,
            edit,
            keep_mtime,
        } => {
            let file = sandbox.file(path);
            let old_time = match keep_mtime {
                true => Some(
                    std::fs::metadata(&file)
                        .and_then(|m| m.modified())
                        .with_context(|| format!("cannot read the time of {}", file.display()))?,
                ),
                false => None,
            };
            let before = match edit {
                edits::TextEdit::Write { .. } => String::new(),
                _ => std::fs::read_to_string(&file)
                    .with_context(|| format!("cannot read {}", file.display()))?,
            };
            if let Some(parent) = file.parent() {
                std::fs::create_dir_all(parent)?;
            }
            let after = edits::apply_text_edit(&before, edit)
                .with_context(|| format!("cannot change {}", path.display()))?;
            std::fs::write(&file, after)
                .with_context(|| format!("cannot write {}", file.display()))?;
            if let Some(time) = old_time {
                crate::engine::sandbox::set_mtime(&file, time)?;
            }
            StepKind::Edit
        }
        Action::Env { set, unset } => {
            for key in unset {
                env.unset(key);
            }
            for (key, value) in set {
                match services {
                    Some(running) => env.set_shown(key, value, &running.expand(value)),
                    None => env.set(key, value),
                }
            }
            StepKind::Env
        }
        Action::Manifest { path, edit } => {
            let file = sandbox.file(path);
            let before = std::fs::read_to_string(&file)
                .with_context(|| format!("cannot read {}", file.display()))?;
            let after = edits::apply_manifest_edit(&before, edit)?;
            std::fs::write(&file, after)
                .with_context(|| format!("cannot write {}", file.display()))?;
            if edit.table.first().map(String::as_str) == Some("profile") {
                StepKind::Profile
            } else {
                StepKind::CargoToml
            }
        }
    })
}
