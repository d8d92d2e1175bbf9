//! The trade chart, drawn with plotters on any `DrawingBackend` (recorded canvas
//! operations in the browser, SVG in tests and downloads).
//!
//! Text is placed with anchors and widths are estimated, never measured: plotters'
//! measuring on wasm inserts a DOM element per label, a forced layout on every redraw.

mod canvas_ops;
mod palette;
mod scale;
mod shares;

pub use canvas_ops::{CanvasOps, Drawing, Painter};
pub use palette::Palette;
pub use scale::{consecutive_runs, nice_step, value_ticks, year_step, Frame};
pub use shares::{draw_shares, shares_height, shares_svg};

use crate::data::{PointKind, Series};
use crate::format::Numbers;
use crate::model::{Fan, Outlook};
use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Words drawn on the chart, supplied by the caller (so they can be translated).
#[derive(Clone, Debug, PartialEq)]
pub struct ChartText {
    /// Legend: exports line.
    pub exports: String,
    /// Legend: imports line.
    pub imports: String,
    /// Legend: turnover line.
    pub turnover: String,
    /// Label of the shaded projected span and legend of dashed lines.
    pub projection: String,
    /// Label of the target line, e.g. "Target: $1 billion".
    pub target: String,
    /// Label of the crossing marker, e.g. "reached 2027"; empty when not reached.
    pub reached: String,
    /// Axis unit, e.g. "US$ million".
    pub unit: String,
    /// Legend: hollow circle (approximate or derived figure).
    pub approx: String,
    /// Legend: hollow triangle (lower bound).
    pub lower_bound: String,
    /// Legend: the uncertainty bands, e.g. "50/80/95% ranges".
    pub fan: String,
    /// How the language writes the axis numbers.
    pub numbers: Numbers,
}

/// A pinned scenario's projected turnover, drawn muted for comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct PinLine {
    /// The reader's name for it.
    pub label: String,
    /// (year, turnover) from its base year on.
    pub points: Vec<(i32, f64)>,
}

/// What one chart shows.
#[derive(Clone, Copy, Debug)]
pub struct ChartData<'a> {
    /// The actual figures.
    pub series: &'a Series,
    /// The projection and its answers.
    pub outlook: &'a Outlook,
    /// Target, US$ million.
    pub target: f64,
    /// Last year drawn.
    pub last_year: i32,
    /// Words on the chart.
    pub text: &'a ChartText,
    /// Uncertainty bands around the projected turnover, when shown.
    pub fan: Option<&'a Fan>,
    /// Pinned scenarios (at most three are coloured apart).
    pub pins: &'a [PinLine],
    /// Title above and notes below, for images that travel without the page.
    pub caption: Option<&'a Caption>,
}

/// The words around a downloaded chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Caption {
    /// Drawn above the legend, larger.
    pub title: String,
    /// Drawn under the axis, wrapped: the source line and the scenario.
    pub notes: Vec<String>,
}

/// Splits `text` into lines no wider than `width` at font size `size` (estimated), at
/// spaces but never at a no-break space ("$714\u{a0}million", "1\u{a0}000").
fn wrap(text: &str, width: f64, size: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let breaks = |c: char| c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{2007}' | '\u{202f}');
    for word in text.split(breaks).filter(|w| !w.is_empty()) {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if text_width(&candidate, size) > width && !line.is_empty() {
            lines.push(std::mem::replace(&mut line, word.to_string()));
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// How the chart is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChartStyle {
    /// Device pixels per CSS pixel: every size is multiplied by it.
    pub scale: f64,
    /// Colours.
    pub palette: Palette,
    /// Leave the background unpainted (the host page shows through).
    pub transparent: bool,
}

/// Font size of every label, CSS pixels.
const FONT: f64 = 12.0;
/// Average glyph width of the sans-serif font, in font sizes.
const GLYPH_WIDTH: f64 = 0.58;

/// Height of one row of text at `scale`, pixels.
fn line_height(scale: f64) -> f64 {
    FONT * scale * 1.6
}

/// Estimated width of `text` at font size `size`.
fn text_width(text: &str, size: f64) -> f64 {
    text.chars().count() as f64 * size * GLYPH_WIDTH
}

/// One flow of the chart: its colour, label and values.
struct Flow<'a> {
    color: RGBColor,
    label: &'a str,
    width: f64,
    actual: Vec<(i32, f64, PointKind)>,
    projected: Vec<(i32, f64)>,
}

fn flows<'a>(data: &ChartData<'a>, palette: &Palette) -> [Flow<'a>; 3] {
    let pts = &data.series.points;
    let proj = &data.outlook.projection;
    let pick = |f: fn(&crate::data::Point) -> Option<f64>, flow_kind: bool| {
        pts.iter()
            .filter_map(|p| {
                let kind = if flow_kind { p.flow_kind() } else { p.kind };
                f(p).map(|v| (p.year, v, kind))
            })
            .collect::<Vec<_>>()
    };
    let t = data.text;
    [
        Flow {
            color: palette.exports,
            label: &t.exports,
            width: 2.0,
            actual: pick(|p| p.exports, true),
            projected: proj
                .iter()
                .filter_map(|p| p.exports.map(|v| (p.year, v)))
                .collect(),
        },
        Flow {
            color: palette.imports,
            label: &t.imports,
            width: 2.0,
            actual: pick(|p| p.imports, true),
            projected: proj
                .iter()
                .filter_map(|p| p.imports.map(|v| (p.year, v)))
                .collect(),
        },
        Flow {
            color: palette.turnover,
            label: &t.turnover,
            width: 3.0,
            actual: pick(|p| p.turnover, false),
            projected: proj.iter().map(|p| (p.year, p.turnover)).collect(),
        },
    ]
}

/// The top of the value axis: room for the history and the target, and for the
/// projection up to twice that, beyond which projected lines are cut off (so a steep
/// projection never flattens the history).
fn value_max(data: &ChartData, flows: &[Flow]) -> f64 {
    let actual_max = flows
        .iter()
        .flat_map(|f| f.actual.iter().map(|a| a.1))
        .fold(0.0, f64::max);
    let anchor = actual_max.max(data.target);
    let pinned = data
        .pins
        .iter()
        .flat_map(|p| p.points.iter().map(|pt| pt.1));
    let projected_max = flows
        .iter()
        .flat_map(|f| f.projected.iter().map(|p| p.1))
        .chain(pinned)
        .fold(0.0, f64::max);
    (anchor * 1.1).max(projected_max.min(anchor * 2.0))
}

/// Draws the chart onto `area`, filling it, presents it (a backend that gathers shapes
/// paints what it holds; the SVG backend closes its document) and returns the plot
/// frame (to map a pointer back to a year). Errors are the backend's.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &ChartData,
    style: &ChartStyle,
) -> Result<Frame, DrawingAreaErrorKind<DB::ErrorType>> {
    let s = style.scale.max(0.25);
    let pal = &style.palette;
    let (width, height) = area.dim_in_pixel();
    let (width, height) = (f64::from(width), f64::from(height));
    let font = FONT * s;
    let text_style = |color, h, v| label_style(font, color, h, v);
    if !style.transparent {
        area.fill(&pal.background)?;
    }
    let flows = flows(data, pal);

    // Legend rows at the top, wrapped to the width.
    let mut legend: Vec<(&str, RGBColor, Swatch)> = flows
        .iter()
        .map(|f| (f.label, f.color, Swatch::Line))
        .collect();
    legend.push((&data.text.projection, pal.text, Swatch::Dashed));
    legend.push((&data.text.target, pal.target, Swatch::Dashed));
    if data.fan.is_some() {
        legend.push((&data.text.fan, pal.fan, Swatch::Band));
    }
    for (pin, color) in data.pins.iter().zip(pal.pins) {
        legend.push((&pin.label, color, Swatch::Dotted));
    }
    let kinds = || flows.iter().flat_map(|f| f.actual.iter().map(|a| a.2));
    if kinds().any(|k| k == PointKind::LowerBound) {
        legend.push((
            &data.text.lower_bound,
            pal.text,
            Swatch::Marker(PointKind::LowerBound),
        ));
    }
    if kinds().any(|k| matches!(k, PointKind::Approx | PointKind::Derived)) {
        legend.push((
            &data.text.approx,
            pal.text,
            Swatch::Marker(PointKind::Approx),
        ));
    }
    let pad = 8.0 * s;
    let row_height = line_height(s);
    let mut top_used = pad;
    if let Some(caption) = data.caption {
        let title_font = font * 1.35;
        area.draw(&Text::new(
            caption.title.clone(),
            (pad as i32, (pad + title_font * 0.6) as i32),
            label_style(title_font, &pal.text, HPos::Left, VPos::Center),
        ))?;
        top_used += title_font * 1.6;
    }
    let note_lines: Vec<String> = data.caption.map_or(Vec::new(), |c| {
        c.notes
            .iter()
            .flat_map(|n| wrap(n, width - 2.0 * pad, font * 0.9))
            .collect()
    });
    let (mut x, mut y) = (pad, top_used + row_height / 2.0);
    for (label, color, swatch) in legend {
        let w = 22.0 * s + text_width(label, font) + 14.0 * s;
        if x + w > width - pad && x > pad {
            x = pad;
            y += row_height;
        }
        draw_swatch(area, (x, y), swatch, color, pal.background, s)?;
        area.draw(&Text::new(
            label.to_string(),
            ((x + 22.0 * s) as i32, y as i32),
            text_style(&pal.text, HPos::Left, VPos::Center),
        ))?;
        x += w;
    }

    // Plot frame.
    let years = (
        data.series
            .points
            .first()
            .map_or(data.outlook.base.year, |p| p.year),
        data.last_year.max(data.outlook.base.year),
    );
    let max = value_max(data, &flows);
    let unit_y = y + row_height;
    let top = unit_y + font;
    let notes_height = note_lines.len() as f64 * font * 1.3;
    let bottom = height - font * 2.0 - notes_height - if note_lines.is_empty() { 0.0 } else { pad };
    for (i, note) in note_lines.iter().enumerate() {
        area.draw(&Text::new(
            note.clone(),
            (
                pad as i32,
                (height - pad - notes_height + (i as f64 + 0.5) * font * 1.3) as i32,
            ),
            label_style(font * 0.9, &pal.text, HPos::Left, VPos::Center),
        ))?;
    }
    let rough_ticks = value_ticks(max, ((bottom - top) / (45.0 * s)).max(2.0) as usize);
    let label_w = rough_ticks
        .iter()
        .map(|v| text_width(&data.text.numbers.grouped(*v, 0), font))
        .fold(0.0, f64::max);
    let frame = Frame {
        left: pad + label_w + 6.0 * s,
        top,
        right: width - pad - 4.0 * s,
        bottom,
        years,
        max: *rough_ticks.last().unwrap_or(&max),
    };
    area.draw(&Text::new(
        data.text.unit.clone(),
        (pad as i32, unit_y as i32),
        text_style(&pal.text, HPos::Left, VPos::Center),
    ))?;

    // Projected span, shaded and labelled.
    let base = data.outlook.base.year;
    if data.last_year > base {
        let x0 = frame.x(f64::from(base));
        let x1 = frame.right as i32;
        area.draw(&Rectangle::new(
            [(x0, frame.top as i32), (x1, frame.bottom as i32)],
            pal.projection.filled(),
        ))?;
        area.draw(&Text::new(
            format!("{} →", data.text.projection),
            (x0 + (4.0 * s) as i32, (frame.top + font * 0.9) as i32),
            text_style(&pal.text, HPos::Left, VPos::Center),
        ))?;
    }

    if let Some(fan) = data.fan {
        draw_fan(area, &frame, fan, pal, font, &data.text.numbers)?;
    }

    // Grid and value labels.
    let line = |c: &RGBColor, w: f64| c.stroke_width((w * s).round().max(1.0) as u32);
    for v in &rough_ticks {
        let y = frame.y(*v);
        area.draw(&PathElement::new(
            vec![(frame.left as i32, y), (frame.right as i32, y)],
            line(&pal.grid, 1.0),
        ))?;
        area.draw(&Text::new(
            data.text.numbers.grouped(*v, 0),
            ((frame.left - 6.0 * s) as i32, y),
            text_style(&pal.text, HPos::Right, VPos::Center),
        ))?;
    }
    let step = year_step(
        years.1 - years.0,
        frame.right - frame.left,
        text_width("2030", font) + 10.0 * s,
    );
    for year in (years.0..=years.1).filter(|y| y % step == 0) {
        area.draw(&Text::new(
            year.to_string(),
            (frame.x(f64::from(year)), (frame.bottom + 6.0 * s) as i32),
            text_style(&pal.text, HPos::Center, VPos::Top),
        ))?;
    }

    // Target line, label and crossing.
    let ty = frame.y(data.target);
    area.draw(&DashedPathElement::new(
        vec![(frame.left as i32, ty), (frame.right as i32, ty)],
        (8.0 * s) as i32,
        (4.0 * s) as i32,
        line(&pal.target, 1.5),
    ))?;
    area.draw(&Text::new(
        data.text.target.clone(),
        ((frame.left + 4.0 * s) as i32, ty - (4.0 * s) as i32),
        text_style(&pal.target, HPos::Left, VPos::Bottom),
    ))?;

    // Pinned scenarios (dotted), then projections (dashed), under the actual lines.
    for (pin, color) in data.pins.iter().zip(pal.pins) {
        for run in frame.clipped_runs(&pin.points) {
            area.draw(&DashedPathElement::new(
                run,
                (2.0 * s) as i32,
                (3.0 * s) as i32,
                line(&color, 2.0),
            ))?;
        }
    }
    for flow in &flows {
        for run in frame.clipped_runs(&flow.projected) {
            area.draw(&DashedPathElement::new(
                run,
                (6.0 * s) as i32,
                (4.0 * s) as i32,
                line(&flow.color, flow.width),
            ))?;
        }
    }
    // Actual lines with markers; a missing year is a gap.
    for flow in &flows {
        let values: Vec<(i32, f64)> = flow.actual.iter().map(|a| (a.0, a.1)).collect();
        for run in consecutive_runs(&values)
            .into_iter()
            .filter(|r| r.len() > 1)
        {
            let pts: Vec<(i32, i32)> = run.iter().map(|(y, v)| frame.at(*y, *v)).collect();
            area.draw(&PathElement::new(pts, line(&flow.color, flow.width)))?;
        }
        for (year, value, kind) in &flow.actual {
            draw_marker(
                area,
                frame.at(*year, *value),
                *kind,
                flow.color,
                pal.background,
                s,
            )?;
        }
    }

    if let Some(year) = data.outlook.main.reached {
        let at = (frame.x(f64::from(year)), ty);
        area.draw(&Circle::new(at, (5.0 * s) as i32, pal.target.filled()))?;
        area.draw(&Text::new(
            data.text.reached.clone(),
            (at.0, ty + (8.0 * s) as i32),
            text_style(&pal.target, HPos::Center, VPos::Top),
        ))?;
    }
    area.present()?;
    Ok(frame)
}

/// The nested bands of the fan, widest first, each labelled at its right end.
fn draw_fan<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    frame: &Frame,
    fan: &Fan,
    pal: &Palette,
    font: f64,
    numbers: &Numbers,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let small = font * 0.85;
    for band in &fan.bands {
        let upper = band
            .edges
            .iter()
            .map(|(y, _, hi)| frame.at(*y, hi.min(frame.max)));
        let lower = band
            .edges
            .iter()
            .rev()
            .map(|(y, lo, _)| frame.at(*y, lo.min(frame.max)));
        let outline: Vec<(i32, i32)> = upper.chain(lower).collect();
        area.draw(&Polygon::new(outline, pal.fan.mix(0.09).filled()))?;
        // Labelled at the last year whose upper edge is on the chart.
        if let Some((year, _, high)) = band.edges.iter().rev().find(|e| e.2 < frame.max) {
            area.draw(&Text::new(
                numbers.percent((band.level * 100.0).round()),
                (frame.x(f64::from(*year)), frame.y(*high) - 2),
                label_style(small, &pal.text, HPos::Right, VPos::Bottom),
            ))?;
        }
    }
    Ok(())
}

/// The style of every label: sans-serif at `size`, anchored at (h, v).
/// (The family as an enum: plotters reads a family name with `to_lowercase`, which
/// brings core's 12 KB Unicode case table into the .wasm.)
fn label_style(size: f64, color: &RGBColor, h: HPos, v: VPos) -> TextStyle<'_> {
    TextStyle::from((FontFamily::SansSerif, size).into_font())
        .color(color)
        .pos(Pos::new(h, v))
}

/// A point marker: filled circle for a reported figure, hollow circle for an
/// approximate or derived one, hollow up-triangle for a lower bound.
fn draw_marker<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    (x, y): (i32, i32),
    kind: PointKind,
    color: RGBColor,
    background: RGBColor,
    s: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let r = (3.5 * s).round() as i32;
    let stroke = color.stroke_width((1.5 * s).round().max(1.0) as u32);
    match kind {
        PointKind::Reported => area.draw(&Circle::new((x, y), r, color.filled())),
        PointKind::Approx | PointKind::Derived => {
            area.draw(&Circle::new((x, y), r + 1, background.filled()))?;
            area.draw(&Circle::new((x, y), r + 1, stroke))
        }
        PointKind::LowerBound => {
            let r = r + 2;
            let pts = vec![
                (x, y - r),
                (x + r, y + r - 1),
                (x - r, y + r - 1),
                (x, y - r),
            ];
            area.draw(&Polygon::new(pts.clone(), background.filled()))?;
            area.draw(&PathElement::new(pts, stroke))
        }
    }
}

/// What a legend entry shows at its left.
#[derive(Clone, Copy)]
enum Swatch {
    /// A solid line with a dot: an actual series.
    Line,
    /// A dashed line: projections and the target.
    Dashed,
    /// A dotted line: pinned scenarios.
    Dotted,
    /// A translucent block: the uncertainty bands.
    Band,
    /// A point marker of a kind.
    Marker(PointKind),
}

/// Draws a legend swatch whose left middle is at (x, y).
fn draw_swatch<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    (x, y): (f64, f64),
    swatch: Swatch,
    color: RGBColor,
    background: RGBColor,
    s: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let (x0, x1, y) = (x as i32, (x + 18.0 * s) as i32, y as i32);
    let stroke = color.stroke_width((2.0 * s).round().max(1.0) as u32);
    let mid = (x0 + x1) / 2;
    match swatch {
        Swatch::Line => {
            area.draw(&PathElement::new(vec![(x0, y), (x1, y)], stroke))?;
            area.draw(&Circle::new((mid, y), (3.0 * s) as i32, color.filled()))
        }
        Swatch::Dashed => area.draw(&DashedPathElement::new(
            vec![(x0, y), (x1, y)],
            (5.0 * s) as i32,
            (3.0 * s) as i32,
            stroke,
        )),
        Swatch::Dotted => area.draw(&DashedPathElement::new(
            vec![(x0, y), (x1, y)],
            (2.0 * s) as i32,
            (3.0 * s) as i32,
            stroke,
        )),
        Swatch::Band => {
            let h = (5.0 * s) as i32;
            for level in 1..=3 {
                let inset = h * (3 - level) / 3;
                area.draw(&Rectangle::new(
                    [(x0, y - h + inset), (x1, y + h - inset)],
                    color.mix(0.09).filled(),
                ))?;
            }
            Ok(())
        }
        Swatch::Marker(kind) => draw_marker(area, (mid, y), kind, color, background, s),
    }
}

/// The chart as an SVG document of `width` × `height` pixels.
pub fn to_svg(data: &ChartData, palette: Palette, width: u32, height: u32) -> String {
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        let style = ChartStyle {
            scale: 1.0,
            palette,
            transparent: false,
        };
        // The SVG backend writes to a String and cannot fail.
        let _ = draw(&area, data, &style);
    }
    svg
}

#[cfg(test)]
mod tests;
