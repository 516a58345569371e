//! Whether crates.io can be reached the way cargo would reach it: not at all when cargo
//! is told to stay offline, through the proxy when one is configured, directly
//! otherwise. The answer is kept for half a minute, so a `verify` asks once.

use std::net::{TcpStream, ToSocketAddrs};
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

/// The route cargo would take from the current directory's point of view.
pub fn route() -> Route {
    let env_true = |k: &str| std::env::var(k).is_ok_and(|v| v == "true" || v == "1");
    if env_true("CARGO_NET_OFFLINE") {
        return Route::Offline("CARGO_NET_OFFLINE".into());
    }
    let here = std::env::current_dir().unwrap_or_default();
    if let Some((file, toml::Value::Boolean(true))) =
        crate::cargo_config::setting(&here, "net.offline")
    {
        return Route::Offline(format!("`net.offline` in {}", file.display()));
    }
    for var in [
        "CARGO_HTTP_PROXY",
        "HTTPS_PROXY",
        "https_proxy",
        "http_proxy",
        "HTTP_PROXY",
    ] {
        if let Ok(url) = std::env::var(var)
            && !url.is_empty()
        {
            return Route::Proxy {
                from: var.into(),
                url,
            };
        }
    }
    if let Some((file, toml::Value::String(url))) =
        crate::cargo_config::setting(&here, "http.proxy")
    {
        return Route::Proxy {
            from: format!("`http.proxy` in {}", file.display()),
            url,
        };
    }
    Route::Direct
}

/// Whether crates.io answers along [`route`] (a TCP connection within three seconds).
pub fn crates_io_reachable() -> bool {
    let route = route();
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

/// Why crates.io is out of reach, for messages: what [`route`] found.
pub fn why_unreachable() -> String {
    match route() {
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
}
