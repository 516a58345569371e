//! `cargo xtask report` through the real binary: a report from saved results, a
//! comparison that flags a machine that rebuilt something else, clear errors for bad
//! input, and Ctrl-C in the middle of a run. (The pages themselves are checked in a
//! real browser in `browser.rs`.)

mod common;
use common::{Xtask, text};

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::Stdio;

/// The binary in private directories, and where reports go.
struct Lab(Xtask);

impl std::ops::Deref for Lab {
    type Target = Xtask;
    fn deref(&self) -> &Xtask {
        &self.0
    }
}

impl Lab {
    fn new() -> Lab {
        Lab(Xtask::new())
    }

    fn out(&self) -> PathBuf {
        self.target.path().join("out")
    }
}

fn read_json(file: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap()
}

#[test]
fn a_report_from_results_and_a_comparison_that_flags_another_rebuild() {
    let lab = Lab::new();
    // The learner predicted before running: right about the touch (app), wrong about
    // the same bytes rewritten (nothing), right about the edits.
    let predictions = lab.target.path().join("rebuild-lab/predictions");
    std::fs::create_dir_all(&predictions).unwrap();
    let answer = |step: usize, compiled: &[&str]| serde_json::json!({"kind": "packages", "step": step, "compiled": compiled});
    std::fs::write(
        predictions.join("touch-vs-edit.json"),
        serde_json::json!({
            "exercise": "touch-vs-edit",
            "answers": [answer(3, &["app"]), answer(5, &[]), answer(7, &["app"]), answer(9, &[])],
            "skipped": false,
            "made_at": "2026-01-01T00:00:00Z",
        })
        .to_string(),
    )
    .unwrap();
    assert!(lab.run(&["run", "touch-vs-edit"]).status.success());
    let out = lab.out();
    let o = lab.run(&["report", "--from-results", "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("[1/"), "no progress: {}", text(&o));
    let report = read_json(&out.join("report.json"));
    let experiments = report["experiments"].as_array().unwrap();
    let ran: Vec<&serde_json::Value> = experiments
        .iter()
        .filter(|e| e["skipped"].is_null())
        .collect();
    assert_eq!(ran.len(), 1, "{report:#}");
    assert_eq!(ran[0]["name"], "touch-vs-edit");
    assert!(experiments.iter().any(|e| e["skipped"] == "no results yet"));
    assert!(report["machine"]["cores"].as_u64().unwrap() >= 1);
    let step = &ran[0]["steps"][0];
    assert!(step["seconds"].as_f64().unwrap() > 0.0, "{step}");
    assert!(step["compile_seconds"].as_f64().unwrap() > 0.0, "{step}");
    assert_eq!(step["compiled"], serde_json::json!(["app"]));
    let predicted = ran[0]["predicted"].as_array().unwrap();
    assert_eq!(predicted.len(), 4, "{:#}", ran[0]);
    assert_eq!(
        predicted[1],
        serde_json::json!({
            "ask": "After rewriting the same bytes, which packages does `cargo build` compile?",
            "said": "nothing", "happened": "app", "right": false,
        })
    );

    // A second machine, half as fast, that compiled one more package in step 3.
    let mut other = report.clone();
    for e in other["experiments"].as_array_mut().unwrap() {
        // Its learner got the rewrite right.
        if let Some(p) = e.get_mut("predicted").and_then(|p| p.as_array_mut()) {
            p[1]["said"] = "app".into();
            p[1]["right"] = true.into();
        }
        for s in e["steps"].as_array_mut().unwrap() {
            let slower = s["seconds"].as_f64().unwrap() * 2.0;
            s["seconds"] = slower.into();
            if s["number"] == 3 {
                s["compiled"].as_array_mut().unwrap().push("itoa".into());
            }
        }
    }
    let b = out.join("slow-laptop.json");
    std::fs::write(&b, other.to_string()).unwrap();
    let a = out.join("report.json");
    let o = lab.run(&[
        "report",
        "--compare",
        a.to_str().unwrap(),
        b.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(
        text(&o).contains("1 rebuilt something different"),
        "{}",
        text(&o)
    );
    let compared = read_json(&out.join("compare.json"));
    let row = &compared["experiments"][0];
    assert_eq!(row["name"], "touch-vs-edit");
    // Twice as slow everywhere: the same shape against each cold build.
    assert!(
        (row["spread"].as_f64().unwrap() - 1.0).abs() < 1e-9,
        "{row}"
    );
    let differences = row["differences"].as_array().unwrap();
    assert_eq!(differences.len(), 1, "{row}");
    assert_eq!(differences[0]["step"], 3, "{row}");
    assert_eq!(
        differences[0]["compiled"][1],
        serde_json::json!({"machine": 1, "packages": ["app", "itoa"]}),
        "{row}"
    );
    // How the room predicted: two answers to the rewrite question, one right.
    let rewrite = &row["room"][1];
    assert_eq!(
        rewrite["answers"],
        serde_json::json!([["app", 1], ["nothing", 1]]),
        "{row}"
    );
    assert_eq!(
        (rewrite["right"].as_u64(), rewrite["answered"].as_u64()),
        (Some(1), Some(2))
    );
    assert_eq!(rewrite["happened"], serde_json::json!(["app"]));
    assert_eq!(row["room"][0]["right"], 2, "{row}");
    let page = std::fs::read_to_string(out.join("compare.html")).unwrap();
    assert!(page.contains("How the room predicted"), "{page}");
    assert!(page.contains("<td class=\"num\">1 of 2</td>"), "{page}");
    assert!(page.contains("Rebuilt something different on some machines: touch-vs-edit"));
    assert!(
        page.contains("slow-laptop.json compiled app, itoa"),
        "{page}"
    );
}

#[test]
fn bad_reports_get_one_clear_error() {
    let lab = Lab::new();
    let not_a_report = lab.tmp.path().join("notes.json");
    std::fs::write(&not_a_report, r#"{"hello": 1}"#).unwrap();
    let path = not_a_report.to_str().unwrap();
    let o = lab.run(&["report", "--compare"]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    let o = lab.run(&["report", "--compare", path]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(
        text(&o).contains("needs two reports or more"),
        "{}",
        text(&o)
    );
    let o = lab.run(&["report", "--compare", path, path]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(
        text(&o).contains("is not a report written by `cargo xtask report`"),
        "{}",
        text(&o)
    );
    let o = lab.run(&["report", "stray"]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_a_report_run_cleanly() {
    let lab = Lab::new();
    let out = lab.out();
    let mut cmd = lab.command(&["report", "--out", out.to_str().unwrap()]);
    {
        use std::os::unix::process::CommandExt;
        cmd.process_group(0);
    }
    let mut child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until the first experiment has finished and the next is running.
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut seen = String::new();
    while !seen.contains("[1/") {
        let mut line = String::new();
        assert!(
            stderr.read_line(&mut line).unwrap() > 0,
            "ended early: {seen}"
        );
        seen.push_str(&line);
    }
    std::thread::sleep(std::time::Duration::from_millis(300));
    common::send_signal(&child, "-INT", true);
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(130), "{seen}");
    let left: Vec<_> = std::fs::read_dir(lab.tmp.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert!(left.is_empty(), "scratch left behind: {left:?}");
    assert!(
        !out.join("report.html").exists(),
        "a half report was written"
    );
}
