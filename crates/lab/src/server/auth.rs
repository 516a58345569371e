//! Who may use the server. Any web page the learner visits can send requests to
//! 127.0.0.1, so every request must name the server by its loopback address (against
//! DNS rebinding), a present `Origin` must be the server itself, and requests that
//! change anything must carry the token that the server puts, new at every start, into
//! the pages it serves. A custom header makes the browser ask first (a CORS preflight),
//! which the server never approves, so a foreign page cannot even send it.

use std::fmt::Write as _;

use super::http::Request;

/// The header that carries the token.
pub const TOKEN_HEADER: &str = "x-rebuild-lab-token";

/// A secret made at server start.
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Token(…)")
    }
}

impl Token {
    /// 128 random bits from the operating system's random source, as hex.
    pub fn generate() -> Token {
        let mut bytes = [0u8; 16];
        getrandom::fill(&mut bytes).expect("the operating system's random source works");
        let mut s = String::with_capacity(32);
        for b in bytes {
            let _ = write!(s, "{b:02x}");
        }
        Token(s)
    }

    /// The token's text, as pages carry it.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Compares with a presented value in time that does not depend on where they differ.
    pub fn matches(&self, presented: &str) -> bool {
        let (a, b) = (self.0.as_bytes(), presented.as_bytes());
        a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
    }
}

/// Why a request was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The `Host` header does not name this server on loopback.
    Host(String),
    /// A present `Origin` is not this server.
    Origin(String),
    /// The token is missing or wrong.
    Token,
    /// The browser says another site made the request (`Sec-Fetch-Site`).
    Site(String),
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::Host(h) => write!(f, "refused: Host {h:?} is not this server"),
            Refusal::Origin(o) => write!(f, "refused: Origin {o:?} is not this server"),
            Refusal::Token => f.write_str("refused: missing or wrong token"),
            Refusal::Site(s) => write!(
                f,
                "refused: a request from another site (Sec-Fetch-Site: {s}); open the book's address yourself"
            ),
        }
    }
}

/// The names this server answers to on `port`.
fn hosts(port: u16) -> [String; 2] {
    [format!("127.0.0.1:{port}"), format!("localhost:{port}")]
}

/// Checks `Host`, and when present `Origin` and `Sec-Fetch-Site`: every request goes
/// through this. A browser marks what another site's page makes it fetch (an image, a
/// script, a frame, a link followed) `cross-site`, and one from another port of
/// 127.0.0.1 `same-site`: none of those may read or even probe the book.
pub fn check_site(request: &Request, port: u16) -> Result<(), Refusal> {
    if let Some(site) = request.header("sec-fetch-site")
        && matches!(site, "cross-site" | "same-site")
    {
        return Err(Refusal::Site(site.to_string()));
    }
    let host = request.header("host").unwrap_or("");
    if !hosts(port).iter().any(|h| h == host) {
        return Err(Refusal::Host(host.to_string()));
    }
    if let Some(origin) = request.header("origin") {
        let ok = hosts(port).iter().any(|h| origin == format!("http://{h}"));
        if !ok {
            return Err(Refusal::Origin(origin.to_string()));
        }
    }
    Ok(())
}

/// Checks the site and the token in its header: every state-changing request and
/// every API read goes through this.
pub fn check_api(request: &Request, port: u16, token: &Token) -> Result<(), Refusal> {
    check_site(request, port)?;
    match request.header(TOKEN_HEADER) {
        Some(t) if token.matches(t) => Ok(()),
        _ => Err(Refusal::Token),
    }
}

/// Checks the site and a token in the query (`?token=`): for the event stream, which
/// a browser's `EventSource` opens without custom headers.
pub fn check_stream(request: &Request, port: u16, token: &Token) -> Result<(), Refusal> {
    check_site(request, port)?;
    match request.query_param("token") {
        Some(t) if token.matches(t) => Ok(()),
        _ => Err(Refusal::Token),
    }
}

/// An HTML page with the token in a `<meta name="rebuild-lab-token">` tag.
pub fn inject_token(html: &str, token: &Token) -> String {
    let meta = format!(
        r#"<meta name="rebuild-lab-token" content="{}">"#,
        token.as_str()
    );
    match html.find("<head>") {
        Some(i) => format!("{}{meta}{}", &html[..i + 6], &html[i + 6..]),
        None => format!("{meta}{html}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::http::read_request;

    fn req(headers: &str) -> Request {
        read_request(&mut format!("POST /api/run/x HTTP/1.1\r\n{headers}\r\n\r\n").as_bytes())
            .unwrap()
    }

    #[test]
    fn tokens_are_new_each_time_and_compared_exactly() {
        let (a, b) = (Token::generate(), Token::generate());
        assert_ne!(a, b);
        assert_eq!(a.as_str().len(), 32);
        assert!(a.matches(a.as_str()));
        assert!(!a.matches(b.as_str()));
        assert!(!a.matches(""));
    }

    #[test]
    fn host_origin_and_token_are_all_checked() {
        let t = Token::generate();
        let good = format!(
            "Host: 127.0.0.1:3000\r\nX-Rebuild-Lab-Token: {}",
            t.as_str()
        );
        assert_eq!(check_api(&req(&good), 3000, &t), Ok(()));
        let local = format!(
            "Host: localhost:3000\r\nOrigin: http://localhost:3000\r\nX-Rebuild-Lab-Token: {}",
            t.as_str()
        );
        assert_eq!(check_api(&req(&local), 3000, &t), Ok(()));
        assert_eq!(
            check_api(&req("Host: 127.0.0.1:3000"), 3000, &t),
            Err(Refusal::Token)
        );
        assert!(matches!(
            check_api(
                &req(&good.replace("127.0.0.1:3000", "evil.example:3000")),
                3000,
                &t
            ),
            Err(Refusal::Host(_))
        ));
        assert!(matches!(
            check_api(
                &req(&format!("{good}\r\nOrigin: http://evil.example")),
                3000,
                &t
            ),
            Err(Refusal::Origin(_))
        ));
        assert!(matches!(
            check_api(&req(&good), 3001, &t),
            Err(Refusal::Host(_))
        ));
    }

    #[test]
    fn the_token_goes_into_the_head() {
        let t = Token::generate();
        let page = inject_token("<html><head><title>x</title></head></html>", &t);
        assert!(page.starts_with(&format!(
            r#"<html><head><meta name="rebuild-lab-token" content="{}"><title>"#,
            t.as_str()
        )));
    }
}
