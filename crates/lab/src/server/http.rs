//! Just enough HTTP/1.1 for the lab's server: a request head read within a size and a
//! time limit, a body of bounded size, and responses that close their connection and
//! carry the headers that keep other sites from framing or sniffing them.

use std::collections::BTreeMap;
use std::io::{BufRead, Read, Write};
use std::time::Instant;

use anyhow::{Result, bail};

/// The largest request head accepted, in bytes: the request line and the headers,
/// `Cookie` lines aside.
pub const MAX_HEAD: usize = 16 * 1024;
/// `Cookie` lines are read and dropped (the lab uses no cookies), up to this many bytes
/// in all: another page on 127.0.0.1 can set cookies that every request then carries,
/// and they must not lock the learner out of the book.
pub const MAX_COOKIES: usize = 1024 * 1024;
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
    /// Headers by lower-case name, each at most once; `Cookie` is never kept.
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

    /// The declared body length: digits only (no sign, no spaces inside), or 0 when
    /// absent.
    pub fn content_length(&self) -> Result<usize> {
        match self.header("content-length") {
            None => Ok(0),
            Some(v) if !v.is_empty() && v.len() <= 19 && v.bytes().all(|b| b.is_ascii_digit()) => {
                Ok(v.parse()?)
            }
            Some(v) => bail!("bad Content-Length {v:?}"),
        }
    }
}

/// Why a request head was not read.
#[derive(Debug)]
pub enum HeadError {
    /// Larger than [`MAX_HEAD`] (or its cookies than [`MAX_COOKIES`]).
    TooLarge,
    /// Not HTTP the server reads: the reason, for the 400 answer.
    Malformed(String),
    /// The connection ended, failed or timed out before a whole head arrived.
    Io(std::io::Error),
}

impl std::fmt::Display for HeadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            HeadError::TooLarge => write!(f, "request head larger than {MAX_HEAD} bytes"),
            HeadError::Malformed(why) => write!(f, "malformed request: {why}"),
            HeadError::Io(e) => write!(f, "the request did not arrive: {e}"),
        }
    }
}

impl From<std::io::Error> for HeadError {
    fn from(e: std::io::Error) -> HeadError {
        HeadError::Io(e)
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

/// Headers that frame the request or decide who may make it: a second copy of one is
/// an attempt to make two readers see two requests, and is refused.
const SINGLE: [&str; 5] = [
    "host",
    "origin",
    "content-length",
    "transfer-encoding",
    "x-rebuild-lab-token",
];

/// What one head line cost.
struct LineRead {
    /// Bytes counted against the head's limit.
    head: usize,
    /// Bytes of a dropped `Cookie` line.
    cookie: usize,
}

/// Reads one line into `line` (without its end), within `head_left` bytes, or drops it
/// when it is a `Cookie` line (within `cookie_left`), and within `deadline`. The
/// request line passes `cookie_left` 0: it is never a cookie.
fn read_line_bounded(
    reader: &mut impl BufRead,
    line: &mut Vec<u8>,
    head_left: usize,
    cookie_left: usize,
    deadline: Instant,
) -> Result<LineRead, HeadError> {
    const COOKIE: &[u8] = b"cookie:";
    line.clear();
    let mut read = 0;
    let mut cookie = false;
    loop {
        if Instant::now() > deadline {
            return Err(HeadError::Io(std::io::ErrorKind::TimedOut.into()));
        }
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            return Err(HeadError::Io(std::io::ErrorKind::UnexpectedEof.into()));
        }
        let (chunk, done) = match buf.iter().position(|b| *b == b'\n') {
            Some(i) => (&buf[..=i], true),
            None => (buf, false),
        };
        let n = chunk.len();
        read += n;
        if !cookie {
            line.extend_from_slice(chunk);
            if cookie_left > 0
                && line.len() >= COOKIE.len()
                && line[..COOKIE.len()].eq_ignore_ascii_case(COOKIE)
            {
                // A cookie: stop keeping it, and count it apart.
                cookie = true;
                line.clear();
            }
        }
        let limit = if cookie { cookie_left } else { head_left };
        if read > limit {
            return Err(HeadError::TooLarge);
        }
        reader.consume(n);
        if done {
            if !cookie {
                line.pop();
                if line.last() == Some(&b'\r') {
                    line.pop();
                }
            }
            return Ok(match cookie {
                true => LineRead {
                    head: 0,
                    cookie: read,
                },
                false => LineRead {
                    head: read,
                    cookie: 0,
                },
            });
        }
    }
}

/// Reads a request head from `reader`: at most [`MAX_HEAD`] bytes besides `Cookie`
/// lines (dropped, up to [`MAX_COOKIES`]), whole within `timeout`. Refuses a malformed
/// request line, a header name with spaces or a line without a colon, a folded line,
/// and a second copy of a framing header.
pub fn read_request_within(
    reader: &mut impl BufRead,
    timeout: std::time::Duration,
) -> Result<Request, HeadError> {
    let deadline = Instant::now() + timeout;
    let mut line = Vec::new();
    let mut used = read_line_bounded(reader, &mut line, MAX_HEAD, 0, deadline)?.head;
    let text = String::from_utf8(std::mem::take(&mut line))
        .map_err(|_| HeadError::Malformed("the request line is not UTF-8".into()))?;
    let parts: Vec<&str> = text.split(' ').collect();
    let [method, target, version] = parts.as_slice() else {
        return Err(HeadError::Malformed(format!("bad request line {text:?}")));
    };
    if method.is_empty()
        || !method.bytes().all(|b| b.is_ascii_uppercase())
        || !target.starts_with('/')
        || !matches!(*version, "HTTP/1.1" | "HTTP/1.0")
    {
        return Err(HeadError::Malformed(format!("bad request line {text:?}")));
    }
    let target = target.split('#').next().unwrap_or("/");
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let mut headers = BTreeMap::new();
    let mut cookies = 0;
    loop {
        let got = read_line_bounded(
            reader,
            &mut line,
            MAX_HEAD - used.min(MAX_HEAD),
            MAX_COOKIES - cookies.min(MAX_COOKIES),
            deadline,
        )?;
        used += got.head;
        cookies += got.cookie;
        if got.cookie > 0 {
            continue;
        }
        if line.is_empty() {
            break;
        }
        let header = String::from_utf8(std::mem::take(&mut line))
            .map_err(|_| HeadError::Malformed("a header is not UTF-8".into()))?;
        if header.starts_with([' ', '\t']) {
            return Err(HeadError::Malformed("a folded header line".into()));
        }
        let Some((name, value)) = header.split_once(':') else {
            return Err(HeadError::Malformed(format!(
                "a header line without a colon: {header:?}"
            )));
        };
        let token = |b: u8| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b);
        if name.is_empty() || !name.bytes().all(token) {
            return Err(HeadError::Malformed(format!("a bad header name {name:?}")));
        }
        let name = name.to_ascii_lowercase();
        if headers.contains_key(&name) && SINGLE.contains(&name.as_str()) {
            return Err(HeadError::Malformed(format!("`{name}` sent twice")));
        }
        headers.insert(name, value.trim().to_string());
    }
    Ok(Request {
        method: method.to_string(),
        path: path.to_string(),
        query: query.to_string(),
        headers,
    })
}

/// [`read_request_within`] with no time limit beyond the socket's own, for tests and
/// in-memory input.
pub fn read_request(reader: &mut impl BufRead) -> Result<Request, HeadError> {
    read_request_within(reader, std::time::Duration::from_secs(3600))
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
        408 => "Request Timeout",
        409 => "Conflict",
        413 => "Content Too Large",
        431 => "Request Header Fields Too Large",
        503 => "Service Unavailable",
        _ => "Error",
    }
}

/// Headers on every answer: no page of another site may frame the book (against
/// clickjacking: a transparent frame over a decoy button), no answer is read as another
/// type than it says, and no address of the book leaks in a `Referer`.
pub const SECURITY_HEADERS: &str = "X-Frame-Options: DENY\r\nContent-Security-Policy: frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'\r\nX-Content-Type-Options: nosniff\r\nReferrer-Policy: no-referrer\r\n";

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
        "HTTP/1.1 {status} {}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nCache-Control: no-store\r\n{SECURITY_HEADERS}Connection: close\r\n\r\n",
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
        assert!(matches!(
            read_request(&mut raw.as_bytes()),
            Err(HeadError::TooLarge)
        ));
    }

    #[test]
    fn an_endless_request_line_is_cut_off_after_the_limit() {
        // 128 MiB without a newline: reading stops just past the limit, not at the end.
        let endless = std::io::Read::take(std::io::repeat(b'a'), 128 << 20);
        let mut counted = std::io::BufReader::new(Counted(endless, 0));
        assert!(matches!(
            read_request(&mut counted),
            Err(HeadError::TooLarge)
        ));
        let consumed = counted.get_ref().1;
        assert!(consumed <= MAX_HEAD + 8192, "read {consumed} bytes");
    }

    /// A reader that counts what was read from it.
    struct Counted<R>(R, usize);

    impl<R: std::io::Read> std::io::Read for Counted<R> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let n = self.0.read(buf)?;
            self.1 += n;
            Ok(n)
        }
    }

    #[test]
    fn cookies_are_dropped_and_do_not_count_against_the_head() {
        // Six cookies of 3.9 KB, as a page on another 127.0.0.1 port can set them.
        let cookies: String = (0..6)
            .map(|i| format!("Cookie: c{i}={}\r\n", "x".repeat(3900)))
            .collect();
        let raw = format!("GET / HTTP/1.1\r\nHost: 127.0.0.1:3000\r\n{cookies}Accept: */*\r\n\r\n");
        let r = read_request(&mut raw.as_bytes()).unwrap();
        assert_eq!(r.header("cookie"), None);
        assert_eq!(r.header("accept"), Some("*/*"));
        assert_eq!(r.header("host"), Some("127.0.0.1:3000"));
        let bomb = format!(
            "GET / HTTP/1.1\r\nCookie: {}\r\n\r\n",
            "x".repeat(MAX_COOKIES)
        );
        assert!(matches!(
            read_request(&mut bomb.as_bytes()),
            Err(HeadError::TooLarge)
        ));
    }

    #[test]
    fn refuses_duplicate_framing_headers_and_malformed_lines() {
        let refused = |head: &str| {
            let raw = format!("GET / HTTP/1.1\r\n{head}\r\n\r\n");
            match read_request(&mut raw.as_bytes()) {
                Err(HeadError::Malformed(why)) => why,
                other => panic!("{head:?} was not refused: {other:?}"),
            }
        };
        assert!(
            refused("Host: 127.0.0.1:3000\r\nHost: evil.example").contains("`host` sent twice")
        );
        assert!(
            refused("Origin: http://127.0.0.1:3000\r\nOrigin: http://evil.example")
                .contains("twice")
        );
        assert!(refused("Host : 127.0.0.1:3000").contains("bad header name"));
        assert!(refused("X: a\r\n  folded").contains("folded"));
        assert!(refused("no colon here").contains("without a colon"));
        for line in [
            "GET /",
            "GET / HTTP/2",
            "get / HTTP/1.1",
            "GET http://x/ HTTP/1.1",
        ] {
            assert!(matches!(
                read_request(&mut format!("{line}\r\n\r\n").as_bytes()),
                Err(HeadError::Malformed(_))
            ));
        }
        let plus =
            read_request(&mut "POST / HTTP/1.1\r\nContent-Length: +16\r\n\r\n".as_bytes()).unwrap();
        assert!(plus.content_length().is_err());
        assert_eq!(read_body(&plus, &mut &b""[..]), Err(BodyError::Malformed));
    }
}
