//! The `{{#exercise NAME}}` block: expands, inside a chapter, into the command to run,
//! the prediction question (answer hidden in `<details>`), the verified output taken
//! from the committed snapshot, and the learner's own last results when there are any.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

use crate::layout::Layout;

use super::chart::{self, Bar};
use crate::engine::report::Report;
use crate::html::{code_spans, escape};

/// An exercise as the block shows it.
#[derive(Debug, Clone)]
pub struct BlockData {
    /// Name.
    pub name: String,
    /// Title.
    pub title: String,
    /// The prediction question.
    pub question: String,
    /// The answer.
    pub answer: Option<String>,
    /// The committed snapshot, without header.
    pub snapshot: Option<String>,
    /// The learner's last report.
    pub results: Option<Report>,
    /// The questions of the prediction (empty: none asked).
    pub questions: Vec<crate::engine::plan::Question>,
    /// Each question in the form's words, in order.
    pub asks: Vec<String>,
    /// The experiment's crates and their dependencies, for the step graphs.
    pub graph: super::verified_view::Graph,
}

/// Expands every directive in a chapter. Returns the new text and the exercises
/// used, or one error per directive that names no exercise.
pub fn expand(
    content: &str,
    chapter: &Path,
    sources: &Layout,
) -> Result<(String, BTreeSet<String>), Vec<String>> {
    let mut used = BTreeSet::new();
    let known: Vec<String> = crate::catalogue::entries(&sources.exercises)
        .into_iter()
        .map(|e| e.name)
        .collect();
    let out = super::directive::expand(content, "exercise", |found| {
        let (name, line) = (found.arg, found.line);
        if name.is_empty() {
            return Err(format!(
                "{}:{line}: `{{{{#exercise}}}}` needs an exercise name",
                chapter.display()
            ));
        }
        if !known.iter().any(|k| k == name) {
            let names: Vec<&str> = known.iter().map(String::as_str).collect();
            let hint = crate::suggest::nearest(name, &names)
                .map(|n| format!("; did you mean `{n}`?"))
                .unwrap_or_default();
            return Err(format!(
                "{}:{line}: `{{{{#exercise {name}}}}}` names no exercise in exercises/{hint}",
                chapter.display()
            ));
        }
        let data = load(name, sources)
            .map_err(|e| format!("{}:{line}: exercise `{name}`: {e}", chapter.display()))?;
        used.insert(name.to_string());
        Ok(render(&data))
    })?;
    Ok((out, used))
}

/// Loads what the block shows for one exercise.
pub fn load(name: &str, sources: &Layout) -> anyhow::Result<BlockData> {
    let dir = sources.exercises.join(name);
    let plan = crate::engine::plan::load(&dir)?;
    let snapshot =
        crate::engine::snapshot::read(&crate::engine::snapshot::path(&sources.snapshots, name))?;
    // A results file that cannot be read is the learner's, not the book's problem:
    // the block then shows no results rather than failing the build.
    let results = crate::engine::results::load(&sources.results, name)
        .ok()
        .flatten();
    Ok(BlockData {
        name: name.to_string(),
        asks: plan.predict.iter().map(|q| q.ask(&plan.steps)).collect(),
        questions: plan.predict,
        title: plan.title,
        question: plan.question,
        answer: plan.answer,
        snapshot,
        results,
        graph: super::verified_view::graph_of(&dir),
    })
}

/// The form's questions as the page script reads them (`data-questions`): for each,
/// its kind, the question as HTML, and the choices (value and HTML label). `None` when
/// a packages question has no packages to choose from (no snapshot yet).
fn form_questions(d: &BlockData) -> Option<serde_json::Value> {
    use crate::engine::plan::{Comparison, Question};
    let mut list = Vec::new();
    // Read once: every packages question takes its choices from the same snapshot.
    let snapshot = d
        .snapshot
        .as_deref()
        .map(crate::engine::snapshot::Snapshot::parse);
    for (q, ask) in d.questions.iter().zip(&d.asks) {
        let (kind, choices): (&str, Vec<serde_json::Value>) = match q {
            Question::Packages { step, .. } => {
                let names = snapshot
                    .as_ref()?
                    .step(*step)
                    .map(|s| s.packages())
                    .unwrap_or_default();
                if names.is_empty() {
                    return None;
                }
                (
                    "packages",
                    names
                        .iter()
                        .map(|n| serde_json::json!({ "value": n, "label": escape(n) }))
                        .collect(),
                )
            }
            Question::Compare { measure, .. } => (
                "compare",
                Comparison::ALL
                    .iter()
                    .map(|c| serde_json::json!({ "value": c.key(), "label": c.words(*measure) }))
                    .collect(),
            ),
            Question::Output { choices, .. } => (
                "output",
                choices
                    .iter()
                    .enumerate()
                    .map(|(i, c)| serde_json::json!({ "value": i, "label": code_spans(&c.label) }))
                    .collect(),
            ),
        };
        list.push(serde_json::json!({
            "kind": kind,
            "step": q.step(),
            "ask": code_spans(ask),
            "choices": choices,
        }));
    }
    (!list.is_empty()).then_some(serde_json::Value::Array(list))
}

/// A scored prediction as HTML, as the served box shows it after a run: a headline,
/// then each question with the learner's answer, what happened and why.
pub fn score_html(
    score: &crate::learner::predictions::Score,
    plan: &crate::engine::plan::Plan,
    measurements: &Path,
) -> String {
    use crate::engine::measurements::{format_ratio, format_value};
    use crate::learner::predictions::QuestionScore;
    let record = crate::engine::measurements::Record::read(measurements).unwrap_or_default();
    let mut s = String::new();
    let _ = writeln!(
        s,
        "<p class=\"lab-score-total\">{}</p>",
        escape(&score.headline())
    );
    let several = score.questions.len() > 1;
    for q in &score.questions {
        let class = if q.right() { "lab-right" } else { "lab-wrong" };
        let mark = if q.right() { "✓" } else { "✗" };
        match q {
            QuestionScore::Packages(p) => {
                if several {
                    let _ = writeln!(
                        s,
                        "<p class=\"{class}\">{mark} {}</p>",
                        escape(&p.headline())
                    );
                }
                let telling = p.telling();
                if !telling.is_empty() {
                    s.push_str("<table class=\"lab-score-table\"><tr><th>Package</th><th>You said</th><th>Cargo</th><th></th><th>Why</th></tr>\n");
                    let word = |c: bool| if c { "compiled" } else { "fresh" };
                    for g in telling {
                        let _ = writeln!(
                            s,
                            "<tr class=\"{}\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                            if g.right() { "lab-right" } else { "lab-wrong" },
                            escape(&g.package),
                            word(g.predicted),
                            word(g.compiled),
                            if g.right() { "✓" } else { "✗" },
                            code_spans(g.why.as_deref().unwrap_or(""))
                        );
                    }
                    s.push_str("</table>\n");
                }
                match p.quietly_right() {
                    0 => {}
                    n => {
                        let _ = writeln!(
                            s,
                            "<p class=\"lab-score-quiet\">and {n} other package{} stayed fresh, as you said.</p>",
                            if n == 1 { "" } else { "s" }
                        );
                    }
                }
            }
            QuestionScore::Compare(c) => {
                let _ = write!(
                    s,
                    "<p class=\"{class}\">{mark} Step {} against step {}: you said <strong>{}</strong>; in your run it was <strong>{}</strong> ({}: {} against {}).",
                    c.second,
                    c.first,
                    c.said.words(c.measure),
                    c.actual.words(c.measure),
                    format_ratio(c.ratio),
                    format_value(c.measure, c.values[1]),
                    format_value(c.measure, c.values[0]),
                );
                if let Some(words) =
                    crate::learner::predictions::claim_words(&record, &plan.name, c)
                {
                    let _ = write!(s, " Measured for the book: {}.", escape(&words));
                }
                s.push_str("</p>\n");
            }
            QuestionScore::Output(o) => {
                let _ = writeln!(
                    s,
                    "<p class=\"{class}\">{mark} Step {}: you said {}; what it printed fits {}.</p>",
                    o.step,
                    code_spans(&o.said),
                    o.right
                        .as_deref()
                        .map_or("none of the answers alone".to_string(), code_spans),
                );
                let _ = writeln!(s, "<pre class=\"lab-why\">{}</pre>", escape(&o.output));
            }
        }
    }
    s
}

/// Renders the block as Markdown with embedded HTML.
pub fn render(d: &BlockData) -> String {
    let mut s = String::new();
    // The served book's script turns these attributes into the Predict and Run
    // controls; without it (a static book, `file://`) they change nothing.
    let predict_attrs = match form_questions(d) {
        Some(questions) => format!(
            r#" data-exercise="{}" data-questions="{}""#,
            escape(&d.name),
            escape(&questions.to_string())
        ),
        None => String::new(),
    };
    let _ = writeln!(
        s,
        r#"<div class="exercise" id="exercise-{}"{predict_attrs}>"#,
        d.name
    );
    let _ = writeln!(
        s,
        r#"<p class="exercise-title"><strong>Experiment <code>{}</code></strong>: {}</p>"#,
        d.name,
        code_spans(&d.title)
    );
    let _ = writeln!(s);
    let _ = writeln!(s, "**Predict.** {}", d.question.trim());
    let _ = writeln!(s);
    if let Some(answer) = &d.answer {
        let _ = writeln!(
            s,
            "<details class=\"exercise-answer\"><summary>What happens, and why</summary>"
        );
        let _ = writeln!(s);
        let _ = writeln!(s, "{}", answer.trim());
        let _ = writeln!(s);
        let _ = writeln!(s, "</details>");
        let _ = writeln!(s);
    }
    let _ = writeln!(s, "**Run it** from the lab's directory:");
    let _ = writeln!(s);
    let _ = writeln!(s, "```console\n$ cargo xtask run {}\n```", d.name);
    let _ = writeln!(s);
    match &d.snapshot {
        Some(snap) => {
            // Folded until the learner has predicted (the served book's script opens
            // it then, or when a run ends); in a static book the reader opens it.
            let _ = writeln!(
                s,
                "<details class=\"exercise-verified\"><summary><strong>Verified output</strong> \
                 (what rebuilt and cargo's reasons, checked by <code>cargo xtask verify</code>): \
                 predict first, then open it</summary>"
            );
            let _ = writeln!(s);
            let _ = writeln!(s, "{}", super::verified_view::render(snap, &d.graph));
            let _ = writeln!(s);
            let _ = writeln!(s, "</details>");
        }
        None => {
            let _ = writeln!(
                s,
                "*No verified output yet: run `cargo xtask bless {}` to record it.*",
                d.name
            );
        }
    }
    let _ = writeln!(s);
    s.push_str(&yours_html(d));
    let _ = writeln!(s);
    let _ = writeln!(s, "</div>");
    s
}

/// The box's "Your last run" part (`<div class="exercise-yours">`), or the line that
/// says where results will appear. The served page replaces it in place after a run.
pub fn yours_html(d: &BlockData) -> String {
    let mut s = String::new();
    if let Some(r) = &d.results {
        render_results(&mut s, d, r);
    } else {
        let _ = writeln!(
            s,
            "<p class=\"exercise-yours\"><em>Your results appear here after you run it.</em></p>"
        );
    }
    s
}

fn render_results(s: &mut String, d: &BlockData, r: &Report) {
    let same = d
        .snapshot
        .as_ref()
        .map(|snap| snap.trim_end() == crate::engine::snapshot::render(r).trim_end());
    let verdict = match same {
        Some(true) => "the same rebuilds as the verified output",
        Some(false) => "different rebuilds from the verified output; compare them above",
        None => "no verified output to compare with",
    };
    let _ = writeln!(s, "<div class=\"exercise-yours\">");
    let _ = writeln!(
        s,
        "<p><strong>Your last run</strong>: {} on {} ({}, {} CPUs): {verdict}.</p>",
        escape(&r.started_at.shown()),
        escape(&r.host.platform),
        escape(&r.host.rustc),
        r.host.cpus
    );
    let _ = writeln!(
        s,
        "<table><thead><tr><th>Step</th><th>Compiled</th><th>Fresh</th><th>Link</th><th>Time</th></tr></thead><tbody>"
    );
    for step in &r.steps {
        let (compiled, fresh, link) = match &step.cargo {
            Some(c) => {
                let compiled: Vec<String> = c.compiled_packages().into_iter().collect();
                let fresh = c.units.iter().filter(|u| u.fresh).count();
                let link = c.link_seconds();
                (
                    if compiled.is_empty() {
                        "nothing".to_string()
                    } else {
                        compiled.join(", ")
                    },
                    format!("{fresh} {}", if fresh == 1 { "unit" } else { "units" }),
                    if link > 0.0 {
                        format!("{link:.2}s")
                    } else {
                        String::new()
                    },
                )
            }
            None => (String::new(), String::new(), String::new()),
        };
        let _ = writeln!(
            s,
            "<tr><td>{}. {}</td><td>{}</td><td>{}</td><td>{}</td><td>{:.2}s</td></tr>",
            step.number,
            code_spans(&step.label),
            escape(&compiled),
            fresh,
            link,
            step.seconds
        );
    }
    let _ = writeln!(s, "</tbody></table>");
    // The first build is set apart: drawn with the others, it would shrink every
    // rebuild to a sliver. The bars show the link in its own colour.
    let cargo_steps: Vec<_> = r.steps.iter().filter(|st| st.cargo.is_some()).collect();
    let first_apart = cargo_steps.len() > 1;
    let bars: Vec<Bar> = cargo_steps
        .iter()
        .skip(usize::from(first_apart))
        .map(|st| Bar {
            label: format!("{}. {}", st.number, st.label),
            seconds: st.seconds,
            link: st.cargo.as_ref().map_or(0.0, |c| c.link_seconds()),
        })
        .collect();
    if let (true, Some(first)) = (first_apart, cargo_steps.first()) {
        let _ = writeln!(
            s,
            "<p class=\"chart-caption\">Step {} ({}) took {:.2}s and is left out of the chart, \
             so the rebuilds after it can be compared; the link is drawn in \
             <span class=\"legend-link\">orange</span>.</p>",
            first.number,
            code_spans(&first.label),
            first.seconds
        );
    }
    let _ = writeln!(
        s,
        "{}",
        chart::render(&format!("Step times of {}", d.name), &bars)
    );
    // Each build that compiled something, on a timeline: rustc in blue, the link in
    // orange at the end of its crate's bar. The rebuilds share one scale, so their
    // widths compare; the first build, set apart as above, keeps its own.
    let first_number = cargo_steps.first().map(|st| st.number);
    let is_apart = |number: usize| first_apart && Some(number) == first_number;
    let scale = r
        .steps
        .iter()
        .filter(|st| !is_apart(st.number))
        .filter_map(|st| super::timeline::end_of(st.cargo.as_ref()?))
        .fold(0.0, f64::max);
    let timelines: Vec<String> = r
        .steps
        .iter()
        .filter_map(|st| {
            let title = format!("Step {}: {}", st.number, st.label);
            let own = if is_apart(st.number) { 0.0 } else { scale };
            let svg = super::timeline::render(&title, st.cargo.as_ref()?, own)?;
            Some(format!(
                "<p class=\"timeline-caption\">{}</p>{svg}",
                escape(&title)
            ))
        })
        .collect();
    if !timelines.is_empty() {
        let _ = writeln!(
            s,
            "<details class=\"exercise-timelines\" open><summary>Each build on a timeline (rustc <span class=\"legend-rustc\">blue</span>, the link <span class=\"legend-link\">orange</span>)</summary>{}</details>",
            timelines.join("")
        );
    }
    let _ = writeln!(s, "</div>");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sources(dir: &Path) -> Layout {
        let ex = dir.join("exercises/touch-main");
        std::fs::create_dir_all(&ex).unwrap();
        std::fs::write(
            ex.join("exercise.toml"),
            "title = 'Touch <it>'\nchapter = 'freshness'\nquestion = 'What rebuilds?'\nanswer = 'Only app.'\n[[step]]\nkind = 'build'\n",
        )
        .unwrap();
        std::fs::create_dir_all(dir.join("snapshots")).unwrap();
        crate::engine::snapshot::write(
            &dir.join("snapshots/touch-main.snap"),
            "touch-main",
            "t",
            "step 1: cargo build\n",
        )
        .unwrap();
        Layout {
            exercises: dir.join("exercises"),
            snapshots: dir.join("snapshots"),
            results: dir.join("results"),
            challenges: dir.join("challenges"),
            measurements: dir.join("measurements/claims.json"),
            root: dir.to_path_buf(),
        }
    }

    #[test]
    fn expands_a_directive_into_question_answer_command_and_snapshot() {
        let dir = tempfile::tempdir().unwrap();
        let (out, used) = expand(
            "# Ch\n\n{{#exercise touch-main}}\n",
            Path::new("freshness.md"),
            &sources(dir.path()),
        )
        .unwrap();
        assert!(used.contains("touch-main"));
        assert!(out.contains("**Predict.** What rebuilds?"));
        assert!(out.contains("<details class=\"exercise-answer\">"));
        assert!(out.contains("$ cargo xtask run touch-main"));
        assert!(out.contains("<span class=\"verified-no\">Step 1</span> cargo build"));
        assert!(out.contains("<pre>step 1: cargo build</pre>"));
        assert!(out.contains("Touch &lt;it&gt;"));
        assert!(out.contains("Your results appear here"));
    }

    #[test]
    fn an_unknown_name_is_an_error_with_location_and_hint() {
        let dir = tempfile::tempdir().unwrap();
        let errors = expand(
            "text\n\n{{#exercise touch-mian}}\n",
            Path::new("freshness.md"),
            &sources(dir.path()),
        )
        .unwrap_err();
        assert_eq!(
            errors,
            [
                "freshness.md:3: `{{#exercise touch-mian}}` names no exercise in exercises/; did you mean `touch-main`?"
            ]
        );
    }

    #[test]
    fn an_escaped_directive_stays_literal() {
        let dir = tempfile::tempdir().unwrap();
        let (out, used) = expand(
            r"write \{{#exercise NAME}}",
            Path::new("x.md"),
            &sources(dir.path()),
        )
        .unwrap();
        assert_eq!(out, "write {{#exercise NAME}}");
        assert!(used.is_empty());
    }
}
