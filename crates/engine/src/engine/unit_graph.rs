//! The unit graph of a cargo run, read from what cargo printed: which compiled unit
//! waited for which. Every rustc command of `cargo build -v` names its own unit's hash
//! (`-C extra-filename=-HASH`) and the files of the units it uses
//! (`--extern NAME=…/libNAME-HASH.rmeta`); the compiler-artifact messages name each
//! unit's files. A `.rmeta` there means the unit could start once the other had
//! written its metadata (cargo's pipelining); an `.rlib` or a proc-macro's `.so` means
//! it needed the whole unit. A build script's run waits for its compiled script, and a
//! package's own targets wait for its build script's run.

use crate::engine::cargo_messages::{Artifact, BuildScriptExecuted, parse_package_id};
use crate::engine::report::{TargetKind, UnitEdge, UnitMode, UnitReport};

/// What a rustc command of `cargo -v` says about the graph.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Invocation {
    crate_name: String,
    hash: Option<String>,
    /// The hash of each unit it uses, and whether metadata was enough.
    uses: Vec<(String, bool)>,
}

/// The hash in a file cargo wrote: `libitoa-0a1b….rmeta`, `app-0a1b…`, or a build
/// script's directory, `build/app-0a1b…/build-script-build`.
fn hash_of(path: &str) -> Option<String> {
    let path = std::path::Path::new(path);
    let file = path.file_name()?.to_str()?;
    let name = if file.starts_with("build-script-build") {
        path.parent()?.file_name()?.to_str()?
    } else {
        file.split('.').next()?
    };
    let (_, hash) = name.rsplit_once('-')?;
    (hash.len() == 16 && hash.chars().all(|c| c.is_ascii_hexdigit())).then(|| hash.to_string())
}

fn parse_rustc(command: &str) -> Option<Invocation> {
    let mut words = command.split_whitespace();
    let mut crate_name = None;
    let mut hash = None;
    let mut uses = Vec::new();
    while let Some(w) = words.next() {
        match w {
            "--crate-name" => crate_name = words.next().map(str::to_string),
            "-C" => {
                if let Some(extra) = words
                    .next()
                    .and_then(|o| o.strip_prefix("extra-filename=-"))
                {
                    hash = Some(extra.trim_matches('\'').to_string());
                }
            }
            "--extern" => {
                if let Some((_, file)) = words.next().and_then(|e| e.split_once('='))
                    && let Some(h) = hash_of(file.trim_matches('\''))
                {
                    uses.push((h, file.trim_matches('\'').ends_with(".rmeta")));
                }
            }
            _ => {}
        }
    }
    Some(Invocation {
        crate_name: crate_name?,
        hash,
        uses,
    })
}

/// The edges between `units`, which were made from `artifacts` (first, in order) and
/// `build_scripts` (after them, in order), before any sorting; `running` holds the
/// commands of cargo's `Running` lines.
pub fn edges(
    units: &[UnitReport],
    artifacts: &[Artifact],
    build_scripts: &[BuildScriptExecuted],
    running: &[String],
) -> Vec<UnitEdge> {
    let mut edges = Vec::new();
    // Each artifact's unit, by the hash of its files.
    let mut by_hash: Vec<(String, usize)> = Vec::new();
    for (i, a) in artifacts.iter().enumerate() {
        for f in &a.filenames {
            if let Some(h) = hash_of(f)
                && !by_hash.iter().any(|(k, _)| *k == h)
            {
                by_hash.push((h, i));
            }
        }
    }
    let invocations: Vec<Invocation> = running
        .iter()
        .filter(|c| !c.ends_with("build-script-build"))
        .filter_map(|c| parse_rustc(c))
        .collect();
    // A workspace's binaries and proc-macros are reported under their copied-out
    // names, without the hash: find those by their crate name.
    for inv in &invocations {
        let Some(h) = &inv.hash else { continue };
        if by_hash.iter().any(|(k, _)| k == h) {
            continue;
        }
        let found = units
            .iter()
            .take(artifacts.len())
            .enumerate()
            .position(|(i, u)| {
                u.kind != TargetKind::BuildScript
                    && u.target.replace('-', "_") == inv.crate_name
                    && !by_hash.iter().any(|(_, j)| *j == i)
            });
        if let Some(i) = found {
            by_hash.push((h.clone(), i));
        }
    }
    let run_of = |package: &str, version: &str| -> Option<usize> {
        build_scripts.iter().enumerate().find_map(|(j, b)| {
            let id = parse_package_id(&b.package_id)?;
            (id.name == package && id.version == version).then_some(artifacts.len() + j)
        })
    };
    let mut push = |unit: usize, on: usize, metadata: bool| {
        let e = UnitEdge { unit, on, metadata };
        if unit != on && !edges.contains(&e) {
            edges.push(e);
        }
    };
    // The run of a build script waits for the script, compiled.
    for command in running.iter().filter(|c| c.ends_with("build-script-build")) {
        let script = command.split_whitespace().last().and_then(hash_of);
        if let Some((_, compiled)) = script.and_then(|h| by_hash.iter().find(|(k, _)| *k == h)) {
            let u = &units[*compiled];
            if let Some(run) = run_of(&u.package, &u.version) {
                push(run, *compiled, false);
            }
        }
    }
    for inv in &invocations {
        let Some(this) = inv
            .hash
            .as_ref()
            .and_then(|h| by_hash.iter().find(|(k, _)| k == h).map(|(_, i)| *i))
        else {
            continue;
        };
        for (h, metadata) in &inv.uses {
            if let Some((_, on)) = by_hash.iter().find(|(k, _)| k == h) {
                push(this, *on, *metadata);
            }
        }
    }
    // A package's targets wait for its build script's run.
    for (i, u) in units.iter().enumerate().take(artifacts.len()) {
        if u.kind != TargetKind::BuildScript
            && u.mode != UnitMode::RunBuildScript
            && !u.fresh
            && let Some(run) = run_of(&u.package, &u.version)
        {
            push(i, run, false);
        }
    }
    edges
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_come_from_library_binary_and_build_script_files() {
        assert_eq!(
            hash_of("/t/debug/deps/libitoa-0123456789abcdef.rmeta").as_deref(),
            Some("0123456789abcdef")
        );
        assert_eq!(
            hash_of("/t/debug/deps/app-0123456789abcdef").as_deref(),
            Some("0123456789abcdef")
        );
        assert_eq!(
            hash_of("/t/debug/build/serde-0123456789abcdef/build-script-build").as_deref(),
            Some("0123456789abcdef")
        );
        assert_eq!(hash_of("/t/debug/app"), None);
    }

    #[test]
    fn a_rustc_command_names_its_unit_and_what_it_waited_for() {
        let inv = parse_rustc(
            "rustc --crate-name app --edition=2024 app/src/main.rs --crate-type bin \
             -C metadata=ffff -C extra-filename=-1111111111111111 \
             --extern catalog=/t/deps/libcatalog-2222222222222222.rlib \
             --extern shapes=/t/deps/libshapes-3333333333333333.rmeta \
             --extern serde_derive=/t/deps/libserde_derive-4444444444444444.so \
             --extern proc_macro",
        )
        .unwrap();
        assert_eq!(inv.crate_name, "app");
        assert_eq!(inv.hash.as_deref(), Some("1111111111111111"));
        assert_eq!(
            inv.uses,
            [
                ("2222222222222222".to_string(), false),
                ("3333333333333333".to_string(), true),
                ("4444444444444444".to_string(), false)
            ]
        );
    }
}
