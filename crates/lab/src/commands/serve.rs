//! `cargo xtask serve`: build the book, serve it on 127.0.0.1, rebuild and reload the
//! pages when a chapter, an exercise or a snapshot changes, and rebuild without reloading
//! when a result changes.

use std::io::Write;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};

use crate::book::{self, BuildOptions, LIVE_RELOAD_ENDPOINT};
use crate::interrupt;
use crate::paths;
use crate::server::Server;
use crate::server::api::Api;
use crate::server::auth::Token;
use crate::server::runs::Runs;
use crate::watch;

/// How often the watcher looks for changes.
const POLL: Duration = Duration::from_millis(150);

/// Serves the book until Ctrl-C.
pub fn run(port: u16, open: bool) -> Result<()> {
    // Two copies of the built book: a rebuild writes the one not being served, then
    // the server swaps to it, so a page is never missing in the middle of a rebuild.
    let copies = [
        paths::results_dir().join("serve").join("a"),
        paths::results_dir().join("serve").join("b"),
    ];
    let mut serving = 0;
    let started = Instant::now();
    book::build(&BuildOptions::project(copies[serving].clone(), true))?;
    eprintln!("built the book in {:.2}s", started.elapsed().as_secs_f64());

    let sources = book::Layout::project();
    let api = Api {
        token: Token::generate(),
        runs: Runs::new(sources.clone()),
        sources,
    };
    let server = Server::bind(port, copies[serving].clone(), LIVE_RELOAD_ENDPOINT)?.with_api(api);
    let root_handle = server.root();
    let url = format!("http://127.0.0.1:{}/", server.port());
    println!("Serving the book at {url} (Ctrl-C to stop)");
    let _ = std::io::stdout().flush();
    let reloader = server.reloader();
    std::thread::Builder::new()
        .name("server".into())
        .spawn(move || server.run())
        .context("cannot start the server's thread")?;
    if open {
        open_browser(&url);
    }

    let root = paths::project_root();
    // The book's sources: a change rebuilds the book and reloads the open pages.
    let sources: Vec<PathBuf> = vec![
        root.join("book.toml"),
        root.join("src"),
        root.join("theme"),
        paths::exercises_dir(),
        paths::snapshots_dir(),
    ];
    // The learner's results: a change rebuilds the book for the next page opened, but
    // reloads nothing. An open page shows a run it started in place, from the event
    // stream, and keeps what the learner typed.
    let results: Vec<PathBuf> = vec![
        paths::results_dir().join("results"),
        paths::results_dir().join("challenges"),
    ];
    let mut said_unreadable = false;
    let mut stamps = || match (watch::stamp(&sources), watch::stamp(&results)) {
        (Ok(s), Ok(r)) => Some((s, r)),
        (Err(e), _) | (_, Err(e)) => {
            // Out of descriptors, or a folder that cannot be read: not a change.
            if !said_unreadable {
                eprintln!("warning: {e}; treating it as no change until it reads again");
                said_unreadable = true;
            }
            None
        }
    };
    let (mut last_sources, mut last_results) = loop {
        if let Some(s) = stamps() {
            break s;
        }
        std::thread::sleep(POLL);
    };
    loop {
        std::thread::sleep(POLL);
        interrupt::check()?;
        let Some((now_sources, now_results)) = stamps() else {
            continue;
        };
        let source = watch::changed(&last_sources, &now_sources);
        let result = watch::changed(&last_results, &now_results);
        let Some(path) = source.clone().or(result) else {
            continue;
        };
        (last_sources, last_results) = (now_sources, now_results);
        let t = Instant::now();
        let next = 1 - serving;
        match book::build(&BuildOptions::project(copies[next].clone(), true)) {
            Ok(_) => {
                root_handle.swap(copies[next].clone());
                serving = next;
                let what = if source.is_some() {
                    format!("reloaded {} page(s)", reloader.reload())
                } else {
                    "open pages keep their state".to_string()
                };
                eprintln!(
                    "{} changed: rebuilt in {:.2}s, {what}",
                    path.strip_prefix(&root).unwrap_or(&path).display(),
                    t.elapsed().as_secs_f64()
                );
            }
            Err(e) => eprintln!("error: {e:#}"),
        }
    }
}

fn open_browser(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    if duct::cmd(opener, [url])
        .stdout_null()
        .stderr_null()
        .start()
        .is_err()
    {
        eprintln!("could not start a browser; open {url} yourself");
    }
}

/// The `serve` command, as the command line gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServeArgs {
    /// Port on 127.0.0.1.
    pub port: u16,
    /// Open a browser.
    pub open: bool,
}

impl ServeArgs {
    /// Runs the command.
    pub fn run(self) -> anyhow::Result<()> {
        run(self.port, self.open)
    }
}
