//! Just enough HTTP/1.1 for the lab's server: a request head with its headers, a body
//! of bounded size, and responses that close their connection.

use std::collections::BTreeMap;
use std::io::{BufRead, Read, Write};

use anyhow::{Context, Result, bail};

/// The largest request head accepted, in bytes.
pub const MAX_HEAD: usize = 16 * 1024;
/// The largest request body accepted, in bytes.
pub const MAX_BODY: usize = 16 * 1024;

/// A parsed request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// `GET`, `POST`, ...
    pub method: String,
    /// The path, without query.
    pub path: String,
    /// The query string, without `?`.
    pub query: String,
    /// Headers by lower-case name (the last one wins).
    pub headers: BTreeMap<String, String>,
}

impl Request {
    /// A header's value, by case-insensitive name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .get(&name.to_ascii_lowercase())
            .map(String::as_str)
    }

    /// A query parameter's value (no percent-decoding: the lab's values need none).
    pub fn query_param(&self, name: &str) -> Option<&str> {
        self.query
            .split('&')
            .filter_map(|kv| kv.split_once('='))
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v)
    }

    /// The declared body length, if any.
    pub fn content_length(&self) -> Result<usize> {
        match self.header("content-length") {
            None => Ok(0),
            Some(v) => v
                .trim()
                .parse()
                .with_context(|| format!("bad Content-Length {v:?}")),
        }
    }
}

/// Why a body was not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyError {
    /// Larger than [`MAX_BODY`].
    TooLarge,
    /// Sent in a form the server does not read (chunked), or cut short.
    Malformed,
}

/// Reads a request head from `reader`.
pub fn read_request(reader: &mut impl BufRead) -> Result<Request> {
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let mut parts = line.split_whitespace();
    let method = parts.next().context("empty request")?.to_string();
    let target = parts.next().context("request without a path")?;
    let target = target.split('#').next().unwrap_or("/");
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let mut headers = BTreeMap::new();
    let mut total = line.len();
    loop {
        let mut header = String::new();
        let n = reader.read_line(&mut header)?;
        total += n;
        if total > MAX_HEAD {
            bail!("request head larger than {MAX_HEAD} bytes");
        }
        if n == 0 || header == "\r\n" || header == "\n" {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            headers.insert(name.trim().to_ascii_lowercase(), value.trim().to_string());
        }
    }
    Ok(Request {
        method,
        path: path.to_string(),
        query: query.to_string(),
        headers,
    })
}

/// Reads the request's body, refusing more than [`MAX_BODY`] bytes.
pub fn read_body(request: &Request, reader: &mut impl Read) -> Result<Vec<u8>, BodyError> {
    if request
        .header("transfer-encoding")
        .is_some_and(|t| !t.eq_ignore_ascii_case("identity"))
    {
        return Err(BodyError::Malformed);
    }
    let len = request.content_length().map_err(|_| BodyError::Malformed)?;
    if len > MAX_BODY {
        return Err(BodyError::TooLarge);
    }
    let mut body = vec![0; len];
    reader
        .read_exact(&mut body)
        .map_err(|_| BodyError::Malformed)?;
    Ok(body)
}

/// The reason phrase of a status code.
pub fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        202 => "Accepted",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        409 => "Conflict",
        413 => "Content Too Large",
        _ => "Error",
    }
}

/// Writes a whole response and closes the exchange.
pub fn respond(
    stream: &mut impl Write,
    status: u16,
    content_type: &str,
    body: &[u8],
    with_body: bool,
) -> Result<()> {
    write!(
        stream,
        "HTTP/1.1 {status} {}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n",
        reason(status),
        body.len()
    )?;
    if with_body {
        stream.write_all(body)?;
    }
    stream.flush()?;
    Ok(())
}

/// Writes a JSON response.
pub fn respond_json(stream: &mut impl Write, status: u16, value: &serde_json::Value) -> Result<()> {
    respond(
        stream,
        status,
        "application/json",
        value.to_string().as_bytes(),
        true,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_request_head_with_headers_and_query() {
        let raw = "POST /api/run/x?token=t&y=1 HTTP/1.1\r\nHost: 127.0.0.1:3000\r\nX-Rebuild-Lab-Token: abc\r\nContent-Length: 2\r\n\r\n{}";
        let mut reader = raw.as_bytes();
        let r = read_request(&mut reader).unwrap();
        assert_eq!(r.method, "POST");
        assert_eq!(r.path, "/api/run/x");
        assert_eq!(r.query_param("token"), Some("t"));
        assert_eq!(r.header("x-rebuild-lab-token"), Some("abc"));
        assert_eq!(r.header("HOST"), Some("127.0.0.1:3000"));
        assert_eq!(read_body(&r, &mut reader).unwrap(), b"{}");
    }

    #[test]
    fn refuses_large_chunked_and_short_bodies() {
        let head = |h: &str| {
            read_request(&mut format!("POST / HTTP/1.1\r\n{h}\r\n\r\n").as_bytes()).unwrap()
        };
        let big = head(&format!("Content-Length: {}", MAX_BODY + 1));
        assert_eq!(read_body(&big, &mut &b""[..]), Err(BodyError::TooLarge));
        let chunked = head("Transfer-Encoding: chunked");
        assert_eq!(
            read_body(&chunked, &mut &b""[..]),
            Err(BodyError::Malformed)
        );
        let short = head("Content-Length: 10");
        assert_eq!(
            read_body(&short, &mut &b"abc"[..]),
            Err(BodyError::Malformed)
        );
    }

    #[test]
    fn refuses_a_huge_head() {
        let raw = format!("GET / HTTP/1.1\r\nX: {}\r\n\r\n", "a".repeat(MAX_HEAD));
        assert!(read_request(&mut raw.as_bytes()).is_err());
    }
}
