//! The programs some experiments need (each missing one names the experiments that are
//! skipped), the way to crates.io, and whether `prefetch` has downloaded everything.

use std::collections::BTreeMap;
use std::path::Path;

use super::Finding;

pub(super) fn check(root: &Path) -> Vec<Finding> {
    let mut out = Vec::new();
    // Which experiments need what (nightly and mold have findings of their own).
    let mut needs: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for entry in crate::catalogue::entries(&root.join("exercises")) {
        let Ok(plan) = crate::engine::plan::load(&entry.dir) else {
            continue;
        };
        for r in &plan.requires {
            if !matches!(r.as_str(), "nightly" | "mold" | "crates-io") {
                needs.entry(r.clone()).or_default().push(plan.name.clone());
            }
        }
    }
    let mut present = Vec::new();
    for (requirement, experiments) in &needs {
        match crate::engine::requirements::missing(std::slice::from_ref(requirement)).first() {
            Some(missing) => out.push(Finding::warning(
                &format!("tool {requirement}"),
                format!(
                    "{requirement} is missing: {} experiment{} skipped ({})",
                    experiments.len(),
                    if experiments.len() == 1 {
                        " is"
                    } else {
                        "s are"
                    },
                    experiments.join(", ")
                ),
                missing.hint.clone(),
            )),
            None => present.push(requirement.as_str()),
        }
    }
    if !present.is_empty() {
        out.push(Finding::ok("tools", present.join(", ")));
    }

    let reachable = crate::engine::downloads::network::crates_io_reachable(root);
    match reachable {
        true => out.push(Finding::ok("network", "crates.io answers")),
        false => out.push(Finding::warning(
            "network",
            format!(
                "crates.io cannot be reached ({}): the lab works from what was downloaded",
                crate::engine::downloads::network::why_unreachable(root)
            ),
            "fine after `cargo xtask prefetch`; the download experiments are skipped",
        )),
    }
    let missing = crate::instructor::prefetch::still_missing(root);
    let shown: Vec<String> = missing.iter().take(3).map(ToString::to_string).collect();
    match (missing.is_empty(), reachable) {
        (true, _) => out.push(Finding::ok(
            "downloads",
            "every crate the lab needs is in Cargo's cache",
        )),
        (false, true) => out.push(Finding::warning(
            "downloads",
            format!(
                "{} crates are not downloaded yet (e.g. {})",
                missing.len(),
                shown.join(", ")
            ),
            "run `cargo xtask prefetch` before going offline",
        )),
        (false, false) => out.push(Finding::problem(
            "downloads",
            format!(
                "{} crates are not downloaded (e.g. {}) and cannot be: the experiments that use them fail",
                missing.len(),
                shown.join(", ")
            ),
            "on a network, run `cargo xtask prefetch`",
        )),
    }
    out
}
