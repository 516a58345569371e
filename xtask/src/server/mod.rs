//! A small HTTP server for the book: static files from the built book, the WebSocket
//! endpoint mdBook's live-reload script connects to, and the page API that predicts,
//! runs and cancels experiments. Binds 127.0.0.1 only; every request must name it as
//! its `Host` (see [`auth`]). One thread per connection; responses close it.

pub mod api;
pub mod auth;
pub mod http;
pub mod runs;
pub mod watch;
pub mod websocket;

use std::io::{BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};

use anyhow::{Context, Result};

pub use http::{Request, read_request};

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

/// The server: where files come from, who to tell about reloads, and the page API.
pub struct Server {
    listener: TcpListener,
    root: PathBuf,
    endpoint: String,
    reloader: Reloader,
    api: Option<api::Api>,
}

/// What every connection handler shares.
struct Shared {
    root: PathBuf,
    endpoint: String,
    reloader: Reloader,
    api: Option<api::Api>,
    port: u16,
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
            api: None,
        })
    }

    /// Serves the page API too, and puts its token into every page.
    pub fn with_api(mut self, api: api::Api) -> Server {
        self.api = Some(api);
        self
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
        let shared = Arc::new(Shared {
            port: self.port(),
            root: self.root,
            endpoint: self.endpoint,
            reloader: self.reloader,
            api: self.api,
        });
        for stream in self.listener.incoming().flatten() {
            let shared = shared.clone();
            std::thread::spawn(move || {
                let _ = handle(stream, &shared);
            });
        }
    }
}

fn handle(stream: TcpStream, shared: &Shared) -> Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut stream = stream;
    let request = match read_request(&mut reader) {
        Ok(r) => r,
        Err(e) => {
            return http::respond(
                &mut stream,
                400,
                "text/plain",
                e.to_string().as_bytes(),
                true,
            );
        }
    };
    if let Err(refusal) = auth::check_site(&request, shared.port) {
        return http::respond(
            &mut stream,
            403,
            "text/plain",
            refusal.to_string().as_bytes(),
            true,
        );
    }
    if request.path.starts_with("/api/") {
        return match &shared.api {
            Some(api) => api.handle(&request, &mut reader, stream, shared.port),
            None => http::respond(
                &mut stream,
                404,
                "text/plain",
                b"no API on this server",
                true,
            ),
        };
    }
    if request.path == shared.endpoint {
        let Some(key) = request.header("sec-websocket-key") else {
            return http::respond(
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
            websocket::accept_key(key)
        )?;
        shared.reloader.add(stream.try_clone()?);
        // Drain what the browser sends (pings, close) until it goes away.
        let mut sink = [0u8; 512];
        while matches!(reader.read(&mut sink), Ok(n) if n > 0) {}
        return Ok(());
    }
    if request.method != "GET" && request.method != "HEAD" {
        return http::respond(&mut stream, 405, "text/plain", b"method not allowed", true);
    }
    let with_body = request.method == "GET";
    match resolve(&shared.root, &request.path) {
        Some(file) => {
            let mut body = std::fs::read(&file)?;
            if let Some(api) = &shared.api
                && file.extension().is_some_and(|e| e == "html")
            {
                body = auth::inject_token(&String::from_utf8_lossy(&body), &api.token).into_bytes();
            }
            http::respond(&mut stream, 200, content_type(&file), &body, with_body)
        }
        None => {
            let body = std::fs::read(shared.root.join("404.html"))
                .unwrap_or_else(|_| b"not found".to_vec());
            http::respond(
                &mut stream,
                404,
                "text/html; charset=utf-8",
                &body,
                with_body,
            )
        }
    }
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
