//! A library with one generic and one plain function.

use std::fmt::Debug;

/// Generic: its code is generated for each `T` it is called with, in the crate that
/// calls it.
pub fn summarize<T: Debug + Clone + PartialOrd>(items: &[T]) -> String {
    let mut sorted = items.to_vec();
    sorted.sort_by(|a, b| a.partial_cmp(b).expect("comparable items"));
    format!(
        "{} items, smallest {:?}, largest {:?}",
        sorted.len(),
        sorted.first(),
        sorted.last()
    )
}

/// Not generic: compiled here, once.
pub fn plain_total(items: &[u64]) -> u64 {
    items.iter().sum()
}
