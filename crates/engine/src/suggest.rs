//! "Did you mean …?": the nearest of a few known names to a misspelt one.

/// The candidate closest to `name`, when it is close enough to be a typo.
pub fn nearest<'a>(name: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| {
            let d = if c.contains(name) && name.len() >= 3 {
                0
            } else {
                edit_distance(name, c)
            };
            (d, *c)
        })
        .filter(|(d, c)| *d <= (c.len().max(name.len()) / 3).max(2))
        .min()
        .map(|(_, c)| c)
}

/// Levenshtein distance over characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_single_changes() {
        assert_eq!(edit_distance("touch", "touch"), 0);
        assert_eq!(edit_distance("tuoch", "touch"), 2);
        assert_eq!(edit_distance("", "abc"), 3);
    }

    #[test]
    fn suggests_the_nearest_name_or_nothing() {
        let names = ["noop-rebuild", "touch-main", "workspace-chain"];
        assert_eq!(nearest("touch-mian", &names), Some("touch-main"));
        assert_eq!(nearest("workspace", &names), Some("workspace-chain"));
        assert_eq!(nearest("linker-choice", &names), None);
    }
}
