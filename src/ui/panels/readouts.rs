//! The answers in words, with machine-readable values (`data-value`) for tests and
//! scripts: the headline answer first, the others apart (they follow the chart on
//! phones). What they say is `view::readouts`'.

use crate::i18n::Msg;
use crate::ui::language::use_catalog;
use crate::ui::platform::pause::on_pause;
use crate::ui::use_state;
use crate::view::readouts::{announcement, answer, Readout, ReadoutsView};
use leptos::prelude::*;
use std::time::Duration;

/// How long the answers must stay unchanged before they are announced.
const ANNOUNCE_DELAY: Duration = Duration::from_millis(600);

/// The headline answer: the year the target is reached at this growth. Screen readers
/// hear it, with the growth needed and the chance, once the reader pauses.
#[component]
pub fn Answer() -> impl IntoView {
    let state = use_state();
    let t = use_catalog();
    let headline = Memo::new(move |_| {
        let a = state.resolved.with(|r| r.assumptions);
        state.outlook.with(|o| {
            o.as_ref()
                .map_or_else(Readout::default, |o| answer(t, &a, o))
        })
    });
    // Announced at the pause, not at every slider step; written then, not per step.
    let announced = RwSignal::new(String::new());
    let announce = on_pause(ANNOUNCE_DELAY, move || {
        let a = state.resolved.with_untracked(|r| r.assumptions);
        let text = state
            .outlook
            .with_untracked(|o| o.as_ref().map_or(String::new(), |o| announcement(t, &a, o)));
        announced.set(text);
    });
    Effect::new(move |_| {
        state.outlook.track();
        announce();
    });

    view! {
        <section class="answer" aria-label=t.get(Msg::AppResults)>
            <p class="readout primary" data-testid="target-year"
                data-value=move || headline.with(|h| h.value.clone())>
                {move || headline.with(|h| h.text.clone())}
            </p>
            <p class="visually-hidden" aria-live="polite" data-testid="announcer">
                {move || announced.get()}
            </p>
        </section>
    }
}

/// The other answers: growth needed, chance, base figures and backtest.
#[component]
pub fn Readouts() -> impl IntoView {
    let state = use_state();
    let t = use_catalog();
    let shown = Memo::new(move |_| {
        let series = t.data().series(state.series.get());
        let a = state.resolved.with(|r| r.assumptions);
        state.outlook.with(|o| {
            o.as_ref().map_or_else(ReadoutsView::default, |o| {
                ReadoutsView::of(t, series, &a, o)
            })
        })
    });
    // Each text its own memo: a slider step rewrites only the texts that change.
    let part = move |pick: fn(&ReadoutsView) -> &str| {
        Memo::new(move |_| shown.with(|v| pick(v).to_string()))
    };

    view! {
        <section class="readouts">
            <p class="readout" data-testid="required-growth" data-value=part(|v| &v.needed.value)>
                {part(|v| &v.needed.text)}
            </p>
            <p class="readout" data-testid="chance" data-value=part(|v| &v.chance.value)>
                {part(|v| &v.chance.text)}
            </p>
            <p class="readout base" data-testid="base-year" data-value=part(|v| &v.base_year)>
                <span data-testid="base-value" data-value=part(|v| &v.base.value)>
                    {part(|v| &v.base.text)}
                </span>
                <span data-testid="base-exports" data-value=part(|v| &v.base_flows.0)></span>
                <span data-testid="base-imports" data-value=part(|v| &v.base_flows.1)></span>
                " "
                {part(|v| &v.derived)}
            </p>
            <p class="readout base" data-testid="backtest">
                {part(|v| &v.backtest)}
            </p>
        </section>
    }
}
