//! The machine and toolchain a run happened on, asked once per toolchain.

use std::collections::BTreeMap;

use crate::engine::report::Host;

/// The machine and toolchain, as `rustc -V`, `cargo -V` and std report them, for the
/// default toolchain or a named one (`nightly`); asked once per toolchain and process.
pub fn host(toolchain: Option<&str>) -> Host {
    static HOSTS: std::sync::Mutex<BTreeMap<Option<String>, Host>> =
        std::sync::Mutex::new(BTreeMap::new());
    let key = toolchain.map(str::to_string);
    if let Some(found) = HOSTS.lock().ok().and_then(|h| h.get(&key).cloned()) {
        return found;
    }
    let found = query_host(toolchain);
    if let Ok(mut hosts) = HOSTS.lock() {
        hosts.insert(key, found.clone());
    }
    found
}

fn query_host(toolchain: Option<&str>) -> Host {
    let version = |tool: &str| {
        let mut args: Vec<String> = toolchain.iter().map(|t| format!("+{t}")).collect();
        args.push("-V".into());
        duct::cmd(tool, &args)
            .stderr_null()
            .read()
            .unwrap_or_else(|_| format!("{tool} (not found)"))
    };
    Host {
        rustc: version("rustc"),
        cargo: version("cargo"),
        platform: format!("{} {}", std::env::consts::OS, std::env::consts::ARCH),
        cpus: std::thread::available_parallelism().map_or(1, |n| n.get()),
    }
}
