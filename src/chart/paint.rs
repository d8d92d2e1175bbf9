//! The second step of drawing the trade chart: the layout and the lines, onto a
//! backend.

use super::labels::Label;
use super::layout::{flows, Layout};
use super::marks::{draw_marker, draw_swatch};
use super::scale::{consecutive_runs, Frame};
use super::{ChartData, ChartStyle, Palette};
use crate::model::Fan;
use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;

type Drawn<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// Paints `layout` and the chart's lines onto `area`, back to front: background, texts
/// around the plot, projected span, fan, grid, axes, target, pinned scenarios,
/// projections, the actual lines with their markers, and the crossing.
pub fn paint<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &ChartData,
    layout: &Layout,
    style: &ChartStyle,
) -> Drawn<DB> {
    let s = layout.scale;
    let pal = &style.palette;
    let frame = &layout.frame;
    if !style.transparent {
        area.fill(&pal.background)?;
    }
    let draw_all = |labels: &[Label]| labels.iter().try_for_each(|l| l.draw(area, pal));
    if let Some(title) = &layout.title {
        title.draw(area, pal)?;
    }
    for entry in &layout.legend {
        let color = pal.ink(entry.ink);
        draw_swatch(area, entry.at, entry.swatch, color, pal.background, s)?;
        entry.label.draw(area, pal)?;
    }
    draw_all(&layout.notes)?;
    layout.unit.draw(area, pal)?;
    if let Some((x0, label)) = &layout.projection {
        area.draw(&Rectangle::new(
            [
                (*x0, frame.top as i32),
                (frame.right as i32, frame.bottom as i32),
            ],
            pal.projection.filled(),
        ))?;
        label.draw(area, pal)?;
    }
    if let Some(fan) = data.fan {
        paint_fan(area, frame, fan, pal)?;
        draw_all(&layout.fan_labels)?;
    }
    let line = |c: &RGBColor, w: f64| c.stroke_width((w * s).round().max(1.0) as u32);
    for tick in &layout.value_ticks {
        let y = tick.at.1;
        area.draw(&PathElement::new(
            vec![(frame.left as i32, y), (frame.right as i32, y)],
            line(&pal.grid, 1.0),
        ))?;
        tick.draw(area, pal)?;
    }
    draw_all(&layout.year_ticks)?;

    let ty = layout.target_y;
    area.draw(&DashedPathElement::new(
        vec![(frame.left as i32, ty), (frame.right as i32, ty)],
        (8.0 * s) as i32,
        (4.0 * s) as i32,
        line(&pal.target, 1.5),
    ))?;
    layout.target.draw(area, pal)?;

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
    let flows = flows(data);
    for flow in &flows {
        for run in frame.clipped_runs(&flow.projected) {
            area.draw(&DashedPathElement::new(
                run,
                (6.0 * s) as i32,
                (4.0 * s) as i32,
                line(&pal.ink(flow.ink), flow.width),
            ))?;
        }
    }
    // Actual lines with markers; a missing year is a gap.
    for flow in &flows {
        let color = pal.ink(flow.ink);
        let values: Vec<(i32, f64)> = flow.actual.iter().map(|a| (a.0, a.1)).collect();
        for run in consecutive_runs(&values)
            .into_iter()
            .filter(|r| r.len() > 1)
        {
            let pts: Vec<(i32, i32)> = run.iter().map(|(y, v)| frame.at(*y, *v)).collect();
            area.draw(&PathElement::new(pts, line(&color, flow.width)))?;
        }
        for (year, value, kind) in &flow.actual {
            draw_marker(
                area,
                frame.at(*year, *value),
                *kind,
                color,
                pal.background,
                s,
            )?;
        }
    }
    if let Some((at, label)) = &layout.reached {
        area.draw(&Circle::new(*at, (5.0 * s) as i32, pal.target.filled()))?;
        label.draw(area, pal)?;
    }
    Ok(())
}

/// The nested bands of the fan, widest first (their labels are placed by the layout).
fn paint_fan<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    frame: &Frame,
    fan: &Fan,
    pal: &Palette,
) -> Drawn<DB> {
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
    }
    Ok(())
}
