//! The normalized report is the same on every run and from every path.

use std::path::Path;

use rebuild_lab::engine::snapshot;
use rebuild_lab::engine::step_runner::RunOptions;

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let dest = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy(&e.path(), &dest);
        } else {
            std::fs::copy(e.path(), dest).unwrap();
        }
    }
}

#[test]
fn two_runs_from_two_clone_paths_give_identical_snapshots() {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("../exercises/workspace-chain");
    let options = RunOptions::checking();
    let mut rendered = Vec::new();
    for clone in ["first/clone", "another/deeper/clone"] {
        let base = tempfile::tempdir().unwrap();
        let dir = base.path().join(clone).join("workspace-chain");
        copy(&source, &dir);
        let report = rebuild_lab::engine::run_dir(&dir, &options)
            .unwrap()
            .done()
            .unwrap()
            .report;
        assert!(report.passed(), "{report:?}");
        let text = snapshot::render(&report);
        assert!(!text.contains(base.path().to_str().unwrap()));
        assert!(!text.contains("/tmp"), "{text}");
        rendered.push(text);
    }
    assert_eq!(rendered[0], rendered[1]);
    let committed = snapshot::read(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("snapshots/workspace-chain.snap"),
    )
    .unwrap()
    .unwrap();
    assert_eq!(rendered[0], committed);
}

#[test]
fn timing_instrumentation_does_not_change_what_rebuilds() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../exercises/workspace-chain");
    let outcome = |instrument: bool| {
        let options = RunOptions {
            instrument,
            ..RunOptions::checking()
        };
        let report = rebuild_lab::engine::run_dir(&dir, &options)
            .unwrap()
            .done()
            .unwrap()
            .report;
        report
            .steps
            .iter()
            .map(|s| {
                s.cargo.as_ref().map(|c| {
                    c.units
                        .iter()
                        .map(|u| (snapshot::unit_label(u), u.fresh, u.reasons.len()))
                        .collect::<Vec<_>>()
                })
            })
            .collect::<Vec<_>>()
    };
    let with = outcome(true);
    assert!(with.iter().flatten().any(|units| !units.is_empty()));
    assert_eq!(with, outcome(false));
}
