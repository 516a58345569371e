//! Hints, one more at each call: how many a learner has seen is kept under
//! `target/rebuild-lab/hints/NAME`.

use std::path::Path;

use anyhow::Result;

/// How many hints of `name` were shown.
pub fn shown(results_dir: &Path, name: &str) -> usize {
    std::fs::read_to_string(results_dir.join("hints").join(name))
        .ok()
        .and_then(|t| t.trim().parse().ok())
        .unwrap_or(0)
}

/// The hints to show now: the next one (with the earlier ones), or all of them.
/// Records what was shown.
pub fn next<'a>(
    results_dir: &Path,
    name: &str,
    hints: &'a [String],
    all: bool,
) -> Result<Vec<(usize, &'a str)>> {
    let count = if all {
        hints.len()
    } else {
        (shown(results_dir, name) + 1).min(hints.len())
    };
    crate::files::write_atomic(
        &results_dir.join("hints").join(name),
        count.to_string().as_bytes(),
    )?;
    Ok(hints
        .iter()
        .take(count)
        .enumerate()
        .map(|(i, h)| (i + 1, h.as_str()))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_call_shows_one_more_and_all_shows_all() {
        let dir = tempfile::tempdir().unwrap();
        let hints: Vec<String> = vec!["a".into(), "b".into(), "c".into()];
        let shown_now = |all| {
            next(dir.path(), "x", &hints, all)
                .unwrap()
                .into_iter()
                .map(|(_, h)| h.to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(shown_now(false), ["a"]);
        assert_eq!(shown_now(false), ["a", "b"]);
        assert_eq!(shown_now(false), ["a", "b", "c"]);
        assert_eq!(shown_now(false), ["a", "b", "c"]);
        assert_eq!(shown(dir.path(), "x"), 3);
        assert_eq!(shown(dir.path(), "other"), 0);
    }
}
