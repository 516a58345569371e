//! Inline SVG charts for the report pages: no script, no font or file to fetch.

use std::fmt::Write as _;

use crate::html::escape;

/// Colour of the time in rustc.
pub const RUSTC_COLOUR: &str = "#1c7ed6";
/// Colour of the time in the linker.
pub const LINK_COLOUR: &str = "#f08c00";
/// Colour of the rest of a step (cargo itself, build scripts, waiting).
pub const OTHER_COLOUR: &str = "#adb5bd";
/// Colours of the machines in a comparison, in order (then repeated).
pub const MACHINE_COLOURS: &[&str] = &[
    "#1c7ed6", "#e8590c", "#2f9e44", "#ae3ec9", "#f59f00", "#0c8599", "#c2255c", "#5c940d",
];

const LABEL_W: f64 = 300.0;
const BAR_W: f64 = 360.0;
const ROW_H: f64 = 24.0;
const VALUE_W: f64 = 90.0;

/// One step's bar: wall time split into rustc, link and the rest.
#[derive(Debug, Clone, PartialEq)]
pub struct SplitBar {
    /// Shown left of the bar.
    pub label: String,
    /// The step's number (the bar's `data-step`).
    pub step: usize,
    /// Wall time in seconds.
    pub seconds: f64,
    /// Seconds in rustc, summed over crates.
    pub compile: f64,
    /// Seconds in the linker.
    pub link: f64,
}

/// The opening of a chart: its class, the experiment it shows, its height, and a
/// title for screen readers and tooltips.
fn open_svg(class: &str, experiment: &str, height: f64, title: &str) -> String {
    let width = LABEL_W + BAR_W + VALUE_W;
    crate::html::svg_open(
        &format!(
            r#"class="{class}" data-experiment="{}""#,
            escape(experiment)
        ),
        width,
        height,
        title,
    )
}

/// A row's label, right-aligned left of the bars at baseline `y`.
fn row_label(svg: &mut String, y: f64, label: &str) {
    let _ = write!(
        svg,
        r#"<text x="{}" y="{y}" text-anchor="end" font-size="12">{}</text>"#,
        LABEL_W - 8.0,
        escape(&crate::html::shorten(label, 42))
    );
}

/// Horizontal bars, one per step, each split into the link time, the rustc time (up to
/// the wall time that is left: parallel crates can sum to more) and the rest.
pub fn split_bars(experiment: &str, bars: &[SplitBar]) -> String {
    let max = bars.iter().map(|b| b.seconds).fold(0.0_f64, f64::max);
    let scale = |s: f64| if max > 0.0 { s / max * BAR_W } else { 0.0 };
    let mut svg = open_svg(
        "steps",
        experiment,
        ROW_H * bars.len() as f64 + 8.0,
        &format!("Step times of {experiment}"),
    );
    for (i, bar) in bars.iter().enumerate() {
        let y = 4.0 + ROW_H * i as f64;
        let link = bar.link.min(bar.seconds);
        let compile = bar.compile.min(bar.seconds - link);
        let other = (bar.seconds - link - compile).max(0.0);
        let _ = write!(
            svg,
            r#"<g class="bar" data-step="{}"><title>{}: {:.2}s in all; rustc {:.2}s (summed over crates), link {:.2}s</title>"#,
            bar.step,
            escape(&bar.label),
            bar.seconds,
            bar.compile,
            bar.link
        );
        row_label(&mut svg, y + 15.0, &bar.label);
        let mut x = LABEL_W;
        for (part, seconds, colour) in [
            ("rustc", compile, RUSTC_COLOUR),
            ("link", link, LINK_COLOUR),
            ("other", other, OTHER_COLOUR),
        ] {
            let w = scale(seconds);
            if w <= 0.0 {
                continue;
            }
            let _ = write!(
                svg,
                r#"<rect class="{part}" x="{x:.1}" y="{}" width="{w:.1}" height="{}" fill="{colour}"/>"#,
                y + 2.0,
                ROW_H - 6.0
            );
            x += w;
        }
        let _ = write!(
            svg,
            r#"<text x="{:.1}" y="{}" font-size="12">{:.2}s</text></g>"#,
            x + 6.0,
            y + 15.0,
            bar.seconds
        );
    }
    svg.push_str("</svg>");
    svg
}

/// One step across machines: a value per machine (`None` where it has none).
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// Shown left of the group.
    pub label: String,
    /// The step's number.
    pub step: usize,
    /// One value per machine, in the comparison's order.
    pub values: Vec<Option<f64>>,
}

/// Grouped horizontal bars: for each step, one bar per machine, with the value shown
/// as a multiple of that machine's cold build.
pub fn grouped_bars(experiment: &str, groups: &[Group]) -> String {
    let machines = groups.first().map_or(0, |g| g.values.len());
    let bar_h = 12.0;
    let group_h = bar_h * machines as f64 + 10.0;
    let max = groups
        .iter()
        .flat_map(|g| g.values.iter().flatten())
        .fold(0.0_f64, |a, b| a.max(*b));
    let scale = |v: f64| {
        if max > 0.0 {
            (v / max * BAR_W).max(1.0)
        } else {
            1.0
        }
    };
    let mut svg = open_svg(
        "compare",
        experiment,
        group_h * groups.len() as f64 + 8.0,
        &format!("{experiment}, each machine against its own cold build"),
    );
    for (i, group) in groups.iter().enumerate() {
        let y0 = 4.0 + group_h * i as f64;
        row_label(&mut svg, y0 + group_h / 2.0, &group.label);
        for (m, value) in group.values.iter().enumerate() {
            let Some(v) = value else { continue };
            let y = y0 + bar_h * m as f64;
            let colour = MACHINE_COLOURS[m % MACHINE_COLOURS.len()];
            let w = scale(*v);
            let _ = write!(
                svg,
                r#"<g class="bar" data-step="{}" data-machine="{m}"><title>machine {}: {v:.3}× its cold build</title><rect x="{LABEL_W}" y="{y:.1}" width="{w:.1}" height="{}" fill="{colour}"/><text x="{:.1}" y="{:.1}" font-size="10">{v:.2}×</text></g>"#,
                group.step,
                m + 1,
                bar_h - 2.0,
                LABEL_W + w + 4.0,
                y + bar_h - 3.0
            );
        }
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_split_bar_never_draws_more_than_its_wall_time() {
        let svg = split_bars(
            "x",
            &[SplitBar {
                label: "build".into(),
                step: 1,
                seconds: 2.0,
                compile: 3.0,
                link: 0.5,
            }],
        );
        // Link 0.5 of 2.0, rustc the 1.5 left, no "other".
        assert!(
            svg.contains(r#"class="link" x="570.0" y="6" width="90.0""#),
            "{svg}"
        );
        assert!(
            svg.contains(r#"class="rustc" x="300.0" y="6" width="270.0""#),
            "{svg}"
        );
        assert!(!svg.contains(r#"class="other""#), "{svg}");
        assert_eq!(svg.matches(r#"<g class="bar""#).count(), 1);
    }
}
