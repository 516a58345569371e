//! The verified output of an experiment as a reader would rather look at it: per step,
//! the compiled units in a table with their reasons, the fresh ones folded away, and a
//! small graph of the crates with the rebuilt ones marked. It is rendered from the
//! snapshot text itself (the source of truth), which stays one click away in a
//! "plain text" fold.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use crate::html::{code_spans, escape};
use std::path::Path;

/// The fill of a compiled crate in the graph; tests look for it.
pub const COMPILED_FILL: &str = "#ffd8a8";
/// The fill of a fresh crate in the graph.
pub const FRESH_FILL: &str = "#e9ecef";

/// One step of a snapshot.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ViewStep {
    /// `step 3: build after editing leaf` → 3.
    pub number: usize,
    /// The step's label.
    pub label: String,
    /// The command (`$ cargo build`), when the snapshot shows it.
    pub command: Option<String>,
    /// Compiled units: name (`app 0.1.0 bin`) and reason.
    pub compiled: Vec<(String, String)>,
    /// Fresh units, by name.
    pub fresh: Vec<String>,
    /// Every other line (`linked: …`, `env …`, output), as written.
    pub notes: Vec<String>,
}

impl ViewStep {
    /// The packages the step compiled and the ones it found fresh (a package with a
    /// compiled unit counts as compiled).
    pub fn packages(&self) -> (BTreeSet<String>, BTreeSet<String>) {
        let name = |u: &String| u.split_whitespace().next().unwrap_or_default().to_string();
        let compiled: BTreeSet<String> = self.compiled.iter().map(|(u, _)| name(u)).collect();
        let fresh = self
            .fresh
            .iter()
            .map(name)
            .filter(|p| !compiled.contains(p))
            .collect();
        (compiled, fresh)
    }

    /// Packages with a unit the step linked (`linked: app 0.1.0 bin`).
    pub fn linked(&self) -> BTreeSet<String> {
        self.notes
            .iter()
            .filter_map(|n| n.strip_prefix("linked: "))
            .flat_map(|l| l.split(", "))
            .filter_map(|u| u.split_whitespace().next())
            .map(str::to_string)
            .collect()
    }
}

/// Reads a snapshot body (without its header) into steps, through the typed snapshot.
pub fn parse(snapshot: &str) -> Vec<ViewStep> {
    use crate::engine::snapshot::{Line, Snapshot};
    Snapshot::parse(snapshot)
        .steps
        .into_iter()
        .map(|s| {
            let mut step = ViewStep {
                number: s.number,
                label: s.label.clone(),
                ..ViewStep::default()
            };
            for line in &s.lines {
                match line {
                    Line::Command(c) => step.command = Some(c.clone()),
                    Line::Unit(u) if u.compiled => {
                        step.compiled.push((u.name.clone(), u.reason().to_string()));
                    }
                    Line::Unit(u) => step.fresh.push(u.name.clone()),
                    // Every other line as the snapshot writes it, without its indent.
                    other => step.notes.push(other.text(0).trim_end().to_string()),
                }
            }
            step
        })
        .collect()
}

/// The crates of an experiment and what each depends on, from its `Cargo.lock`.
pub type Graph = BTreeMap<String, BTreeSet<String>>;

/// Reads the dependency graph of the project in `dir` from its `Cargo.lock`, or from
/// its `Cargo.toml` files when it has none (only path dependencies then).
pub fn graph_of(dir: &Path) -> Graph {
    let mut graph = Graph::new();
    if let Ok(text) = std::fs::read_to_string(dir.join("Cargo.lock"))
        && let Ok(lock) = text.parse::<toml::Table>()
    {
        for p in lock
            .get("package")
            .and_then(|p| p.as_array())
            .into_iter()
            .flatten()
        {
            let Some(name) = p.get("name").and_then(|n| n.as_str()) else {
                continue;
            };
            let deps = p
                .get("dependencies")
                .and_then(|d| d.as_array())
                .into_iter()
                .flatten()
                .filter_map(|d| d.as_str())
                .map(|d| d.split(' ').next().unwrap_or(d).to_string());
            graph.entry(name.to_string()).or_default().extend(deps);
        }
        return graph;
    }
    for manifest in manifests(dir) {
        let Ok(table) = std::fs::read_to_string(&manifest)
            .unwrap_or_default()
            .parse::<toml::Table>()
        else {
            continue;
        };
        let Some(name) = table
            .get("package")
            .and_then(|p| p.get("name"))
            .and_then(|n| n.as_str())
        else {
            continue;
        };
        let mut deps = BTreeSet::new();
        for key in ["dependencies", "build-dependencies"] {
            if let Some(t) = table.get(key).and_then(|d| d.as_table()) {
                deps.extend(t.keys().cloned());
            }
        }
        graph.insert(name.to_string(), deps);
    }
    graph
}

fn manifests(dir: &Path) -> Vec<std::path::PathBuf> {
    crate::files::walk(dir, crate::files::Skip::SOURCES)
        .unwrap_or_default()
        .into_iter()
        .filter(|p| p.file_name().is_some_and(|n| n == "Cargo.toml"))
        .collect()
}

/// The most crates a step's graph shows; larger trees get the table alone.
pub const MAX_GRAPH_NODES: usize = 14;

/// Renders the steps as HTML (one line per element, no blank lines, so Markdown
/// leaves it alone), with the exact snapshot in a fold below.
pub fn render(snapshot: &str, graph: &Graph) -> String {
    let mut s = String::new();
    let _ = write!(s, r#"<div class="verified">"#);
    let steps = parse(snapshot);
    if steps.iter().any(|st| step_graph(st, graph).is_some()) {
        let _ = write!(
            s,
            r#"<p class="verified-legend">In the graphs, each crate depends on the ones to its left; <span class="legend-compiled">compiled</span>, <span class="legend-fresh">fresh</span>, and a thick border where the step linked it.</p>"#
        );
    }
    for step in steps {
        let _ = write!(
            s,
            r#"<div class="verified-step" data-step="{}"><p class="verified-head"><span class="verified-no">Step {}</span> {}"#,
            step.number,
            step.number,
            code_spans(&step.label)
        );
        if let Some(cmd) = &step.command {
            let _ = write!(s, r#" <code class="verified-cmd">$ {}</code>"#, escape(cmd));
        }
        let _ = write!(s, "</p>");
        if !step.compiled.is_empty() {
            let _ = write!(
                s,
                r#"<table class="verified-units"><thead><tr><th>Compiled</th><th>Why</th></tr></thead><tbody>"#
            );
            for (unit, why) in &step.compiled {
                let _ = write!(
                    s,
                    r#"<tr class="unit-compiled"><td class="unit">{}</td><td class="why">{}</td></tr>"#,
                    escape(unit),
                    code_spans(why)
                );
            }
            let _ = write!(s, "</tbody></table>");
        }
        if !step.fresh.is_empty() {
            let _ = write!(
                s,
                r#"<details class="verified-fresh"><summary>{} fresh {}</summary><p>{}</p></details>"#,
                step.fresh.len(),
                if step.fresh.len() == 1 {
                    "unit"
                } else {
                    "units"
                },
                step.fresh
                    .iter()
                    .map(|u| escape(u))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
        let (output, notes): (Vec<&String>, Vec<&String>) =
            step.notes.iter().partition(|n| n.starts_with("| "));
        for n in notes {
            let _ = write!(s, r#"<p class="verified-note">{}</p>"#, code_spans(n));
        }
        if !output.is_empty() {
            let text: Vec<String> = output
                .iter()
                .map(|l| escape(l.trim_start_matches("| ")))
                .collect();
            let _ = write!(
                s,
                r#"<pre class="verified-output">{}</pre>"#,
                text.join("&#10;")
            );
        }
        if let Some(svg) = step_graph(&step, graph) {
            s.push_str(&svg);
        }
        let _ = write!(s, "</div>");
    }
    let _ = write!(
        s,
        r#"<details class="verified-plain"><summary>Plain text (the snapshot <code>verify</code> compares)</summary><pre>{}</pre></details>"#,
        escape(snapshot.trim_end()).replace('\n', "&#10;")
    );
    let _ = write!(s, "</div>");
    s
}

/// A small top-down graph of the step's crates: dependents above, dependencies below,
/// one row per rank; compiled crates filled orange, fresh ones grey, linked ones with a
/// thick border. `None` when the step saw fewer than two crates or too many to draw.
pub fn step_graph(step: &ViewStep, graph: &Graph) -> Option<String> {
    let (compiled, fresh) = step.packages();
    let nodes: BTreeSet<&String> = compiled.iter().chain(&fresh).collect();
    if nodes.len() < 2 || nodes.len() > MAX_GRAPH_NODES {
        return None;
    }
    let linked = step.linked();
    let deps = |n: &String| -> Vec<&String> {
        graph
            .get(n)
            .map(|d| d.iter().filter(|x| nodes.contains(x)).collect())
            .unwrap_or_default()
    };
    // Rank: the longest chain of dependents above the crate, so the top row holds
    // what nothing depends on (the program) and each crate sits one row below the
    // lowest crate that uses it: the graph reads top-down, as the dependency tree does.
    let dependents = |n: &String| -> Vec<&String> {
        nodes
            .iter()
            .copied()
            .filter(|m| deps(m).contains(&n))
            .collect()
    };
    let mut rank: BTreeMap<&String, usize> = BTreeMap::new();
    fn height<'a>(
        n: &'a String,
        up: &dyn Fn(&'a String) -> Vec<&'a String>,
        memo: &mut BTreeMap<&'a String, usize>,
        guard: usize,
    ) -> usize {
        if let Some(d) = memo.get(n) {
            return *d;
        }
        let d = if guard > 64 {
            0
        } else {
            up(n)
                .into_iter()
                .map(|x| height(x, up, memo, guard + 1) + 1)
                .max()
                .unwrap_or(0)
        };
        memo.insert(n, d);
        d
    }
    for n in &nodes {
        height(n, &dependents, &mut rank, 0);
    }
    let ranks = rank.values().copied().max().unwrap_or(0) + 1;
    let mut rows: Vec<Vec<&String>> = vec![Vec::new(); ranks];
    for n in &nodes {
        rows[rank[n]].push(n);
    }
    let box_w = nodes.iter().map(|n| n.len()).max().unwrap_or(4) as f64 * 8.0 + 20.0;
    let (gap_x, box_h, gap_y) = (16.0, 26.0, 30.0);
    let widest = rows.iter().map(Vec::len).max().unwrap_or(1) as f64;
    let width = widest * (box_w + gap_x) - gap_x + 8.0;
    let height = ranks as f64 * (box_h + gap_y) - gap_y + 8.0;
    let mut at: BTreeMap<&String, (f64, f64)> = BTreeMap::new();
    for (r, row) in rows.iter().enumerate() {
        let offset = (widest - row.len() as f64) * (box_w + gap_x) / 2.0;
        for (c, n) in row.iter().enumerate() {
            at.insert(
                n,
                (
                    4.0 + offset + c as f64 * (box_w + gap_x),
                    4.0 + r as f64 * (box_h + gap_y),
                ),
            );
        }
    }
    let mut svg = String::new();
    svg.push_str(&crate::html::svg_open(
        r#"class="verified-graph""#,
        width,
        height,
        &format!(
            "Step {}: {} of {} crates rebuilt",
            step.number,
            compiled.len(),
            nodes.len()
        ),
    ));
    // Where an edge may cross row `r`: its own x when no crate of the row is there,
    // else the nearest gap beside a crate, so that a line never runs behind a crate it
    // does not connect.
    let free_x = |r: usize, want: f64| -> f64 {
        let xs: Vec<f64> = rows[r].iter().map(|n| at[n].0).collect();
        if !xs.iter().any(|x| want > x - 2.0 && want < x + box_w + 2.0) {
            return want;
        }
        xs.iter()
            .flat_map(|x| [x - gap_x / 2.0, x + box_w + gap_x / 2.0])
            .min_by(|a, b| (a - want).abs().total_cmp(&(b - want).abs()))
            .unwrap_or(want)
    };
    for n in &nodes {
        let (x, y) = at[n];
        for d in deps(n) {
            let (dx, dy) = at[d];
            let hot = compiled.contains(*n) && compiled.contains(d);
            // From the dependent's bottom edge to the dependency's top edge, through
            // the gaps of the rows it skips.
            let (x1, y1, x2) = (x + box_w / 2.0, y + box_h, dx + box_w / 2.0);
            let mut path = format!("M{x1} {y1}");
            let (from, to) = (rank[*n], rank[d]);
            for r in from + 1..to {
                let frac = (r - from) as f64 / (to - from) as f64;
                let cross = free_x(r, x1 + (x2 - x1) * frac);
                let top = 4.0 + r as f64 * (box_h + gap_y);
                let _ = write!(
                    path,
                    " L{cross} {} L{cross} {}",
                    top - 4.0,
                    top + box_h + 4.0
                );
            }
            let _ = write!(path, " L{x2} {dy}");
            let _ = write!(
                svg,
                r#"<path d="{path}" fill="none" stroke-linejoin="round" stroke="{}" stroke-width="{}"/>"#,
                if hot { "#e8590c" } else { "#adb5bd" },
                if hot { 2 } else { 1 }
            );
        }
    }
    for n in &nodes {
        let (x, y) = at[n];
        let is_compiled = compiled.contains(*n);
        let _ = write!(
            svg,
            r#"<g class="{}"><rect x="{x}" y="{y}" width="{box_w}" height="{box_h}" rx="4" fill="{}" stroke="{}" stroke-width="{}"/><text x="{}" y="{}" font-size="13" font-family="monospace" text-anchor="middle">{}</text></g>"#,
            if is_compiled {
                "node-compiled"
            } else {
                "node-fresh"
            },
            if is_compiled {
                COMPILED_FILL
            } else {
                FRESH_FILL
            },
            if linked.contains(*n) {
                "#212529"
            } else {
                "#868e96"
            },
            if linked.contains(*n) { 3 } else { 1 },
            x + box_w / 2.0,
            y + box_h / 2.0 + 4.0,
            escape(n)
        );
    }
    svg.push_str("</svg>");
    Some(svg)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHAIN: &str = "exercise: workspace-chain
title: An edit rebuilds its crate and every crate that depends on it

step 2: patch leaf/src/lib.rs

step 3: build after editing leaf
  $ cargo build
  compiled  app 0.1.0 bin   the dependency `mid` was rebuilt
  compiled  leaf 0.1.0 lib  the file `leaf/src/lib.rs` has changed
  compiled  mid 0.1.0 lib   the dependency `leaf` was rebuilt
  linked: app 0.1.0 bin

step 5: build after editing app
  $ cargo build
  compiled  app 0.1.0 bin   the file `app/src/main.rs` has changed
  fresh     leaf 0.1.0 lib
  fresh     mid 0.1.0 lib
  linked: app 0.1.0 bin
";

    fn chain() -> Graph {
        let mut g = Graph::new();
        g.insert("app".into(), ["mid".to_string()].into());
        g.insert("mid".into(), ["leaf".to_string()].into());
        g.insert("leaf".into(), BTreeSet::new());
        g
    }

    #[test]
    fn reads_units_reasons_and_notes_from_the_snapshot() {
        let steps = parse(CHAIN);
        assert_eq!(steps.len(), 3);
        assert_eq!(steps[1].number, 3);
        assert_eq!(steps[1].command.as_deref(), Some("cargo build"));
        assert_eq!(
            steps[1].compiled[0],
            (
                "app 0.1.0 bin".to_string(),
                "the dependency `mid` was rebuilt".to_string()
            )
        );
        assert_eq!(steps[2].fresh, ["leaf 0.1.0 lib", "mid 0.1.0 lib"]);
        assert_eq!(steps[2].linked(), ["app".to_string()].into());
        let (compiled, fresh) = steps[2].packages();
        assert_eq!(compiled, ["app".to_string()].into());
        assert_eq!(fresh.len(), 2);
    }

    #[test]
    fn a_reason_keeps_its_own_closing_parenthesis() {
        let steps = parse(
            "step 2: build\n  compiled  app 0.1.0 bin  the file `src/main.rs` has changed (checksum didn't match)\n  compiled  b 0.1.0 lib    (new: not built before with these settings)\n",
        );
        assert_eq!(
            steps[0].compiled[0].1,
            "the file `src/main.rs` has changed (checksum didn't match)"
        );
        assert_eq!(
            steps[0].compiled[1].1,
            "new: not built before with these settings"
        );
    }

    #[test]
    fn renders_a_table_a_fold_and_a_graph_per_step() {
        let html = render(CHAIN, &chain());
        assert_eq!(html.matches("class=\"verified-step\"").count(), 3);
        assert_eq!(html.matches("class=\"unit-compiled\"").count(), 4);
        assert!(html.contains("<code>mid</code>"));
        assert!(html.contains("2 fresh units"));
        assert!(html.contains("verified-plain"));
        // Step 2 changes a file: no crates, no graph. Steps 3 and 5 draw three crates.
        assert_eq!(html.matches("<svg class=\"verified-graph\"").count(), 2);
        assert_eq!(html.matches("class=\"node-compiled\"").count(), 4);
        assert_eq!(html.matches("class=\"node-fresh\"").count(), 2);
        assert!(
            !html.contains("\n\n"),
            "a blank line would end the HTML block"
        );
    }

    #[test]
    fn an_edge_that_skips_a_rank_goes_around_the_crate_between() {
        // app uses mid and leaf, mid uses leaf: app -> leaf skips mid's row, where a
        // straight line would run behind mid's box.
        let mut g = chain();
        g.insert("app".into(), ["mid".to_string(), "leaf".to_string()].into());
        let steps = parse(CHAIN);
        let svg = step_graph(&steps[1], &g).unwrap();
        let rect_of = |name: &str| -> (f64, f64, f64) {
            let at = svg.find(&format!(">{name}</text>")).unwrap();
            let rect = &svg[svg[..at].rfind("<rect ").unwrap()..];
            let attr = |a: &str| -> f64 {
                let v = &rect[rect.find(&format!(" {a}=\"")).unwrap() + a.len() + 3..];
                v[..v.find('"').unwrap()].parse().unwrap()
            };
            (attr("x"), attr("y"), attr("width"))
        };
        let (mx, my, mw) = rect_of("mid");
        let paths: Vec<&str> = svg
            .split("<path d=\"")
            .skip(1)
            .map(|p| &p[..p.find('"').unwrap()])
            .collect();
        assert_eq!(paths.len(), 3, "{svg}");
        for p in &paths {
            let points: Vec<(f64, f64)> = p
                .split(['M', 'L'])
                .filter(|s| !s.trim().is_empty())
                .map(|s| {
                    let mut xy = s.split_whitespace().map(|v| v.parse::<f64>().unwrap());
                    (xy.next().unwrap(), xy.next().unwrap())
                })
                .collect();
            // No point of any edge lies inside mid's box (mid's own edges end at its
            // border).
            for pair in points.windows(2) {
                let ((x0, y0), (x1, y1)) = (pair[0], pair[1]);
                for i in 0..=100 {
                    let t = f64::from(i) / 100.0;
                    let (x, y) = (x0 + (x1 - x0) * t, y0 + (y1 - y0) * t);
                    assert!(
                        !(x > mx + 1.0 && x < mx + mw - 1.0 && y > my + 1.0 && y < my + 25.0),
                        "an edge runs through mid: {p}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_graph_puts_dependents_above_their_dependencies() {
        let steps = parse(CHAIN);
        let svg = step_graph(&steps[1], &chain()).unwrap();
        let y_of = |svg: &str, name: &str| -> f64 {
            let at = svg.find(&format!(">{name}</text>")).unwrap();
            let rect = svg[..at].rfind("<rect x=\"").unwrap();
            let y = &svg[rect..];
            let y = &y[y.find(" y=\"").unwrap() + 4..];
            y[..y.find('"').unwrap()].parse().unwrap()
        };
        assert!(y_of(&svg, "app") < y_of(&svg, "mid") && y_of(&svg, "mid") < y_of(&svg, "leaf"));
        // touch-main's tree: serde_core sits right below serde, which uses it, not on
        // the row of unicode-ident at the bottom; proc-macro2 is on a rank of its own.
        let mut g = Graph::new();
        for (n, d) in [
            ("app", &["serde"][..]),
            ("serde", &["serde_core", "serde_derive"]),
            ("serde_derive", &["proc-macro2", "quote", "syn"]),
            ("syn", &["proc-macro2", "quote", "unicode-ident"]),
            ("quote", &["proc-macro2"]),
            ("proc-macro2", &["unicode-ident"]),
            ("serde_core", &[]),
            ("unicode-ident", &[]),
        ] {
            g.insert(n.into(), d.iter().map(|x| x.to_string()).collect());
        }
        let mut step = parse("step 3: build\n  compiled  app 0.1.0 bin  x\n").remove(0);
        for n in [
            "proc-macro2",
            "quote",
            "serde",
            "serde_core",
            "serde_derive",
            "syn",
            "unicode-ident",
        ] {
            step.fresh.push(format!("{n} 1.0.0 lib"));
        }
        let svg = step_graph(&step, &g).unwrap();
        let row = |n: &str| y_of(&svg, n);
        assert!(row("serde") < row("serde_core"));
        assert!(row("serde_core") < row("unicode-ident"));
        assert_ne!(row("serde"), row("proc-macro2"));
    }
}
