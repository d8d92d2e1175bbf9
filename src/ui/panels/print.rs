//! What only paper shows (`@media print` in `style/main.css`): the scenario in one line,
//! the chart drawn as SVG, the view's link and the day printed. The chart and the link
//! follow the reader's pauses, and are brought up to date before the page is printed
//! (a reader may print within the pause after a change).

use crate::chart::{to_svg, Palette};
use crate::ui::charts::with_chart_data;
use crate::ui::language::use_catalog;
use crate::ui::platform::document::{before_print, today};
use crate::ui::platform::pause::on_pause;
use crate::ui::use_state;
use crate::view::print::{print_footer, print_scenario, PRINT_CHART_SIZE};
use leptos::prelude::*;
use std::time::Duration;

/// How long the chart must stay unchanged before its drawing for paper is redone.
const PRINT_DELAY: Duration = Duration::from_millis(700);

/// The scenario in one line, under the answer.
#[component]
pub fn PrintScenario() -> impl IntoView {
    let state = use_state();
    let t = use_catalog();
    let line = Memo::new(move |_| state.resolved.with(|r| print_scenario(t, r)));
    view! { <p class="print-only" data-testid="print-scenario">{line}</p> }
}

/// The chart as SVG for paper (sharp at any resolution, light colours), redrawn once
/// the reader pauses, and before printing.
#[component]
pub fn PrintChart() -> impl IntoView {
    let state = use_state();
    let t = use_catalog();
    let drawing = RwSignal::new(String::new());
    let draw = move || {
        let svg = state.outlook.with_untracked(|o| {
            o.as_ref().map_or(String::new(), |o| {
                let (w, h) = PRINT_CHART_SIZE;
                with_chart_data(t, state, o, None, |d| to_svg(d, Palette::LIGHT, w, h))
            })
        });
        drawing.set(svg);
    };
    before_print(draw);
    let redraw = on_pause(PRINT_DELAY, draw);
    Effect::new(move |_| {
        state.outlook.track();
        state.pinned.track();
        redraw();
    });
    view! { <div class="print-chart" aria-hidden="true" data-testid="print-chart" inner_html=move || drawing.get()></div> }
}

/// The view's link as text and the day printed, at the foot of the page.
#[component]
pub fn PrintFooter() -> impl IntoView {
    let state = use_state();
    let t = use_catalog();
    before_print(move || state.settle());
    let footer = move || {
        state.settled.track();
        let link = state.share_link_now(t);
        print_footer(t, &link, today())
    };
    view! { <p class="print-only" data-testid="print-footer">{footer}</p> }
}
