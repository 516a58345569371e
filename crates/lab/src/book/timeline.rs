//! A step of the learner's own run on a timeline, like `cargo build --timings`: one bar
//! per compiled crate from the moment its rustc started, with the link drawn in its own
//! colour at the end, so what waited for what and how much of it was linking is seen
//! at a glance. Inline SVG, no script.

use std::fmt::Write as _;

use crate::html::escape;

use crate::engine::report::CargoOutcome;

/// The colour of rustc's own work.
pub const COMPILE_COLOUR: &str = "#4dabf7";
/// The colour of the link.
pub const LINK_COLOUR: &str = "#e8590c";

/// When the last crate of a cargo step finished, in seconds from the step's start, or
/// `None` when it compiled nothing with a recorded start time.
pub fn end_of(cargo: &CargoOutcome) -> Option<f64> {
    cargo
        .timings
        .iter()
        .filter_map(|t| Some(t.start_offset? + t.compile_seconds + t.link_seconds.unwrap_or(0.0)))
        .reduce(f64::max)
}

/// The timeline of a cargo step, drawn to a scale of at least `scale` seconds (give
/// every step of a run the same, so their widths compare), or `None` when it compiled
/// nothing with a recorded start time.
pub fn render(title: &str, cargo: &CargoOutcome, scale: f64) -> Option<String> {
    let mut bars: Vec<(String, f64, f64, f64)> = cargo
        .timings
        .iter()
        .filter_map(|t| {
            let start = t.start_offset?;
            let mut label = if t.crate_name == t.package.replace('-', "_") {
                t.package.clone()
            } else {
                format!("{} ({})", t.package, t.crate_name)
            };
            if t.test {
                label.push_str(" [test]");
            }
            Some((
                label,
                start,
                t.compile_seconds,
                t.link_seconds.unwrap_or(0.0),
            ))
        })
        .collect();
    if bars.is_empty() {
        return None;
    }
    bars.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
    let end = bars
        .iter()
        .map(|(_, s, c, l)| s + c + l)
        .fold(0.0_f64, f64::max)
        .max(scale)
        .max(0.001);
    const LABEL_W: f64 = 230.0;
    const PLOT_W: f64 = 380.0;
    const ROW_H: f64 = 18.0;
    let height = ROW_H * bars.len() as f64 + 26.0;
    let width = LABEL_W + PLOT_W + 60.0;
    let x = |secs: f64| LABEL_W + secs / end * PLOT_W;
    let mut svg = String::new();
    svg.push_str(&crate::html::svg_open(
        r#"class="rebuild-timeline""#,
        width,
        height,
        title,
    ));
    for (i, (label, start, compile, link)) in bars.iter().enumerate() {
        let y = 4.0 + ROW_H * i as f64;
        let short = crate::html::shorten(label, 32);
        let _ = write!(
            svg,
            r#"<text x="{}" y="{}" font-size="11" text-anchor="end" fill="currentColor">{}</text>"#,
            LABEL_W - 6.0,
            y + 12.0,
            escape(&short)
        );
        let w = (compile / end * PLOT_W).max(1.0);
        let _ = write!(
            svg,
            r#"<rect class="timeline-compile" x="{}" y="{y}" width="{w}" height="14" fill="{COMPILE_COLOUR}"><title>{}: rustc {compile:.2}s</title></rect>"#,
            x(*start),
            escape(label)
        );
        if *link > 0.0 {
            let lw = (link / end * PLOT_W).max(1.0);
            let _ = write!(
                svg,
                r#"<rect class="timeline-link" x="{}" y="{y}" width="{lw}" height="14" fill="{LINK_COLOUR}"><title>{}: link {link:.2}s</title></rect>"#,
                x(start + compile),
                escape(label)
            );
        }
    }
    let axis_y = 4.0 + ROW_H * bars.len() as f64 + 2.0;
    let _ = write!(
        svg,
        r##"<line x1="{LABEL_W}" y1="{axis_y}" x2="{}" y2="{axis_y}" stroke="#868e96"/><text x="{LABEL_W}" y="{}" font-size="10" fill="currentColor">0 s</text><text x="{}" y="{}" font-size="10" text-anchor="end" fill="currentColor">{end:.2} s</text>"##,
        LABEL_W + PLOT_W,
        axis_y + 12.0,
        LABEL_W + PLOT_W,
        axis_y + 12.0
    );
    svg.push_str("</svg>");
    Some(svg)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::report::CrateTiming;

    fn outcome(timings: Vec<CrateTiming>) -> CargoOutcome {
        let fixture = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../xtask/tests/fixtures/reports/build-script-rerun.json"
        );
        let r: crate::engine::report::Report =
            serde_json::from_slice(&std::fs::read(fixture).unwrap()).unwrap();
        let mut c = r.steps[0].cargo.clone().unwrap();
        c.timings = timings;
        c
    }

    fn timing(package: &str, start: Option<f64>, compile: f64, link: Option<f64>) -> CrateTiming {
        crate::engine::report::test_timing(package, start, compile, link)
    }

    #[test]
    fn one_bar_per_crate_in_start_order_with_the_link_at_its_end() {
        let svg = render(
            "step 1",
            &outcome(vec![
                timing("app", Some(0.5), 0.2, Some(0.3)),
                timing("leaf", Some(0.0), 0.4, None),
            ]),
            0.0,
        )
        .unwrap();
        assert_eq!(svg.matches("class=\"timeline-compile\"").count(), 2);
        assert_eq!(svg.matches("class=\"timeline-link\"").count(), 1);
        assert!(svg.find(">leaf</text>").unwrap() < svg.find(">app</text>").unwrap());
        // The step ends with app's link, at 1.0 s: the axis says so.
        assert!(svg.contains(">1.00 s</text>"), "{svg}");
    }

    #[test]
    fn nothing_to_draw_without_start_times() {
        assert!(render("x", &outcome(vec![timing("app", None, 0.2, None)]), 0.0).is_none());
        assert!(render("x", &outcome(vec![]), 0.0).is_none());
    }

    #[test]
    fn steps_drawn_to_one_scale_compare_by_width() {
        let width = |svg: &str| -> f64 {
            let at = svg.find("class=\"timeline-compile\"").unwrap();
            let w = &svg[at..];
            let w = &w[w.find("width=\"").unwrap() + 7..];
            w[..w.find('"').unwrap()].parse().unwrap()
        };
        let short = outcome(vec![timing("app", Some(0.0), 0.3, None)]);
        let long = outcome(vec![timing("app", Some(0.0), 0.6, None)]);
        let scale = [&short, &long]
            .iter()
            .filter_map(|c| end_of(c))
            .fold(0.0, f64::max);
        assert_eq!(scale, 0.6);
        let (a, b) = (
            width(&render("a", &short, scale).unwrap()),
            width(&render("b", &long, scale).unwrap()),
        );
        assert!(
            (b / a - 2.0).abs() < 0.01,
            "0.3 s and 0.6 s drawn as {a} and {b}"
        );
    }
}
