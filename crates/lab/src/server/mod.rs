//! A small HTTP server for the book: static files from the built book, the WebSocket
//! endpoint mdBook's live-reload script connects to, and the page API that predicts,
//! runs and cancels experiments. Binds 127.0.0.1 only; every request must name it as
//! its `Host` (see [`auth`]). One thread per connection, at most [`MAX_CONNECTIONS`],
//! each with read and write timeouts; responses close it.

pub mod api;
pub mod auth;
pub mod http;
pub mod runs;
pub mod websocket;

use std::io::{BufReader, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use anyhow::{Context, Result};

pub use http::{Request, read_request};

/// The most connections served at once. A new one past it replaces the oldest that is
/// still sending its head or only listening (a live-reload socket, an event stream);
/// when none is, it gets 503.
pub const MAX_CONNECTIONS: usize = 64;
/// How long a client has to send a whole request head, and each part of its body.
pub const READ_TIMEOUT: Duration = Duration::from_secs(5);
/// A test hook: the stack size, in bytes, of each connection's thread.
pub const STACK_HOOK: &str = "REBUILD_LAB_TEST_CONNECTION_STACK";
/// How long one write to a client may block before the connection is dropped.
pub const WRITE_TIMEOUT: Duration = Duration::from_secs(10);

/// Browsers waiting for a reload, each with the id of its connection.
#[derive(Clone, Default)]
pub struct Reloader {
    clients: Arc<Mutex<Vec<(u64, TcpStream)>>>,
}

impl Reloader {
    /// Tells every connected page to reload; forgets pages that went away.
    /// Returns how many pages were told.
    pub fn reload(&self) -> usize {
        let frame = websocket::text_frame("reload");
        let Ok(mut clients) = self.clients.lock() else {
            return 0;
        };
        clients.retain_mut(|(_, c)| c.write_all(&frame).is_ok());
        clients.len()
    }

    fn add(&self, id: u64, stream: TcpStream) {
        if let Ok(mut clients) = self.clients.lock() {
            clients.push((id, stream));
        }
    }

    fn remove(&self, id: u64) {
        if let Ok(mut clients) = self.clients.lock() {
            clients.retain(|(i, _)| *i != id);
        }
    }
}

/// What a connection is doing, which decides whether a newcomer may replace it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Sending its request head: may be replaced.
    Head,
    /// Being answered: kept.
    Busy,
    /// Holding a live-reload socket or an event stream: may be replaced.
    Listening,
}

/// The connections being served.
#[derive(Default)]
struct Connections {
    next: u64,
    live: Vec<(u64, Phase, TcpStream)>,
}

/// The connection registry, shared by the accept loop and the handlers.
#[derive(Clone, Default)]
struct Registry(Arc<Mutex<Connections>>);

impl Registry {
    fn lock(&self) -> std::sync::MutexGuard<'_, Connections> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Admits `stream`, replacing the oldest replaceable connection when full; `None`
    /// when every slot is being answered.
    fn admit(&self, stream: &TcpStream) -> Option<u64> {
        let mut c = self.lock();
        if c.live.len() >= MAX_CONNECTIONS {
            let oldest = c.live.iter().position(|(_, p, _)| *p != Phase::Busy)?;
            let (_, _, old) = c.live.remove(oldest);
            let _ = old.shutdown(Shutdown::Both);
        }
        let id = c.next;
        c.next += 1;
        c.live.push((id, Phase::Head, stream.try_clone().ok()?));
        Some(id)
    }

    fn set(&self, id: u64, phase: Phase) {
        if let Some(entry) = self.lock().live.iter_mut().find(|(i, _, _)| *i == id) {
            entry.1 = phase;
        }
    }

    fn remove(&self, id: u64) {
        self.lock().live.retain(|(i, _, _)| *i != id);
    }
}

/// Removes a connection from the registry when its handler ends, however it ends.
struct Admitted {
    id: u64,
    registry: Registry,
}

impl Drop for Admitted {
    fn drop(&mut self) {
        self.registry.remove(self.id);
    }
}

/// Where the server reads the built book from; [`Root::swap`] points it at a newly
/// built copy at once, so a page is never missing while the book is rebuilt.
#[derive(Clone)]
pub struct Root(Arc<RwLock<PathBuf>>);

impl Root {
    /// The directory served now.
    pub fn get(&self) -> PathBuf {
        self.0
            .read()
            .map_or_else(|e| e.into_inner().clone(), |r| r.clone())
    }

    /// Serves `dir` from the next request on.
    pub fn swap(&self, dir: PathBuf) {
        match self.0.write() {
            Ok(mut r) => *r = dir,
            Err(e) => *e.into_inner() = dir,
        }
    }
}

/// The server: where files come from, who to tell about reloads, and the page API.
pub struct Server {
    listener: TcpListener,
    root: Root,
    endpoint: String,
    reloader: Reloader,
    api: Option<api::Api>,
}

/// What every connection handler shares.
struct Shared {
    root: Root,
    endpoint: String,
    reloader: Reloader,
    api: Option<api::Api>,
    port: u16,
    registry: Registry,
}

impl Server {
    /// Binds 127.0.0.1:`port` (0 picks a free port) to serve `root`.
    pub fn bind(port: u16, root: PathBuf, endpoint: &str) -> Result<Server> {
        let listener = TcpListener::bind(("127.0.0.1", port)).with_context(|| {
            format!("cannot listen on 127.0.0.1:{port}; is another server using it? Try --port")
        })?;
        Ok(Server {
            listener,
            root: Root(Arc::new(RwLock::new(root))),
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

    /// A handle to point the server at a newly built book.
    pub fn root(&self) -> Root {
        self.root.clone()
    }

    /// Serves connections until the process ends. Each connection gets a thread of its
    /// own, within [`MAX_CONNECTIONS`]; a thread that cannot be made drops that
    /// connection (said once), and the server goes on.
    pub fn run(self) {
        let shared = Arc::new(Shared {
            port: self.port(),
            root: self.root,
            endpoint: self.endpoint,
            reloader: self.reloader,
            api: self.api,
            registry: Registry::default(),
        });
        // A test hook: connection threads this large cannot be made, as when the
        // machine is out of memory or threads.
        let stack_hook: Option<usize> = std::env::var(STACK_HOOK).ok().and_then(|v| v.parse().ok());
        let mut said_spawn = false;
        let mut said_accept = false;
        for stream in self.listener.incoming() {
            let stream = match stream {
                Ok(s) => s,
                Err(e) => {
                    // Out of descriptors, say: wait for connections to end, do not spin.
                    if !said_accept {
                        eprintln!(
                            "warning: cannot accept a connection ({e}); waiting for others to end"
                        );
                        said_accept = true;
                    }
                    std::thread::sleep(Duration::from_millis(50));
                    continue;
                }
            };
            let _ = stream.set_read_timeout(Some(READ_TIMEOUT));
            let _ = stream.set_write_timeout(Some(WRITE_TIMEOUT));
            let Some(id) = shared.registry.admit(&stream) else {
                let mut stream = stream;
                let _ = http::respond(
                    &mut stream,
                    503,
                    "text/plain",
                    b"busy: too many connections; try again",
                    true,
                );
                continue;
            };
            let admitted = Admitted {
                id,
                registry: shared.registry.clone(),
            };
            let shared = shared.clone();
            let mut builder = std::thread::Builder::new().name(format!("connection-{id}"));
            if let Some(bytes) = stack_hook {
                builder = builder.stack_size(bytes);
            }
            let spawned = builder.spawn(move || {
                let _admitted = admitted;
                let _ = handle(stream, id, &shared);
            });
            if let Err(e) = spawned {
                // The closure, with the stream and its registry entry, is dropped:
                // that connection is closed, and the next one may fare better.
                if !said_spawn {
                    eprintln!("warning: cannot start a thread for a connection ({e}); dropping it");
                    said_spawn = true;
                }
            }
        }
    }
}

/// The status and text for a head that could not be read, or `None` when the client is
/// gone and there is no one to answer.
fn head_refusal(e: &http::HeadError) -> Option<(u16, String)> {
    match e {
        http::HeadError::TooLarge => Some((431, e.to_string())),
        http::HeadError::Malformed(_) => Some((400, e.to_string())),
        http::HeadError::Io(io)
            if io.kind() == std::io::ErrorKind::TimedOut
                || io.kind() == std::io::ErrorKind::WouldBlock =>
        {
            Some((408, "the request head did not arrive in time".into()))
        }
        http::HeadError::Io(_) => None,
    }
}

fn handle(stream: TcpStream, id: u64, shared: &Shared) -> Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut stream = stream;
    let request = match http::read_request_within(&mut reader, READ_TIMEOUT) {
        Ok(r) => r,
        Err(e) => {
            return match head_refusal(&e) {
                Some((status, text)) => {
                    http::respond(&mut stream, status, "text/plain", text.as_bytes(), true)
                }
                None => Ok(()),
            };
        }
    };
    shared.registry.set(id, Phase::Busy);
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
            Some(api) => {
                if request.path == "/api/events" {
                    shared.registry.set(id, Phase::Listening);
                }
                api.handle(&request, &mut reader, stream, shared.port, id)
            }
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
        // Only the book's own pages reload: a browser always names the page's origin
        // when it opens a WebSocket, and `check_site` has checked it is this server.
        let (Some(key), Some(_)) = (
            request.header("sec-websocket-key"),
            request.header("origin"),
        ) else {
            return http::respond(
                &mut stream,
                400,
                "text/plain",
                b"expected a WebSocket upgrade from one of the book's pages",
                true,
            );
        };
        write!(
            stream,
            "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: {}\r\n\r\n",
            websocket::accept_key(key)
        )?;
        shared.registry.set(id, Phase::Listening);
        shared.reloader.add(id, stream.try_clone()?);
        // Drain what the browser sends (pings, close) until it goes away, then forget
        // it at once rather than at the next reload.
        let _ = stream.set_read_timeout(None);
        let mut sink = [0u8; 512];
        while matches!(reader.read(&mut sink), Ok(n) if n > 0) {}
        shared.reloader.remove(id);
        return Ok(());
    }
    if request.method != "GET" && request.method != "HEAD" {
        return http::respond(&mut stream, 405, "text/plain", b"method not allowed", true);
    }
    let with_body = request.method == "GET";
    let root = shared.root.get();
    match resolve(&root, &request.path) {
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
            let body =
                std::fs::read(root.join("404.html")).unwrap_or_else(|_| b"not found".to_vec());
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

/// The file a URL path names under `root`, if it exists and stays inside `root`, also
/// after following symbolic links: a link inside the book to a file outside is 404.
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
    let real = file.canonicalize().ok()?;
    let real_root = root.canonicalize().ok()?;
    (real.starts_with(&real_root) && real.is_file()).then_some(file)
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
        // A link inside the root to a directory outside it is not followed.
        #[cfg(unix)]
        {
            let outside = tempfile::tempdir().unwrap();
            std::fs::write(outside.path().join("secret"), "s").unwrap();
            std::os::unix::fs::symlink(outside.path(), dir.path().join("out")).unwrap();
            assert_eq!(resolve(dir.path(), "/out/secret"), None);
        }
    }
}
