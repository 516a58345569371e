//! Redactions that make a report the same on every machine and every run: no absolute
//! paths, no timestamps, no hashes. One small list of regex filters, in the spirit of
//! insta's filters and cargo's test-suite placeholders (`[ROOT]`, `[HASH]`, ...).

use std::path::Path;
use std::sync::LazyLock;

use regex::Regex;

/// A filter: what to find and what to write instead.
struct Filter {
    pattern: Regex,
    replacement: &'static str,
}

static FILTERS: LazyLock<Vec<Filter>> = LazyLock::new(|| {
    [
        // `(1795529131.254604970s, 120734157ns after last build at 1795529131.133870813s)`
        (
            r"\(\d+(?:\.\d+)?s, [^()]*? after last build at \d+(?:\.\d+)?s\)",
            "([TIME_DIFF_AFTER_LAST_BUILD])",
        ),
        // Artifact and directory hashes: `libitoa-6c1e270c698fa6a6.rlib`.
        (r"-[0-9a-f]{16}\b", "-[HASH]"),
        // Checksums cargo prints with -Zchecksum-freshness.
        (r"\b(blake3|sha256)=[0-9a-f]{16,}", "$1=[HASH]"),
        // Durations such as `in 0.33s` from cargo's `Finished` line.
        (r"\bin \d+(?:\.\d+)?s\b", "in [ELAPSED]s"),
        // and `took 0.17s` from the merged doc-tests' summary.
        (r"\btook \d+(?:\.\d+)?s\b", "took [ELAPSED]s"),
        // Thread ids in panic messages: `thread 'main' (12345) panicked`.
        (r"thread '([^']*)' \(\d+\)", "thread '$1' ([TID])"),
        // Process ids in messages such as `(pid 12345)`.
        (r"\bpid \d+\b", "pid [PID]"),
    ]
    .into_iter()
    .map(|(p, r)| Filter {
        pattern: Regex::new(p).expect("filters are valid regexes"),
        replacement: r,
    })
    .collect()
});

/// Places whose absolute paths are replaced by placeholders.
#[derive(Debug, Clone, Default)]
pub struct Roots {
    /// The exercise's scratch copy, written `[ROOT]`.
    pub root: Option<String>,
    /// Cargo's home (registry sources live there), written `[CARGO_HOME]`.
    pub cargo_home: Option<String>,
}

impl Roots {
    /// The roots of a run in `scratch_root`, with this process's cargo home.
    pub fn for_run(scratch_root: &Path) -> Roots {
        let cargo_home = crate::paths::cargo_home();
        Roots {
            root: Some(scratch_root.display().to_string()),
            cargo_home: cargo_home.map(|p| p.display().to_string()),
        }
    }
}

/// Applies the path placeholders, then every filter, to `text`.
pub fn normalize(text: &str, roots: &Roots) -> String {
    let mut out = text.to_string();
    // The longer path first, in case one root lies inside the other.
    let mut paths: Vec<(&str, &str)> = [
        (roots.root.as_deref(), "[ROOT]"),
        (roots.cargo_home.as_deref(), "[CARGO_HOME]"),
    ]
    .into_iter()
    .filter_map(|(p, r)| p.filter(|p| !p.is_empty()).map(|p| (p, r)))
    .collect();
    paths.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
    for (path, placeholder) in paths {
        out = out.replace(path, placeholder);
    }
    for filter in FILTERS.iter() {
        out = filter
            .pattern
            .replace_all(&out, filter.replacement)
            .into_owned();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roots() -> Roots {
        Roots {
            root: Some("/tmp/rebuild-lab-touch-Xy12/touch".into()),
            cargo_home: Some("/home/ann/.cargo".into()),
        }
    }

    #[test]
    fn redacts_the_mtime_comparison() {
        let reason = "the file `src/main.rs` has changed (1795529131.254604970s, 120734157ns after last build at 1795529131.133870813s)";
        assert_eq!(
            normalize(reason, &roots()),
            "the file `src/main.rs` has changed ([TIME_DIFF_AFTER_LAST_BUILD])"
        );
    }

    #[test]
    fn redacts_paths_hashes_and_times() {
        let text = "/tmp/rebuild-lab-touch-Xy12/touch/target/debug/deps/libitoa-6c1e270c698fa6a6.rlib \
                    /home/ann/.cargo/registry/src/x/itoa-1.0.19/src/lib.rs Finished in 0.33s (pid 4242) thread 'main' (77) blake3=0123456789abcdef0123";
        assert_eq!(
            normalize(text, &roots()),
            "[ROOT]/target/debug/deps/libitoa-[HASH].rlib [CARGO_HOME]/registry/src/x/itoa-1.0.19/src/lib.rs \
             Finished in [ELAPSED]s (pid [PID]) thread 'main' ([TID]) blake3=[HASH]"
        );
    }

    #[test]
    fn leaves_ordinary_text_alone() {
        let text = "the dependency `leaf` was rebuilt; version 1.0.19; a-b-c";
        assert_eq!(normalize(text, &roots()), text);
    }

    #[test]
    fn is_idempotent() {
        let text = "the file `a.rs` has changed (5.0s, 1s after last build at 4.0s)";
        let once = normalize(text, &roots());
        assert_eq!(normalize(&once, &roots()), once);
    }
}
