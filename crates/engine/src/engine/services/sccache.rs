//! sccache for one run: its own server port, cache directory, empty configuration
//! file and debug log; and the parser that reads, from that log, what sccache did with
//! each rustc call (a hit, a miss, or not cacheable and why).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

/// One run's sccache settings.
#[derive(Debug)]
pub struct Instance {
    dir: PathBuf,
    port: u16,
    log: PathBuf,
}

impl Instance {
    /// Settings under `dir` (created here), with the server on `port`; `config` is the
    /// configuration file's text (empty, or the `[dist]` section of a build cluster).
    pub fn new(dir: &Path, port: u16, config: &str) -> Result<Instance> {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        // A configuration file of the run's own, so the learner's
        // (`~/.config/sccache/config`) cannot point this run at their cache.
        std::fs::write(dir.join("config.toml"), config)
            .with_context(|| format!("cannot write in {}", dir.display()))?;
        Ok(Instance {
            dir: dir.to_path_buf(),
            port,
            log: dir.join("server.log"),
        })
    }

    /// The variables every step gets.
    pub fn env(&self) -> BTreeMap<String, String> {
        [
            ("SCCACHE_SERVER_PORT", self.port.to_string()),
            ("SCCACHE_DIR", self.dir.join("cache").display().to_string()),
            (
                "SCCACHE_CONF",
                self.dir.join("config.toml").display().to_string(),
            ),
            ("SCCACHE_ERROR_LOG", self.log.display().to_string()),
            ("SCCACHE_LOG", "debug".to_string()),
            // The runner stops the servers itself; none should outlive a run either way.
            ("SCCACHE_IDLE_TIMEOUT", "600".to_string()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect()
    }

    /// The servers' shared log.
    pub fn log(&self) -> &Path {
        &self.log
    }

    /// Stops the server on this instance's port and on each of `other_ports` (servers
    /// that steps started on ports of their own); a port without a server is skipped.
    pub fn stop_all(&self, other_ports: &[u16]) {
        let mut ports = vec![self.port];
        ports.extend(other_ports.iter().copied().filter(|p| *p != self.port));
        for port in ports {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
                continue;
            }
            let mut env = self.env();
            env.insert("SCCACHE_SERVER_PORT".into(), port.to_string());
            let _ = duct::cmd("sccache", ["--stop-server"])
                .full_env(std::env::vars().chain(env))
                .stdout_null()
                .stderr_null()
                .unchecked()
                .run();
        }
    }
}

/// What sccache did with one rustc call.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "result", content = "why")]
pub enum CacheResult {
    /// The output came from the cache; rustc did not run.
    Hit,
    /// rustc ran and its output was stored.
    Miss,
    /// sccache cannot cache this call, for the reason it gives (`crate-type, bin`,
    /// `incremental`, ...); rustc ran.
    NotCacheable(String),
}

/// One crate's call, as the log tells it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct CacheEntry {
    /// `--crate-name` of the call.
    pub crate_name: String,
    /// What sccache did.
    #[serde(flatten)]
    pub result: CacheResult,
    /// Whether a build server compiled it (sccache-dist), rather than this machine.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub remote: bool,
    /// Whether this call sent the compiler toolchain to the build server first (its
    /// first use there).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sent_toolchain: bool,
}

/// The calls with a crate name in a piece of sccache's debug log, in log order:
/// `[NAME]: compile result: cache hit|cache miss` and `parse_arguments:
/// CannotCache(REASON): [..., "--crate-name", "NAME", ...]`. Other lines (and rustc's
/// own queries, which have no crate name or are cargo's `___` probe) are skipped.
pub fn parse_log(text: &str) -> Vec<CacheEntry> {
    let mut entries = Vec::new();
    // Crates whose job a build server ran, and that sent the toolchain, until their
    // result line.
    let mut remote: Vec<String> = Vec::new();
    let mut sent: Vec<String> = Vec::new();
    let mut carried_upload = false;
    let tagged = |line: &str, what: &str| -> Option<String> {
        let head = line.split(what).next()?;
        line.contains(what)
            .then(|| head.rfind('[').map(|open| head[open + 1..].to_string()))
            .flatten()
    };
    for line in text.lines() {
        if let Some(name) = tagged(line, "]: Running job") {
            remote.push(name);
            continue;
        }
        if let Some(name) = tagged(line, "]: Sending toolchain") {
            sent.push(name);
            continue;
        }
        if let Some(name) = tagged(line, "]: Could not perform distributed compile") {
            remote.retain(|n| *n != name);
            continue;
        }
        if let Some(rest) = line.split("parse_arguments: CannotCache(").nth(1) {
            let Some(close) = rest.find("): [") else {
                continue;
            };
            let reason = &rest[..close];
            if let Some(name) = crate_name_arg(&rest[close..]) {
                entries.push(CacheEntry {
                    crate_name: name.to_string(),
                    result: CacheResult::NotCacheable(reason.to_string()),
                    remote: false,
                    sent_toolchain: false,
                });
            }
            continue;
        }
        let Some((head, result)) = line.split_once("]: compile result: ") else {
            continue;
        };
        let Some(open) = head.rfind('[') else {
            continue;
        };
        let name = &head[open + 1..];
        // Whatever the result, it ends this crate's job: a failed probe compile (a
        // build script testing the compiler) must not lend its job to the next call.
        let was_remote = remote.iter().any(|n| n == name);
        remote.retain(|n| n != name);
        let sent_toolchain = sent.iter().any(|n| n == name);
        sent.retain(|n| n != name);
        let result = match result.trim() {
            "cache hit" => CacheResult::Hit,
            r if r.starts_with("cache miss") => CacheResult::Miss,
            _ => {
                // Its toolchain upload still happened: the next entry reports it.
                carried_upload |= sent_toolchain;
                continue;
            }
        };
        entries.push(CacheEntry {
            crate_name: name.to_string(),
            result,
            remote: was_remote,
            sent_toolchain: sent_toolchain || std::mem::take(&mut carried_upload),
        });
    }
    entries
}

/// The entries as a few lines, the same on every run: `hit: a, b`, `miss: c`,
/// `not cacheable: app (crate-type, bin), build_script_build ×3 (crate-type, bin)`.
pub fn summary(entries: &[CacheEntry]) -> Vec<String> {
    let mut hits = BTreeMap::<&str, usize>::new();
    let mut misses = BTreeMap::<&str, usize>::new();
    let mut uncacheable = BTreeMap::<(&str, &str), usize>::new();
    for e in entries {
        match &e.result {
            CacheResult::Hit => *hits.entry(&e.crate_name).or_default() += 1,
            CacheResult::Miss => *misses.entry(&e.crate_name).or_default() += 1,
            CacheResult::NotCacheable(why) => {
                *uncacheable.entry((&e.crate_name, why)).or_default() += 1;
            }
        }
    }
    let counted = |name: &str, n: usize| {
        if n == 1 {
            name.to_string()
        } else {
            format!("{name} ×{n}")
        }
    };
    let mut lines = Vec::new();
    for (label, map) in [("hit", &hits), ("miss", &misses)] {
        if !map.is_empty() {
            let names: Vec<String> = map.iter().map(|(k, n)| counted(k, *n)).collect();
            lines.push(format!("{label}: {}", names.join(", ")));
        }
    }
    if !uncacheable.is_empty() {
        let names: Vec<String> = uncacheable
            .iter()
            .map(|((k, why), n)| format!("{} ({why})", counted(k, *n)))
            .collect();
        lines.push(format!("not cacheable: {}", names.join(", ")));
    }
    let mut remote = BTreeMap::<&str, usize>::new();
    for e in entries.iter().filter(|e| e.remote) {
        *remote.entry(&e.crate_name).or_default() += 1;
    }
    if !remote.is_empty() {
        let names: Vec<String> = remote.iter().map(|(k, n)| counted(k, *n)).collect();
        lines.push(format!("compiled on a build server: {}", names.join(", ")));
    }
    // How many jobs carried it depends on how many started before the first upload
    // finished: the fact is that it was sent.
    if entries.iter().any(|e| e.sent_toolchain) {
        lines.push("toolchain: sent to the build server with the first jobs".to_string());
    }
    lines
}

/// The entries of the log at `path` from byte `start` on (empty when there is no log).
pub fn read_log_from(path: &Path, start: u64) -> Vec<CacheEntry> {
    use std::io::{Read, Seek, SeekFrom};
    let Ok(mut file) = std::fs::File::open(path) else {
        return Vec::new();
    };
    let mut bytes = Vec::new();
    if file.seek(SeekFrom::Start(start)).is_err() || file.read_to_end(&mut bytes).is_err() {
        return Vec::new();
    }
    parse_log(&String::from_utf8_lossy(&bytes))
}

/// The value after `"--crate-name", ` in a logged argument list, unless it is cargo's
/// `___` probe.
fn crate_name_arg(args: &str) -> Option<&str> {
    let rest = args.split("\"--crate-name\", \"").nth(1)?;
    let name = &rest[..rest.find('"')?];
    (name != "___").then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOG: &str = r#"[2026-11-29T05:24:08Z DEBUG sccache::server] parse_arguments: CannotCache(missing input): ["-vV"]
[2026-11-29T05:24:08Z DEBUG sccache::server] parse_arguments: CannotCache(-): ["-", "--crate-name", "___", "--print=file-names"]
[2026-11-29T05:24:08Z DEBUG sccache::server] parse_arguments: Ok: ["--crate-name", "memchr", "--edition=2021"]
[2026-11-29T05:24:08Z DEBUG sccache::compiler::compiler] [memchr]: Cache hit in 0.000 s
[2026-11-29T05:24:08Z DEBUG sccache::server] [memchr]: compile result: cache hit
[2026-11-29T05:24:08Z DEBUG sccache::server] parse_arguments: CannotCache(crate-type, bin): ["--crate-name", "build_script_build", "--edition=2021"]
[2026-11-29T05:24:08Z DEBUG sccache::server] parse_arguments: CannotCache(incremental): ["--crate-name", "app", "-C", "incremental=/x"]
[2026-11-29T05:24:10Z DEBUG sccache::server] [serde_core]: compile result: cache miss"#;

    #[test]
    fn summarises_in_an_order_that_does_not_depend_on_the_log() {
        let mut entries = parse_log(LOG);
        entries.reverse();
        entries.push(CacheEntry {
            crate_name: "build_script_build".into(),
            result: CacheResult::NotCacheable("crate-type, bin".into()),
            remote: false,
            sent_toolchain: false,
        });
        assert_eq!(
            summary(&entries),
            [
                "hit: memchr",
                "miss: serde_core",
                "not cacheable: app (incremental), build_script_build ×2 (crate-type, bin)"
            ]
        );
    }

    #[test]
    fn a_crate_a_build_server_compiled_is_remote_and_the_toolchain_upload_counted() {
        let log = r#"[2026-12-06T10:01:19Z DEBUG sccache::compiler::compiler] [memchr]: Attempting distributed compilation
[2026-12-06T10:01:34Z DEBUG sccache::compiler::compiler] [memchr]: Sending toolchain ef62 for job 1
[2026-12-06T10:01:36Z DEBUG sccache::compiler::compiler] [memchr]: Running job
[2026-12-06T10:01:39Z DEBUG sccache::compiler::compiler] [memchr]: Compiled in 19.951 s, storing in cache
[2026-12-06T10:01:39Z DEBUG sccache::server] [memchr]: compile result: cache miss
[2026-12-06T10:01:46Z DEBUG sccache::compiler::compiler] [regex]: Running job
[2026-12-06T10:01:46Z DEBUG sccache::server] [regex]: compile result: cache miss
[2026-12-06T10:01:47Z DEBUG sccache::server] [words]: compile result: cache miss
[2026-12-06T10:01:47Z DEBUG sccache::server] parse_arguments: CannotCache(crate-type, bin): ["--crate-name", "app"]"#;
        let entries = parse_log(log);
        let remote: Vec<&str> = entries
            .iter()
            .filter(|e| e.remote)
            .map(|e| e.crate_name.as_str())
            .collect();
        assert_eq!(remote, ["memchr", "regex"]);
        assert!(entries[0].sent_toolchain && !entries[1].sent_toolchain);
        assert_eq!(
            summary(&entries),
            [
                "miss: memchr, regex, words",
                "not cacheable: app (crate-type, bin)",
                "compiled on a build server: memchr, regex",
                "toolchain: sent to the build server with the first jobs"
            ]
        );
    }

    #[test]
    fn reads_each_crates_result_from_a_real_log() {
        let entries = parse_log(LOG);
        let got: Vec<(&str, &CacheResult)> = entries
            .iter()
            .map(|e| (e.crate_name.as_str(), &e.result))
            .collect();
        assert_eq!(
            got,
            [
                ("memchr", &CacheResult::Hit),
                (
                    "build_script_build",
                    &CacheResult::NotCacheable("crate-type, bin".into())
                ),
                ("app", &CacheResult::NotCacheable("incremental".into())),
                ("serde_core", &CacheResult::Miss),
            ]
        );
    }
}
