//! A real browser uses the served book as a learner would: it picks a prediction in an
//! experiment box, saves it, presses Run, sees the steps arrive, and reads the score;
//! and it reads an experiment's verified output as tables and crate graphs.
//! Chromium is driven over the W3C WebDriver protocol by Debian's `chromedriver`.

// Tests may start bare threads: a failure there fails the test, as it should.
#![allow(clippy::disallowed_methods)]

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

/// Kills a child process when dropped.
struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn on_path(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|d| d.join(name))
            .find(|p| p.is_file())
    })
}

/// One HTTP exchange with chromedriver; returns the JSON `value`.
fn webdriver(port: u16, method: &str, path: &str, body: Option<Value>) -> Value {
    let body = body.map(|b| b.to_string()).unwrap_or_default();
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        s,
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    // chromedriver keeps the connection open: read the head, then Content-Length bytes.
    let mut reader = BufReader::new(s);
    let mut length = 0;
    loop {
        let mut header = String::new();
        reader.read_line(&mut header).unwrap();
        if header == "\r\n" || header.is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':')
            && name.eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse().unwrap_or(0);
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).unwrap();
    let value: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    value.get("value").cloned().unwrap_or(Value::Null)
}

struct Browser {
    port: u16,
    session: String,
    _driver: Killed,
    _profile: tempfile::TempDir,
}

impl Browser {
    fn start(chromium: &std::path::Path, driver: &std::path::Path) -> Browser {
        Browser::start_with(chromium, driver, &[])
    }

    /// [`Browser::start`] with more Chromium arguments.
    fn start_with(
        chromium: &std::path::Path,
        driver: &std::path::Path,
        extra: &[String],
    ) -> Browser {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = Killed(
            Command::new(driver)
                .arg(format!("--port={port}"))
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap(),
        );
        let start = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "chromedriver did not start"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        let profile = tempfile::tempdir().unwrap();
        let mut args = vec![
            "--headless".to_string(),
            "--no-sandbox".into(),
            "--disable-gpu".into(),
            "--disable-quic".into(),
            "--no-first-run".into(),
            "--disable-background-networking".into(),
            "--disable-component-update".into(),
            "--disable-sync".into(),
            format!("--user-data-dir={}", profile.path().display()),
        ];
        args.extend(extra.iter().cloned());
        let session = webdriver(
            port,
            "POST",
            "/session",
            Some(json!({"capabilities": {"alwaysMatch": {
                "browserName": "chrome",
                // DevTools' network events, for tests that check what a page fetched.
                "goog:loggingPrefs": {"performance": "ALL"},
                "goog:chromeOptions": {
                    "binary": chromium,
                    "args": args,
                }
            }}})),
        );
        let id = session["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no WebDriver session: {session}"))
            .to_string();
        Browser {
            port,
            session: id,
            _driver: child,
            _profile: profile,
        }
    }

    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        webdriver(
            self.port,
            method,
            &format!("/session/{}{path}", self.session),
            body,
        )
    }

    fn find(&self, css: &str) -> Option<String> {
        let v = self.call(
            "POST",
            "/element",
            Some(json!({"using": "css selector", "value": css})),
        );
        v.get(ELEMENT).and_then(Value::as_str).map(str::to_string)
    }

    /// Waits until `css` matches, then clicks it.
    fn click(&self, css: &str) {
        let id = self.wait(css, |_| true);
        self.call("POST", &format!("/element/{id}/click"), Some(json!({})));
    }

    fn text(&self, id: &str) -> String {
        self.call("GET", &format!("/element/{id}/text"), None)
            .as_str()
            .unwrap_or("")
            .to_string()
    }

    /// Waits until `css` matches an element whose text passes `ok`; returns its id.
    fn wait(&self, css: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            if let Some(id) = self.find(css)
                && ok(&self.text(&id))
            {
                return id;
            }
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "the page never showed {css}"
            );
            std::thread::sleep(Duration::from_millis(40));
        }
    }
}

impl Browser {
    /// The URLs the open page requested since the last call, from DevTools' network
    /// log (`Network.requestWillBeSent` events of the page's own documents).
    fn page_requests(&self, page: &str) -> Vec<String> {
        let log = self.call("POST", "/se/log", Some(json!({"type": "performance"})));
        log.as_array()
            .unwrap_or_else(|| panic!("no performance log: {log}"))
            .iter()
            .filter_map(|entry| serde_json::from_str::<Value>(entry["message"].as_str()?).ok())
            .filter(|m| m["message"]["method"] == "Network.requestWillBeSent")
            .filter(|m| m["message"]["params"]["documentURL"] == page)
            .filter_map(|m| {
                m["message"]["params"]["request"]["url"]
                    .as_str()
                    .map(str::to_string)
            })
            .collect()
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        webdriver(
            self.port,
            "DELETE",
            &format!("/session/{}", self.session),
            None,
        );
    }
}

/// Chromium and chromedriver, or `None` (and a note) where they are missing; CI must
/// have them.
fn browser_tools() -> Option<(PathBuf, PathBuf)> {
    let (Some(chromium), Some(driver)) = (
        ["chromium", "chromium-browser"]
            .iter()
            .find_map(|n| on_path(n)),
        on_path("chromedriver"),
    ) else {
        common::skip(
            "no chromium and chromedriver on PATH (apt-get install chromium chromium-driver)",
        );
        return None;
    };
    Some((chromium, driver))
}

/// Starts `cargo xtask serve` on a free port with results in `target`; returns the
/// server and the book's address.
fn serve(target: &std::path::Path) -> (Killed, String) {
    let mut server = Killed(
        Command::new(env!("CARGO_BIN_EXE_xtask"))
            .args(["serve", "--port", "0"])
            .env("CARGO_TARGET_DIR", target)
            .env("CI", "true")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let mut line = String::new();
    BufReader::new(server.0.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_string();
    (server, url)
}

/// A served book open in a real browser at one experiment's box.
struct Page {
    browser: Browser,
    /// The box's CSS selector, `#exercise-NAME`.
    bx: String,
    _server: Killed,
    /// The served lab's target directory (its results).
    target: tempfile::TempDir,
}

impl Page {
    /// Serves the book, starts the browser and opens `page` at `exercise`'s box;
    /// `None` (with a note) where Chromium is missing.
    fn open(page: &str, exercise: &str) -> Option<Page> {
        let (chromium, driver) = browser_tools()?;
        let target = tempfile::tempdir().unwrap();
        let (server, url) = serve(target.path());
        let browser = Browser::start(&chromium, &driver);
        let bx = format!("#exercise-{exercise}");
        browser.call(
            "POST",
            "/url",
            Some(json!({"url": format!("{url}{page}{bx}")})),
        );
        Some(Page {
            browser,
            bx,
            _server: server,
            target,
        })
    }
}

#[test]
fn the_verified_output_reads_as_tables_and_crate_graphs() {
    let Some(page) = Page::open("freshness.html", "workspace-chain") else {
        return;
    };
    let (browser, bx) = (&page.browser, page.bx.as_str());
    browser.wait(&format!("{bx} .verified-step"), |_| true);
    // No prediction yet: the verified output, which holds the answer, is folded.
    let folded = browser.call(
        "POST",
        "/execute/sync",
        Some(json!({"script": "return document.querySelector(arguments[0] + ' details.exercise-verified').open;", "args": [bx]})),
    );
    assert_eq!(
        folded,
        json!(false),
        "the answer must not show before the prediction"
    );
    browser.click(&format!("{bx} details.exercise-verified > summary"));
    // What the reader sees, measured by the browser after layout.
    let seen = browser.call(
        "POST",
        "/execute/sync",
        Some(json!({"script": r#"
            const bx = document.querySelector(arguments[0]);
            const graphs = [...bx.querySelectorAll("svg.verified-graph")];
            return {
                steps: bx.querySelectorAll(".verified-step").length,
                rows: bx.querySelectorAll("tr.unit-compiled").length,
                graphs: graphs.length,
                // Laid out top-down: a chain of three is taller than it is wide.
                drawn: graphs.filter(g => {
                    const r = g.getBoundingClientRect();
                    return r.width > 40 && r.height > 60 && r.height > r.width;
                }).length,
                // Labels stay readable: no text drawn smaller than 11 px.
                smallest: Math.min(...graphs.flatMap(g => [...g.querySelectorAll("text")])
                    .map(t => t.getBoundingClientRect().height)),
                compiled: graphs.map(g => g.querySelectorAll(".node-compiled").length),
                fresh: graphs.map(g => g.querySelectorAll(".node-fresh").length),
                fill: getComputedStyle(bx.querySelector(".node-compiled rect")).fill,
                plainShown: bx.querySelector(".verified-plain pre").checkVisibility(),
            };
        "#, "args": [bx]})),
    );
    // Five steps; compiled units 3 + 3 + 1; a graph for each cargo step.
    assert_eq!(seen["steps"], 5, "{seen}");
    assert_eq!(seen["rows"], 7, "{seen}");
    assert_eq!(seen["graphs"], 3, "{seen}");
    assert_eq!(seen["drawn"], 3, "{seen}");
    assert!(seen["smallest"].as_f64().unwrap_or(0.0) >= 11.0, "{seen}");
    assert_eq!(seen["compiled"], json!([3, 3, 1]), "{seen}");
    assert_eq!(seen["fresh"], json!([0, 0, 2]), "{seen}");
    assert_eq!(seen["fill"], "rgb(255, 216, 168)", "{seen}");
    // The exact snapshot is folded away, and one click shows it.
    assert_eq!(seen["plainShown"], false, "{seen}");
    browser.click(&format!("{bx} .verified-plain summary"));
    let plain = browser.wait(&format!("{bx} .verified-plain pre"), |t| !t.is_empty());
    let plain = browser.text(&plain);
    assert!(
        plain.contains("compiled  mid 0.1.0 lib   the dependency `leaf` was rebuilt"),
        "{plain}"
    );
}

#[test]
fn the_claims_evidence_wraps_instead_of_running_off_the_page() {
    let Some(page) = Page::open("claims.html", "none") else {
        return;
    };
    let browser = &page.browser;
    browser.call(
        "POST",
        "/window/rect",
        Some(json!({"width": 1024, "height": 800})),
    );
    browser.wait(".myth-evidence pre", |_| true);
    let seen = browser.call(
        "POST",
        "/execute/sync",
        Some(json!({"script": r#"
            // mdBook scrolls a code block sideways inside its `code` element.
            const blocks = [...document.querySelectorAll(".myth-evidence pre code")];
            return {
                blocks: blocks.length,
                cut: blocks.filter(c => c.scrollWidth > c.clientWidth + 1).length,
            };
        "#, "args": []})),
    );
    assert!(seen["blocks"].as_u64().unwrap_or(0) >= 20, "{seen}");
    assert_eq!(seen["cut"], 0, "evidence runs off the right edge: {seen}");
}

#[test]
fn a_learner_predicts_runs_and_reads_the_score_in_a_real_browser() {
    let Some(page) = Page::open("freshness.html", "noop-rebuild") else {
        return;
    };
    let (browser, bx) = (&page.browser, page.bx.as_str());
    // Before a prediction, Run is disabled.
    let run = browser.wait(&format!("{bx} .lab-run"), |_| true);
    let disabled = browser.call("GET", &format!("/element/{run}/property/disabled"), None);
    assert_eq!(disabled, json!(true), "Run must wait for a prediction");

    // Predict that `noop` is compiled by the second, no-op build (it is not).
    let verified_open = || {
        browser.call(
            "POST",
            "/execute/sync",
            Some(json!({"script": "return document.querySelector(arguments[0] + ' details.exercise-verified').open;", "args": [bx]})),
        )
    };
    assert_eq!(
        verified_open(),
        json!(false),
        "folded before the prediction"
    );
    browser.click(&format!(r#"{bx} .lab-choice input[value="noop"]"#));
    browser.click(&format!("{bx} .lab-save"));
    browser.wait(&format!("{bx} .lab-saved"), |t| {
        t.contains("You predicted: noop")
    });
    // Saving the prediction unfolds the verified output.
    assert_eq!(
        verified_open(),
        json!(true),
        "open once the prediction is saved"
    );
    // A mark on the page, and a tick the learner has not saved in another box: both
    // must survive the run (the page is not reloaded).
    browser.call(
        "POST",
        "/execute/sync",
        Some(json!({"script": "window.labMark = 1;", "args": []})),
    );
    browser.click(&format!("{bx} .lab-run"));
    browser.click(r#"#exercise-touch-main .lab-choice input[value="serde"]"#);

    // Progress arrives as the steps run, then the score, and the box shows the run.
    browser.wait(&format!("{bx} .lab-progress li"), |t| {
        t.contains("step 1 of 2")
    });
    let score = browser.wait(&format!("{bx} .lab-score-total"), |t| !t.is_empty());
    assert_eq!(
        browser.text(&score),
        "Your prediction for step 2: 0 of 1 right."
    );
    let row = browser.wait(&format!("{bx} .lab-wrong"), |_| true);
    let row = browser.text(&row);
    assert!(row.contains("noop"), "{row}");
    assert!(
        row.contains("fresh: nothing it is built from changed"),
        "{row}"
    );
    assert!(
        page.target
            .path()
            .join("rebuild-lab/results/noop-rebuild.json")
            .is_file()
    );
    // The box shows the run's first build on a timeline, in place: one crate, its
    // rustc bar and its link after it (the no-op build compiled nothing to draw).
    browser.wait(&format!("{bx} svg.rebuild-timeline"), |_| true);
    let kept = browser.call(
        "POST",
        "/execute/sync",
        Some(json!({"script": r#"return [window.labMark === 1,
            document.querySelector('#exercise-touch-main .lab-choice input[value="serde"]').checked];"#, "args": []})),
    );
    assert_eq!(
        kept,
        json!([true, true]),
        "the page was reloaded, or the tick lost"
    );
    let bars = browser.call(
        "POST",
        "/execute/sync",
        Some(json!({"script": r#"
            const bx = document.querySelector(arguments[0]);
            const lines = [...bx.querySelectorAll("svg.rebuild-timeline")];
            return lines.map(l => [
                l.querySelectorAll(".timeline-compile").length,
                l.querySelectorAll(".timeline-link").length,
                Math.round(l.getBoundingClientRect().width) > 100,
            ]);
        "#, "args": [bx]})),
    );
    assert_eq!(bars, json!([[1, 1, true]]), "{bars}");
}

#[test]
fn the_form_asks_what_the_text_asks_and_scores_each_answer() {
    // `wrapper-keeps-fresh` asks what a plain `cargo build -v` prints, then which
    // packages the wrapped build compiles: one radio question, one checkbox question.
    let Some(page) = Page::open("measuring.html", "wrapper-keeps-fresh") else {
        return;
    };
    let (browser, bx) = (&page.browser, page.bx.as_str());
    browser.wait(&format!("{bx} .lab-save"), |_| true);
    let form = browser.call(
        "POST",
        "/execute/sync",
        Some(json!({"script": r#"
            const bx = document.querySelector(arguments[0]);
            return [...bx.querySelectorAll(".lab-question")].map(q => [
                q.querySelector("legend").textContent,
                [...q.querySelectorAll("input")].map(i => i.type),
            ]);
        "#, "args": [bx]})),
    );
    assert_eq!(
        form,
        json!([
            [
                "1. Without the wrapper, what does cargo build -v say about app?",
                ["radio", "radio"]
            ],
            [
                "2. Back through the wrapper, after the plain build of an edit, which packages does cargo build compile?",
                ["checkbox"]
            ],
        ]),
        "{form}"
    );
    // Saving with a question unanswered is refused in the page, not sent.
    browser.click(&format!("{bx} .lab-save"));
    browser.wait(&format!("{bx} .lab-status"), |t| {
        t.contains("Pick an answer for every question first.")
    });
    // Answer the first wrongly (cargo compiles app again) and the second rightly
    // (nothing), then run.
    browser.click(&format!(r#"{bx} .lab-question-output input[value="1"]"#));
    browser.click(&format!("{bx} .lab-save"));
    browser.wait(&format!("{bx} .lab-saved"), |t| {
        t.contains("You predicted: Compiling app: the wrapper's build does not count; nothing.")
    });
    browser.click(&format!("{bx} .lab-run"));
    let score = browser.wait(&format!("{bx} .lab-score-total"), |t| !t.is_empty());
    assert_eq!(
        browser.text(&score),
        "Your prediction: 1 of 2 questions right."
    );
    let wrong = browser.wait(&format!("{bx} .lab-score p.lab-wrong"), |_| true);
    let wrong = browser.text(&wrong);
    assert!(
        wrong.contains("Step 2: you said Compiling app: the wrapper's build does not count; what it printed fits Fresh app: nothing is compiled."),
        "{wrong}"
    );
    let printed = browser.wait(&format!("{bx} .lab-score pre.lab-why"), |_| true);
    assert!(browser.text(&printed).contains("Fresh app v0.1.0"));
}

#[test]
fn a_challenges_hints_open_one_at_a_time() {
    let chapter = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../src"))
        .unwrap()
        .flatten()
        .find(|e| {
            std::fs::read_to_string(e.path())
                .is_ok_and(|t| t.contains("{{#challenge rerun-if-changed}}"))
        })
        .expect("a chapter holds the challenge");
    let page = format!(
        "{}.html",
        chapter.path().file_stem().unwrap().to_string_lossy()
    );
    let Some(page) = Page::open(&page, "none") else {
        return;
    };
    let browser = &page.browser;
    let hints = "#challenge-rerun-if-changed .challenge-hint";
    browser.wait(hints, |_| true);
    let shown = || {
        browser.call(
            "POST",
            "/execute/sync",
            Some(json!({"script": "return [...document.querySelectorAll(arguments[0])].map(h => h.getBoundingClientRect().height > 0);", "args": [hints]})),
        )
    };
    assert_eq!(
        shown(),
        json!([true, false, false]),
        "only the first hint's fold shows"
    );
    browser.click(&format!("{hints} summary"));
    assert_eq!(
        shown(),
        json!([true, true, false]),
        "opening a hint shows the next fold"
    );
}

#[test]
fn the_workshop_page_in_presenter_mode_reveals_only_on_request() {
    let Some(page) = Page::open("workshop.html?presenter", "wrapper-keeps-fresh") else {
        return;
    };
    let (browser, bx) = (&page.browser, page.bx.as_str());
    browser.wait(&format!("{bx} .lab-reveal"), |_| true);
    let state = || {
        browser.call(
            "POST",
            "/execute/sync",
            Some(json!({"script": r#"
                const bx = document.querySelector(arguments[0]);
                return {
                    verified: bx.querySelector("details.exercise-verified").open,
                    answer: bx.querySelector("details.exercise-answer").open,
                    score: !bx.querySelector(".lab-score").hidden,
                    parts: document.querySelectorAll(".workshop-schedule tr").length - 1,
                    boxes: document.querySelectorAll(".exercise[data-exercise]").length,
                    challenges: document.querySelectorAll(".challenge[data-challenge]").length,
                };
            "#, "args": [bx]})),
        )
    };
    // The track alone: its schedule, and every box of it on one page.
    let before = state();
    assert_eq!(before["parts"], 5, "{before}");
    assert_eq!(before["boxes"], 12, "{before}");
    assert_eq!(before["challenges"], 2, "{before}");
    // A saved prediction and a finished run open nothing on the projector...
    browser.click(&format!(r#"{bx} .lab-question-output input[value="0"]"#));
    browser.click(&format!("{bx} .lab-save"));
    browser.wait(&format!("{bx} .lab-saved"), |t| t.contains("You predicted"));
    browser.click(&format!("{bx} .lab-run"));
    browser.wait(&format!("{bx} .lab-status"), |t| t.starts_with("Done"));
    browser.wait(&format!("{bx} .exercise-yours svg"), |_| true);
    let after = state();
    assert_eq!(
        (&after["verified"], &after["answer"], &after["score"]),
        (&json!(false), &json!(false), &json!(false)),
        "{after}"
    );
    // ...until the presenter reveals it.
    browser.click(&format!("{bx} .lab-reveal"));
    let revealed = state();
    assert_eq!(
        (
            &revealed["verified"],
            &revealed["answer"],
            &revealed["score"]
        ),
        (&json!(true), &json!(true), &json!(true)),
        "{revealed}"
    );
}

/// Serves one HTML page at `/` on a free port of 127.0.0.1, as a hostile site on the
/// learner's machine would; returns its address.
fn hostile_page(html: String) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut reader = BufReader::new(stream);
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).is_err() || line.trim().is_empty() {
                    break;
                }
            }
            let mut stream = reader.into_inner();
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{html}",
                html.len()
            );
        }
    });
    format!("http://127.0.0.1:{port}/")
}

#[test]
fn a_page_on_another_port_can_neither_frame_the_book_nor_load_from_it() {
    // The clickjacking attack: a page on another port of 127.0.0.1 frames a chapter,
    // nearly transparent, over a decoy button; and it probes the book with an image.
    let Some((chromium, driver)) = browser_tools() else {
        return;
    };
    let target = tempfile::tempdir().unwrap();
    let (_server, url) = serve(target.path());
    let host = url
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_string();
    // A GET as the book's own pages make it: the answer's status line and body.
    let own = |path: &str| -> String {
        let mut c = TcpStream::connect(host.as_str()).unwrap();
        write!(
            c,
            "GET {path} HTTP/1.1\r\nHost: {host}\r\nSec-Fetch-Site: same-origin\r\n\r\n"
        )
        .unwrap();
        let mut answer = String::new();
        let _ = c.read_to_string(&mut answer);
        answer
    };
    // The book's icon has a hashed name: take it from a chapter.
    let chapter = own("/freshness.html");
    let icon = chapter
        .split('"')
        .find(|w| w.starts_with("favicon") && w.ends_with(".svg"))
        .expect("the chapter links its icon")
        .to_string();
    assert!(own(&format!("/{icon}")).starts_with("HTTP/1.1 200"));
    let attacker = hostile_page(format!(
        r#"<!doctype html><html><body><button id="decoy">Win a prize</button>
        <iframe id="book" src="{url}freshness.html#exercise-noop-rebuild" style="opacity:0.01;position:absolute;top:0;left:0;width:800px;height:600px"></iframe>
        <img id="probe" src="{url}{icon}" onload="window.probe='loaded'" onerror="window.probe='refused'">
        </body></html>"#
    ));
    let browser = Browser::start(&chromium, &driver);
    browser.call("POST", "/url", Some(json!({"url": attacker})));
    let frame = browser.wait("#book", |_| true);
    std::thread::sleep(Duration::from_millis(1500));
    let probe = browser.call(
        "POST",
        "/execute/sync",
        Some(json!({"script": "return window.probe || 'pending';", "args": []})),
    );
    assert_eq!(probe, json!("refused"), "the image probe was answered");

    // Inside the frame: Chromium's error page, not the chapter (and no Run button).
    browser.call("POST", "/frame", Some(json!({"id": {ELEMENT: frame}})));
    let inside = browser.call(
        "POST",
        "/execute/sync",
        Some(json!({"script": "return [document.URL, !!document.querySelector('.lab-run'), !!document.querySelector('meta[name=rebuild-lab-token]')];", "args": []})),
    );
    assert_eq!(
        inside[1],
        json!(false),
        "the framed chapter rendered: {inside}"
    );
    assert_eq!(
        inside[2],
        json!(false),
        "the frame holds the token: {inside}"
    );
    assert!(
        inside[0]
            .as_str()
            .is_some_and(|u| u.starts_with("chrome-error://")),
        "the frame shows {inside}"
    );
    assert!(
        !target.path().join("rebuild-lab/predictions").exists(),
        "a prediction was saved"
    );
}

/// An HTTP proxy that answers `GET http://report.test/NAME` with the file `NAME` of
/// `dir`, anything else with 404, and records every request line it gets: with
/// Chromium pointed at it for every host, loopback included, it sees every request a
/// page makes.
struct RecordingProxy {
    port: u16,
    seen: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

impl RecordingProxy {
    fn start(dir: PathBuf) -> RecordingProxy {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let log = seen.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let mut reader = BufReader::new(stream);
                let mut line = String::new();
                if reader.read_line(&mut line).is_err() || line.is_empty() {
                    continue;
                }
                loop {
                    let mut header = String::new();
                    if reader.read_line(&mut header).is_err() || header.trim().is_empty() {
                        break;
                    }
                }
                let line = line.trim().to_string();
                log.lock().unwrap().push(line.clone());
                let file = line
                    .strip_prefix("GET http://report.test/")
                    .and_then(|r| r.split_whitespace().next())
                    .map(|name| dir.join(name))
                    .filter(|f| f.is_file());
                let mut stream = reader.into_inner();
                let (status, body) = match file {
                    Some(f) => ("200 OK", std::fs::read(f).unwrap()),
                    None => ("404 Not Found", Vec::new()),
                };
                let _ = write!(
                    stream,
                    "HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                    body.len()
                );
                let _ = stream.write_all(&body);
            }
        });
        RecordingProxy { port, seen }
    }

    /// The request lines so far, and forgets them (Chromium's own background requests
    /// included, which is why the page's requests are read from DevTools).
    fn take(&self) -> Vec<String> {
        std::mem::take(&mut *self.seen.lock().unwrap())
    }
}

/// Runs the lab's binary with `target` as its target directory.
fn xtask(target: &std::path::Path, args: &[&str]) {
    let out = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .env("CARGO_TARGET_DIR", target)
        .env("CI", "true")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_report_pages_render_their_charts_and_fetch_nothing() {
    let Some((chromium, driver)) = browser_tools() else {
        return;
    };
    // Results of three experiments, a report from them, and a comparison of that
    // report with a second machine's (the same file under another name).
    let target = tempfile::tempdir().unwrap();
    let out = target.path().join("out");
    for name in ["noop-rebuild", "lockfile-move", "touch-vs-edit"] {
        xtask(target.path(), &["run", name]);
    }
    let out_arg = out.to_str().unwrap();
    xtask(
        target.path(),
        &["report", "--from-results", "--out", out_arg],
    );
    let report: Value =
        serde_json::from_slice(&std::fs::read(out.join("report.json")).unwrap()).unwrap();
    std::fs::copy(out.join("report.json"), out.join("laptop-b.json")).unwrap();
    let (a, b) = (out.join("report.json"), out.join("laptop-b.json"));
    xtask(
        target.path(),
        &[
            "report",
            "--compare",
            a.to_str().unwrap(),
            b.to_str().unwrap(),
            "--out",
            out_arg,
        ],
    );

    let proxy = RecordingProxy::start(out.clone());
    let browser = Browser::start_with(
        &chromium,
        &driver,
        &[
            format!("--proxy-server=http://127.0.0.1:{}", proxy.port),
            // Loopback too goes through the proxy, so nothing escapes the record.
            "--proxy-bypass-list=<-loopback>".into(),
        ],
    );
    let count_bars = r#"
        return [...document.querySelectorAll("section.experiment")].map(s => ({
            name: s.id,
            // A bar counts when the browser drew a shape in it.
            bars: [...s.querySelectorAll("svg g.bar")]
                .filter(b => [...b.querySelectorAll("rect")].some(r => r.getBoundingClientRect().width > 0))
                .length,
            drawn: [...s.querySelectorAll("svg")].every(g => g.getBoundingClientRect().width > 300),
        }));
    "#;

    browser.call(
        "POST",
        "/url",
        Some(json!({"url": "http://report.test/report.html"})),
    );
    browser.wait("h1", |t| t == "Rebuild Lab report");
    let seen = browser.call(
        "POST",
        "/execute/sync",
        Some(json!({"script": count_bars, "args": []})),
    );
    let ran: Vec<&Value> = report["experiments"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["skipped"].is_null())
        .collect();
    assert_eq!(ran.len(), 3, "{report:#}");
    let sections = seen.as_array().unwrap_or_else(|| panic!("{seen}"));
    assert_eq!(sections.len(), 3, "{seen}");
    for e in ran {
        let section = sections.iter().find(|s| s["name"] == e["name"]).unwrap();
        // One bar per cargo step of the experiment, drawn.
        assert_eq!(
            section["bars"],
            e["steps"].as_array().unwrap().len(),
            "{seen}"
        );
        assert_eq!(section["drawn"], true, "{seen}");
    }
    // The page asked for itself and nothing else; and it came through the proxy.
    let page = "http://report.test/report.html";
    assert_eq!(browser.page_requests(page), [page]);
    assert!(proxy.take().contains(&format!("GET {page} HTTP/1.1")));

    browser.call(
        "POST",
        "/url",
        Some(json!({"url": "http://report.test/compare.html"})),
    );
    browser.wait("h1", |t| t == "Machines compared");
    let seen = browser.call(
        "POST",
        "/execute/sync",
        Some(json!({"script": count_bars, "args": []})),
    );
    let compared: Value =
        serde_json::from_slice(&std::fs::read(out.join("compare.json")).unwrap()).unwrap();
    for e in compared["experiments"].as_array().unwrap() {
        let section = seen
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["name"] == e["name"])
            .unwrap_or_else(|| panic!("{seen}"));
        // One bar per machine for each step after the cold build.
        assert_eq!(
            section["bars"],
            2 * e["steps"].as_array().unwrap().len(),
            "{seen}"
        );
    }
    let page = "http://report.test/compare.html";
    assert_eq!(browser.page_requests(page), [page]);
    let through_proxy = proxy.take();
    assert!(
        through_proxy.contains(&format!("GET {page} HTTP/1.1")),
        "{through_proxy:?}"
    );
    // Nothing through the proxy names the report's host but the two pages.
    assert!(
        !through_proxy
            .iter()
            .any(|l| l.contains("report.test") && !l.contains(page)),
        "{through_proxy:?}"
    );
}
