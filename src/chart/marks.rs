//! Point markers and legend swatches: shapes that tell kinds apart without colour.

use crate::data::PointKind;
use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;

/// A point marker: filled circle for a reported figure, hollow circle for an
/// approximate or derived one, hollow up-triangle for a lower bound.
pub fn draw_marker<DB: DrawingBackend>(
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
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Swatch {
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

/// Width of a swatch at scale 1, pixels.
pub const SWATCH_WIDTH: f64 = 18.0;

/// Draws a legend swatch whose left middle is at (x, y).
pub fn draw_swatch<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    (x, y): (f64, f64),
    swatch: Swatch,
    color: RGBColor,
    background: RGBColor,
    s: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let (x0, x1, y) = (x as i32, (x + SWATCH_WIDTH * s) as i32, y as i32);
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
