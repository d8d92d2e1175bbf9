//! The operations a drawing records, with how many numbers and texts each takes: the
//! table `js/painter.js` replays from (its own copy, held to this one by a native test).

/// The operations a drawing records. Each is written as its code (its place in
/// [`OPERATIONS`]), then its numbers; its texts go to the drawing's texts, in order.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Op {
    BeginPath,
    MoveTo,
    LineTo,
    Circle,
    ClosePath,
    Stroke,
    Fill,
    FillRect,
    StrokeRect,
    FillStyle,
    StrokeStyle,
    LineWidth,
    Font,
    Anchor,
    FillText,
}

/// An operation as `js/painter.js` replays it: its name there, how many numbers and how
/// many texts follow it. (The recorder reads only `numbers`; the rest is the
/// specification the native tests hold `js/painter.js` to.)
#[derive(Debug)]
#[cfg_attr(not(all(test, not(target_arch = "wasm32"))), allow(dead_code))]
pub(super) struct Operation {
    pub(super) op: Op,
    pub(super) name: &'static str,
    pub(super) numbers: usize,
    pub(super) texts: usize,
}

/// Every operation, in code order. `js/painter.js` has the same table (`OPERATIONS`) and
/// replays each by name: a native test compares the two, names and counts, and checks
/// that each replay reads exactly its numbers and texts.
#[rustfmt::skip]
pub(super) const OPERATIONS: [Operation; 15] = [
    Operation { op: Op::BeginPath, name: "beginPath", numbers: 0, texts: 0 },
    // x, y
    Operation { op: Op::MoveTo, name: "moveTo", numbers: 2, texts: 0 },
    // x, y
    Operation { op: Op::LineTo, name: "lineTo", numbers: 2, texts: 0 },
    // x, y, radius
    Operation { op: Op::Circle, name: "circle", numbers: 3, texts: 0 },
    Operation { op: Op::ClosePath, name: "closePath", numbers: 0, texts: 0 },
    Operation { op: Op::Stroke, name: "stroke", numbers: 0, texts: 0 },
    Operation { op: Op::Fill, name: "fill", numbers: 0, texts: 0 },
    // x, y, width, height
    Operation { op: Op::FillRect, name: "fillRect", numbers: 4, texts: 0 },
    // x, y, width, height
    Operation { op: Op::StrokeRect, name: "strokeRect", numbers: 4, texts: 0 },
    // text: a CSS colour
    Operation { op: Op::FillStyle, name: "fillStyle", numbers: 0, texts: 1 },
    // text: a CSS colour
    Operation { op: Op::StrokeStyle, name: "strokeStyle", numbers: 0, texts: 1 },
    // width
    Operation { op: Op::LineWidth, name: "lineWidth", numbers: 1, texts: 0 },
    // text: a CSS font
    Operation { op: Op::Font, name: "font", numbers: 0, texts: 1 },
    // texts: textAlign, textBaseline
    Operation { op: Op::Anchor, name: "anchor", numbers: 0, texts: 2 },
    // x, y, turn (0–1); text: the text
    Operation { op: Op::FillText, name: "fillText", numbers: 3, texts: 1 },
];

impl Op {
    /// The operation's code in a drawing.
    pub(super) fn code(self) -> f64 {
        f64::from(self as u8)
    }

    /// How many numbers follow the operation's code.
    pub(super) fn numbers(self) -> usize {
        OPERATIONS[self as usize].numbers
    }
}
