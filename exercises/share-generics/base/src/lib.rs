//! One generic function with a long body: every type it is used with gets a copy.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Display;
use std::hash::Hash;

/// Sorts, counts and describes `items`: a body that pulls in many of the standard
/// library's generic functions for `T`.
pub fn crunch<T: Copy + Ord + Hash + Display>(items: &[T]) -> String {
    let mut sorted = items.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let mut counts: HashMap<T, usize> = HashMap::new();
    for item in items {
        *counts.entry(*item).or_default() += 1;
    }
    let ordered: BTreeMap<T, usize> = counts.into_iter().collect();
    let mut text = String::new();
    for (item, count) in &ordered {
        text.push_str(&format!("{item}×{count} "));
    }
    let widest = sorted.iter().map(|i| i.to_string().len()).max().unwrap_or(0);
    format!("{} distinct, widest {widest}: {text}", sorted.len())
}
