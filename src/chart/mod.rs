//! The trade chart, drawn with plotters on any `DrawingBackend` (recorded canvas
//! operations in the browser, SVG in tests and downloads).
//!
//! Drawing is two steps: [`layout`] places everything (plain numbers and labels, tested
//! without a backend), then `paint` draws it with the lines. Text is placed with anchors
//! and widths are estimated, never measured: plotters' measuring on wasm inserts a DOM
//! element per label, a forced layout on every redraw.

mod canvas_ops;
mod labels;
mod layout;
mod marks;
mod paint;
mod palette;
mod plot_labels;
mod scale;
mod shares;

pub use canvas_ops::{CanvasOps, Drawing, Painter};
pub use labels::{text_width, wrap, Align, Baseline, Label, Rect};
pub use layout::{layout, Layout, LegendEntry};
pub use marks::Swatch;
pub use palette::{Ink, Palette};
pub use scale::{consecutive_runs, nice_step, value_ticks, year_step, Frame};
pub use shares::{draw_shares, shares_height, shares_svg};

pub use crate::model::PinLine;

use crate::data::Series;
use crate::format::Numbers;
use crate::model::{Fan, Outlook};
use paint::paint;
use plotters::coord::Shift;
use plotters::prelude::*;

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

/// Draws the chart onto `area`, filling it, in two steps ([`layout`], then paint),
/// presents it (a backend that gathers shapes paints what it holds; the SVG backend
/// closes its document) and returns the plot frame (to map a pointer back to a year).
/// Errors are the backend's.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &ChartData,
    style: &ChartStyle,
) -> Result<Frame, DrawingAreaErrorKind<DB::ErrorType>> {
    let (width, height) = area.dim_in_pixel();
    let layout = layout(data, (f64::from(width), f64::from(height)), style.scale);
    paint(area, data, &layout, style)?;
    area.present()?;
    Ok(layout.frame)
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

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
