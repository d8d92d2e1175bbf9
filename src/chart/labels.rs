//! Text on the charts: sizes, estimated widths, wrapping, and placed labels with the
//! box they cover (text is never measured: see the module docs of `chart`).

use super::palette::Ink;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Font size of every label, CSS pixels.
pub const FONT: f64 = 12.0;
/// Average glyph width of the sans-serif font, in font sizes.
const GLYPH_WIDTH: f64 = 0.58;

/// Height of one row of text at `scale`, pixels.
pub fn line_height(scale: f64) -> f64 {
    FONT * scale * 1.6
}

/// Estimated width of `text` at font size `size`.
pub fn text_width(text: &str, size: f64) -> f64 {
    text.chars().count() as f64 * size * GLYPH_WIDTH
}

/// Splits `text` into lines no wider than `width` at font size `size` (estimated), at
/// spaces but never at a no-break space ("$714 million" stays whole).
pub fn wrap(text: &str, width: f64, size: f64) -> Vec<String> {
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

/// The style of every label: sans-serif at `size`, anchored at (h, v).
/// (The family as an enum: plotters reads a family name with `to_lowercase`, which
/// brings core's 12 KB Unicode case table into the .wasm.)
pub fn label_style(size: f64, color: &RGBColor, h: HPos, v: VPos) -> TextStyle<'_> {
    TextStyle::from((FontFamily::SansSerif, size).into_font())
        .color(color)
        .pos(Pos::new(h, v))
}

/// Where a label's anchor point is, across: its left edge, centre or right edge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// The anchor is the text's left edge.
    Left,
    /// The anchor is the text's centre.
    Center,
    /// The anchor is the text's right edge.
    Right,
}

/// Where a label's anchor point is, down: its top, middle or bottom.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Baseline {
    /// The anchor is the text's top.
    Top,
    /// The anchor is the text's middle.
    Middle,
    /// The anchor is the text's bottom.
    Bottom,
}

/// A rectangle in pixels: left, top, right, bottom.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub left: f64,
    /// Top edge.
    pub top: f64,
    /// Right edge.
    pub right: f64,
    /// Bottom edge.
    pub bottom: f64,
}

impl Rect {
    /// True when the two rectangles share more than a hair (0.5 px).
    pub fn overlaps(&self, other: &Rect) -> bool {
        let eps = 0.5;
        self.left + eps < other.right
            && other.left + eps < self.right
            && self.top + eps < other.bottom
            && other.top + eps < self.bottom
    }

    /// True when this rectangle lies within `width` × `height`.
    pub fn inside(&self, width: f64, height: f64) -> bool {
        self.left >= -0.5
            && self.top >= -0.5
            && self.right <= width + 0.5
            && self.bottom <= height + 0.5
    }
}

/// A piece of text placed on the chart: where, how large, anchored how, in what ink.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    /// The text.
    pub text: String,
    /// The anchor point, pixels.
    pub at: (i32, i32),
    /// Font size, pixels.
    pub size: f64,
    /// Horizontal anchor.
    pub h: Align,
    /// Vertical anchor.
    pub v: Baseline,
    /// Colour role.
    pub ink: Ink,
}

impl Label {
    /// A label in the text colour.
    pub fn new(text: impl Into<String>, at: (i32, i32), size: f64, h: Align, v: Baseline) -> Label {
        Label {
            text: text.into(),
            at,
            size,
            h,
            v,
            ink: Ink::Text,
        }
    }

    /// The same label in another ink.
    pub fn ink(self, ink: Ink) -> Label {
        Label { ink, ..self }
    }

    /// The box the text covers, estimated: its width from [`text_width`], its height one
    /// font size.
    pub fn bounds(&self) -> Rect {
        let (w, h) = (text_width(&self.text, self.size), self.size);
        let (x, y) = (f64::from(self.at.0), f64::from(self.at.1));
        let left = match self.h {
            Align::Left => x,
            Align::Center => x - w / 2.0,
            Align::Right => x - w,
        };
        let top = match self.v {
            Baseline::Top => y,
            Baseline::Middle => y - h / 2.0,
            Baseline::Bottom => y - h,
        };
        Rect {
            left,
            top,
            right: left + w,
            bottom: top + h,
        }
    }

    /// Draws the label in its ink of `palette`.
    pub fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, plotters::coord::Shift>,
        palette: &super::Palette,
    ) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
        let color = palette.ink(self.ink);
        let h = match self.h {
            Align::Left => HPos::Left,
            Align::Center => HPos::Center,
            Align::Right => HPos::Right,
        };
        let v = match self.v {
            Baseline::Top => VPos::Top,
            Baseline::Middle => VPos::Center,
            Baseline::Bottom => VPos::Bottom,
        };
        area.draw(&Text::new(
            self.text.clone(),
            self.at,
            label_style(self.size, &color, h, v),
        ))
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_words_whole() {
        let lines = wrap("aaa bbb ccc ddd", text_width("aaa bbb", 10.0), 10.0);
        assert_eq!(lines, ["aaa bbb", "ccc ddd"]);
        assert_eq!(wrap("", 100.0, 10.0), Vec::<String>::new());
        // A no-break space ("$714\u{a0}million", "1\u{a0}000") holds its words together.
        let lines = wrap(
            "reaches $1\u{a0}billion",
            text_width("reaches $1", 10.0),
            10.0,
        );
        assert_eq!(lines, ["reaches", "$1\u{a0}billion"]);
    }
}
