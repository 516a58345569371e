//! Servers an experiment needs beside cargo, started by the runner for one run and
//! always stopped afterwards (on success, on a failed step, on an error and on Ctrl-C,
//! since stopping happens when [`Running`] is dropped):
//!
//! - `sccache`: the runner gives sccache its own server port, cache directory, empty
//!   configuration and debug log, so a run never talks to the learner's own sccache
//!   server or cache. Every sccache server a run started is stopped.
//! - `redis`: a real `redis-server` on a free loopback port, with its own data
//!   directory, as a team's shared cache.
//! - `sccache-dist`: a real sccache-dist scheduler and build server on loopback, with
//!   the run's sccache pointed at them (it implies `sccache`).
//!
//! Experiments address what the services provide through placeholders in the values of
//! `env` steps: `{redis}` (the server's URL), `{port:NAME}` (a free loopback port,
//! the same one for every use of `NAME` in a run), `{scratch}` (a directory of the
//! run outside the project copy) and `{root}` (the project copy).

pub mod redis;
pub mod sccache;
pub mod sccache_dist;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

/// A server an experiment can ask for in `services = [...]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Service {
    /// sccache, isolated from the learner's own server and cache.
    Sccache,
    /// A Redis server on a free loopback port.
    Redis,
    /// An sccache-dist scheduler and build server on loopback, with sccache.
    SccacheDist,
}

impl Service {
    /// Every service, by the name manifests use.
    pub const ALL: [(&'static str, Service); 3] = [
        ("sccache", Service::Sccache),
        ("redis", Service::Redis),
        ("sccache-dist", Service::SccacheDist),
    ];

    /// The service a manifest names.
    pub fn parse(name: &str) -> Option<Service> {
        Self::ALL.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
    }

    /// The program it needs on `PATH` (an exercise's implied `requires`).
    pub fn program(self) -> &'static str {
        match self {
            Service::Sccache => "sccache",
            Service::Redis => "redis-server",
            Service::SccacheDist => "sccache-dist",
        }
    }
}

/// The services of one run, started; dropping it stops them.
#[derive(Debug)]
pub struct Running {
    /// Placeholder values for `env` steps: `{redis}`, `{port:NAME}`, `{scratch}`.
    placeholders: BTreeMap<String, String>,
    /// Variables every step gets, not shown in reports (ports and paths change from
    /// run to run).
    provided: BTreeMap<String, String>,
    sccache: Option<sccache::Instance>,
    redis: Option<redis::Server>,
    dist: Option<sccache_dist::Cluster>,
}

impl Running {
    /// Starts `services` for a run of the project copy at `root` whose own files live
    /// in `scratch` (created here), with a free port for every `{port:NAME}` that
    /// `env_values` use.
    pub fn start<'a>(
        services: &[Service],
        scratch: &Path,
        root: &Path,
        env_values: impl IntoIterator<Item = &'a str>,
    ) -> Result<Running> {
        std::fs::create_dir_all(scratch)
            .with_context(|| format!("cannot create {}", scratch.display()))?;
        let mut running = Running {
            placeholders: BTreeMap::new(),
            provided: BTreeMap::new(),
            sccache: None,
            redis: None,
            dist: None,
        };
        running
            .placeholders
            .insert("{scratch}".into(), scratch.display().to_string());
        running
            .placeholders
            .insert("{root}".into(), root.display().to_string());
        for value in env_values {
            for name in port_names(value) {
                let key = format!("{{port:{name}}}");
                if let std::collections::btree_map::Entry::Vacant(slot) =
                    running.placeholders.entry(key)
                {
                    slot.insert(free_port()?.to_string());
                }
            }
        }
        if services.contains(&Service::Redis) {
            let server = redis::Server::start(&scratch.join("redis"))?;
            running.placeholders.insert("{redis}".into(), server.url());
            running.redis = Some(server);
        }
        let mut config = String::new();
        if services.contains(&Service::SccacheDist) {
            let cluster = sccache_dist::Cluster::start(&scratch.join("sccache-dist"))?;
            config = cluster.client_config();
            running.dist = Some(cluster);
        }
        if services.contains(&Service::Sccache) || services.contains(&Service::SccacheDist) {
            let instance = sccache::Instance::new(&scratch.join("sccache"), free_port()?, &config)?;
            running.provided.extend(instance.env());
            running.sccache = Some(instance);
        }
        Ok(running)
    }

    /// Variables every step gets.
    pub fn provided(&self) -> &BTreeMap<String, String> {
        &self.provided
    }

    /// `value` with its placeholders replaced.
    pub fn expand(&self, value: &str) -> String {
        let mut out = value.to_string();
        for (key, v) in &self.placeholders {
            out = out.replace(key, v);
        }
        out
    }

    /// The ports `{port:NAME}` placeholders stand for: the sccache servers a run may
    /// have started besides its own.
    fn named_ports(&self) -> Vec<u16> {
        self.placeholders
            .iter()
            .filter(|(k, _)| k.starts_with("{port:"))
            .filter_map(|(_, v)| v.parse().ok())
            .collect()
    }

    /// Where the sccache servers of the run write their log, when sccache runs.
    pub fn sccache_log(&self) -> Option<PathBuf> {
        self.sccache.as_ref().map(|s| s.log().to_path_buf())
    }

    /// Stops every server; also done on drop.
    pub fn stop(&mut self) {
        if let Some(instance) = self.sccache.take() {
            instance.stop_all(&self.named_ports());
        }
        if let Some(mut server) = self.redis.take() {
            server.stop();
        }
        if let Some(mut cluster) = self.dist.take() {
            cluster.stop();
        }
    }

    /// The process ids of the build cluster's scheduler and server, while they run.
    pub fn cluster_pids(&self) -> Vec<u32> {
        self.dist.as_ref().map(|c| c.pids()).unwrap_or_default()
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Whether `value` holds a placeholder that only a started [`Running`] can expand.
pub fn has_placeholder(value: &str) -> bool {
    ["{port:", "{scratch}", "{root}", "{redis}"]
        .iter()
        .any(|p| value.contains(p))
}

/// The `NAME`s of the `{port:NAME}` placeholders in `value`.
fn port_names(value: &str) -> Vec<&str> {
    value
        .match_indices("{port:")
        .filter_map(|(i, m)| {
            let rest = &value[i + m.len()..];
            rest.find('}').map(|end| &rest[..end])
        })
        .collect()
}

/// A loopback port nothing listens on now.
pub fn free_port() -> Result<u16> {
    let listener = std::net::TcpListener::bind(("127.0.0.1", 0))
        .context("cannot find a free loopback port")?;
    Ok(listener.local_addr()?.port())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_port_placeholders() {
        assert_eq!(
            port_names("{port:teammate} and {port:a}{scratch}"),
            ["teammate", "a"]
        );
        assert!(port_names("{scratch}/cache").is_empty());
    }

    #[test]
    fn expands_placeholders_with_one_port_per_name() {
        let dir = tempfile::tempdir().unwrap();
        let running = Running::start(
            &[],
            &dir.path().join("s"),
            Path::new("/project"),
            ["{port:a}", "x{port:a}", "{port:b}"],
        )
        .unwrap();
        let a = running.expand("{port:a}");
        assert!(a.parse::<u16>().is_ok(), "{a}");
        assert_eq!(running.expand("x{port:a}"), format!("x{a}"));
        assert_ne!(running.expand("{port:b}"), a);
        assert_eq!(
            running.expand("{scratch}/cache"),
            format!("{}/cache", dir.path().join("s").display())
        );
        assert_eq!(running.expand("{root}/teammate"), "/project/teammate");
    }
}
