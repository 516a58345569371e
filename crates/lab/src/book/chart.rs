//! A small inline SVG bar chart of step times: no JavaScript, no external files, so it
//! renders from `file://` and in any browser.

use std::fmt::Write as _;

use crate::html::escape;

/// The fill colour of the bars; tests look for it in screenshots.
pub const BAR_COLOUR: &str = "#1c7ed6";

/// One bar: a label and a duration in seconds, with the part of it spent linking.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// The label left of the bar.
    pub label: String,
    /// The value, in seconds.
    pub seconds: f64,
    /// Of which in the linker, drawn in the link's colour at the bar's end.
    pub link: f64,
}

/// Renders horizontal bars, one per entry, scaled to the largest value.
pub fn render(title: &str, bars: &[Bar]) -> String {
    const LABEL_W: f64 = 260.0;
    const BAR_W: f64 = 300.0;
    const ROW_H: f64 = 22.0;
    let max = bars.iter().map(|b| b.seconds).fold(0.0_f64, f64::max);
    let height = ROW_H * bars.len() as f64 + 8.0;
    let width = LABEL_W + BAR_W + 70.0;
    let mut svg = String::new();
    svg.push_str(&crate::html::svg_open(
        r#"class="rebuild-chart""#,
        width,
        height,
        title,
    ));
    for (i, bar) in bars.iter().enumerate() {
        let y = 4.0 + ROW_H * i as f64;
        let w = if max > 0.0 {
            (bar.seconds / max * BAR_W).max(1.0)
        } else {
            1.0
        };
        let label = crate::html::shorten(&bar.label, 38);
        let _ = write!(
            svg,
            r#"<text x="{:.0}" y="{:.0}" text-anchor="end" font-size="12" fill="currentColor">{}</text><rect x="{LABEL_W}" y="{:.0}" width="{w:.1}" height="{:.0}" fill="{BAR_COLOUR}"/><text x="{:.1}" y="{:.0}" font-size="12" fill="currentColor">{:.2}s</text>"#,
            LABEL_W - 8.0,
            y + 14.0,
            escape(&label),
            y + 2.0,
            ROW_H - 6.0,
            LABEL_W + w + 6.0,
            y + 14.0,
            bar.seconds
        );
        if bar.link > 0.0 && max > 0.0 {
            let lw = (bar.link.min(bar.seconds) / max * BAR_W).max(1.0);
            let _ = write!(
                svg,
                r#"<rect class="chart-link" x="{:.1}" y="{:.0}" width="{lw:.1}" height="{:.0}" fill="{}"><title>link {:.2}s</title></rect>"#,
                LABEL_W + w - lw,
                y + 2.0,
                ROW_H - 6.0,
                super::timeline::LINK_COLOUR,
                bar.link
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
    fn bars_scale_to_the_largest_value() {
        let svg = render(
            "times",
            &[
                Bar {
                    link: 0.0,
                    label: "cold".into(),
                    seconds: 4.0,
                },
                Bar {
                    link: 0.0,
                    label: "touch <a>".into(),
                    seconds: 1.0,
                },
            ],
        );
        assert!(svg.starts_with("<svg"));
        assert!(svg.contains(r#"width="300.0""#), "{svg}");
        assert!(svg.contains(r#"width="75.0""#), "{svg}");
        assert!(svg.contains("touch &lt;a&gt;"));
        assert!(svg.contains("4.00s") && svg.contains("1.00s"));
    }

    #[test]
    fn zero_times_still_draw_a_sliver() {
        let svg = render(
            "t",
            &[Bar {
                link: 0.0,
                label: "x".into(),
                seconds: 0.0,
            }],
        );
        assert!(svg.contains(r#"width="1.0""#));
    }
}
