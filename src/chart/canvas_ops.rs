//! A plotters `DrawingBackend` that records 2D-canvas operations: the browser's
//! painter (`js/painter.js`) replays them on a canvas, on the page or in a worker.
//!
//! Recording is plain Rust, so a redraw costs the page no call into JavaScript until
//! the drawing is handed over, once, when presented. A fill, stroke or font is recorded
//! only when it changes; colours are written without float formatting; consecutive
//! lines and dashes of one stroke style, and consecutive dots of one colour, are
//! gathered into one path painted once (plotters sends every dash of a dashed line,
//! and every marker, as its own shape).

use crate::format::fixed;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontTransform,
};
use std::convert::Infallible;

mod operations;

use operations::Op;
#[cfg(all(test, not(target_arch = "wasm32")))]
use operations::OPERATIONS;

/// A recorded drawing: operations and their strings, NUL-separated.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Drawing {
    /// Operation codes, each followed by its numbers.
    pub ops: Vec<f64>,
    /// The strings the operations take, in order, each followed by NUL.
    pub texts: String,
}

/// What a recorded drawing is handed to when presented.
pub type Painter = Box<dyn FnMut(&Drawing)>;

/// A colour as compared for the style cache: exact channels and alpha bits.
type ColorKey = ((u8, u8, u8), u64);

fn color_key(color: BackendColor) -> ColorKey {
    (color.rgb, color.alpha.to_bits())
}

/// A colour as CSS: `rgb(1,2,3)` or `rgba(1,2,3,0.09)`.
fn css_color(color: BackendColor) -> String {
    let (r, g, b) = color.rgb;
    if color.alpha >= 1.0 {
        format!("rgb({r},{g},{b})")
    } else {
        format!("rgba({r},{g},{b},{})", fixed(color.alpha.max(0.0), 3))
    }
}

/// Half-pixel offset for a horizontal or vertical line, so a 1 px line stays sharp.
fn crisp(from: BackendCoord, to: BackendCoord) -> ((f64, f64), (f64, f64)) {
    let (mut a, mut b) = (
        (f64::from(from.0), f64::from(from.1)),
        (f64::from(to.0), f64::from(to.1)),
    );
    if from.0 == to.0 {
        a.0 -= 0.5;
        b.0 -= 0.5;
    }
    if from.1 == to.1 {
        a.1 -= 0.5;
        b.1 -= 0.5;
    }
    (a, b)
}

/// A path being gathered: what it will be painted with once complete.
#[derive(Clone, Copy, PartialEq)]
enum Batch {
    /// Stroked with a colour and line width.
    Stroke(ColorKey, u32),
    /// Filled with a colour.
    Fill(ColorKey),
}

/// Records the drawing of one canvas of `size` device pixels, with the styles last
/// set and the path being gathered; hands it to its painter when presented.
pub struct CanvasOps {
    size: (u32, u32),
    drawing: Drawing,
    painter: Painter,
    fill: Option<ColorKey>,
    stroke: Option<ColorKey>,
    line_width: u32,
    font: Option<(String, f64, String)>,
    anchor: Option<(&'static str, &'static str)>,
    batch: Option<Batch>,
}

impl CanvasOps {
    /// A drawing of `size` (width, height) device pixels, on a cleared canvas, for `painter`.
    pub fn new(size: (u32, u32), painter: Painter) -> CanvasOps {
        CanvasOps {
            size,
            drawing: Drawing::default(),
            painter,
            fill: None,
            stroke: None,
            line_width: 0,
            font: None,
            anchor: None,
            batch: None,
        }
    }

    fn push(&mut self, op: Op, numbers: &[f64]) {
        debug_assert_eq!(numbers.len(), op.numbers(), "{op:?}");
        self.drawing.ops.push(op.code());
        self.drawing.ops.extend_from_slice(numbers);
    }

    fn push_text(&mut self, text: &str) {
        self.drawing
            .texts
            .extend(text.chars().filter(|&c| c != '\0'));
        self.drawing.texts.push('\0');
    }

    /// Paints the gathered path, if any.
    fn flush(&mut self) {
        match self.batch.take() {
            Some(Batch::Stroke(..)) => self.push(Op::Stroke, &[]),
            Some(Batch::Fill(_)) => self.push(Op::Fill, &[]),
            None => {}
        }
    }

    /// Starts gathering a path to paint as `batch` (setting its paint with `paint`),
    /// unless one is being gathered for the same paint already: the new shape joins it.
    fn gather(&mut self, batch: Batch, paint: impl FnOnce(&mut Self)) {
        if self.batch != Some(batch) {
            self.flush();
            paint(self);
            self.push(Op::BeginPath, &[]);
            self.batch = Some(batch);
        }
    }

    /// Gathers a path to stroke with `style`.
    fn gather_stroke(&mut self, style: &impl BackendStyle) {
        let batch = Batch::Stroke(color_key(style.color()), style.stroke_width());
        self.gather(batch, |c| c.set_stroke(style));
    }

    // The caches compare before formatting anything: no allocation for an unchanged style.

    fn set_fill(&mut self, color: BackendColor) {
        let key = Some(color_key(color));
        if key != self.fill {
            self.push(Op::FillStyle, &[]);
            self.push_text(&css_color(color));
            self.fill = key;
        }
    }

    fn set_stroke(&mut self, style: &impl BackendStyle) {
        let key = Some(color_key(style.color()));
        if key != self.stroke {
            self.push(Op::StrokeStyle, &[]);
            self.push_text(&css_color(style.color()));
            self.stroke = key;
        }
        let width = style.stroke_width();
        if width != self.line_width {
            self.push(Op::LineWidth, &[f64::from(width)]);
            self.line_width = width;
        }
    }

    /// Sets `<style> <size>px <family>` unless it is the font in effect (the whole font
    /// compared: "serif" after "sans-serif" is another font).
    fn set_font(&mut self, style: &str, size: f64, family: &str) {
        let same = self
            .font
            .as_ref()
            .is_some_and(|(s, z, f)| s == style && *z == size && f == family);
        if !same {
            self.push(Op::Font, &[]);
            self.push_text(&format!("{style} {}px {family}", fixed(size, 1)));
            self.font = Some((style.to_string(), size, family.to_string()));
        }
    }

    /// Adds `points` to the current path as one sub-path (closed for a fill).
    fn trace(&mut self, points: impl IntoIterator<Item = BackendCoord>, close: bool) {
        let mut points = points.into_iter();
        if let Some((x, y)) = points.next() {
            self.push(Op::MoveTo, &[f64::from(x), f64::from(y)]);
            for (x, y) in points {
                self.push(Op::LineTo, &[f64::from(x), f64::from(y)]);
            }
            if close {
                self.push(Op::ClosePath, &[]);
            }
        }
    }
}

type Drawn = Result<(), DrawingErrorKind<Infallible>>;

impl DrawingBackend for CanvasOps {
    type ErrorType = Infallible;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    /// Hands what was recorded since the last present to the painter.
    fn present(&mut self) -> Drawn {
        self.flush();
        if !self.drawing.ops.is_empty() {
            (self.painter)(&self.drawing);
            self.drawing = Drawing::default();
        }
        Ok(())
    }

    fn draw_pixel(&mut self, (x, y): BackendCoord, color: BackendColor) -> Drawn {
        if color.alpha > 0.0 {
            self.flush();
            self.set_fill(color);
            self.push(Op::FillRect, &[f64::from(x), f64::from(y), 1.0, 1.0]);
        }
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Drawn {
        if style.color().alpha > 0.0 {
            let (a, b) = crisp(from, to);
            self.gather_stroke(style);
            self.push(Op::MoveTo, &[a.0, a.1]);
            self.push(Op::LineTo, &[b.0, b.1]);
        }
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        (x0, y0): BackendCoord,
        (x1, y1): BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        if style.color().alpha <= 0.0 {
            return Ok(());
        }
        self.flush();
        let rect = [
            f64::from(x0),
            f64::from(y0),
            f64::from(x1 - x0),
            f64::from(y1 - y0),
        ];
        if fill {
            self.set_fill(style.color());
            self.push(Op::FillRect, &rect);
        } else {
            self.set_stroke(style);
            self.push(Op::StrokeRect, &rect);
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        if style.color().alpha > 0.0 {
            self.gather_stroke(style);
            self.trace(path, false);
        }
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vertices: I,
        style: &S,
    ) -> Drawn {
        // Not gathered: overlapping translucent areas (the fan's bands) must blend.
        if style.color().alpha > 0.0 {
            self.flush();
            self.set_fill(style.color());
            self.push(Op::BeginPath, &[]);
            self.trace(vertices, true);
            self.push(Op::Fill, &[]);
        }
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        (x, y): BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Drawn {
        if style.color().alpha <= 0.0 {
            return Ok(());
        }
        if fill {
            let color = style.color();
            self.gather(Batch::Fill(color_key(color)), |c| c.set_fill(color));
        } else {
            self.gather_stroke(style);
        }
        // A sub-path of its own: no line from the previous shape.
        let (x, y, r) = (f64::from(x), f64::from(y), f64::from(radius));
        self.push(Op::MoveTo, &[x + r, y]);
        self.push(Op::Circle, &[x, y, r]);
        Ok(())
    }

    fn draw_text<TStyle: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &TStyle,
        (x, y): BackendCoord,
    ) -> Drawn {
        let color = style.color();
        if color.alpha <= 0.0 {
            return Ok(());
        }
        self.flush();
        let anchor = style.anchor();
        let align = match anchor.h_pos {
            HPos::Left => "start",
            HPos::Center => "center",
            HPos::Right => "end",
        };
        let baseline = match anchor.v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        };
        if self.anchor != Some((align, baseline)) {
            self.push(Op::Anchor, &[]);
            self.push_text(align);
            self.push_text(baseline);
            self.anchor = Some((align, baseline));
        }
        self.set_font(
            style.style().as_str(),
            style.size(),
            style.family().as_str(),
        );
        self.set_fill(color);
        let turn = match style.transform() {
            FontTransform::None => 0.0,
            FontTransform::Rotate90 => 0.25,
            FontTransform::Rotate180 => 0.5,
            FontTransform::Rotate270 => 0.75,
        };
        self.push(Op::FillText, &[f64::from(x), f64::from(y), turn]);
        self.push_text(text);
        Ok(())
    }
}

impl Drop for CanvasOps {
    /// Paints what is still recorded when the drawing ends unpresented.
    fn drop(&mut self) {
        let _ = self.present();
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
