//! The two renderings of a report, pinned with insta: the terminal table a learner
//! reads, and the normalized snapshot text the book shows. The report is a real one,
//! recorded from `cargo xtask run build-script-rerun` and stored as a fixture, so
//! these tests need no cargo run and cannot drift with timing.

use std::path::Path;

use rebuild_lab::engine::report::Report;
use rebuild_lab::engine::snapshot;
use rebuild_lab::table;

fn report() -> Report {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/reports/build-script-rerun.json");
    serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap()
}

#[test]
fn the_terminal_table() {
    insta::assert_snapshot!(table::render(&report()));
}

#[test]
fn the_normalized_snapshot_text() {
    let text = snapshot::render(&report());
    assert!(!text.contains("/tmp/"), "paths are redacted");
    insta::assert_snapshot!(text);
}
