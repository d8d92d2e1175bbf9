//! The image link previews show (`og:image`): the default scenario's chart with the
//! page's title and the answer above it, 1200 × 630, as SVG drawn by the same chart code
//! as the page (turned into PNG by `raster`).

use super::default_outlook;
use super::head::PREVIEW_SIZE;
use crate::chart::{self, wrap, Palette};
use crate::i18n::Catalog;
use crate::markup::escape;
use crate::text;
use plotters::style::RGBColor;

/// Space around the image's content, pixels.
const MARGIN: f64 = 48.0;
/// Font sizes of the title and the answer, pixels.
const TITLE_SIZE: f64 = 42.0;
const ANSWER_SIZE: f64 = 30.0;
/// Bold text is wider than the chart's estimate for regular text.
const BOLD_WIDTH: f64 = 1.12;
/// The chart is drawn at this fraction of its place and scaled up: its labels, sized
/// for a screen, stay readable in a thumbnail.
const CHART_ZOOM: f64 = 2.0;

/// `#RRGGBB`.
fn hex(c: RGBColor) -> String {
    format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}

/// Lines of `text` in bold at `size`, at most `max`, from `y` (the first baseline);
/// returns the lines as SVG and the baseline after them.
fn lines(text: &str, size: f64, max: usize, y: f64, fill: RGBColor) -> (String, f64) {
    let width = f64::from(PREVIEW_SIZE.0) - 2.0 * MARGIN;
    let mut wrapped = wrap(text, width / BOLD_WIDTH, size);
    if wrapped.len() > max {
        wrapped.truncate(max);
        if let Some(last) = wrapped.last_mut() {
            last.push('…');
        }
    }
    let mut svg = String::new();
    let mut baseline = y;
    for line in &wrapped {
        svg.push_str(&format!(
            "<text x=\"{MARGIN}\" y=\"{baseline}\" font-family=\"sans-serif\" font-weight=\"bold\" \
             font-size=\"{size}\" fill=\"{}\">{}</text>",
            hex(fill),
            escape(line)
        ));
        baseline += size * 1.25;
    }
    (svg, baseline)
}

/// The preview image of `t`'s language as an SVG document; `None` when the data set's
/// default scenario has no projection.
pub fn preview_svg(t: &Catalog) -> Option<String> {
    let (r, outlook) = default_outlook(t.data())?;
    let (width, height) = (f64::from(PREVIEW_SIZE.0), f64::from(PREVIEW_SIZE.1));
    let palette = Palette::LIGHT;
    let title = t.text(&t.data().title);
    let answer = text::reached(t, &r.assumptions, outlook.main.reached);
    let (title_svg, below_title) = lines(title, TITLE_SIZE, 2, MARGIN + TITLE_SIZE, palette.text);
    let (answer_svg, below_answer) =
        lines(&answer, ANSWER_SIZE, 2, below_title + 6.0, palette.exports);
    let top = below_answer - ANSWER_SIZE + 12.0;
    let chart_w = ((width - 2.0 * MARGIN) / CHART_ZOOM).round() as u32;
    let chart_h = ((height - top - MARGIN / 2.0) / CHART_ZOOM)
        .max(60.0)
        .round() as u32;
    let chart = text::with_chart(t, &r, &outlook, &[], None, |d| {
        chart::to_svg(d, palette, chart_w, chart_h)
    });
    // The chart's own document, less its root element, scaled into place.
    let body = chart
        .split_once('>')
        .map_or("", |(_, rest)| rest)
        .trim_end()
        .trim_end_matches("</svg>");
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\" viewBox=\"0 0 {} {}\">\
         <rect width=\"100%\" height=\"100%\" fill=\"{}\"/>{title_svg}{answer_svg}\
         <g transform=\"translate({MARGIN} {top}) scale({CHART_ZOOM})\">{body}</g></svg>",
        PREVIEW_SIZE.0,
        PREVIEW_SIZE.1,
        PREVIEW_SIZE.0,
        PREVIEW_SIZE.1,
        hex(palette.background),
    ))
}
