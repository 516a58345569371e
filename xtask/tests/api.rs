//! The page API of `cargo xtask serve`, black-box over real HTTP: every hostile request
//! is refused and runs nothing; a prediction, a run with its progress stream, a busy
//! answer and a cancel behave as the pages expect; predictions survive a restart.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// A running `cargo xtask serve` on a free port; killed when dropped.
struct Served {
    child: Child,
    port: u16,
    token: String,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Served {
    fn start(target: &Path, tmp: &Path) -> Served {
        let mut child = Command::new(env!("CARGO_BIN_EXE_xtask"))
            .args(["serve", "--port", "0"])
            .env("CARGO_TARGET_DIR", target)
            .env("TMPDIR", tmp)
            .env("CI", "true")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let port = common::served_port(&line);
        let mut served = Served {
            child,
            port,
            token: String::new(),
        };
        let (status, page) = served.request("GET", "/freshness.html", &[], "");
        assert_eq!(status, 200);
        served.token = page
            .split(r#"<meta name="rebuild-lab-token" content=""#)
            .nth(1)
            .and_then(|r| r.split('"').next())
            .expect("the page carries the token")
            .to_string();
        served
    }

    fn host(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    /// Sends a request with the server's own Host unless `headers` names another.
    fn request(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &str,
    ) -> (u16, String) {
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        let mut head = format!("{method} {path} HTTP/1.1\r\n");
        if !headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("host")) {
            head.push_str(&format!("Host: {}\r\n", self.host()));
        }
        for (k, v) in headers {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        head.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
        s.write_all(head.as_bytes()).unwrap();
        let _ = s.write_all(body.as_bytes());
        let mut response = String::new();
        let _ = s.read_to_string(&mut response);
        let status = response
            .get(9..12)
            .and_then(|c| c.parse().ok())
            .unwrap_or(0);
        (status, response)
    }

    fn api(&self, method: &str, path: &str, body: &str) -> (u16, String) {
        let token = self.token.clone();
        self.request(method, path, &[("X-Rebuild-Lab-Token", &token)], body)
    }

    /// Listens to the event stream; each `data:` line arrives on the channel.
    fn events(&self) -> mpsc::Receiver<String> {
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        write!(
            s,
            "GET /api/events?token={} HTTP/1.1\r\nHost: {}\r\n\r\n",
            self.token,
            self.host()
        )
        .unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(s).lines() {
                let Ok(line) = line else { return };
                if let Some(data) = line.strip_prefix("data: ")
                    && tx.send(data.to_string()).is_err()
                {
                    return;
                }
            }
        });
        rx
    }
}

/// Waits for an event containing `needle`, failing after `limit`.
fn wait_for(rx: &mpsc::Receiver<String>, needle: &str, limit: Duration) -> String {
    let end = Instant::now() + limit;
    loop {
        let left = end.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok(e) if e.contains(needle) => return e,
            Ok(_) => {}
            Err(_) => panic!("no event with {needle:?} within {limit:?}"),
        }
    }
}

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
