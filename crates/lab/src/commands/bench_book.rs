//! `cargo xtask bench-book`: how fast the book is to read and to edit.
//!
//! - **cold serve**: from an empty target directory, `cargo run -p xtask -- serve` until
//!   the first page is served: what a learner waits after cloning.
//! - **results → page**: with the server running, the time from a finished run's
//!   results under `target/rebuild-lab/results/` to a served page that shows them:
//!   the watcher's delay plus a full book rebuild, the same work a chapter edit causes
//!   (which also reloads the open pages; results do not).
//! - **build**: the book built in-process, as the server does on every change.
//! - **page runs**: see [`super::bench_page`].

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

use crate::book::{self, BuildOptions};
use crate::engine::stats::Stats;
use crate::paths;

/// Runs the benchmarks and prints medians.
pub fn run(runs: usize, cold: bool) -> Result<()> {
    let dest = tempfile::tempdir()?;
    let mut builds = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        book::build(&BuildOptions::project(dest.path().to_path_buf(), true))?;
        builds.push(t.elapsed().as_secs_f64());
    }
    let b = Stats::of(&builds);
    println!(
        "book build       median {:.3}s  (min {:.3}s, max {:.3}s, {runs} runs)",
        b.median, b.min, b.max
    );

    let target = tempfile::tempdir()?;
    if cold {
        eprintln!("cold serve: building the xtask from an empty target directory…");
    } else {
        // Reuse the built xtask: copy nothing, just point at the normal target dir for
        // the binary and at a temporary one for results.
        eprintln!("warm serve: starting the already built xtask…");
    }
    let t = Instant::now();
    let mut server = start_server(target.path(), cold)?;
    let port = read_port(&mut server)?;
    let (status, _) = get(port, "/freshness.html")?;
    let first_page = t.elapsed().as_secs_f64();
    if status != 200 {
        bail!("the server answered {status} for the first page");
    }
    println!(
        "{} serve to first page  {first_page:.2}s",
        if cold { "cold" } else { "warm" }
    );

    // A finished run writes its results; the server rebuilds the book, and the next
    // page opened shows them (open pages are not reloaded for results).
    let results = target.path().join("rebuild-lab/results");
    std::fs::create_dir_all(&results)?;
    let mut shown = Vec::new();
    for i in 0..runs {
        std::thread::sleep(Duration::from_millis(300));
        let started_at = format!("2000-01-01T00:00:{:02}Z", i % 60);
        let report = serde_json::json!({
            "exercise": "noop-rebuild", "title": "bench", "chapter": "freshness",
            "host": { "rustc": "rustc", "cargo": "cargo", "platform": "bench", "cpus": 1 },
            "started_at": started_at, "root": "", "env_removed": [], "warnings": [],
            "steps": [],
        });
        let t = Instant::now();
        std::fs::write(
            results.join("noop-rebuild.json"),
            serde_json::to_vec(&report)?,
        )?;
        let marker = started_at.replace('T', " ").replace('Z', " UTC");
        loop {
            let (_, page) = get(port, "/freshness.html")?;
            if page.contains(&marker) {
                break;
            }
            if t.elapsed() > Duration::from_secs(30) {
                bail!("the served page never showed the new results");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        shown.push(t.elapsed().as_secs_f64());
    }
    let r = Stats::of(&shown);
    println!(
        "results → page   median {:.3}s  (min {:.3}s, max {:.3}s, {runs} runs; goal ≤ 1 s)",
        r.median, r.min, r.max
    );
    let page = super::bench_page::measure(port, runs);
    let _ = server.kill();
    let _ = server.wait();
    page
}

fn start_server(target: &Path, cold: bool) -> Result<Child> {
    let mut cmd = Command::new("cargo");
    cmd.args([
        "run",
        "--quiet",
        "--package",
        "xtask",
        "--",
        "serve",
        "--port",
        "0",
    ])
    .current_dir(paths::project_root())
    .stdout(Stdio::piped())
    .stderr(Stdio::null());
    if cold {
        cmd.env("CARGO_TARGET_DIR", target);
    } else {
        let bin = paths::target_dir().join("debug/xtask");
        cmd = Command::new(bin);
        cmd.args(["serve", "--port", "0"])
            .env("CARGO_TARGET_DIR", target)
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
    }
    cmd.spawn().context("cannot start the server")
}

fn read_port(server: &mut Child) -> Result<u16> {
    let stdout = server.stdout.take().context("no stdout")?;
    let mut line = String::new();
    BufReader::new(stdout).read_line(&mut line)?;
    line.split("127.0.0.1:")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .and_then(|p| p.parse().ok())
        .with_context(|| format!("the server printed no address: {line:?}"))
}

fn get(port: u16, path: &str) -> Result<(u16, String)> {
    let mut s = TcpStream::connect(("127.0.0.1", port))?;
    write!(s, "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n")?;
    let mut response = String::new();
    s.read_to_string(&mut response)?;
    let status = response
        .get(9..12)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    Ok((status, response))
}

/// The `bench-book` command, as the command line gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BenchBookArgs {
    /// Repetitions.
    pub runs: usize,
    /// Start from an empty target directory.
    pub cold: bool,
}

impl BenchBookArgs {
    /// Runs the command.
    pub fn run(self) -> anyhow::Result<()> {
        run(self.runs, self.cold)
    }
}
