//! The book server under attack, black-box over real sockets: each test is one attack
//! a web page or a local process can make on `cargo xtask serve`, and what stops it.
//! (The framing attack, which needs a real browser, is in `browser.rs`.) Figures come
//! from `/proc`; where there is none, a test says so and checks what it can.

// Tests may start bare threads: a failure there fails the test, as it should.
#![allow(clippy::disallowed_methods)]

mod common;
use common::served::{Served, wait_for};

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

fn start() -> (Served, tempfile::TempDir, tempfile::TempDir) {
    let (target, tmp) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let s = Served::start(target.path(), tmp.path());
    (s, target, tmp)
}

#[test]
fn every_answer_forbids_framing_sniffing_and_referrers() {
    let (s, _t, _tmp) = start();
    let answers = [
        s.request("GET", "/freshness.html", &[], "").1,
        s.request("GET", "/no-such-page.html", &[], "").1,
        s.api("GET", "/api/state/noop-rebuild", "").1,
        s.request("GET", "/", &[("Host", "evil.example")], "").1,
        s.raw(b"BROKEN\r\n\r\n", Duration::from_secs(5)),
    ];
    for a in &answers {
        let head = &a[..a.find("\r\n\r\n").unwrap_or(a.len())];
        for h in [
            "X-Frame-Options: DENY",
            "Content-Security-Policy: frame-ancestors 'none'",
            "X-Content-Type-Options: nosniff",
            "Referrer-Policy: no-referrer",
        ] {
            assert!(head.contains(h), "no {h:?} in:\n{head}");
        }
    }
}

#[test]
fn requests_another_site_makes_are_refused() {
    let (s, _t, _tmp) = start();
    // An <img> or <script src> on another site, or on another port of 127.0.0.1.
    for site in ["cross-site", "same-site"] {
        let (status, body) = s.request("GET", "/freshness.html", &[("Sec-Fetch-Site", site)], "");
        assert_eq!(status, 403, "{site}: {body}");
        assert!(body.contains("a request from another site"), "{body}");
        assert!(!body.contains("rebuild-lab-token"), "{body}");
    }
    // The book's own pages, and an address typed by hand.
    for site in ["same-origin", "none"] {
        assert_eq!(
            s.request("GET", "/freshness.html", &[("Sec-Fetch-Site", site)], "")
                .0,
            200
        );
    }
}

#[test]
fn idle_connections_do_not_lock_out_the_book() {
    let (s, _t, _tmp) = start();
    let before = s.status("Threads");
    // 200 connections that never send a byte.
    let idle: Vec<TcpStream> = (0..200)
        .map(|_| TcpStream::connect(("127.0.0.1", s.port)).unwrap())
        .collect();
    std::thread::sleep(Duration::from_millis(300));
    let t = Instant::now();
    let (status, _) = s.request("GET", "/freshness.html", &[], "");
    let took = t.elapsed();
    assert_eq!(status, 200);
    assert!(took < Duration::from_secs(1), "the page took {took:?}");
    match (before, s.status("Threads")) {
        (Some(before), Some(now)) => {
            eprintln!("threads: {before} before, {now} with 200 idle connections");
            assert!(now <= before + 64 + 2, "{now} threads");
        }
        _ => eprintln!("note: no /proc here; the thread count is not checked"),
    }
    drop(idle);
}

#[test]
fn an_endless_request_line_is_cut_off_with_memory_bounded() {
    let (s, _t, _tmp) = start();
    let rss = || s.status("VmRSS");
    let before = rss();
    let mut conn = TcpStream::connect(("127.0.0.1", s.port)).unwrap();
    conn.set_write_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let chunk = vec![b'a'; 1 << 20];
    let mut sent = 0usize;
    // Up to 128 MiB without a newline; the server stops reading long before.
    while sent < 128 << 20 {
        match conn.write(&chunk) {
            Ok(n) => sent += n,
            Err(_) => break,
        }
    }
    let mut answer = String::new();
    conn.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let _ = conn.read_to_string(&mut answer);
    assert!(sent < 128 << 20, "the server read all {sent} bytes");
    match (before, rss()) {
        (Some(b), Some(a)) => {
            eprintln!(
                "memory: {b} kB before, {a} kB after sending {} MiB",
                sent >> 20
            );
            assert!(a < b + 20 * 1024, "grew from {b} kB to {a} kB");
        }
        _ => eprintln!("note: no /proc here; memory is not checked"),
    }
    assert_eq!(s.request("GET", "/freshness.html", &[], "").0, 200);
}

#[test]
fn a_body_that_never_arrives_times_out() {
    let (s, _t, _tmp) = start();
    let request = format!(
        "POST /api/predict/noop-rebuild HTTP/1.1\r\nHost: {}\r\nX-Rebuild-Lab-Token: {}\r\nContent-Length: 100\r\n\r\n{{\"a",
        s.host(),
        s.token
    );
    let t = Instant::now();
    let answer = s.raw(request.as_bytes(), Duration::from_secs(20));
    let took = t.elapsed();
    assert!(answer.starts_with("HTTP/1.1 400"), "{answer}");
    assert!(took < Duration::from_secs(10), "took {took:?}");
}

#[test]
fn closed_live_reload_and_event_clients_free_their_descriptors() {
    let (s, _t, _tmp) = start();
    let Some(before) = s.descriptors() else {
        common::skip("no /proc here to count the server's descriptors");
        return;
    };
    for _ in 0..50 {
        let ws = format!(
            "GET /__livereload HTTP/1.1\r\nHost: {0}\r\nOrigin: http://{0}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n",
            s.host()
        );
        let mut c = TcpStream::connect(("127.0.0.1", s.port)).unwrap();
        c.write_all(ws.as_bytes()).unwrap();
        let mut buf = [0u8; 12];
        c.read_exact(&mut buf).unwrap();
        assert_eq!(&buf, b"HTTP/1.1 101");
        drop(c);
        let mut e = TcpStream::connect(("127.0.0.1", s.port)).unwrap();
        write!(
            e,
            "GET /api/events?token={} HTTP/1.1\r\nHost: {}\r\n\r\n",
            s.token,
            s.host()
        )
        .unwrap();
        let mut buf = [0u8; 12];
        e.read_exact(&mut buf).unwrap();
        assert_eq!(&buf, b"HTTP/1.1 200");
        drop(e);
    }
    let end = Instant::now() + Duration::from_secs(5);
    let mut now = s.descriptors().unwrap();
    while now > before + 2 && Instant::now() < end {
        std::thread::sleep(Duration::from_millis(50));
        now = s.descriptors().unwrap();
    }
    eprintln!(
        "descriptors: {before} before, {now} after 50 WebSocket and 50 event-stream clients came and went"
    );
    assert!(now <= before + 2, "{now} descriptors, {before} before");
    // A WebSocket without an Origin is no page of the book.
    let bare = format!(
        "GET /__livereload HTTP/1.1\r\nHost: {}\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n",
        s.host()
    );
    assert!(
        s.raw(bare.as_bytes(), Duration::from_secs(5))
            .starts_with("HTTP/1.1 400")
    );
}

#[test]
fn a_cookie_bombed_browser_still_gets_the_book() {
    let (s, _t, _tmp) = start();
    // Six cookies of 3.9 KB, as a page on another 127.0.0.1 port can set for a year.
    let cookies: Vec<String> = (0..6)
        .map(|i| format!("c{i}={}", "x".repeat(3900)))
        .collect();
    let headers: Vec<(&str, &str)> = cookies.iter().map(|c| ("Cookie", c.as_str())).collect();
    let (status, page) = s.request("GET", "/freshness.html", &headers, "");
    assert_eq!(status, 200, "{}", &page[..page.len().min(300)]);
    // Also as one header, as browsers send them.
    let joined = cookies.join("; ");
    assert_eq!(
        s.request("GET", "/freshness.html", &[("Cookie", &joined)], "")
            .0,
        200
    );
}

#[cfg(unix)]
#[test]
fn a_link_out_of_the_book_is_not_followed() {
    let (s, target, _tmp) = start();
    let served = target.path().join("rebuild-lab/serve/a");
    assert!(served.join("freshness.html").is_file());
    std::os::unix::fs::symlink("/etc", served.join("etc-link")).unwrap();
    std::os::unix::fs::symlink("/etc/passwd", served.join("passwd.html")).unwrap();
    for path in ["/etc-link/passwd", "/passwd.html"] {
        let (status, body) = s.request("GET", path, &[], "");
        assert_eq!(status, 404, "{path}");
        assert!(!body.contains("root:"), "{body}");
    }
}

#[test]
fn duplicate_and_malformed_framing_headers_are_refused() {
    let (s, _t, _tmp) = start();
    let host = s.host();
    let cases = [
        format!("GET / HTTP/1.1\r\nHost: {host}\r\nHost: evil.example\r\n\r\n"),
        format!("GET / HTTP/1.1\r\nHost: evil.example\r\nHost: {host}\r\n\r\n"),
        format!("GET / HTTP/1.1\r\nHost : {host}\r\n\r\n"),
        format!(
            "POST /api/cancel HTTP/1.1\r\nHost: {host}\r\nX-Rebuild-Lab-Token: {}\r\nContent-Length: +16\r\n\r\n",
            s.token
        ),
        format!(
            "POST /api/cancel HTTP/1.1\r\nHost: {host}\r\nContent-Length: 0\r\nContent-Length: 5\r\n\r\n"
        ),
        format!(
            "GET / HTTP/1.1\r\nHost: {host}\r\nOrigin: http://{host}\r\nOrigin: http://evil.example\r\n\r\n"
        ),
    ];
    for raw in &cases {
        let answer = s.raw(raw.as_bytes(), Duration::from_secs(5));
        assert!(answer.starts_with("HTTP/1.1 400"), "{raw:?} got:\n{answer}");
    }
}

#[test]
fn a_run_that_panics_frees_the_slot_and_says_so() {
    let (target, tmp) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let s = Served::start_with(
        target.path(),
        tmp.path(),
        &[("REBUILD_LAB_TEST_PANIC_IN_RUN", "noop-rebuild")],
    );
    let events = s.events();
    assert_eq!(s.api("POST", "/api/run/noop-rebuild", "").0, 202);
    let end = wait_for(&events, "run-finished", Duration::from_secs(20));
    assert!(end.contains("internal error"), "{end}");
    // The slot is free: the next run starts (and panics again) instead of 409.
    assert_eq!(s.api("POST", "/api/run/noop-rebuild", "").0, 202);
    wait_for(&events, "run-finished", Duration::from_secs(20));
    assert_eq!(s.request("GET", "/freshness.html", &[], "").0, 200);
}

#[test]
fn no_page_is_missing_while_the_book_is_rebuilt() {
    let (s, target, _tmp) = start();
    // A new result makes `serve` rebuild the book (without reloading pages).
    let results = target.path().join("rebuild-lab/results");
    std::fs::create_dir_all(&results).unwrap();
    let poller = {
        let (port, host) = (s.port, s.host());
        std::thread::spawn(move || {
            let mut codes = Vec::new();
            let end = Instant::now() + Duration::from_secs(12);
            while Instant::now() < end {
                let mut c = TcpStream::connect(("127.0.0.1", port)).unwrap();
                write!(c, "GET /freshness.html HTTP/1.1\r\nHost: {host}\r\n\r\n").unwrap();
                let mut head = [0u8; 12];
                let _ = c.read_exact(&mut head);
                codes.push(String::from_utf8_lossy(&head[9..12]).into_owned());
                std::thread::sleep(Duration::from_millis(20));
            }
            codes
        })
    };
    for i in 0..3 {
        std::thread::sleep(Duration::from_millis(600));
        std::fs::write(results.join(format!("poke-{i}.txt")), "x").unwrap();
        std::thread::sleep(Duration::from_secs(3));
    }
    let codes = poller.join().unwrap();
    let missing = codes.iter().filter(|c| *c != "200").count();
    eprintln!(
        "{} polls during three rebuilds, {missing} not 200",
        codes.len()
    );
    assert_eq!(missing, 0, "{codes:?}");
    assert!(
        target
            .path()
            .join("rebuild-lab/serve/b/freshness.html")
            .is_file(),
        "no rebuild happened"
    );
}

#[test]
fn a_thread_that_cannot_start_drops_its_connection_not_the_server() {
    use std::io::BufRead;
    let (target, tmp) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    // Connection threads with a stack no machine can give: every spawn fails.
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["serve", "--port", "0"])
        .env("CARGO_TARGET_DIR", target.path())
        .env("TMPDIR", tmp.path())
        .env("CI", "true")
        .env(
            "REBUILD_LAB_TEST_CONNECTION_STACK",
            (1u64 << 50).to_string(),
        )
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let port = common::served_port(&line);
    for _ in 0..5 {
        // Still listening: each connection is taken and closed without an answer.
        let mut c = TcpStream::connect(("127.0.0.1", port)).expect("the server stopped listening");
        c.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        let _ = write!(c, "GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n");
        let mut answer = Vec::new();
        let _ = c.read_to_end(&mut answer);
        assert!(answer.is_empty(), "{}", String::from_utf8_lossy(&answer));
    }
    let _ = child.kill();
    let out = child.wait_with_output().unwrap();
    let log = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        log.matches("cannot start a thread for a connection")
            .count(),
        1,
        "said once: {log}"
    );
}
