//! A long-running program that loads `liblogic.so` and loads it again whenever a build
//! replaces it, without restarting: `host RELOADS` exits after that many reloads, or
//! after two minutes without one. It prints what it does, and writes the same lines to
//! `target/host.log`, where a script can wait for them.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

/// The library as the host holds it: the loaded copy, and the functions it calls.
struct Logic {
    _library: libloading::Library,
    version: extern "C" fn() -> u32,
    count_call: extern "C" fn() -> u32,
}

impl Logic {
    /// Loads a private copy of the library at `path` (the dynamic loader would hand
    /// back the copy it already has for a path it has seen).
    fn load(path: &Path, generation: u32) -> Result<Logic, String> {
        let copy = std::env::temp_dir().join(format!(
            "liblogic-{}-{generation}.so",
            std::process::id()
        ));
        std::fs::copy(path, &copy).map_err(|e| format!("cannot copy {}: {e}", path.display()))?;
        // SAFETY: the library is ours, built from `logic` with the same compiler; its
        // functions take and return plain integers, and we keep it loaded for as long
        // as we hold pointers into it.
        unsafe {
            let library = libloading::Library::new(&copy).map_err(|e| e.to_string())?;
            let version = *library
                .get::<extern "C" fn() -> u32>(b"logic_version")
                .map_err(|e| e.to_string())?;
            let count_call = *library
                .get::<extern "C" fn() -> u32>(b"logic_count_call")
                .map_err(|e| e.to_string())?;
            let _ = std::fs::remove_file(&copy);
            Ok(Logic {
                _library: library,
                version,
                count_call,
            })
        }
    }
}

fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

fn main() {
    let reloads: u32 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1);
    let path = PathBuf::from("target/debug/liblogic.so");
    let words = regex::Regex::new(r"\w+").expect("a valid pattern");
    let mut seen = modified(&path);
    let mut logic = Logic::load(&path, 0).expect("the library loads");
    let mut log = std::fs::File::create("target/host.log").expect("target/ is writable");
    let mut host_calls = 0;
    let mut say = |logic: &Logic, what: &str| {
        host_calls += 1;
        let text = format!("hello from version {}", (logic.version)());
        let line = format!(
            "{what}: {text} ({} words); calls counted by the library: {}, by the host: {host_calls}",
            words.find_iter(&text).count(),
            (logic.count_call)()
        );
        println!("{line}");
        let _ = writeln!(log, "{line}");
    };
    say(&logic, "loaded");
    say(&logic, "called again");
    for generation in 1..=reloads {
        let waiting = Instant::now();
        loop {
            std::thread::sleep(Duration::from_millis(20));
            let now = modified(&path);
            if now != seen {
                // Let the linker finish writing before loading.
                std::thread::sleep(Duration::from_millis(50));
                seen = modified(&path);
                break;
            }
            if waiting.elapsed() > Duration::from_secs(120) {
                println!("no new library in two minutes; giving up");
                std::process::exit(1);
            }
        }
        logic = Logic::load(&path, generation).expect("the new library loads");
        say(&logic, &format!("reload {generation}"));
    }
}
