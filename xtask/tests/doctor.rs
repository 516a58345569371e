//! `cargo xtask doctor` through the real binary, on this machine as it is and on
//! deliberately misconfigured environments: `RUSTFLAGS` set, a cargo config that
//! changes the linker, a PATH without mold, a target directory that cannot be written.

mod common;
use common::text;

use std::path::Path;
use std::process::{Command, Output};

/// Runs `doctor --json` with `env` set (and `remove` removed) and returns the output
/// and the JSON.
fn doctor(env: &[(&str, &str)], remove: &[&str]) -> (Output, serde_json::Value) {
    let tmp = tempfile::tempdir().unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_xtask"));
    cmd.args(["doctor", "--json"]).env("TMPDIR", tmp.path());
    for var in [
        "RUSTFLAGS",
        "CARGO_INCREMENTAL",
        "RUSTC_WRAPPER",
        "CARGO_TARGET_DIR",
    ]
    .iter()
    .chain(remove)
    {
        cmd.env_remove(var);
    }
    let out = cmd.envs(env.iter().copied()).output().unwrap();
    let json = serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null);
    (out, json)
}

/// The finding of `check`, as JSON.
fn finding<'a>(json: &'a serde_json::Value, check: &str) -> &'a serde_json::Value {
    json["findings"]
        .as_array()
        .unwrap_or_else(|| panic!("no findings in {json:#}"))
        .iter()
        .find(|f| f["check"] == check)
        .unwrap_or_else(|| panic!("no {check:?} finding in {json:#}"))
}

fn host_triple() -> String {
    let out = Command::new("rustc").arg("-vV").output().unwrap();
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("host: "))
        .unwrap()
        .to_string()
}

#[test]
fn every_finding_is_leveled_and_every_non_ok_one_has_a_fix() {
    let (out, json) = doctor(&[], &[]);
    let problems = json["problems"].as_u64().unwrap();
    assert_eq!(out.status.success(), problems == 0, "{}", text(&out));
    for f in json["findings"].as_array().unwrap() {
        let level = f["level"].as_str().unwrap();
        assert!(["ok", "warning", "problem"].contains(&level), "{f}");
        assert_eq!(level != "ok", f["fix"].is_string(), "{f}");
    }
    for check in [
        "toolchain",
        "nightly",
        "linker",
        "linkers",
        "disk",
        "timestamps",
    ] {
        finding(&json, check);
    }
    assert!(json["machine"]["cores"].as_u64().unwrap() >= 1);
    assert!(
        finding(&json, "toolchain")["summary"]
            .as_str()
            .unwrap()
            .starts_with("rustc 1.")
    );
    // Progress goes to stderr, so the JSON on stdout stays clean.
    assert!(String::from_utf8_lossy(&out.stderr).contains("[5/5]"));
}

#[test]
fn rustflags_in_the_environment_is_a_warning_with_its_fix() {
    let (out, json) = doctor(&[("RUSTFLAGS", "-C debuginfo=1")], &[]);
    let f = finding(&json, "env RUSTFLAGS");
    assert_eq!(f["level"], "warning", "{}", text(&out));
    assert!(f["summary"].as_str().unwrap().contains("-C debuginfo=1"));
    assert_eq!(
        f["fix"],
        "unset RUSTFLAGS while you follow the book, or compare with it in mind"
    );
    assert!(
        json["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["check"] != "settings")
    );
}

#[test]
fn a_global_cargo_config_that_picks_mold_is_named_and_the_probe_links_with_it() {
    if !common::on_path("mold") {
        common::skip("mold is not installed (apt-get install mold)");
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("config.toml");
    std::fs::write(
        &config,
        format!(
            "[target.{}]\nrustflags = [\"-C\", \"link-arg=-fuse-ld=mold\"]\n",
            host_triple()
        ),
    )
    .unwrap();
    let (out, json) = doctor(&[("CARGO_HOME", home.path().to_str().unwrap())], &[]);
    let f = finding(&json, "cargo config");
    assert_eq!(f["level"], "warning", "{}", text(&out));
    let summary = f["summary"].as_str().unwrap();
    assert!(
        summary.contains(config.to_str().unwrap()) && summary.contains("`target`"),
        "{summary}"
    );
    let linker = finding(&json, "linker")["summary"].as_str().unwrap();
    assert!(linker.contains("mold"), "{linker}");
    assert_eq!(
        json["machine"]["linker"]
            .as_str()
            .unwrap()
            .split(' ')
            .next(),
        Some("mold")
    );
}

#[test]
fn without_mold_on_path_the_linkers_finding_says_how_to_install_it() {
    let (bin, path) = path_without(&["mold"]);
    let (out, json) = doctor(&[("PATH", &path)], &[]);
    drop(bin);
    let f = finding(&json, "linkers");
    assert_eq!(f["level"], "warning", "{}", text(&out));
    assert!(f["summary"].as_str().unwrap().contains("no mold"), "{f}");
    assert!(
        f["fix"].as_str().unwrap().contains("apt-get install mold"),
        "{f}"
    );
}

/// A PATH with the toolchain and every program of the usual directories except those
/// whose names contain one of `left_out`; the directory of links must outlive its use.
fn path_without(left_out: &[&str]) -> (tempfile::TempDir, String) {
    let bin = tempfile::tempdir().unwrap();
    for dir in ["/usr/local/bin", "/usr/bin", "/bin", "/usr/sbin", "/sbin"] {
        let Ok(entries) = std::fs::read_dir(dir) else {
            continue;
        };
        for e in entries.flatten() {
            let name = e.file_name();
            let link = bin.path().join(&name);
            if left_out.iter().any(|l| name.to_string_lossy().contains(l)) || link.exists() {
                continue;
            }
            let _ = std::os::unix::fs::symlink(e.path(), link);
        }
    }
    let cargo_bin = Path::new(&std::env::var("CARGO").unwrap())
        .parent()
        .unwrap()
        .to_path_buf();
    let path = std::env::join_paths([home_cargo_bin().as_path(), cargo_bin.as_path(), bin.path()])
        .unwrap();
    let path = path.to_str().unwrap().to_string();
    (bin, path)
}

#[test]
fn without_a_c_toolchain_to_link_with_the_linker_finding_is_a_problem() {
    // rustc links through `cc` on Linux; without it (and gcc, clang) nothing links.
    let (_bin, path) = path_without(&["cc", "gcc", "clang"]);
    let (out, json) = doctor(&[("PATH", &path)], &[]);
    let f = finding(&json, "linker");
    assert_eq!(f["level"], "problem", "{}", text(&out));
    assert!(
        f["summary"].as_str().unwrap().contains("does not build"),
        "{f}"
    );
    assert!(f["fix"].as_str().unwrap().contains("gcc or clang"), "{f}");
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
}

/// Where rustup's proxies are (`$CARGO_HOME/bin`, `~/.cargo/bin`).
fn home_cargo_bin() -> std::path::PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| Path::new(&std::env::var("HOME").unwrap()).join(".cargo"))
        .join("bin")
}

#[test]
fn a_target_dir_that_cannot_be_written_is_a_problem_and_fails() {
    let target = tempfile::tempdir().unwrap();
    let locked = target.path().join("locked");
    std::fs::create_dir(&locked).unwrap();
    // Read-only for anyone but root, and for root too where chattr works.
    let mut perms = std::fs::metadata(&locked).unwrap().permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&locked, perms).unwrap();
    let _ = Command::new("chattr").arg("+i").arg(&locked).status();
    let writable = std::fs::write(locked.join("probe"), "x").is_ok();
    if writable {
        let _ = std::fs::remove_file(locked.join("probe"));
        common::skip("neither permissions nor chattr +i make a directory read-only here");
        return;
    }
    let (out, json) = doctor(&[("CARGO_TARGET_DIR", locked.to_str().unwrap())], &[]);
    let _ = Command::new("chattr").arg("-i").arg(&locked).status();
    let mut perms = std::fs::metadata(&locked).unwrap().permissions();
    #[allow(clippy::permissions_set_readonly_false)]
    perms.set_readonly(false);
    std::fs::set_permissions(&locked, perms).unwrap();
    let f = finding(&json, "target dir");
    assert_eq!(f["level"], "problem", "{}", text(&out));
    assert!(f["fix"].as_str().unwrap().contains("CARGO_TARGET_DIR"));
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("stops the lab"),
        "{}",
        text(&out)
    );
}

#[test]
fn a_wrapper_in_the_cargo_config_and_build_variables_are_each_named() {
    // A pass-through wrapper in the place sccache usually goes.
    let home = tempfile::tempdir().unwrap();
    std::fs::write(
        home.path().join("config.toml"),
        "[build]\nrustc-wrapper = \"/usr/bin/env\"\n",
    )
    .unwrap();
    let target = home.path().join("elsewhere");
    let (out, json) = doctor(
        &[
            ("CARGO_HOME", home.path().to_str().unwrap()),
            ("CARGO_INCREMENTAL", "0"),
            ("CARGO_TARGET_DIR", target.to_str().unwrap()),
        ],
        &[],
    );
    let all = text(&out);
    let findings = json["findings"]
        .as_array()
        .unwrap_or_else(|| panic!("{all}"));
    let config: Vec<&str> = findings
        .iter()
        .filter(|f| f["check"] == "cargo config")
        .filter_map(|f| f["summary"].as_str())
        .collect();
    assert!(
        config
            .iter()
            .any(|s| s.contains("`build.rustc-wrapper`") && s.contains("/usr/bin/env")),
        "{config:?}"
    );
    for var in ["CARGO_INCREMENTAL", "CARGO_TARGET_DIR"] {
        let f = finding(&json, &format!("env {var}"));
        assert_eq!(f["level"], "warning", "{f}");
        assert!(
            f["fix"]
                .as_str()
                .unwrap()
                .starts_with(&format!("unset {var}")),
            "{f}"
        );
    }
    // The target directory checks look where CARGO_TARGET_DIR points.
    let dir = finding(&json, "target dir")["summary"].as_str().unwrap();
    assert!(dir.contains(target.to_str().unwrap()), "{dir}");
    // The wrapper passes rustc through, so the probe still links.
    assert_eq!(finding(&json, "linker")["level"], "ok", "{all}");
}
