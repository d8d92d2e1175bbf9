//! The charts' tests: what they show (`drawing`), where everything goes (`layout`), and
//! when a canvas drawing is handed to the painter (`painting`); the helpers they share.

use super::*;
use crate::data::shipped;

mod drawing;
mod layout;
mod painting;

/// The shipped data set's series: Uzbek, then Belarusian statistics.
const UZ: usize = 0;
const BY: usize = 1;

fn text(reached: &str) -> ChartText {
    ChartText {
        exports: "Exports".into(),
        imports: "Imports".into(),
        turnover: "Turnover".into(),
        projection: "projection".into(),
        target: "Target: $1\u{a0}billion".into(),
        reached: reached.into(),
        unit: "US$ million".into(),
        approx: "≈ approximate".into(),
        lower_bound: "> lower bound".into(),
        fan: "50/80/95% ranges".into(),
        numbers: crate::i18n::english().numbers(),
    }
}

fn svg(series: usize, base_year: i32, growth_pct: f64) -> String {
    svg_with(series, base_year, growth_pct, false, &[])
}

/// The chart as an 800 × 450 SVG.
fn svg_with(
    series: usize,
    base_year: i32,
    growth_pct: f64,
    with_fan: bool,
    pins: &[PinLine],
) -> String {
    with_data(series, base_year, growth_pct, with_fan, pins, None, |d| {
        to_svg(d, Palette::LIGHT, 800, 450)
    })
}

/// Calls `f` with what the chart of `series` from `base_year` at `growth_pct` shows.
fn with_data<R>(
    series: usize,
    base_year: i32,
    growth_pct: f64,
    with_fan: bool,
    pins: &[PinLine],
    caption: Option<&Caption>,
    f: impl FnOnce(&ChartData) -> R,
) -> R {
    let series = shipped().series(series);
    let a = crate::model::tests::assumptions(base_year, growth_pct);
    let outlook = Outlook::compute(series, &a).unwrap();
    let reached = outlook
        .main
        .reached
        .map_or(String::new(), |y| format!("reached {y}"));
    let t = text(&reached);
    f(&ChartData {
        series,
        outlook: &outlook,
        target: a.target,
        last_year: a.last_year,
        text: &t,
        fan: outlook.fan.as_ref().filter(|_| with_fan),
        pins,
        caption,
    })
}

/// True when the SVG has a `<text>` element reading exactly `label`.
fn has_text(svg: &str, label: &str) -> bool {
    let escaped = label
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    svg.contains(&format!(">\n{escaped}\n</text>"))
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}
