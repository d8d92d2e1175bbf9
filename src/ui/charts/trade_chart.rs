//! The chart on a canvas: sized to its container and the screen's pixel ratio,
//! redrawn at most once per animation frame.

use super::canvas::{fit_canvas, use_box_size};
use super::hover::{year_under, HoverReadout};
use crate::chart::{self, Caption, ChartData, Frame, PinLine};
use crate::i18n::Catalog;
use crate::model::Outlook;
use crate::text;
use crate::ui::language::use_catalog;
use crate::ui::platform::painter::PaintOn;
use crate::ui::platform::theme::use_display;
use crate::ui::{use_state, AppState};
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
    let title = Memo::new(move |_| match &title_override {
        Some(title) => title.clone(),
        None => {
            let series = t.series_name(state.series.get());
            t.fill_text(&t.data().chart_title, &[("series", series)])
        }
    });
    view! { <p class="chart-title" id="chart-title">{title}</p> }
}

/// The chart in its box (sized by the stylesheet), its text alternative and its source
/// lines.
#[component]
pub fn TradeChart(
    /// False while another view replaces the chart (it is hidden, not unmounted).
    #[prop(into)]
    visible: Signal<bool>,
) -> impl IntoView {
    let state = use_state();
    let t = use_catalog();
    let display = use_display();
    let dark = display.dark;
    let container = NodeRef::<Div>::new();
    let canvas = NodeRef::<Canvas>::new();
    let size = use_box_size(container);
    // The last drawn plot frame and scale, to map the pointer back to a year.
    let drawn = StoredValue::new(None::<(Frame, f64)>);
    let hover = RwSignal::new(None);

    let redraw = {
        let display = StoredValue::new(display.clone());
        move || {
            let (Some(canvas), Some(outlook)) =
                (canvas.get_untracked(), state.outlook.get_untracked())
            else {
                return;
            };
            let size = size.get_untracked();
            let Some((area, style)) =
                display.with_value(|d| fit_canvas(&canvas, size, d, PaintOn::Worker))
            else {
                return;
            };
            with_chart_data(t, state, &outlook, None, |data| {
                match chart::draw(&area, data, &style) {
                    Ok(frame) => drawn.set_value(Some((frame, style.scale))),
                    Err(e) => leptos::logging::warn!("chart not drawn: {e}"),
                }
            });
        }
    };

    // Coalesce: any number of changes within a frame cause one redraw.
    let frame_pending = StoredValue::new(false);
    Effect::new(move |_| {
        state.outlook.track();
        state.pinned.track();
        dark.track();
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

    let summary = chart_summary();
    let drawing = view! {
            <canvas
                node_ref=canvas
                data-testid="trade-chart"
                role="img"
                aria-label=summary
                on:pointermove=move |ev| {
                    let at = year_under(drawn.get_value(), f64::from(ev.offset_x()));
                    // Keep the read-out (about 18 rem wide, centred) inside the chart.
                    let width = size.get_untracked().0;
                    let edge = (width / 2.0).min(150.0);
                    let right = (width - edge).max(edge);
                    hover.set(at.map(|(year, x)| (year, x.clamp(edge, right))));
                }
                on:pointerleave=move |_| hover.set(None)
            ></canvas>
            <HoverReadout at=hover />
    };
    view! { <ChartFigure visible=visible container=container drawing=drawing /> }
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
pub fn ChartFigure<D: IntoView + 'static>(
    /// False while another view replaces the chart (it is hidden, not unmounted).
    #[prop(into)]
    visible: Signal<bool>,
    /// The chart's box, whose size the drawing follows.
    container: NodeRef<Div>,
    /// The drawing.
    drawing: D,
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
            <p class="source-line">{source_line}</p>
            <p class="source-line" data-testid="fan-note">{fan_note}</p>
        </figure>
    }
}
