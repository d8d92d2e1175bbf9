//! The chart on a canvas: sized to its container and the screen's pixel ratio,
//! redrawn at most once per animation frame.

use super::display::use_display;
use super::use_state;
use super::AppState;
use crate::chart::{self, Caption, ChartData, ChartStyle, Palette, PinLine};
use crate::data::dataset;
use crate::model::Outlook;
use crate::text;
use leptos::ev;
use leptos::html::{Canvas, Div};
use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;

/// Chart height for a container width: a readable aspect from phones to desktops.
fn chart_height(width: f64) -> f64 {
    (width * 0.56).clamp(300.0, 540.0)
}

/// Calls `f` with what the chart shows now (read untracked): the current scenario,
/// its projection and fan, the pinned scenarios, and `caption` when given.
pub fn with_chart_data<R>(
    state: AppState,
    outlook: &Outlook,
    caption: Option<&Caption>,
    f: impl FnOnce(&ChartData) -> R,
) -> R {
    let r = state.resolved.get_untracked();
    let labels = text::chart_labels(&r.assumptions, outlook);
    let pins: Vec<PinLine> = state
        .pinned
        .with_untracked(|p| p.iter().map(|p| p.line.clone()).collect());
    f(&ChartData {
        series: dataset().series(r.series),
        outlook,
        target: r.assumptions.target,
        last_year: r.assumptions.last_year,
        text: &labels,
        fan: outlook.fan.as_ref(),
        pins: &pins,
        caption,
    })
}

/// The chart, its text alternative and its source line.
#[component]
pub fn ChartView(
    /// False while another view replaces the chart (it is hidden, not unmounted).
    #[prop(into)]
    visible: Signal<bool>,
) -> impl IntoView {
    let state = use_state();
    let display = use_display();
    let title_override = display.display.title.clone();
    let dark = display.dark;
    let transparent = display.display.transparent;
    let container = NodeRef::<Div>::new();
    let canvas = NodeRef::<Canvas>::new();
    let width = RwSignal::new(0.0f64);
    let measure = move || {
        if let Some(div) = container.get_untracked() {
            width.set(f64::from(div.client_width()));
        }
    };
    let resize = window_event_listener(ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());

    let redraw = move || {
        let (Some(canvas), Some(outlook)) = (canvas.get_untracked(), state.outlook.get_untracked())
        else {
            return;
        };
        let css_width = width.get_untracked();
        if css_width <= 0.0 {
            return;
        }
        let dpr = window().device_pixel_ratio().clamp(1.0, 4.0);
        let (w, h) = (
            (css_width * dpr).round() as u32,
            (chart_height(css_width) * dpr).round() as u32,
        );
        if canvas.width() != w || canvas.height() != h {
            canvas.set_width(w);
            canvas.set_height(h);
        }
        let Some(backend) = CanvasBackend::with_canvas_object(canvas) else {
            return;
        };
        let style = ChartStyle {
            scale: dpr,
            palette: if dark.get_untracked() {
                Palette::DARK
            } else {
                Palette::LIGHT
            },
            transparent,
        };
        let area = backend.into_drawing_area();
        with_chart_data(state, &outlook, None, |data| {
            if let Err(e) = chart::draw(&area, data, &style) {
                leptos::logging::warn!("chart not drawn: {e}");
            }
        });
    };

    // Coalesce: any number of changes within a frame cause one redraw.
    let frame_pending = StoredValue::new(false);
    Effect::new(move |_| {
        state.outlook.track();
        state.pinned.track();
        dark.track();
        width.track();
        if frame_pending.get_value() {
            return;
        }
        frame_pending.set_value(true);
        request_animation_frame(move || {
            frame_pending.set_value(false);
            redraw();
        });
    });
    // Measure on mount and whenever the chart is shown again (hidden, it has no width).
    Effect::new(move |_| {
        if visible.get() && container.get().is_some() {
            measure();
        }
    });

    // Memos: a slider step rewrites only the texts that change.
    let summary = Memo::new(move |_| {
        let r = state.resolved.get();
        state
            .outlook
            .get()
            .map(|o| text::chart_summary(dataset().series(r.series), &r.assumptions, &o))
    });
    let source_line = Memo::new(move |_| {
        let series = dataset().series(state.series.get());
        text::source_line(dataset(), series, state.base_year.get())
    });
    let fan_note = Memo::new(move |_| {
        let r = state.resolved.get();
        state
            .outlook
            .with(|o| text::fan_note(&r.assumptions, o.as_ref().and_then(|o| o.fan.as_ref())))
    });
    let title = Memo::new(move |_| match &title_override {
        Some(title) => title.clone(),
        None => format!(
            "Trade turnover, exports and imports of Belarus with Uzbekistan — {}",
            dataset().series(state.series.get()).name
        ),
    });

    view! {
        <figure class="chart" hidden=move || !visible.get()>
            <figcaption class="chart-title">{title}</figcaption>
            <div class="chart-box" node_ref=container>
                <canvas node_ref=canvas data-testid="trade-chart" role="img" aria-label=summary></canvas>
            </div>
            <p class="source-line">{source_line}</p>
            <p class="source-line" data-testid="fan-note">{fan_note}</p>
        </figure>
    }
}
