//! Myths: popular statements about builds, each decided by one step of an exercise.
//! The book's "Common claims, tested" chapter is rendered from them, so a statement
//! cannot appear there without an experiment that `verify` runs.

use toml::Spanned;

use super::Step;
use crate::engine::manifest::{LoadedManifest, RawMyth};
use crate::error::InputError;

/// What an experiment found a statement to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// The statement is wrong.
    False,
    /// The statement holds.
    True,
    /// The statement holds only in part, or only under conditions it does not name.
    Partly,
}

impl Verdict {
    /// The verdict as the book prints it.
    pub fn word(self) -> &'static str {
        match self {
            Verdict::False => "False",
            Verdict::True => "True",
            Verdict::Partly => "Partly true",
        }
    }
}

/// A popular statement and the step that tests it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Myth {
    /// The statement, in the words people use.
    pub quote: String,
    /// What the experiment found.
    pub verdict: Verdict,
    /// The step (1-based) whose expectations decide it.
    pub step: usize,
    /// What the step showed, and why.
    pub why: String,
    /// Where the statement is made.
    pub source: Source,
    /// The exercise's timing claims (1-based) the verdict also rests on; empty when the
    /// step's deterministic expectations decide it alone.
    pub claims: Vec<usize>,
}

/// A page that makes a statement.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Source {
    /// Its title.
    pub title: String,
    /// Its address.
    pub url: String,
}

/// Checks a `[[myth]]` table: its verdict is known, and its step exists, runs
/// something and states what it must show.
pub(super) fn myth(
    loaded: &LoadedManifest,
    steps: &[Step],
    claims: usize,
    number: usize,
    raw: &Spanned<RawMyth>,
) -> Result<Myth, InputError> {
    let m = raw.get_ref();
    let err = |field: &str, msg: String| {
        loaded.error_at(raw.span(), format!("myth[{number}].{field}"), msg)
    };
    let verdict = match m.verdict.as_str() {
        "false" => Verdict::False,
        "true" => Verdict::True,
        "partly" => Verdict::Partly,
        other => {
            let hint = crate::suggest::nearest(other, &["false", "true", "partly"])
                .map(|n| format!("did you mean `{n}`? "))
                .unwrap_or_default();
            return Err(err(
                "verdict",
                format!("unknown verdict `{other}`; {hint}use `false`, `true` or `partly`"),
            ));
        }
    };
    super::checked_step(steps, m.step).map_err(|msg| err("step", msg))?;
    for (field, text) in [("quote", &m.quote), ("why", &m.why)] {
        if text.trim().is_empty() {
            return Err(err(field, format!("`{field}` is empty")));
        }
    }
    let source = &m.source;
    if source.title.trim().is_empty() {
        return Err(err("source.title", "`title` is empty".into()));
    }
    if !source.url.starts_with("https://") && !source.url.starts_with("http://") {
        return Err(err(
            "source.url",
            format!(
                "`{}` is not a web address; give the page that makes the statement",
                source.url
            ),
        ));
    }
    for &n in &m.claims {
        if n == 0 || n > claims {
            return Err(err(
                "claims",
                format!("there is no claim {n}; the exercise has {claims}"),
            ));
        }
    }
    Ok(Myth {
        quote: m.quote.trim().to_string(),
        verdict,
        step: m.step,
        why: m.why.trim().to_string(),
        source: Source {
            title: source.title.trim().to_string(),
            url: source.url.trim().to_string(),
        },
        claims: m.claims.clone(),
    })
}
