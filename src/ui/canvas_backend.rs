//! A plotters `DrawingBackend` on a 2D canvas. Used instead of `plotters-canvas`: it
//! sets a fill, stroke or font only when it changes (a redraw makes about a third of
//! the calls into JavaScript), writes colours without float formatting, and starts
//! every drawing on a cleared canvas (a transparent chart does not pile up frames).
//! Consecutive lines and dashes of one stroke style, and consecutive dots of one
//! colour, are gathered into one path and painted with one call (plotters sends every
//! dash of a dashed line, and every marker, as its own shape).

use crate::format::fixed;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontTransform,
};
use std::fmt;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// A drawing call the canvas refused (e.g. a text it could not draw).
#[derive(Debug)]
pub struct CanvasError;

impl fmt::Display for CanvasError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the canvas refused a drawing call")
    }
}

impl std::error::Error for CanvasError {}

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

/// The 2D context of one canvas, with the styles last set on it and the path
/// being gathered.
pub struct Canvas2d {
    context: CanvasRenderingContext2d,
    size: (u32, u32),
    fill: Option<ColorKey>,
    stroke: Option<ColorKey>,
    line_width: u32,
    font: String,
    font_size: f64,
    anchor: Option<(&'static str, &'static str)>,
    batch: Option<Batch>,
}

impl Canvas2d {
    /// The canvas' 2D context, cleared; `None` when it has none.
    pub fn new(canvas: &HtmlCanvasElement) -> Option<Canvas2d> {
        let context: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        let size = (canvas.width(), canvas.height());
        context.clear_rect(0.0, 0.0, f64::from(size.0), f64::from(size.1));
        // Unknown until set: the context keeps its state from earlier drawings.
        Some(Canvas2d {
            context,
            size,
            fill: None,
            stroke: None,
            line_width: 0,
            font: String::new(),
            font_size: f64::NAN,
            anchor: None,
            batch: None,
        })
    }

    /// Paints the gathered path, if any.
    fn flush(&mut self) {
        match self.batch.take() {
            Some(Batch::Stroke(..)) => self.context.stroke(),
            Some(Batch::Fill(_)) => self.context.fill(),
            None => {}
        }
    }

    /// Starts gathering a path to paint as `batch` (setting its paint with `paint`),
    /// unless one is being gathered for the same paint already: the new shape joins it.
    fn gather(&mut self, batch: Batch, paint: impl FnOnce(&mut Self)) {
        if self.batch != Some(batch) {
            self.flush();
            paint(self);
            self.context.begin_path();
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
            self.context.set_fill_style_str(&css_color(color));
            self.fill = key;
        }
    }

    fn set_stroke(&mut self, style: &impl BackendStyle) {
        let key = Some(color_key(style.color()));
        if key != self.stroke {
            self.context.set_stroke_style_str(&css_color(style.color()));
            self.stroke = key;
        }
        let width = style.stroke_width();
        if width != self.line_width {
            self.context.set_line_width(f64::from(width));
            self.line_width = width;
        }
    }

    /// Sets `<style> <size>px <family>` unless it is the font in effect.
    fn set_font(&mut self, style: &str, size: f64, family: &str) {
        let same =
            self.font_size == size && self.font.starts_with(style) && self.font.ends_with(family);
        if !same {
            self.font = format!("{style} {}px {family}", fixed(size, 1));
            self.context.set_font(&self.font);
            self.font_size = size;
        }
    }

    /// Adds `points` to the current path as one sub-path (closed for a fill).
    fn trace(&self, points: impl IntoIterator<Item = BackendCoord>, close: bool) {
        let mut points = points.into_iter();
        if let Some((x, y)) = points.next() {
            self.context.move_to(f64::from(x), f64::from(y));
            for (x, y) in points {
                self.context.line_to(f64::from(x), f64::from(y));
            }
            if close {
                self.context.close_path();
            }
        }
    }
}

type Drawn = Result<(), DrawingErrorKind<CanvasError>>;

impl DrawingBackend for Canvas2d {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    fn present(&mut self) -> Drawn {
        self.flush();
        Ok(())
    }

    fn draw_pixel(&mut self, (x, y): BackendCoord, color: BackendColor) -> Drawn {
        if color.alpha > 0.0 {
            self.flush();
            self.set_fill(color);
            self.context.fill_rect(f64::from(x), f64::from(y), 1.0, 1.0);
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
            self.context.move_to(a.0, a.1);
            self.context.line_to(b.0, b.1);
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
        let (x, y, w, h) = (
            f64::from(x0),
            f64::from(y0),
            f64::from(x1 - x0),
            f64::from(y1 - y0),
        );
        if fill {
            self.set_fill(style.color());
            self.context.fill_rect(x, y, w, h);
        } else {
            self.set_stroke(style);
            self.context.stroke_rect(x, y, w, h);
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
            self.context.begin_path();
            self.trace(vertices, true);
            self.context.fill();
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
        self.context.move_to(x + r, y);
        let arc = self.context.arc(x, y, r, 0.0, std::f64::consts::TAU);
        arc.map_err(|_| DrawingErrorKind::DrawingError(CanvasError))
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
            self.context.set_text_align(align);
            self.context.set_text_baseline(baseline);
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
        let failed = |_| DrawingErrorKind::DrawingError(CanvasError);
        if turn == 0.0 {
            return self
                .context
                .fill_text(text, f64::from(x), f64::from(y))
                .map_err(failed);
        }
        self.context.save();
        let drawn = self
            .context
            .translate(f64::from(x), f64::from(y))
            .and_then(|()| self.context.rotate(turn * std::f64::consts::TAU))
            .and_then(|()| self.context.fill_text(text, 0.0, 0.0));
        // `restore` brings back the fill and font as they were before `save`.
        self.context.restore();
        drawn.map_err(failed)
    }
}

impl Drop for Canvas2d {
    /// Paints what is still gathered when the drawing ends.
    fn drop(&mut self) {
        self.flush();
    }
}
