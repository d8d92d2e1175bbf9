//! What every chart canvas needs: its container's width, followed as the window
//! resizes, and drawings of CSS size × devicePixelRatio (sharp on HiDPI; the painter
//! gives the canvas that backing store).

use crate::chart::{CanvasOps, ChartStyle, Palette};
use crate::ui::platform::painter::{canvas_ops, PaintOn};
use crate::ui::platform::theme::DisplayState;
use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;
use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, IntoDrawingArea};

/// The width of `container` in CSS pixels, measured on mount, on window resize and
/// whenever `visible` turns true (a hidden element has no width).
pub fn use_container_width(container: NodeRef<Div>, visible: Signal<bool>) -> RwSignal<f64> {
    let width = RwSignal::new(0.0f64);
    let measure = move || {
        if let Some(div) = container.get_untracked() {
            width.set(f64::from(div.client_width()));
        }
    };
    let resize = window_event_listener(ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
    Effect::new(move |_| {
        if visible.get() && container.get().is_some() {
            measure();
        }
    });
    width
}

/// A drawing area for `canvas` at `css` (width, height) × devicePixelRatio, painted
/// `on` the page or its worker, with the matching style (theme palette, transparency);
/// `None` while the canvas has no width. The painter sizes the canvas to the drawing.
pub fn fit_canvas(
    canvas: &web_sys::HtmlCanvasElement,
    (css_width, css_height): (f64, f64),
    display: &DisplayState,
    on: PaintOn,
) -> Option<(DrawingArea<CanvasOps, Shift>, ChartStyle)> {
    if css_width <= 0.0 {
        return None;
    }
    let dpr = window().device_pixel_ratio().clamp(1.0, 4.0);
    let (w, h) = (
        (css_width * dpr).round() as u32,
        (css_height * dpr).round() as u32,
    );
    let style = ChartStyle {
        scale: dpr,
        palette: if display.dark.get_untracked() {
            Palette::DARK
        } else {
            Palette::LIGHT
        },
        transparent: display.display.transparent,
    };
    Some((canvas_ops(canvas, (w, h), on).into_drawing_area(), style))
}
