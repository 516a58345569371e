//! A running `cargo xtask serve` for tests that talk to its page API.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// A running `cargo xtask serve` on a free port; killed when dropped.
pub struct Served {
    child: Child,
    /// The port it listens on.
    pub port: u16,
    /// The token its pages carry.
    pub token: String,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Served {
    /// Starts the server with its own target and temporary directories.
    pub fn start(target: &Path, tmp: &Path) -> Served {
        Served::start_with(target, tmp, &[])
    }

    /// [`Served::start`] with more environment variables.
    pub fn start_with(target: &Path, tmp: &Path, envs: &[(&str, &str)]) -> Served {
        let mut child = Command::new(env!("CARGO_BIN_EXE_xtask"))
            .args(["serve", "--port", "0"])
            .envs(envs.iter().copied())
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
        let port = super::served_port(&line);
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

    /// The server's process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// A line of the server's `/proc/PID/status` (`Threads`, `VmRSS`), as a number;
    /// `None` where there is no `/proc`.
    pub fn status(&self, field: &str) -> Option<u64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid())).ok()?;
        status
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{field}:")))
            .and_then(|v| v.split_whitespace().next())
            .and_then(|v| v.parse().ok())
    }

    /// How many file descriptors the server holds; `None` where there is no `/proc`.
    pub fn descriptors(&self) -> Option<usize> {
        Some(
            std::fs::read_dir(format!("/proc/{}/fd", self.pid()))
                .ok()?
                .count(),
        )
    }

    /// Sends raw bytes and returns the whole answer (or what arrived before `limit`).
    pub fn raw(&self, bytes: &[u8], limit: Duration) -> String {
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        s.set_read_timeout(Some(limit)).unwrap();
        let _ = s.write_all(bytes);
        let mut response = Vec::new();
        let _ = s.read_to_end(&mut response);
        String::from_utf8_lossy(&response).into_owned()
    }

    /// The Host header the server expects.
    pub fn host(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    /// Sends a request with the server's own Host unless `headers` names another.
    pub fn request(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &str,
    ) -> (u16, String) {
        request(self.port, method, path, headers, body)
    }

    /// A request that carries the token.
    pub fn api(&self, method: &str, path: &str, body: &str) -> (u16, String) {
        let token = self.token.clone();
        self.request(method, path, &[("X-Rebuild-Lab-Token", &token)], body)
    }

    /// Listens to the event stream; each `data:` line arrives on the channel.
    pub fn events(&self) -> mpsc::Receiver<String> {
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

/// One HTTP request to the server on `port` of 127.0.0.1, naming it as `Host` unless
/// `headers` names another: the status and the whole answer. The one HTTP client of
/// the tests that talk to `serve`.
pub fn request(
    port: u16,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> (u16, String) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    let mut head = format!("{method} {path} HTTP/1.1\r\n");
    if !headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("host")) {
        head.push_str(&format!("Host: 127.0.0.1:{port}\r\n"));
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

/// Waits for an event containing `needle`, failing after `limit`.
pub fn wait_for(rx: &mpsc::Receiver<String>, needle: &str, limit: Duration) -> String {
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
