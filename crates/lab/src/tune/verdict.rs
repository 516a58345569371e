//! When a lever counts as a win: the rule `tune` decides by, on paired samples.
//!
//! Each round builds the baseline and every variant one after the other, in an order
//! that rotates from round to round, so a sample of a variant has a partner: the
//! baseline of the same round, taken under the same machine load. The rule:
//!
//! - **faster** (kept): the variant was faster than its partner in *every* round, and
//!   the median of the per-round ratios is at most [`WIN_RATIO`]. With no real
//!   difference, each round is a coin toss, so all of `n` rounds favour the variant
//!   with probability 2⁻ⁿ: 3 % for 5 rounds (a one-sided sign test). The ratio bound
//!   keeps wins too small to matter out, however steady.
//! - **slower**: the mirror image (slower in every round, median ratio at least
//!   [`LOSS_RATIO`]).
//! - **no clear difference** otherwise, and **too few runs** below [`MIN_ROUNDS`].
//!
//! Two samples drawn from one distribution never make a win: when the variant's
//! times are the baseline's in any order, their sums are equal, so the variant cannot
//! be faster in every round.

use serde::{Deserialize, Serialize};

use crate::engine::stats::Stats;

/// The fewest rounds that can keep a lever: 2⁻⁵ ≈ 3 % is below the usual 5 %.
pub const MIN_ROUNDS: usize = 5;
/// The largest median ratio (variant / baseline) that counts as faster.
pub const WIN_RATIO: f64 = 0.95;
/// The smallest median ratio that counts as slower.
pub const LOSS_RATIO: f64 = 1.05;

/// What the samples say about a variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// Faster in every round, by at least 5 % in the median: kept.
    Faster,
    /// Slower in every round, by at least 5 % in the median.
    Slower,
    /// Neither.
    NoClearDifference,
    /// Fewer than [`MIN_ROUNDS`] rounds: reported, never kept.
    TooFewRuns,
}

impl Verdict {
    /// Whether the lever is kept.
    pub fn kept(self) -> bool {
        self == Verdict::Faster
    }

    /// The verdict in words, for the table.
    pub fn words(self) -> &'static str {
        match self {
            Verdict::Faster => "faster",
            Verdict::Slower => "slower",
            Verdict::NoClearDifference => "no clear difference",
            Verdict::TooFewRuns => "too few runs to tell",
        }
    }
}

/// Paired samples compared: the ratio's median and range, and the verdict.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Comparison {
    /// Median of the per-round ratios, variant / baseline.
    pub ratio: f64,
    /// Smallest per-round ratio.
    pub ratio_min: f64,
    /// Largest per-round ratio.
    pub ratio_max: f64,
    /// What the rule says.
    pub verdict: Verdict,
}

/// Compares `variant[i]` with `baseline[i]`, round by round (the shorter length
/// counts).
pub fn compare(baseline: &[f64], variant: &[f64]) -> Comparison {
    let pairs: Vec<(f64, f64)> = baseline
        .iter()
        .copied()
        .zip(variant.iter().copied())
        .filter(|(b, _)| *b > 0.0)
        .collect();
    let ratios: Vec<f64> = pairs.iter().map(|(b, v)| v / b).collect();
    if ratios.is_empty() {
        return Comparison {
            ratio: 1.0,
            ratio_min: 1.0,
            ratio_max: 1.0,
            verdict: Verdict::TooFewRuns,
        };
    }
    let stats = Stats::of(&ratios);
    let verdict = if pairs.len() < MIN_ROUNDS {
        Verdict::TooFewRuns
    } else if pairs.iter().all(|(b, v)| v < b) && stats.median <= WIN_RATIO {
        Verdict::Faster
    } else if pairs.iter().all(|(b, v)| v > b) && stats.median >= LOSS_RATIO {
        Verdict::Slower
    } else {
        Verdict::NoClearDifference
    };
    Comparison {
        ratio: stats.median,
        ratio_min: stats.min,
        ratio_max: stats.max,
        verdict,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator, so the tests need no randomness crate.
    fn noise(seed: &mut u64) -> f64 {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((*seed >> 33) as f64) / ((1u64 << 31) as f64)
    }

    #[test]
    fn one_distribution_in_any_order_never_wins() {
        let mut seed = 7;
        for _ in 0..2000 {
            let base: Vec<f64> = (0..5).map(|_| 1.0 + noise(&mut seed)).collect();
            // The same times, shuffled: the variant is the baseline.
            let mut variant = base.clone();
            for i in (1..variant.len()).rev() {
                let j = (noise(&mut seed) * (i + 1) as f64) as usize % (i + 1);
                variant.swap(i, j);
            }
            let c = compare(&base, &variant);
            assert!(!c.verdict.kept(), "{base:?} vs {variant:?}: {c:?}");
            assert_ne!(c.verdict, Verdict::Slower, "{base:?} vs {variant:?}");
        }
    }

    #[test]
    fn two_draws_of_one_distribution_win_about_as_often_as_the_sign_test_says() {
        // Independent draws (not a permutation): the variant can win by chance, at
        // most 2⁻⁵ of the time, less once the 5 % bound applies.
        let mut seed = 11;
        let trials = 20_000;
        let wins = (0..trials)
            .filter(|_| {
                let base: Vec<f64> = (0..5).map(|_| 1.0 + 0.2 * noise(&mut seed)).collect();
                let variant: Vec<f64> = (0..5).map(|_| 1.0 + 0.2 * noise(&mut seed)).collect();
                compare(&base, &variant).verdict.kept()
            })
            .count();
        let rate = wins as f64 / trials as f64;
        assert!(rate < 1.0 / 32.0, "chance wins: {rate}");
    }

    #[test]
    fn a_steady_gain_is_kept_and_a_steady_loss_is_called_slower() {
        let base = [1.00, 1.10, 0.95, 1.05, 1.02];
        let faster: Vec<f64> = base.iter().map(|b| b * 0.8).collect();
        let c = compare(&base, &faster);
        assert_eq!(c.verdict, Verdict::Faster);
        assert!((c.ratio - 0.8).abs() < 1e-9);
        let slower: Vec<f64> = base.iter().map(|b| b * 1.3).collect();
        assert_eq!(compare(&base, &slower).verdict, Verdict::Slower);
    }

    #[test]
    fn one_round_against_it_or_a_tiny_gain_is_no_clear_difference() {
        let base = [1.0, 1.0, 1.0, 1.0, 1.0];
        assert_eq!(
            compare(&base, &[0.7, 0.7, 0.7, 0.7, 1.1]).verdict,
            Verdict::NoClearDifference
        );
        assert_eq!(
            compare(&base, &[0.98, 0.98, 0.97, 0.98, 0.98]).verdict,
            Verdict::NoClearDifference
        );
    }

    #[test]
    fn fewer_than_five_rounds_keep_nothing() {
        let c = compare(&[1.0, 1.0, 1.0], &[0.5, 0.5, 0.5]);
        assert_eq!(c.verdict, Verdict::TooFewRuns);
        assert!(!c.verdict.kept());
    }
}
