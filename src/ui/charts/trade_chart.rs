//! The chart on a canvas: sized to its container and the screen's pixel ratio,
//! redrawn at most once per animation frame.

use super::canvas::{fit_canvas, use_box_size};
use super::hover::{year_under, HoverReadout};
use crate::chart::{draw, Caption, ChartData, Frame, PinLine};
use crate::i18n::Catalog;
use crate::model::Outlook;
use crate::text;
use crate::ui::language::use_catalog;
use crate::ui::panels::PrintChart;
use crate::ui::platform::painter::PaintOn;
use crate::ui::platform::theme::use_display;
use crate::ui::{use_state, AppState};
use crate::view::chart::{self, hover_centre};
use crate::view::sources::as_of_line;
use leptos::html::{Canvas, Div};
use leptos::prelude::*;

/// Calls `f` with what the chart shows now (read untracked): the current scenario,
/// its projection and fan, the pinned scenarios, and `caption` when given.
pub fn with_chart_data<R>(
    t: &Catalog,
    state: AppState,
    outlook: &Outlook,
    caption: Option<&Caption>,
    f: impl FnOnce(&ChartData) -> R,
) -> R {
    let r = state.resolved.get_untracked();
    let pins: Vec<PinLine> = state
        .pinned
        .with_untracked(|p| p.iter().map(|p| p.line.clone()).collect());
    text::with_chart(t, &r, outlook, &pins, caption, f)
}

/// The chart's title: the series shown, or the title the URL gives (plain text).
#[component]
pub fn ChartTitle() -> impl IntoView {
    let state = use_state();
    let t = use_catalog();
    let title_override = use_display().display.title;
    let title = Memo::new(move |_| {
        chart::title(
            t,
            title_override.as_deref(),
            t.series_name(state.series.get()),
        )
    });
    view! { <p class="chart-title" id="chart-title">{title}</p> }
}

/// Draws the chart on `canvas` (its box `size`) whenever the projection, the pins, the
/// theme or the size change: at most once an animation frame, however many changes
/// arrive within it. Keeps the drawn frame and scale in `drawn`, for the pointer.
fn redraw_on_change(
    canvas: NodeRef<Canvas>,
    size: RwSignal<(f64, f64)>,
    drawn: StoredValue<Option<(Frame, f64)>>,
) {
    let state = use_state();
    let t = use_catalog();
    let display = StoredValue::new(use_display());
    let redraw = move || {
        let (Some(canvas), Some(outlook)) = (canvas.get_untracked(), state.outlook.get_untracked())
        else {
            return;
        };
        let fitted =
            display.with_value(|d| fit_canvas(&canvas, size.get_untracked(), d, PaintOn::Worker));
        let Some((area, style)) = fitted else { return };
        with_chart_data(t, state, &outlook, None, |data| {
            match draw(&area, data, &style) {
                Ok(frame) => drawn.set_value(Some((frame, style.scale))),
                Err(e) => leptos::logging::warn!("chart not drawn: {e}"),
            }
        });
    };
    let frame_pending = StoredValue::new(false);
    Effect::new(move |_| {
        state.outlook.track();
        state.pinned.track();
        display.with_value(|d| d.dark.track());
        size.track();
        if frame_pending.get_value() {
            return;
        }
        frame_pending.set_value(true);
        request_animation_frame(move || {
            frame_pending.set_value(false);
            redraw();
        });
    });
}

/// The chart in its box (sized by the stylesheet), its text alternative and its source
/// lines.
#[component]
pub fn TradeChart(
    /// False while another view replaces the chart (it is hidden, not unmounted).
    #[prop(into)]
    visible: Signal<bool>,
) -> impl IntoView {
    let container = NodeRef::<Div>::new();
    let canvas = NodeRef::<Canvas>::new();
    let size = use_box_size(container);
    // The last drawn plot frame and scale, to map the pointer back to a year.
    let drawn = StoredValue::new(None::<(Frame, f64)>);
    let hover = RwSignal::new(None);
    redraw_on_change(canvas, size, drawn);
    let drawing = view! {
        <canvas
            node_ref=canvas
            data-testid="trade-chart"
            role="img"
            aria-label=chart_summary()
            on:pointermove=move |ev| {
                let at = year_under(drawn.get_value(), f64::from(ev.offset_x()));
                let width = size.get_untracked().0;
                hover.set(at.map(|(year, x)| (year, hover_centre(x, width))));
            }
            on:pointerleave=move |_| hover.set(None)
        ></canvas>
        <HoverReadout at=hover />
    };
    view! { <ChartFigure visible=visible container=container drawing=drawing paper=view! { <PrintChart /> } /> }
}

/// The chart's text alternative: the latest figure, the projection and the answer.
/// A memo: a slider step rewrites it only when it changes.
pub fn chart_summary() -> Memo<Option<String>> {
    let state = use_state();
    let t = use_catalog();
    Memo::new(move |_| {
        let r = state.resolved.get();
        state.outlook.with(|o| {
            o.as_ref()
                .map(|o| text::chart_summary(t, t.data().series(r.series), &r.assumptions, o))
        })
    })
}

/// The chart's figure: its box (sized by the stylesheet) holding the drawing, and the
/// source lines under it.
#[component]
pub fn ChartFigure<D: IntoView + 'static, P: IntoView + 'static>(
    /// False while another view replaces the chart (it is hidden, not unmounted).
    #[prop(into)]
    visible: Signal<bool>,
    /// The chart's box, whose size the drawing follows.
    container: NodeRef<Div>,
    /// The drawing.
    drawing: D,
    /// The drawing for paper (the live page's; none in the prerendered first view).
    paper: P,
) -> impl IntoView {
    let state = use_state();
    let t = use_catalog();
    // Memos: a slider step rewrites only the texts that change.
    let source_line = Memo::new(move |_| {
        let series = t.data().series(state.series.get());
        text::source_line(t, series, state.base_year.get())
    });
    let fan_note = Memo::new(move |_| {
        let r = state.resolved.get();
        state
            .outlook
            .with(|o| text::fan_note(t, &r.assumptions, o.as_ref().and_then(|o| o.fan.as_ref())))
    });
    view! {
        <figure class="chart" hidden=move || !visible.get() aria-labelledby="chart-title">
            <div class="chart-box" node_ref=container>
                {drawing}
            </div>
            {paper}
            <p class="source-line">
                {source_line} " " <span data-testid="as-of">{as_of_line(t, state.as_of)}</span>
            </p>
            <p class="source-line" data-testid="fan-note">{fan_note}</p>
        </figure>
    }
}
