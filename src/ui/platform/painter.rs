//! The charts' canvases: a recorded drawing (`chart::CanvasOps`) is painted by
//! `js/painter.js`, in a worker for the live chart when the browser can hand its canvas
//! over, on the page otherwise.

use crate::chart::{CanvasOps, Drawing};
use wasm_bindgen::prelude::wasm_bindgen;
use web_sys::HtmlCanvasElement;

#[wasm_bindgen(module = "/js/painter.js")]
extern "C" {
    /// Paints `ops`/`texts` on `canvas` at `width` × `height` device pixels, in the
    /// painter's worker when `off_thread` and the browser can hand the canvas over.
    fn paint(
        canvas: &HtmlCanvasElement,
        width: u32,
        height: u32,
        ops: &[f64],
        texts: &str,
        off_thread: bool,
    );
}

/// Where a chart is painted: on the page (an export read back at once) or, when the
/// browser can, off the page's main thread (the charts on the page: a canvas painted on
/// the page costs the main thread at every frame, even unchanged, in a software-drawn
/// Chromium).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum PaintOn {
    /// On the page, done when `present` returns.
    Page,
    /// In the painter's worker, when the browser can hand the canvas over.
    Worker,
}

/// A drawing backend of `size` device pixels for `canvas`, painted when presented.
pub fn canvas_ops(canvas: &HtmlCanvasElement, size: (u32, u32), on: PaintOn) -> CanvasOps {
    let canvas = canvas.clone();
    CanvasOps::new(
        size,
        Box::new(move |d: &Drawing| {
            paint(
                &canvas,
                size.0,
                size.1,
                &d.ops,
                &d.texts,
                on == PaintOn::Worker,
            )
        }),
    )
}
