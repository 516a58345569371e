//! The diagnosis: rules that read the measured steps and say what slows the loop down.
//! Every finding names its evidence (steps, units, cargo's reasons, times) and the
//! section of the book that helps.

use serde::Serialize;

use super::sequence::Role;
use crate::engine::report::{StepReport, UnitMode};
use crate::engine::stats::Stats;

/// One rule of the diagnosis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    /// A no-op build compiled something.
    NoopNotFresh,
    /// A build script reran on an edit that did not concern it.
    BuildScriptReruns,
    /// Linking is a large share of the edit rebuild.
    LinkDominates,
    /// An edit in one crate recompiled several others.
    FanOut,
    /// A proc-macro crate was rebuilt on an edit.
    ProcMacroRebuilt,
    /// The final no-op build was not fresh after the files were put back.
    NotFreshAfterRestore,
}

impl Rule {
    /// The book section that helps: title and path (with anchor) inside the book.
    pub fn book(self) -> (&'static str, &'static str) {
        match self {
            Rule::NoopNotFresh | Rule::NotFreshAfterRestore => (
                "How Cargo decides: Nothing changed",
                "freshness.html#nothing-changed",
            ),
            Rule::BuildScriptReruns => (
                "Dependency caching: Build scripts",
                "dependencies.html#build-scripts",
            ),
            Rule::LinkDominates => ("Linking: Which linker?", "linking.html#which-linker"),
            Rule::FanOut => (
                "How Cargo decides: Dependents rebuild too",
                "freshness.html#dependents-rebuild-too",
            ),
            Rule::ProcMacroRebuilt => (
                "Profiles: Which crates a profile change rebuilds",
                "profiles.html#which-crates-a-profile-change-rebuilds",
            ),
        }
    }
}

/// A finding: what the rule saw, the evidence, what to do, where to read more.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    /// The rule that fired.
    pub rule: Rule,
    /// One sentence: what is slow or surprising.
    pub summary: String,
    /// The measured facts behind it.
    pub evidence: Vec<String>,
    /// What to change.
    pub advice: String,
    /// The book section, as `Title (path#anchor)`.
    pub book: String,
}

/// What the rules know beyond the steps.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// The workspace's own packages.
    pub members: Vec<String>,
    /// The linker that produced the binary, as read from it (`LLD 20.1.8`, `mold`,
    /// `GNU ld`), when there is a binary.
    pub linker: Option<String>,
    /// Faster linkers found on this machine, e.g. `mold (/usr/bin/mold)`.
    pub other_linkers: Vec<String>,
}

/// Linking must be at least this share of the code-edit rebuild…
pub const LINK_SHARE: f64 = 0.5;
/// …and take at least this long, for the link rule to fire.
pub const LINK_SECONDS: f64 = 0.1;
/// The number of other packages an edit must recompile for the fan-out rule.
pub const FAN_OUT: usize = 2;

/// Runs every rule over the measured steps.
pub fn diagnose(steps: &[(Role, &StepReport)], ctx: &Context) -> Vec<Finding> {
    let mut findings = Vec::new();
    noop_not_fresh(steps, &mut findings);
    build_script_reruns(steps, &mut findings);
    link_dominates(steps, ctx, &mut findings);
    fan_out(steps, ctx, &mut findings);
    proc_macro_rebuilt(steps, &mut findings);
    findings
}

fn finding(rule: Rule, summary: String, evidence: Vec<String>, advice: &str) -> Finding {
    let (title, path) = rule.book();
    Finding {
        rule,
        summary,
        evidence,
        advice: advice.to_string(),
        book: format!("{title} ({path})"),
    }
}

/// `app bin: the file … has changed` for each compiled unit of a step.
fn compiled_units(step: &StepReport) -> Vec<String> {
    let Some(cargo) = &step.cargo else {
        return Vec::new();
    };
    cargo
        .units
        .iter()
        .filter(|u| !u.fresh)
        .map(|u| {
            let why = if u.reasons.is_empty() {
                u.new_reason()
            } else {
                u.reasons.join("; ")
            };
            format!("{}: {why}", crate::engine::report::unit_label(u))
        })
        .collect()
}

fn noop_not_fresh(steps: &[(Role, &StepReport)], out: &mut Vec<Finding>) {
    for (role, rule, summary) in [
        (
            Role::NoOp,
            Rule::NoopNotFresh,
            "The no-op build is not fresh: cargo compiles something with nothing changed",
        ),
        (
            Role::Final,
            Rule::NotFreshAfterRestore,
            "The final no-op build was not fresh after the files were put back",
        ),
    ] {
        let Some((_, step)) = steps
            .iter()
            .find(|(r, s)| *r == role && !compiled_units(s).is_empty())
        else {
            continue;
        };
        let mut evidence = vec![format!("step {} ({})", step.number, step.label)];
        evidence.extend(compiled_units(step));
        out.push(finding(
            rule,
            summary.to_string(),
            evidence,
            "Find what changes on every build (a build script that writes into the sources, \
             a `rerun-if-changed` on a file that does not exist, an environment variable that \
             differs between runs) and make the build stop depending on it.",
        ));
    }
}

fn build_script_reruns(steps: &[(Role, &StepReport)], out: &mut Vec<Finding>) {
    let mut seen: Vec<String> = Vec::new();
    for (role, step) in steps {
        if !matches!(
            role,
            Role::CodeEdit(_) | Role::CommentEdit(_) | Role::Touch(_)
        ) {
            continue;
        }
        let Some(cargo) = &step.cargo else { continue };
        for u in &cargo.units {
            if u.fresh
                || u.mode != UnitMode::RunBuildScript
                || seen.contains(&u.package)
                || !u
                    .reasons
                    .iter()
                    .any(|r| r.contains("precalculated components changed"))
            {
                continue;
            }
            seen.push(u.package.clone());
            out.push(finding(
                Rule::BuildScriptReruns,
                format!(
                    "The build script of `{}` reruns on every edit of the package, and everything in `{}` is rebuilt after it",
                    u.package, u.package
                ),
                vec![
                    format!("step {} ({})", step.number, step.label),
                    format!("{}: {}", crate::engine::report::unit_label(u), u.reasons.join("; ")),
                ],
                "Print `cargo::rerun-if-changed=PATH` for each file the build script reads \
                 (at least `cargo::rerun-if-changed=build.rs`): then cargo reruns it only when \
                 those files change.",
            ));
        }
    }
}

fn link_dominates(steps: &[(Role, &StepReport)], ctx: &Context, out: &mut Vec<Finding>) {
    let edits: Vec<&StepReport> = steps
        .iter()
        .filter(|(r, _)| matches!(r, Role::CodeEdit(_)))
        .map(|(_, s)| *s)
        .collect();
    let measured: Vec<(f64, f64)> = edits
        .iter()
        .filter_map(|s| {
            let link = s.cargo.as_ref()?.link_seconds();
            (s.seconds > 0.0).then_some((link, link / s.seconds))
        })
        .collect();
    if measured.is_empty() {
        return;
    }
    let link = Stats::of(&measured.iter().map(|m| m.0).collect::<Vec<_>>());
    let share = Stats::of(&measured.iter().map(|m| m.1).collect::<Vec<_>>());
    if share.median < LINK_SHARE || link.median < LINK_SECONDS {
        return;
    }
    let mut evidence = vec![format!(
        "linking took {:.2} s, {:.0} % of the code-edit rebuild (median of {} builds)",
        link.median,
        share.median * 100.0,
        measured.len()
    )];
    if let Some(l) = &ctx.linker {
        evidence.push(format!("the binary was linked by {l}"));
    }
    let advice = if ctx.other_linkers.is_empty() {
        "Every rebuild of a binary relinks it whole. Link less (smaller debug info with \
         `[profile.dev] debug = \"line-tables-only\"`, or `debug = false` for dependencies \
         in `[profile.dev.package.\"*\"]`) or with a faster linker."
            .to_string()
    } else {
        format!(
            "Every rebuild of a binary relinks it whole. Try a faster linker available here \
             ({}), and less debug info to link (`[profile.dev.package.\"*\"] debug = false`).",
            ctx.other_linkers.join(", ")
        )
    };
    out.push(finding(
        Rule::LinkDominates,
        format!(
            "Linking is {:.0} % of the edit rebuild",
            share.median * 100.0
        ),
        evidence,
        &advice,
    ));
}

fn fan_out(steps: &[(Role, &StepReport)], ctx: &Context, out: &mut Vec<Finding>) {
    let mut seen: Vec<&std::path::Path> = Vec::new();
    for (role, step) in steps {
        let Role::CodeEdit(file) = role else { continue };
        if seen.contains(&file.as_path()) {
            continue;
        }
        seen.push(file);
        let Some(cargo) = &step.cargo else { continue };
        let compiled: Vec<String> = cargo
            .compiled_packages()
            .into_iter()
            .filter(|p| ctx.members.contains(p))
            .collect();
        // The edited package is the one whose unit names the edited file.
        let edited = cargo
            .units
            .iter()
            .find(|u| {
                !u.fresh
                    && u.reasons
                        .iter()
                        .any(|r| r.contains(&format!("`{}`", file.display())))
            })
            .map(|u| u.package.clone());
        let others: Vec<&String> = compiled
            .iter()
            .filter(|p| Some(*p) != edited.as_ref())
            .collect();
        if others.len() < FAN_OUT {
            continue;
        }
        out.push(finding(
            Rule::FanOut,
            format!(
                "An edit in {} recompiles {} other crates of the workspace",
                edited
                    .as_deref()
                    .map_or_else(|| file.display().to_string(), |p| format!("`{p}`")),
                others.len()
            ),
            vec![
                format!("step {} ({})", step.number, step.label),
                format!(
                    "recompiled: {}",
                    others
                        .iter()
                        .map(|s| s.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ],
            "Each dependent crate is recompiled when a crate it uses changes. Keep often-edited \
             code out of the crates everything depends on, or split it so fewer crates sit \
             downstream of the edits.",
        ));
    }
}

fn proc_macro_rebuilt(steps: &[(Role, &StepReport)], out: &mut Vec<Finding>) {
    for (role, step) in steps {
        if !matches!(
            role,
            Role::CodeEdit(_) | Role::Touch(_) | Role::CommentEdit(_)
        ) {
            continue;
        }
        let Some(cargo) = &step.cargo else { continue };
        let macros: Vec<String> = cargo
            .units
            .iter()
            .filter(|u| !u.fresh && u.kind == crate::engine::report::TargetKind::ProcMacro)
            .map(|u| {
                format!(
                    "{}: {}",
                    crate::engine::report::unit_label(u),
                    u.reasons.join("; ")
                )
            })
            .collect();
        if macros.is_empty() {
            continue;
        }
        let mut evidence = vec![format!("step {} ({})", step.number, step.label)];
        evidence.extend(macros);
        out.push(finding(
            Rule::ProcMacroRebuilt,
            "A proc-macro crate is rebuilt on an edit, and every crate that uses its macros \
             is recompiled after it"
                .to_string(),
            evidence,
            "Keep proc-macro crates independent of often-edited crates. Proc-macros and \
             build scripts take their settings from `[profile.*.build-override]`.",
        ));
        return;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::report::{CrateTiming, test_outcome, test_unit};

    fn step(
        number: usize,
        seconds: f64,
        units: Vec<crate::engine::report::UnitReport>,
    ) -> StepReport {
        StepReport {
            number,
            label: format!("step {number}"),
            kind: crate::engine::report::StepKind::Build,
            seconds,
            cargo: Some(test_outcome(units)),
            exec: None,
            failures: vec![],
            not_run: None,
        }
    }

    #[test]
    fn the_link_rule_needs_both_a_large_share_and_a_real_time() {
        let mut s = step(3, 1.0, vec![test_unit("app", false, Some("x"))]);
        s.cargo.as_mut().unwrap().timings = vec![CrateTiming {
            package: "app".into(),
            crate_name: "app".into(),
            test: false,
            compile_seconds: 0.2,
            link_seconds: Some(0.7),
            start_offset: None,
        }];
        let role = Role::CodeEdit("src/main.rs".into());
        let found = diagnose(&[(role.clone(), &s)], &Context::default());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].rule, Rule::LinkDominates);
        assert!(found[0].summary.contains("70 %"), "{:?}", found[0]);
        // The same share on a tiny program is not worth a finding.
        let mut tiny = s.clone();
        tiny.seconds = 0.1;
        tiny.cargo.as_mut().unwrap().timings[0].link_seconds = Some(0.07);
        assert!(diagnose(&[(role, &tiny)], &Context::default()).is_empty());
    }

    #[test]
    fn every_rule_points_at_a_heading_of_the_book() {
        let src = crate::paths::project_root().join("src");
        for rule in [
            Rule::NoopNotFresh,
            Rule::BuildScriptReruns,
            Rule::LinkDominates,
            Rule::FanOut,
            Rule::ProcMacroRebuilt,
            Rule::NotFreshAfterRestore,
        ] {
            let (_, path) = rule.book();
            let (page, anchor) = path.split_once('#').unwrap();
            let md = std::fs::read_to_string(src.join(page.replace(".html", ".md"))).unwrap();
            let found = md.lines().filter(|l| l.starts_with('#')).any(|l| {
                let id: String = l
                    .trim_start_matches('#')
                    .trim()
                    .to_lowercase()
                    .chars()
                    .filter_map(|c| match c {
                        'a'..='z' | '0'..='9' | '_' | '-' => Some(c),
                        ' ' => Some('-'),
                        _ => None,
                    })
                    .collect();
                id == anchor
            });
            assert!(found, "{rule:?}: no heading for #{anchor} in {page}");
        }
    }
}
