//! The page API of `cargo xtask serve`, black-box over real HTTP: every hostile request
//! is refused and runs nothing; a prediction, a run with its progress stream, a busy
//! answer and a cancel behave as the pages expect; predictions survive a restart.

mod common;
use common::served::{Served, wait_for};

use std::path::Path;
use std::time::{Duration, Instant};

fn scratch_copies(tmp: &Path) -> Vec<String> {
    std::fs::read_dir(tmp)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("rebuild-lab-"))
        .collect()
}

#[test]
fn hostile_requests_are_refused_and_run_nothing() {
    let (target, tmp) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let s = Served::start(target.path(), tmp.path());
    let token = s.token.clone();
    let run = "/api/run/noop-rebuild";
    let cases: Vec<(&str, u16, (u16, String))> = vec![
        ("no token", 403, s.request("POST", run, &[], "")),
        (
            "a wrong token",
            403,
            s.request(
                "POST",
                run,
                &[("X-Rebuild-Lab-Token", "0123456789abcdef0123456789abcdef")],
                "",
            ),
        ),
        (
            "a foreign Origin",
            403,
            s.request(
                "POST",
                run,
                &[
                    ("X-Rebuild-Lab-Token", &token),
                    ("Origin", "http://evil.example"),
                ],
                "",
            ),
        ),
        (
            "a foreign Host (DNS rebinding)",
            403,
            s.request(
                "POST",
                run,
                &[
                    ("X-Rebuild-Lab-Token", &token),
                    ("Host", "evil.example:3000"),
                ],
                "",
            ),
        ),
        ("GET instead of POST", 403, s.api("GET", run, "")),
        (
            "a preflight",
            403,
            s.request("OPTIONS", run, &[("Origin", "http://evil.example")], ""),
        ),
        (
            "an unknown name",
            404,
            s.api("POST", "/api/run/no-such-exercise", ""),
        ),
        (
            "a path in the name",
            400,
            s.api("POST", "/api/run/..%2F..%2Fetc", ""),
        ),
        (
            "a nested path",
            400,
            s.api("POST", "/api/run/noop-rebuild/../x", ""),
        ),
        (
            "an oversized body",
            413,
            s.api("POST", run, &"x".repeat(17 * 1024)),
        ),
        (
            "a prediction naming no choice",
            400,
            s.api(
                "POST",
                "/api/predict/noop-rebuild",
                r#"{"compiled":["rm -rf"]}"#,
            ),
        ),
    ];
    for (what, want, (status, response)) in &cases {
        assert_eq!(status, want, "{what}: {response}");
        assert!(
            !response
                .to_ascii_lowercase()
                .contains("access-control-allow-origin"),
            "{what} answered with CORS headers: {response}"
        );
    }
    // A foreign Host cannot even read a page (and the token in it).
    let (status, page) = s.request(
        "GET",
        "/freshness.html",
        &[("Host", "evil.example:3000")],
        "",
    );
    assert_eq!(status, 403);
    assert!(!page.contains(&token));
    // Nothing ran: no report, no prediction, no scratch copy.
    std::thread::sleep(Duration::from_millis(300));
    let results = target.path().join("rebuild-lab");
    assert!(!results.join("results/noop-rebuild.json").exists());
    assert!(!results.join("predictions/noop-rebuild.json").exists());
    assert!(scratch_copies(tmp.path()).is_empty());
}

#[test]
fn predict_run_score_busy_cancel_and_restart() {
    let (target, tmp) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let s = Served::start(target.path(), tmp.path());

    let (status, saved) = s.api(
        "POST",
        "/api/predict/noop-rebuild",
        r#"{"compiled":["noop"]}"#,
    );
    assert_eq!(status, 200, "{saved}");
    let events = s.events();
    let (status, started) = s.api("POST", "/api/run/noop-rebuild", "");
    assert_eq!(status, 202, "{started}");
    let first = wait_for(&events, "step-started", Duration::from_secs(20));
    assert!(
        first.contains(r#""number":1"#) && first.contains(r#""total":2"#),
        "{first}"
    );
    let done = wait_for(&events, "run-finished", Duration::from_secs(60));
    assert!(done.contains(r#""passed":true"#), "{done}");
    // The prediction said `noop` is compiled at step 2, a no-op build: wrong, and why.
    assert!(
        done.contains(r#""package":"noop","predicted":true"#),
        "{done}"
    );
    assert!(
        done.contains("fresh: nothing it is built from changed"),
        "{done}"
    );
    assert!(
        target
            .path()
            .join("rebuild-lab/results/noop-rebuild.json")
            .is_file()
    );

    // One run at a time: a second request gets the busy answer, then a cancel stops
    // the first and removes its scratch copy.
    let (status, _) = s.api("POST", "/api/run/release-incremental", "");
    assert_eq!(status, 202);
    wait_for(&events, "step-started", Duration::from_secs(20));
    let (status, busy) = s.api("POST", "/api/run/noop-rebuild", "");
    assert_eq!(status, 409, "{busy}");
    assert!(busy.contains("busy, running release-incremental"), "{busy}");
    let (status, cancelled) = s.api("POST", "/api/cancel", "");
    assert_eq!(status, 200, "{cancelled}");
    wait_for(&events, "run-cancelled", Duration::from_secs(20));
    let end = Instant::now() + Duration::from_secs(5);
    while !scratch_copies(tmp.path()).is_empty() && Instant::now() < end {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(
        scratch_copies(tmp.path()).is_empty(),
        "{:?}",
        scratch_copies(tmp.path())
    );
    let (status, _) = s.api("POST", "/api/cancel", "");
    assert_eq!(status, 409, "nothing is running any more");

    // A new server start has a new token, and still knows the prediction and its score.
    let old_token = s.token.clone();
    drop(s);
    let s = Served::start(target.path(), tmp.path());
    assert_ne!(s.token, old_token);
    let (status, _) = s.request(
        "POST",
        "/api/run/noop-rebuild",
        &[("X-Rebuild-Lab-Token", &old_token)],
        "",
    );
    assert_eq!(status, 403, "the old token is dead");
    let (status, state) = s.api("GET", "/api/state/noop-rebuild", "");
    assert_eq!(status, 200);
    assert!(state.contains(r#""status":"predicted-wrong""#), "{state}");
    assert!(state.contains(r#""compiled":["noop"]"#), "{state}");
}

#[test]
fn the_check_button_runs_a_challenge_under_the_same_rules() {
    let (target, tmp) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let s = Served::start(target.path(), tmp.path());
    assert_eq!(s.request("POST", "/api/check/stamp-in-src", &[], "").0, 403);
    assert_eq!(s.api("GET", "/api/check/stamp-in-src", "").0, 403);
    assert_eq!(s.api("POST", "/api/check/no-such-challenge", "").0, 404);
    assert_eq!(s.api("POST", "/api/check/..%2Fexercises", "").0, 400);
    // An exercise name is not a challenge, and a challenge name is not an exercise.
    assert_eq!(s.api("POST", "/api/check/noop-rebuild", "").0, 404);
    assert_eq!(s.api("POST", "/api/run/stamp-in-src", "").0, 404);

    let events = s.events();
    let (status, body) = s.api("POST", "/api/check/stamp-in-src", "");
    assert_eq!(status, 202, "{body}");
    wait_for(&events, "step-started", Duration::from_secs(20));
    let done = wait_for(&events, "check-finished", Duration::from_secs(60));
    // The committed working copy is the starter: its goal is not met.
    assert!(done.contains(r#""passed":false"#), "{done}");
    assert!(
        done.contains("a second build with nothing changed compiles nothing"),
        "{done}"
    );
    assert!(
        !target
            .path()
            .join("rebuild-lab/challenges/stamp-in-src.json")
            .exists()
    );
}
