//! A small HTTP server for the book: static files from the built book, and the
//! WebSocket endpoint mdBook's live-reload script connects to. Binds 127.0.0.1 only.
//! One thread per connection; every response closes its connection.

pub mod watch;
pub mod websocket;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};

use anyhow::{Context, Result};

/// Browsers waiting for a reload.
#[derive(Clone, Default)]
pub struct Reloader {
    clients: Arc<Mutex<Vec<TcpStream>>>,
}

impl Reloader {
    /// Tells every connected page to reload; forgets pages that went away.
    /// Returns how many pages were told.
    pub fn reload(&self) -> usize {
        let frame = websocket::text_frame("reload");
        let Ok(mut clients) = self.clients.lock() else {
            return 0;
        };
        clients.retain_mut(|c| c.write_all(&frame).is_ok());
        clients.len()
    }

    fn add(&self, stream: TcpStream) {
        if let Ok(mut clients) = self.clients.lock() {
            clients.push(stream);
        }
    }
}

/// The server: where files come from and who to tell about reloads.
pub struct Server {
    listener: TcpListener,
    root: PathBuf,
    endpoint: String,
    reloader: Reloader,
}

impl Server {
    /// Binds 127.0.0.1:`port` (0 picks a free port) to serve `root`.
    pub fn bind(port: u16, root: PathBuf, endpoint: &str) -> Result<Server> {
        let listener = TcpListener::bind(("127.0.0.1", port)).with_context(|| {
            format!("cannot listen on 127.0.0.1:{port}; is another server using it? Try --port")
        })?;
        Ok(Server {
            listener,
            root,
            endpoint: format!("/{endpoint}"),
            reloader: Reloader::default(),
        })
    }

    /// The port bound.
    pub fn port(&self) -> u16 {
        self.listener.local_addr().map_or(0, |a| a.port())
    }

    /// A handle to trigger reloads from another thread.
    pub fn reloader(&self) -> Reloader {
        self.reloader.clone()
    }

    /// Serves connections until the process ends.
    pub fn run(self) {
        let root = Arc::new(self.root);
        let endpoint = Arc::new(self.endpoint);
        for stream in self.listener.incoming().flatten() {
            let (root, endpoint, reloader) =
                (root.clone(), endpoint.clone(), self.reloader.clone());
            std::thread::spawn(move || {
                let _ = handle(stream, &root, &endpoint, &reloader);
            });
        }
    }
}

/// A parsed request head.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// `GET`, `HEAD`, ...
    pub method: String,
    /// The path, without query.
    pub path: String,
    /// The `Sec-WebSocket-Key` header, for upgrades.
    pub websocket_key: Option<String>,
}

/// Reads a request head from `reader`.
pub fn read_request(reader: &mut impl BufRead) -> Result<Request> {
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let mut parts = line.split_whitespace();
    let method = parts.next().context("empty request")?.to_string();
    let target = parts.next().context("request without a path")?;
    let path = target.split(['?', '#']).next().unwrap_or("/").to_string();
    let mut websocket_key = None;
    let mut total = line.len();
    loop {
        let mut header = String::new();
        let n = reader.read_line(&mut header)?;
        total += n;
        if n == 0 || header == "\r\n" || header == "\n" || total > 16 * 1024 {
            break;
        }
        if let Some((name, value)) = header.split_once(':')
            && name.trim().eq_ignore_ascii_case("sec-websocket-key")
        {
            websocket_key = Some(value.trim().to_string());
        }
    }
    Ok(Request {
        method,
        path,
        websocket_key,
    })
}

fn handle(stream: TcpStream, root: &Path, endpoint: &str, reloader: &Reloader) -> Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let request = read_request(&mut reader)?;
    let mut stream = stream;
    if request.path == endpoint {
        let Some(key) = request.websocket_key else {
            return respond(
                &mut stream,
                400,
                "text/plain",
                b"expected a WebSocket upgrade",
                true,
            );
        };
        write!(
            stream,
            "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: {}\r\n\r\n",
            websocket::accept_key(&key)
        )?;
        reloader.add(stream.try_clone()?);
        // Drain what the browser sends (pings, close) until it goes away.
        let mut sink = [0u8; 512];
        while matches!(reader.read(&mut sink), Ok(n) if n > 0) {}
        return Ok(());
    }
    if request.method != "GET" && request.method != "HEAD" {
        return respond(&mut stream, 405, "text/plain", b"method not allowed", true);
    }
    let with_body = request.method == "GET";
    match resolve(root, &request.path) {
        Some(file) => {
            let body = std::fs::read(&file)?;
            respond(&mut stream, 200, content_type(&file), &body, with_body)
        }
        None => {
            let body =
                std::fs::read(root.join("404.html")).unwrap_or_else(|_| b"not found".to_vec());
            respond(
                &mut stream,
                404,
                "text/html; charset=utf-8",
                &body,
                with_body,
            )
        }
    }
}

fn respond(
    stream: &mut TcpStream,
    status: u16,
    content_type: &str,
    body: &[u8],
    with_body: bool,
) -> Result<()> {
    let reason = match status {
        200 => "OK",
        400 => "Bad Request",
        404 => "Not Found",
        _ => "Method Not Allowed",
    };
    write!(
        stream,
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        body.len()
    )?;
    if with_body {
        stream.write_all(body)?;
    }
    stream.flush()?;
    Ok(())
}

/// The file a URL path names under `root`, if it exists and stays inside `root`.
pub fn resolve(root: &Path, url_path: &str) -> Option<PathBuf> {
    let decoded = percent_decode(url_path)?;
    let rel = Path::new(decoded.trim_start_matches('/'));
    if rel.components().any(|c| !matches!(c, Component::Normal(_))) {
        return None;
    }
    let mut file = root.join(rel);
    if file.is_dir() {
        file = file.join("index.html");
    }
    file.is_file().then_some(file)
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The `Content-Type` for a file, by extension.
pub fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "ico" => "image/x-icon",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "ttf" => "font/ttf",
        "txt" | "md" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_request_head() {
        let raw = "GET /ch.html?x=1 HTTP/1.1\r\nHost: a\r\nSec-WebSocket-Key: abc==\r\n\r\n";
        let r = read_request(&mut raw.as_bytes()).unwrap();
        assert_eq!(r.method, "GET");
        assert_eq!(r.path, "/ch.html");
        assert_eq!(r.websocket_key.as_deref(), Some("abc=="));
    }

    #[test]
    fn resolves_files_and_refuses_to_leave_the_root() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("index.html"), "i").unwrap();
        std::fs::write(dir.path().join("a b.html"), "a").unwrap();
        assert_eq!(
            resolve(dir.path(), "/"),
            Some(dir.path().join("index.html"))
        );
        assert_eq!(
            resolve(dir.path(), "/a%20b.html"),
            Some(dir.path().join("a b.html"))
        );
        assert_eq!(resolve(dir.path(), "/../etc/passwd"), None);
        assert_eq!(resolve(dir.path(), "/%2e%2e/etc/passwd"), None);
        assert_eq!(resolve(dir.path(), "/missing.html"), None);
    }
}
