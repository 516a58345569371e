//! `measure --blast` through the real binary, on a generated workspace of 15 crates:
//! for the crates whose edits reach furthest, nearest and not at all, the crates it
//! says an edit rebuilt are the ones `cargo build -v` compiles after the same edit in
//! a copy of its own; the project is as it was afterwards; and the reasons name the
//! edges that carried each rebuild.

mod common;
use common::text;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

/// `base` under everything: `m1`..`m4` use it, `n1`..`n4` use those, `t1`..`t4` use
/// those (and `t1` uses `m2` too), `app` uses the `t`s; `lonely` uses nothing and
/// nothing uses it.
fn workspace(dir: &Path) {
    use rebuild_lab::measure::chain::{Member, write_graph};
    let mut members = vec![Member::new("base", &[], false)];
    for i in 1..=4 {
        let (m, n, t) = (format!("m{i}"), format!("n{i}"), format!("t{i}"));
        members.push(Member::new(&m, &["base"], false));
        members.push(Member::new(&n, &[&m], false));
        let mut deps = vec![n.as_str()];
        if i == 1 {
            deps.push("m2");
        }
        members.push(Member::new(&t, &deps, false));
    }
    members.push(Member::new("app", &["t1", "t2", "t3", "t4"], true));
    members.push(Member::new("lonely", &[], false));
    assert_eq!(members.len(), 15);
    write_graph(dir, &members).unwrap();
}

/// The packages `cargo build --workspace -v` compiles in `dir` after appending a line
/// of code to `file`; the file is put back and built again after.
fn cargo_compiles(dir: &Path, target: &Path, file: &str) -> BTreeSet<String> {
    let path = dir.join(file);
    let original = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, format!("{original}\nfn _probe() {{}}\n")).unwrap();
    let out = Command::new("cargo")
        .args(["build", "--workspace", "-v"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    std::fs::write(&path, original).unwrap();
    let back = Command::new("cargo")
        .args(["build", "--workspace"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .output()
        .unwrap();
    assert!(back.status.success(), "{}", text(&back));
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("Compiling "))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect()
}

#[test]
fn each_members_blast_radius_is_what_cargo_rebuilds_after_the_same_edit() {
    let project = tempfile::tempdir().unwrap();
    let lab = common::Xtask::new();
    workspace(project.path());
    let before = common::files_state(project.path(), &[]);
    let out = lab.run(&[
        "measure",
        "--blast",
        "--json",
        "--path",
        project.path().to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(
        common::files_state(project.path(), &[]),
        before,
        "measure --blast left the project changed"
    );
    let b: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let costs = b["costs"].as_array().unwrap();
    assert_eq!(costs.len(), 15);
    let rebuilt = |member: &str| -> BTreeSet<String> {
        let c = costs.iter().find(|c| c["member"] == member).unwrap();
        c["rebuilt"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["package"].as_str().unwrap().to_string())
            .collect()
    };

    // The same edits, checked against cargo -v in a copy with its own target.
    let copy = tempfile::tempdir().unwrap();
    workspace(copy.path());
    let target = lab.tmp.path().join("cargo-target");
    let first = Command::new("cargo")
        .args(["build", "--workspace"])
        .current_dir(copy.path())
        .env("CARGO_TARGET_DIR", &target)
        .output()
        .unwrap();
    assert!(first.status.success(), "{}", text(&first));
    for (member, file) in [
        ("base", "base/src/lib.rs"),
        ("m2", "m2/src/lib.rs"),
        ("app", "app/src/main.rs"),
        ("lonely", "lonely/src/lib.rs"),
    ] {
        assert_eq!(
            rebuilt(member),
            cargo_compiles(copy.path(), &target, file),
            "editing {member}"
        );
    }
    assert_eq!(rebuilt("base").len(), 14, "everything but lonely");
    let m2: Vec<String> = rebuilt("m2").into_iter().collect();
    assert_eq!(m2, ["app", "m2", "n2", "t1", "t2"]);

    // The reasons name the edges: t1 was rebuilt by m2's edit through m2 itself.
    let carried: Vec<(String, String)> = b["carried"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c[0].as_str().unwrap().into(), c[1].as_str().unwrap().into()))
        .collect();
    assert!(carried.contains(&("m2".into(), "t1".into())), "{carried:?}");
    assert!(
        carried.contains(&("base".into(), "m3".into())),
        "{carried:?}"
    );
    assert!(!carried.iter().any(|(f, t)| f == "lonely" || t == "lonely"));
}

#[test]
fn the_text_names_the_worst_offender_and_the_page_draws_the_graph() {
    let project = tempfile::tempdir().unwrap();
    let lab = common::Xtask::new();
    workspace(project.path());
    let html = lab.tmp.path().join("blast.html");
    let out = lab.run(&[
        "measure",
        "--blast",
        "--path",
        project.path().to_str().unwrap(),
        "--html",
        html.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("editing `base` rebuilds 14 units in 14 crates"),
        "{stdout}"
    );
    let page = std::fs::read_to_string(&html).unwrap();
    assert_eq!(page.matches("<circle").count(), 15, "a circle per crate");
    assert!(
        page.contains("carried a rebuild"),
        "the edges that carried one"
    );
}

/// The book's example ("Where an edit's cost spreads") against a fresh run on
/// `examples/measure-demo`, with the times blanked (they are the machine's).
#[test]
fn the_books_blast_example_is_what_blast_prints_today() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let recorded = std::fs::read_to_string(root.join("src/blast-example.txt")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let lab = common::Xtask::new();
    let project = dir.path().join("examples/measure-demo");
    common::copy_tree(&root.join("examples/measure-demo"), &project);
    let out = lab.run(&["measure", "--blast", "--path", project.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out));
    let prefix = format!("{}/", dir.path().canonicalize().unwrap().display());
    let fresh = String::from_utf8_lossy(&out.stdout).replace(&prefix, "");
    // The times only: the counts of units and crates are facts of the build.
    let number = regex::Regex::new(r"\d+\.\d+s?").unwrap();
    let stable = |t: &str| -> Vec<String> {
        t.lines()
            .map(|l| {
                let l = number.replace_all(l, "#");
                l.split_whitespace().collect::<Vec<_>>().join(" ")
            })
            .collect()
    };
    if stable(&fresh) != stable(&recorded) {
        let new = root.join("target/blast-example.txt.new");
        std::fs::write(&new, &fresh).unwrap();
        panic!(
            "the book's blast example (src/blast-example.txt) no longer matches what \
             `measure --blast` prints; today's output is in {}",
            new.display()
        );
    }
}
