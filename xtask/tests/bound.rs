//! `measure --cold-bound` through the real binary: the unit graph the engine reads from
//! cargo's `-v` commands (a library waits for another's metadata, a binary and a
//! proc-macro's user for the whole unit), and the bound on a generated chain of
//! crates, whose critical path must be the chain itself. The times are the machine's;
//! what is asserted is what follows from the graph whatever they are.

mod common;
use common::text;

use std::path::Path;

/// A workspace where `app` uses `c02`, which uses `c01`, which uses `c00`.
fn chain(dir: &Path) {
    rebuild_lab::measure::chain::write(dir, 3).unwrap();
}

#[test]
fn the_bound_of_a_chain_is_the_chain_and_lies_between_the_critical_path_and_the_work() {
    let project = tempfile::tempdir().unwrap();
    let lab = common::Xtask::new();
    chain(project.path());
    let before = common::files_state(project.path(), &[]);
    let out = lab.run(&[
        "measure",
        "--cold-bound",
        "--json",
        "--path",
        project.path().to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(
        common::files_state(project.path(), &[]),
        before,
        "the project was changed (or got a target/)"
    );
    let b: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(b["units"], 4, "{b}");
    assert_eq!(
        b["timed_by_the_lab"], 0,
        "every unit is in cargo's report: {b}"
    );
    let path: Vec<&str> = b["critical_path"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["unit"].as_str().unwrap())
        .collect();
    assert_eq!(path, ["c00 lib", "c01 lib", "c02 lib", "app bin"], "{b}");
    let critical = b["critical_seconds"].as_f64().unwrap();
    let work = b["work_seconds"].as_f64().unwrap();
    let sim: Vec<(u64, f64)> = b["simulated"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["workers"].as_u64().unwrap(),
                s["seconds"].as_f64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        sim.iter().map(|s| s.0).collect::<Vec<_>>(),
        [1, 2, 4, 8, 16, 64]
    );
    // One worker does all the work in a row; with more than there are units, the
    // build is its critical path.
    assert!((sim[0].1 - work).abs() < 1e-6, "{sim:?} {work}");
    assert!((sim[5].1 - critical).abs() < 1e-6, "{sim:?} {critical}");
    for (n, s) in &sim {
        assert!(*s >= critical - 1e-6 && *s <= work + 1e-6, "{n}: {s}");
    }
    let jobs: Vec<u64> = b["measured"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["jobs"].as_u64().unwrap())
        .collect();
    assert_eq!(jobs, [1, 2]);
}

/// The edges of the first build of `measure --json` on `dir`, as
/// `(unit, unit it waited for, whether metadata was enough)`.
fn edges_of(dir: &Path) -> Vec<(String, String, bool)> {
    let lab = common::Xtask::new();
    let out = lab.run(&["measure", "--json", "--path", dir.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out));
    let m: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let cargo = &m["report"]["steps"][0]["cargo"];
    let units = cargo["units"].as_array().unwrap();
    let label = |i: &serde_json::Value| {
        let u = &units[i.as_u64().unwrap() as usize];
        format!(
            "{} {}",
            u["package"].as_str().unwrap(),
            u["kind"].as_str().unwrap()
        )
    };
    cargo["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("no edges: {cargo}"))
        .iter()
        .map(|e| {
            (
                label(&e["unit"]),
                label(&e["on"]),
                e["metadata"].as_bool().unwrap(),
            )
        })
        .collect()
}

#[test]
fn the_unit_graph_says_who_waited_for_metadata_and_who_for_the_whole_unit() {
    let project = tempfile::tempdir().unwrap();
    chain(project.path());
    let edges = edges_of(project.path());
    // A library compiles against another's metadata (pipelining); the binary links
    // its libraries, so it waits for them whole.
    for (unit, on, metadata) in [
        ("c01 lib", "c00 lib", true),
        ("c02 lib", "c01 lib", true),
        ("app bin", "c02 lib", false),
    ] {
        assert!(
            edges.contains(&(unit.to_string(), on.to_string(), metadata)),
            "{unit} → {on} ({metadata}) not in {edges:?}"
        );
    }

    let project = tempfile::tempdir().unwrap();
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/measure/proc-macro");
    common::copy_tree(&from, project.path());
    let edges = edges_of(project.path());
    // A proc-macro runs inside rustc: its user waits for all of it. It is itself
    // linked, so it waits for its library dependency whole, too.
    for (unit, on, metadata) in [
        ("app bin", "macros proc-macro", false),
        ("app bin", "shared lib", false),
        ("macros proc-macro", "shared lib", false),
    ] {
        assert!(
            edges.contains(&(unit.to_string(), on.to_string(), metadata)),
            "{unit} → {on} ({metadata}) not in {edges:?}"
        );
    }
}

#[test]
fn cold_bound_takes_only_its_own_flags() {
    let lab = common::Xtask::new();
    for (args, says) in [
        (
            &["measure", "--cold-bound", "--save", "x.json"][..],
            "takes only --path",
        ),
        (&["measure", "--html", "x.html"][..], "add one of them"),
    ] {
        let out = lab.run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", text(&out));
        assert!(text(&out).contains(says), "{args:?}: {}", text(&out));
    }
}

/// The output with what differs from run to run blanked: every number, the units of
/// the critical path (which chain is longest can change with the times), and the
/// padding of the columns.
fn stable_lines(text: &str) -> Vec<String> {
    let number = regex::Regex::new(r"\d+(\.\d+)?").unwrap();
    let mut out = Vec::new();
    let mut in_path = false;
    for line in text.lines() {
        if line.starts_with("The critical path") {
            in_path = true;
        } else if in_path && line.starts_with("  ") {
            continue;
        } else {
            in_path = false;
        }
        let l = number.replace_all(line, "#");
        out.push(l.split_whitespace().collect::<Vec<_>>().join(" "));
    }
    out
}

/// The book's example ("How far could more machines go?") against a fresh run on the
/// same real-scale tree: the same table and the same explanation (the times, and so
/// the critical path's units, are the machine's).
#[test]
#[ignore = "builds a tree of 50 registry packages cold twice (about a minute); `cargo xtask verify --all` runs it"]
fn the_books_bound_example_is_what_cold_bound_prints_today() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let recorded = std::fs::read_to_string(root.join("src/bound-example.txt")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let lab = common::Xtask::new();
    let project = dir.path().join("exercises/real-scale-check");
    common::copy_tree(&root.join("exercises/real-scale-check"), &project);
    let out = lab.run(&[
        "measure",
        "--cold-bound",
        "--path",
        project.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out));
    let prefix = format!("{}/", dir.path().canonicalize().unwrap().display());
    let fresh = String::from_utf8_lossy(&out.stdout).replace(&prefix, "");
    if stable_lines(&fresh) != stable_lines(&recorded) {
        let new = root.join("target/bound-example.txt.new");
        std::fs::write(&new, &fresh).unwrap();
        panic!(
            "the book's bound example (src/bound-example.txt) no longer matches what \
             `measure --cold-bound` prints; today's output is in {}",
            new.display()
        );
    }
}
