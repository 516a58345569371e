//! `cargo xtask bench-book`: how fast the book is to read and to edit.
//!
//! - **cold serve**: from an empty target directory, `cargo run -p xtask -- serve` until
//!   the first page is served: what a learner waits after cloning.
//! - **reload**: with the server running, the time from a change under
//!   `target/rebuild-lab/results/` (what a finished exercise writes) to the reload
//!   message on the live-reload socket: the watcher's delay plus a full book rebuild,
//!   the same work a chapter edit causes.
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

    let mut socket = connect_reload(port)?;
    let results = target.path().join("rebuild-lab/results");
    std::fs::create_dir_all(&results)?;
    let mut reloads = Vec::new();
    for i in 0..runs {
        std::thread::sleep(Duration::from_millis(300));
        let t = Instant::now();
        std::fs::write(results.join("bench-trigger.txt"), format!("{i}"))?;
        let mut frame = [0u8; 8];
        socket.read_exact(&mut frame).context("no reload message")?;
        reloads.push(t.elapsed().as_secs_f64());
    }
    let r = Stats::of(&reloads);
    println!(
        "change → reload  median {:.3}s  (min {:.3}s, max {:.3}s, {runs} runs; goal ≤ 1 s)",
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

fn connect_reload(port: u16) -> Result<BufReader<TcpStream>> {
    let mut ws = TcpStream::connect(("127.0.0.1", port))?;
    write!(
        ws,
        "GET /{} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
         Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n",
        book::LIVE_RELOAD_ENDPOINT
    )?;
    ws.set_read_timeout(Some(Duration::from_secs(30)))?;
    let mut reader = BufReader::new(ws);
    loop {
        let mut line = String::new();
        reader.read_line(&mut line)?;
        if line == "\r\n" || line.is_empty() {
            break;
        }
    }
    Ok(reader)
}
