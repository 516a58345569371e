//! The book: broken links, fragments and exercise names fail `verify`; `serve` serves
//! the page, rebuilds it when an exercise runs without reloading open pages; a real
//! browser renders the block.

mod common;
use common::text;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn xtask(target: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_xtask"));
    cmd.args(args)
        .env("CARGO_TARGET_DIR", target)
        .env("CI", "true");
    cmd
}

/// `cargo xtask verify --book-only` on a fixture book; its target directory (which
/// holds the built pages) and the output.
fn verify_book(name: &str) -> (tempfile::TempDir, std::process::Output) {
    let target = tempfile::tempdir().unwrap();
    let book = fixture(name);
    let out = xtask(
        target.path(),
        &["verify", "--book-only", "--book", book.to_str().unwrap()],
    )
    .output()
    .unwrap();
    (target, out)
}

#[test]
fn an_exercise_block_naming_nothing_fails_verify() {
    let (_target, out) = verify_book("book-bad-exercise");
    let all = text(&out);
    assert_eq!(out.status.code(), Some(1), "{all}");
    assert!(
        all.contains("src/chapter.md:5: `{{#exercise touch-mian}}` names no exercise in exercises/; did you mean `touch-main`?"),
        "{all}"
    );
}

#[test]
fn broken_links_and_fragments_fail_verify() {
    let (_target, out) = verify_book("book-bad-links");
    let all = text(&out);
    assert_eq!(out.status.code(), Some(1), "{all}");
    assert!(
        all.contains("src/chapter.md: link `missing.html`: no such page in the built book"),
        "{all}"
    );
    assert!(
        all.contains("src/chapter.md: link `other.html#no-such-heading`: `#no-such-heading` is not a heading or element id on other.html"),
        "{all}"
    );
    assert!(
        !all.contains("second-part`"),
        "a good link was reported: {all}"
    );
    assert!(
        !all.contains("#a-real-heading`"),
        "a good fragment was reported: {all}"
    );
    // The fixture uses one exercise; the others are reported as unused.
    assert!(
        all.contains("exercise `touch-main` is used by no chapter"),
        "{all}"
    );
    assert!(
        !all.contains("exercise `noop-rebuild` is used by no chapter"),
        "{all}"
    );
}

/// Kills the server when the test ends, however it ends.
struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn get(port: u16, path: &str) -> (u16, String) {
    common::served::request(port, "GET", path, &[], "")
}

#[test]
fn serve_serves_the_book_and_shows_a_run_without_reloading_open_pages() {
    let target = tempfile::tempdir().unwrap();
    let mut server = Killed(
        xtask(target.path(), &["serve", "--port", "0"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let mut line = String::new();
    BufReader::new(server.0.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let port = common::served_port(&line);

    let (status, page) = get(port, "/freshness.html");
    assert_eq!(status, 200);
    assert!(page.contains(r#"<div class="exercise" id="exercise-noop-rebuild""#));
    assert!(page.contains("Your results appear here after you run it."));
    assert!(
        page.contains("__livereload"),
        "the live-reload script is in the page"
    );
    assert_eq!(get(port, "/no-such-page.html").0, 404);
    assert_eq!(get(port, "/../Cargo.toml").0, 404);

    // Listen for reloads the way the page's script does.
    let mut ws = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        ws,
        "GET /__livereload HTTP/1.1\r\nHost: localhost:{port}\r\nOrigin: http://localhost:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
         Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
    )
    .unwrap();
    let mut reader = BufReader::new(ws.try_clone().unwrap());
    let mut status_line = String::new();
    reader.read_line(&mut status_line).unwrap();
    assert!(status_line.starts_with("HTTP/1.1 101"), "{status_line}");
    let mut headers = String::new();
    loop {
        let mut h = String::new();
        reader.read_line(&mut h).unwrap();
        if h == "\r\n" {
            break;
        }
        headers.push_str(&h);
    }
    assert!(headers.contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));

    // Running an exercise in a terminal writes its results: the book is rebuilt, so the
    // next page opened shows them, but an open page is not reloaded (it would lose what
    // the learner typed in it).
    let run = xtask(target.path(), &["run", "noop-rebuild"])
        .output()
        .unwrap();
    assert!(run.status.success(), "{}", text(&run));
    let start = Instant::now();
    loop {
        let (_, page) = get(port, "/freshness.html");
        if page.contains("<strong>Your last run</strong>") {
            assert!(page.contains(r#"<svg class="rebuild-chart""#));
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "the page never showed the results"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    ws.set_read_timeout(Some(Duration::from_secs(2))).unwrap();
    let mut frame = [0u8; 8];
    let read = reader.read_exact(&mut frame);
    assert!(
        read.is_err(),
        "an open page was told to reload after a run: {frame:?}"
    );
}

fn chromium() -> Option<PathBuf> {
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find_map(|name| {
            std::env::var_os("PATH").and_then(|paths| {
                std::env::split_paths(&paths)
                    .map(|d| d.join(name))
                    .find(|p| p.is_file())
            })
        })
}

#[test]
fn a_real_browser_renders_the_exercise_block_and_its_chart() {
    let Some(browser) = chromium() else {
        common::skip("no Chromium on PATH (apt-get install chromium)");
        return;
    };
    let target = tempfile::tempdir().unwrap();
    let run = xtask(target.path(), &["run", "noop-rebuild"])
        .output()
        .unwrap();
    assert!(run.status.success(), "{}", text(&run));
    let built = xtask(target.path(), &["book"]).output().unwrap();
    assert!(built.status.success(), "{}", text(&built));
    let page = target.path().join("book/freshness.html");
    let url = format!("file://{}", page.display());
    let profile = tempfile::tempdir().unwrap();
    let shot = target.path().join("shot.png");
    let chrome = |extra: &[&str]| {
        let mut cmd = Command::new(&browser);
        cmd.args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(extra)
        .arg(&url);
        cmd.stderr(Stdio::null()).output().unwrap()
    };

    let dom = String::from_utf8(chrome(&["--dump-dom"]).stdout).unwrap();
    assert!(
        dom.contains(r#"id="exercise-noop-rebuild""#),
        "no exercise block in the DOM"
    );
    assert!(dom.contains("<details class=\"exercise-answer\">"));
    assert!(dom.contains("<strong>Your last run</strong>"));
    // The static book loads the live script, which finds no server token and adds no
    // controls: the box shows the command to type, and the console stays clean.
    assert!(
        dom.contains("theme/rebuild-lab-") && dom.contains(".js\""),
        "the live script is not in the page"
    );
    assert!(
        !dom.contains("lab-live"),
        "a static page grew live controls"
    );
    assert!(
        dom.contains("$ cargo xtask run noop-rebuild")
            || dom.contains("cargo xtask run noop-rebuild")
    );
    let mut logged = Command::new(&browser);
    logged
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--enable-logging=stderr",
            "--v=0",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(&url);
    let console = String::from_utf8_lossy(&logged.output().unwrap().stderr).into_owned();
    let errors: Vec<&str> = console
        .lines()
        .filter(|l| l.contains("CONSOLE") && (l.contains("Uncaught") || l.contains("Error")))
        .collect();
    assert!(errors.is_empty(), "console errors: {errors:?}");

    let out = chrome(&[
        &format!("--screenshot={}", shot.display()),
        "--window-size=1200,2400",
    ]);
    assert!(shot.is_file(), "no screenshot: {}", text(&out));
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&shot).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let channels = info.color_type.samples();
    let bar = (0x1c, 0x7e, 0xd6);
    let bar_pixels = buf[..info.buffer_size()]
        .chunks(channels)
        .filter(|p| (p[0], p[1], p[2]) == bar)
        .count();
    // Two bars (the two build steps), each at least 1 px wide and 16 px tall; the
    // longer one is 300 px wide.
    assert!(
        bar_pixels >= 300 * 16,
        "the chart's bars are not on screen ({bar_pixels} px)"
    );
}

#[test]
fn the_book_opens_from_file_urls() {
    // Static HTML only: every page the book links is a file next to it.
    let target = tempfile::tempdir().unwrap();
    let built = xtask(target.path(), &["book"]).output().unwrap();
    assert!(built.status.success(), "{}", text(&built));
    let index = std::fs::read_to_string(target.path().join("book/index.html")).unwrap();
    assert!(index.contains("Rebuild Lab"));
    assert!(
        !index.contains("__livereload"),
        "the static book has no live-reload script"
    );
}

#[test]
fn a_plain_mdbook_build_can_run_the_preprocessor_over_its_json_protocol() {
    let target = tempfile::tempdir().unwrap();
    let supports = |renderer: &str| {
        xtask(
            target.path(),
            &["mdbook-preprocessor", "supports", renderer],
        )
        .status()
        .unwrap()
        .code()
    };
    assert_eq!(supports("html"), Some(0));
    assert_eq!(supports("epub"), Some(1));

    // What mdBook writes to a preprocessor's stdin: `[context, book]`.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let md = mdbook_driver::MDBook::load(root).unwrap();
    let ctx = mdbook_preprocessor::PreprocessorContext::new(
        root.to_path_buf(),
        md.config.clone(),
        "html".to_string(),
    );
    let input = serde_json::to_vec(&(&ctx, &md.book)).unwrap();
    let mut child = xtask(target.path(), &["mdbook-preprocessor"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&input).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let book: mdbook_preprocessor::book::Book = serde_json::from_slice(&out.stdout).unwrap();
    let freshness = book
        .chapters()
        .find(|c| c.name == "How Cargo decides what to rebuild")
        .unwrap();
    assert!(
        freshness
            .content
            .contains(r#"<div class="exercise" id="exercise-noop-rebuild""#)
    );
    assert!(!freshness.content.contains("{{#exercise"));
}

#[test]
fn a_figure_from_no_measured_claim_fails_verify() {
    let (target, out) = verify_book("book-bad-figures");
    let all = text(&out);
    assert_eq!(out.status.code(), Some(1), "{all}");
    assert!(
        all.contains("src/chapter.md:3: the figure \"0.42 s\" comes from no measured claim"),
        "{all}"
    );
    assert!(
        all.contains("src/chapter.md:3: the figure \"3.1 times\" comes from no measured claim"),
        "{all}"
    );
    assert!(
        all.contains("src/chapter.md:7: `touch-main` has no claim 9 (it has 1)"),
        "{all}"
    );
    // The recorded claim renders, the cited and the code figures pass.
    assert!(!all.contains("src/chapter.md:5"), "{all}");
    assert!(!all.contains("\"1.6 s\""), "{all}");
    assert!(!all.contains("\"2s\""), "{all}");
    let page = std::fs::read_to_string(target.path().join("rebuild-lab/verify-book/chapter.html"))
        .unwrap_or_default();
    assert!(
        page.contains("class=\"measured\"") && page.contains("median of"),
        "the claim is rendered with its machine: {page}"
    );
}
