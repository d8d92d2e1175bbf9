//! What every chart canvas needs: its box's size, followed as the box changes (a window
//! resize, a scrollbar appearing, a panel opening beside it), and drawings of CSS size ×
//! devicePixelRatio (sharp on HiDPI; the painter gives the canvas that backing store).

use crate::chart::{CanvasOps, ChartStyle, Palette};
use crate::ui::platform::document::device_pixel_ratio;
use crate::ui::platform::painter::{canvas_ops, PaintOn};
use crate::ui::platform::resize::observe_size;
use crate::ui::platform::theme::DisplayState;
use crate::view::chart::pixel_ratio;
use leptos::html::Div;
use leptos::prelude::*;
use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, IntoDrawingArea};

/// The size of `container`'s box in CSS pixels (width, height): measured when it is
/// mounted (so that the first drawing need not wait for the observer's first report, a
/// frame later) and whenever it changes; (0, 0) while it is hidden.
pub fn use_box_size(container: NodeRef<Div>) -> RwSignal<(f64, f64)> {
    let size = RwSignal::new((0.0f64, 0.0f64));
    let measure = move |element: &web_sys::Element| {
        let now = (
            f64::from(element.client_width()),
            f64::from(element.client_height()),
        );
        if size.get_untracked() != now {
            size.set(now);
        }
    };
    Effect::new(move |_| {
        if let Some(div) = container.get() {
            measure(&div);
            observe_size(&div, measure);
        }
    });
    size
}

/// A drawing area for `canvas` at `css` (width, height) × devicePixelRatio, painted
/// `on` the page or its worker, with the matching style (theme palette, transparency);
/// `None` while the canvas has no size. The painter sizes the canvas to the drawing.
pub fn fit_canvas(
    canvas: &web_sys::HtmlCanvasElement,
    (css_width, css_height): (f64, f64),
    display: &DisplayState,
    on: PaintOn,
) -> Option<(DrawingArea<CanvasOps, Shift>, ChartStyle)> {
    if css_width <= 0.0 || css_height <= 0.0 {
        return None;
    }
    let dpr = pixel_ratio(device_pixel_ratio());
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
