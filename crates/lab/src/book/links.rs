//! Checks the built HTML book: every relative link reaches a page, and every
//! `page.html#fragment` reaches an element with that id on that page. Links to other
//! sites are not followed (workshops are often offline).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use anyhow::{Context, Result};
use regex::Regex;

static HREF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"<a\s[^>]*?href="([^"]*)""#).expect("valid regex"));
static ID: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"\sid="([^"]*)""#).expect("valid regex"));

/// Pages mdBook generates that repeat links of other pages in another form.
const SKIPPED: &[&str] = &["print.html", "toc.html", "404.html"];

/// A link that goes nowhere.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct BrokenLink {
    /// The chapter source the link is in (`src/NAME.md`), or the HTML page.
    pub page: String,
    /// The link as written in the HTML.
    pub href: String,
    /// What is wrong.
    pub problem: String,
}

impl std::fmt::Display for BrokenLink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: link `{}`: {}", self.page, self.href, self.problem)
    }
}

/// Checks every page under the built book `dir`.
pub fn check(dir: &Path) -> Result<Vec<BrokenLink>> {
    let pages = html_files(dir)?;
    let mut ids: BTreeMap<PathBuf, BTreeSet<String>> = BTreeMap::new();
    let mut texts: BTreeMap<PathBuf, String> = BTreeMap::new();
    for page in &pages {
        let text = std::fs::read_to_string(page)
            .with_context(|| format!("cannot read {}", page.display()))?;
        ids.insert(
            page.clone(),
            ID.captures_iter(&text).map(|c| c[1].to_string()).collect(),
        );
        texts.insert(page.clone(), text);
    }
    let mut broken = BTreeSet::new();
    for (page, text) in &texts {
        let rel = page.strip_prefix(dir).unwrap_or(page);
        if SKIPPED.iter().any(|s| rel == Path::new(s)) {
            continue;
        }
        let source = rel
            .with_extension("md")
            .to_string_lossy()
            .replace("index.md", "introduction.md");
        for cap in HREF.captures_iter(text) {
            let href = html_unescape(&cap[1]);
            if let Some(problem) = check_link(dir, page, &href, &ids) {
                broken.insert(BrokenLink {
                    page: format!("src/{source}"),
                    href,
                    problem,
                });
            }
        }
    }
    Ok(broken.into_iter().collect())
}

fn check_link(
    root: &Path,
    page: &Path,
    href: &str,
    ids: &BTreeMap<PathBuf, BTreeSet<String>>,
) -> Option<String> {
    if href.is_empty()
        || href.contains("://")
        || href.starts_with("mailto:")
        || href.starts_with("javascript:")
    {
        return None;
    }
    let (path, fragment) = match href.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (href, None),
    };
    let path = path.split('?').next().unwrap_or("");
    let target = if path.is_empty() {
        page.to_path_buf()
    } else if let Some(abs) = path.strip_prefix('/') {
        root.join(abs)
    } else {
        page.parent().unwrap_or(root).join(path)
    };
    let target = if target.is_dir() {
        target.join("index.html")
    } else {
        target
    };
    let target = normalize(&target);
    if path.ends_with(".md") {
        return Some("links to a Markdown file that is not a chapter in SUMMARY.md".into());
    }
    if !target.exists() {
        return Some("no such page in the built book".into());
    }
    let fragment = fragment.filter(|f| !f.is_empty())?;
    match ids.get(&target) {
        Some(set) if set.contains(fragment) => None,
        Some(_) => Some(format!(
            "`#{fragment}` is not a heading or element id on {}",
            target.strip_prefix(root).unwrap_or(&target).display()
        )),
        None => None,
    }
}

fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

fn html_unescape(s: &str) -> String {
    s.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
}

fn html_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let all = crate::files::walk(
        dir,
        crate::files::Skip {
            names: &[],
            hidden: false,
        },
    )
    .with_context(|| format!("cannot read {}", dir.display()))?;
    Ok(all
        .into_iter()
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_missing_pages_and_fragments_and_accepts_good_links() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::write(
            d.join("a.html"),
            r##"<h1 id="top">A</h1><a href="b.html#here">ok</a><a href="#top">ok</a>
                <a href="b.html#gone">bad fragment</a><a href="c.html">bad page</a>
                <a href="https://example.org/x">external</a>"##,
        )
        .unwrap();
        std::fs::write(
            d.join("b.html"),
            r#"<h2 id="here">B</h2><a href="a.html">ok</a>"#,
        )
        .unwrap();
        let broken = check(d).unwrap();
        let hrefs: Vec<_> = broken.iter().map(|b| b.href.as_str()).collect();
        assert_eq!(hrefs, ["b.html#gone", "c.html"], "{broken:?}");
        assert_eq!(
            broken[0].to_string(),
            "src/a.md: link `b.html#gone`: `#gone` is not a heading or element id on b.html"
        );
    }
}
