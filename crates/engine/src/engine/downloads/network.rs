//! Whether crates.io can be reached the way cargo would reach it: not at all when cargo
//! is told to stay offline, through the proxy when one is configured, directly
//! otherwise. The answer is kept for half a minute, so a `verify` asks once. (Cargo can
//! also take a proxy from git's configuration; that one is not read here.)

use std::net::{TcpStream, ToSocketAddrs};
use std::path::Path;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How long one connection attempt may take.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(3);
/// How long an answer is reused.
const KEEP: Duration = Duration::from_secs(30);

static LAST: Mutex<Option<(Instant, Route, bool)>> = Mutex::new(None);

/// The way cargo would go to crates.io.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// Told to stay offline, by the variable or config file named.
    Offline(String),
    /// Through a proxy: where it is set, and its address.
    Proxy {
        /// `CARGO_HTTP_PROXY`, `https_proxy`, or a config file's `http.proxy`.
        from: String,
        /// The proxy's URL or `host:port`.
        url: String,
    },
    /// Straight to `index.crates.io`.
    Direct,
}

/// The route cargo would take for a build in `dir`, in cargo's order: told to stay
/// offline; `http.proxy` (the `CARGO_HTTP_PROXY` variable, then the config files that
/// apply to `dir`); then curl's variables for an https address (`https_proxy`,
/// `HTTPS_PROXY`, `all_proxy`, `ALL_PROXY`), unless `no_proxy` covers crates.io.
pub fn route(dir: &Path) -> Route {
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    if env("CARGO_NET_OFFLINE").is_some_and(|v| v == "true" || v == "1") {
        return Route::Offline("CARGO_NET_OFFLINE".into());
    }
    if let Some((file, toml::Value::Boolean(true))) =
        crate::engine::cargo_config::setting(dir, "net.offline")
    {
        return Route::Offline(format!("`net.offline` in {}", file.display()));
    }
    if let Some(url) = env("CARGO_HTTP_PROXY") {
        return Route::Proxy {
            from: "CARGO_HTTP_PROXY".into(),
            url,
        };
    }
    if let Some((file, toml::Value::String(url))) =
        crate::engine::cargo_config::setting(dir, "http.proxy")
        && !url.is_empty()
    {
        return Route::Proxy {
            from: format!("`http.proxy` in {}", file.display()),
            url,
        };
    }
    let bypassed = ["no_proxy", "NO_PROXY"]
        .iter()
        .filter_map(|k| env(k))
        .any(|list| no_proxy_covers(&list, "index.crates.io"));
    if bypassed {
        return Route::Direct;
    }
    for var in ["https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"] {
        if let Some(url) = env(var) {
            return Route::Proxy {
                from: var.into(),
                url,
            };
        }
    }
    Route::Direct
}

/// Whether a `no_proxy` list (`*`, or names and `.domain` suffixes, comma-separated)
/// covers `host`.
fn no_proxy_covers(list: &str, host: &str) -> bool {
    list.split(',').map(str::trim).any(|entry| {
        let entry = entry.trim_start_matches('.');
        entry == "*"
            || (!entry.is_empty() && (host == entry || host.ends_with(&format!(".{entry}"))))
    })
}

/// Whether crates.io answers along [`route`] for a build in `dir` (a TCP connection
/// within three seconds).
pub fn crates_io_reachable(dir: &Path) -> bool {
    let route = route(dir);
    let mut last = LAST.lock().unwrap_or_else(|p| p.into_inner());
    if let Some((at, r, ok)) = last.as_ref()
        && *r == route
        && at.elapsed() < KEEP
    {
        return *ok;
    }
    let ok = match &route {
        Route::Offline(_) => false,
        Route::Proxy { url, .. } => proxy_address(url).is_some_and(|(h, p)| connects(&h, p)),
        Route::Direct => connects("index.crates.io", 443),
    };
    *last = Some((Instant::now(), route, ok));
    ok
}

/// Why crates.io is out of reach from `dir`, for messages: what [`route`] found.
pub fn why_unreachable(dir: &Path) -> String {
    match route(dir) {
        Route::Offline(by) => format!("cargo is told to stay offline by {by}"),
        Route::Proxy { from, url } => format!("the proxy {url} (from {from}) does not answer"),
        Route::Direct => "index.crates.io does not answer".into(),
    }
}

/// Host and port of a proxy URL such as `http://user@host:3128/` or `host:3128`.
fn proxy_address(url: &str) -> Option<(String, u16)> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let rest = rest.split('/').next()?;
    let rest = rest.rsplit_once('@').map_or(rest, |(_, r)| r);
    match rest.rsplit_once(':') {
        Some((host, port)) => Some((
            host.trim_matches(['[', ']']).to_string(),
            port.parse().ok()?,
        )),
        None => Some((rest.to_string(), 1080)),
    }
}

fn connects(host: &str, port: u16) -> bool {
    let Ok(addrs) = (host, port).to_socket_addrs() else {
        return false;
    };
    addrs
        .into_iter()
        .any(|a| TcpStream::connect_timeout(&a, CONNECT_TIMEOUT).is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_proxy_addresses_as_curl_writes_them() {
        assert_eq!(
            proxy_address("http://127.0.0.1:9"),
            Some(("127.0.0.1".into(), 9))
        );
        assert_eq!(
            proxy_address("http://me:secret@proxy.example:3128/"),
            Some(("proxy.example".into(), 3128))
        );
        assert_eq!(proxy_address("[::1]:8080"), Some(("::1".into(), 8080)));
        assert_eq!(
            proxy_address("proxy.example"),
            Some(("proxy.example".into(), 1080))
        );
        assert_eq!(proxy_address("http://host:notaport"), None);
    }

    #[test]
    fn no_proxy_lists_cover_hosts_and_domains() {
        assert!(no_proxy_covers("*", "index.crates.io"));
        assert!(no_proxy_covers("localhost, .crates.io", "index.crates.io"));
        assert!(no_proxy_covers("crates.io", "index.crates.io"));
        assert!(no_proxy_covers("index.crates.io", "index.crates.io"));
        assert!(!no_proxy_covers("localhost,example.org", "index.crates.io"));
        assert!(!no_proxy_covers("", "index.crates.io"));
    }
}
