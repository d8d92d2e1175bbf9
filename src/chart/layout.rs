//! The first step of drawing the trade chart: where everything goes. Plain numbers and
//! placed labels, computed without a drawing backend, so that tests can check the
//! placement (labels inside the canvas and clear of each other) without reading SVG.

use super::labels::{line_height, text_width, wrap, Align, Baseline, Label, FONT};
use super::marks::{Swatch, SWATCH_WIDTH};
use super::palette::Ink;
use super::plot_labels::PlotLabels;
use super::scale::{value_ticks, year_step, Frame};
use super::ChartData;
use crate::data::{Point, PointKind};

/// One flow of the chart: its ink, label and values.
pub struct Flow<'a> {
    /// Colour role.
    pub ink: Ink,
    /// Legend label.
    pub label: &'a str,
    /// Line width at scale 1.
    pub width: f64,
    /// Published figures: year, value, kind.
    pub actual: Vec<(i32, f64, PointKind)>,
    /// Projected values from the base year on.
    pub projected: Vec<(i32, f64)>,
}

/// Exports, imports and turnover of the chart, in drawing order.
pub fn flows<'a>(data: &ChartData<'a>) -> [Flow<'a>; 3] {
    let pts = &data.series.points;
    let proj = &data.outlook.projection;
    let pick = |f: fn(&Point) -> Option<f64>, flow_kind: bool| {
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
            ink: Ink::Exports,
            label: &t.exports,
            width: 2.0,
            actual: pick(|p| p.exports, true),
            projected: proj
                .iter()
                .filter_map(|p| p.exports.map(|v| (p.year, v)))
                .collect(),
        },
        Flow {
            ink: Ink::Imports,
            label: &t.imports,
            width: 2.0,
            actual: pick(|p| p.imports, true),
            projected: proj
                .iter()
                .filter_map(|p| p.imports.map(|v| (p.year, v)))
                .collect(),
        },
        Flow {
            ink: Ink::Turnover,
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

/// One legend entry: its swatch (left middle at `at`) and its label.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendEntry {
    /// What the swatch shows.
    pub swatch: Swatch,
    /// Its colour role.
    pub ink: Ink,
    /// Left middle of the swatch, pixels.
    pub at: (f64, f64),
    /// The label right of it.
    pub label: Label,
}

/// Where everything of the trade chart goes, in device pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    /// Device pixels per CSS pixel.
    pub scale: f64,
    /// The caption's title (downloads only).
    pub title: Option<Label>,
    /// Legend entries, in rows from the top.
    pub legend: Vec<LegendEntry>,
    /// The unit above the value axis.
    pub unit: Label,
    /// The caption's notes under the axis (downloads only).
    pub notes: Vec<Label>,
    /// The plot rectangle and its data → pixel mapping.
    pub frame: Frame,
    /// Value axis labels; each grid line runs at its label's y.
    pub value_ticks: Vec<Label>,
    /// Year axis labels.
    pub year_ticks: Vec<Label>,
    /// Left edge of the shaded projected span and its label, when the horizon goes past
    /// the base year.
    pub projection: Option<(i32, Label)>,
    /// The uncertainty bands' level labels.
    pub fan_labels: Vec<Label>,
    /// Pixel y of the target line.
    pub target_y: i32,
    /// The target line's label.
    pub target: Label,
    /// Where the projection crosses the target, and its label.
    pub reached: Option<((i32, i32), Label)>,
}

impl Layout {
    /// Every label of the chart, legend included.
    pub fn labels(&self) -> impl Iterator<Item = &Label> {
        self.title
            .iter()
            .chain(self.legend.iter().map(|e| &e.label))
            .chain([&self.unit, &self.target])
            .chain(&self.notes)
            .chain(&self.value_ticks)
            .chain(&self.year_ticks)
            .chain(self.projection.iter().map(|p| &p.1))
            .chain(&self.fan_labels)
            .chain(self.reached.iter().map(|r| &r.1))
    }
}

/// Below this many CSS pixels wide the legend is compact: tighter, and without the
/// projection and target entries (the plot labels both where they are drawn).
pub const COMPACT_WIDTH: f64 = 480.0;

/// The legend's entries, in order: the flows, projection and target (unless `compact`),
/// fan, pins, then the marker kinds that occur.
fn legend_entries<'a>(
    data: &'a ChartData,
    flows: &[Flow<'a>],
    compact: bool,
) -> Vec<(&'a str, Ink, Swatch)> {
    let t = data.text;
    let mut legend: Vec<(&str, Ink, Swatch)> = flows
        .iter()
        .map(|f| (f.label, f.ink, Swatch::Line))
        .collect();
    if !compact {
        legend.push((&t.projection, Ink::Text, Swatch::Dashed));
        legend.push((&t.target, Ink::Target, Swatch::Dashed));
    }
    if data.fan.is_some() {
        legend.push((&t.fan, Ink::Fan, Swatch::Band));
    }
    for (i, pin) in data.pins.iter().take(3).enumerate() {
        legend.push((&pin.label, Ink::Pin(i), Swatch::Dotted));
    }
    let kinds = || flows.iter().flat_map(|f| f.actual.iter().map(|a| a.2));
    if kinds().any(|k| k == PointKind::LowerBound) {
        legend.push((
            &t.lower_bound,
            Ink::Text,
            Swatch::Marker(PointKind::LowerBound),
        ));
    }
    if kinds().any(|k| matches!(k, PointKind::Approx | PointKind::Derived)) {
        legend.push((&t.approx, Ink::Text, Swatch::Marker(PointKind::Approx)));
    }
    legend
}

/// Lays the chart out on a canvas of `width` × `height` device pixels at `scale`.
pub fn layout(data: &ChartData, (width, height): (f64, f64), scale: f64) -> Layout {
    let s = scale.max(0.25);
    let font = FONT * s;
    let flows = flows(data);
    let pad = 8.0 * s;
    let row_height = line_height(s);
    let mut top_used = pad;
    let title = data.caption.map(|caption| {
        let title_font = font * 1.35;
        top_used += title_font * 1.6;
        Label::new(
            caption.title.clone(),
            (pad as i32, (pad + title_font * 0.6) as i32),
            title_font,
            Align::Left,
            Baseline::Middle,
        )
    });

    // Legend rows at the top, wrapped to the width; a label too long for a row is cut.
    let compact = width / s < COMPACT_WIDTH;
    let (swatch_room, gap) = if compact {
        ((SWATCH_WIDTH + 3.0) * s, 9.0 * s)
    } else {
        ((SWATCH_WIDTH + 4.0) * s, 14.0 * s)
    };
    let (mut x, mut y) = (pad, top_used + row_height / 2.0);
    let legend = legend_entries(data, &flows, compact)
        .into_iter()
        .map(|(label, ink, swatch)| {
            let label = fit(label, width - 2.0 * pad - swatch_room, font);
            let w = swatch_room + text_width(&label, font) + gap;
            if x + w - gap > width - pad && x > pad {
                x = pad;
                y += row_height;
            }
            let entry = LegendEntry {
                swatch,
                ink,
                at: (x, y),
                label: Label::new(
                    label,
                    ((x + swatch_room) as i32, y as i32),
                    font,
                    Align::Left,
                    Baseline::Middle,
                ),
            };
            x += w;
            entry
        })
        .collect();

    // Notes at the bottom, then the plot frame between legend and notes.
    let note_font = font * 0.9;
    let note_lines: Vec<String> = data.caption.map_or(Vec::new(), |c| {
        c.notes
            .iter()
            .flat_map(|n| wrap(n, width - 2.0 * pad, note_font))
            .collect()
    });
    let notes_height = note_lines.len() as f64 * font * 1.3;
    let notes = note_lines
        .into_iter()
        .enumerate()
        .map(|(i, line)| {
            let y = height - pad - notes_height + (i as f64 + 0.5) * font * 1.3;
            Label::new(
                line,
                (pad as i32, y as i32),
                note_font,
                Align::Left,
                Baseline::Middle,
            )
        })
        .collect();
    let base = data.outlook.base.year;
    let years = (
        data.series.points.first().map_or(base, |p| p.year),
        data.last_year.max(base),
    );
    let max = value_max(data, &flows);
    let unit_y = y + row_height;
    let top = unit_y + font;
    let bottom = height - font * 2.0 - notes_height - if notes_height > 0.0 { pad } else { 0.0 };
    let numbers = &data.text.numbers;
    let ticks = value_ticks(max, ((bottom - top) / (45.0 * s)).max(2.0) as usize);
    let label_w = ticks
        .iter()
        .map(|v| text_width(&numbers.grouped(*v, 0), font))
        .fold(0.0, f64::max);
    let frame = Frame {
        left: pad + label_w + 6.0 * s,
        top,
        right: width - pad - 4.0 * s,
        bottom,
        years,
        max: *ticks.last().unwrap_or(&max),
    };
    let unit = Label::new(
        data.text.unit.clone(),
        (pad as i32, unit_y as i32),
        font,
        Align::Left,
        Baseline::Middle,
    );

    let value_ticks = ticks
        .iter()
        .map(|v| {
            Label::new(
                numbers.grouped(*v, 0),
                ((frame.left - 6.0 * s) as i32, frame.y(*v)),
                font,
                Align::Right,
                Baseline::Middle,
            )
        })
        .collect();
    let step = year_step(
        years.1 - years.0,
        frame.right - frame.left,
        text_width("2030", font) + 10.0 * s,
    );
    let year_ticks = (years.0..=years.1)
        .filter(|y| y % step == 0)
        .map(|year| {
            Label::new(
                year.to_string(),
                (frame.x(f64::from(year)), (frame.bottom + 8.0 * s) as i32),
                font,
                Align::Center,
                Baseline::Top,
            )
        })
        .collect();
    let target_y = frame.y(data.target);
    let plot = PlotLabels::place(data, &frame, target_y, s);
    Layout {
        scale: s,
        title,
        legend,
        unit,
        notes,
        frame,
        value_ticks,
        year_ticks,
        projection: plot.projection,
        fan_labels: plot.fan,
        target_y,
        target: plot.target,
        reached: plot.reached,
    }
}

/// `text`, cut with "…" to fit `width` at font size `size` (estimated).
fn fit(text: &str, width: f64, size: f64) -> String {
    if text_width(text, size) <= width {
        return text.to_string();
    }
    let keep = ((width / text_width("x", size)) as usize).saturating_sub(1);
    let cut: String = text.chars().take(keep).collect();
    format!("{}…", cut.trim_end())
}
