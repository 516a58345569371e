//! The page's Run button, timed over the same HTTP API the page uses (part of
//! `cargo xtask bench-book`): the delay from the run request to the first progress
//! event, and the whole run from the page against the same `cargo xtask run` in a
//! terminal, alternating the two, for a no-op and a small workspace exercise.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

use crate::engine::stats::Stats;

/// The exercises timed.
const EXERCISES: &[&str] = &["noop-rebuild", "workspace-chain"];

/// Times page runs on the server at `port` and prints medians.
pub fn measure(port: u16, runs: usize) -> Result<()> {
    let token = token(port)?;
    let events = listen(port, &token)?;
    let bin = std::env::current_exe().context("cannot find the xtask binary")?;
    // Terminal runs write their results elsewhere, so the server does not rebuild the
    // book because of them; each run waits for the rebuild the page run caused.
    let terminal_target = tempfile::tempdir()?;
    let settle = || std::thread::sleep(Duration::from_millis(1500));
    for name in EXERCISES {
        let (mut first, mut page, mut terminal) = (Vec::new(), Vec::new(), Vec::new());
        for _ in 0..runs {
            let t = Instant::now();
            let status = Command::new(&bin)
                .args(["run", name])
                .env("CARGO_TARGET_DIR", terminal_target.path())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()?;
            terminal.push(t.elapsed().as_secs_f64());
            if !status.success() {
                bail!("`cargo xtask run {name}` failed");
            }

            let t = Instant::now();
            let (code, body) = post(port, &token, &format!("/api/run/{name}"))?;
            if code != 202 {
                bail!("the server answered {code} to a run: {body}");
            }
            wait_for(&events, "step-started")?;
            first.push(t.elapsed().as_secs_f64());
            let done = wait_for(&events, "run-finished")?;
            page.push(t.elapsed().as_secs_f64());
            if !done.contains(r#""passed":true"#) {
                bail!("{name} did not pass when run from the page: {done}");
            }
            settle();
        }
        let (f, p, c) = (Stats::of(&first), Stats::of(&page), Stats::of(&terminal));
        println!(
            "{name}: request → first progress  median {:.3}s  (min {:.3}s, max {:.3}s; goal ≤ 0.5 s)",
            f.median, f.min, f.max
        );
        println!(
            "{name}: run from the page {:.3}s, in a terminal {:.3}s (medians of {runs}): {:.2}× (goal ≤ 1.05×)",
            p.median,
            c.median,
            p.median / c.median
        );
    }
    Ok(())
}

fn request(port: u16, head: &str) -> Result<String> {
    let mut s = TcpStream::connect(("127.0.0.1", port))?;
    s.write_all(head.as_bytes())?;
    let mut response = String::new();
    s.read_to_string(&mut response)?;
    Ok(response)
}

fn token(port: u16) -> Result<String> {
    let page = request(
        port,
        &format!("GET /freshness.html HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"),
    )?;
    page.split(r#"<meta name="rebuild-lab-token" content=""#)
        .nth(1)
        .and_then(|r| r.split('"').next())
        .map(str::to_string)
        .context("the served page carries no token")
}

fn post(port: u16, token: &str, path: &str) -> Result<(u16, String)> {
    let response = request(
        port,
        &format!(
            "POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nX-Rebuild-Lab-Token: {token}\r\nContent-Length: 0\r\n\r\n"
        ),
    )?;
    let code = response
        .get(9..12)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    Ok((code, response))
}

fn listen(port: u16, token: &str) -> Result<mpsc::Receiver<String>> {
    let mut s = TcpStream::connect(("127.0.0.1", port))?;
    write!(
        s,
        "GET /api/events?token={token} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"
    )?;
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .name("events".into())
        .spawn(move || {
            for line in BufReader::new(s).lines() {
                let Ok(line) = line else { return };
                if let Some(data) = line.strip_prefix("data: ")
                    && tx.send(data.to_string()).is_err()
                {
                    return;
                }
            }
        })?;
    Ok(rx)
}

fn wait_for(events: &mpsc::Receiver<String>, kind: &str) -> Result<String> {
    let end = Instant::now() + Duration::from_secs(120);
    loop {
        let left = end.saturating_duration_since(Instant::now());
        let event = events
            .recv_timeout(left)
            .with_context(|| format!("no {kind} event"))?;
        if event.contains(&format!(r#""event":"{kind}""#)) {
            return Ok(event);
        }
    }
}
