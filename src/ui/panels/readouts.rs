//! The answers in words, with machine-readable values for tests and scripts.

use crate::data::Series;
use crate::format::trimmed;
use crate::i18n::{Catalog, Msg};
use crate::model::{Assumptions, Outlook};
use crate::text;
use crate::ui::language::use_catalog;
use crate::ui::platform::pause::on_pause;
use crate::ui::use_state;
use leptos::prelude::*;
use std::time::Duration;

/// How long the answers must stay unchanged before they are announced.
const ANNOUNCE_DELAY: Duration = Duration::from_millis(600);

/// A `data-value` for an optional number.
fn machine(value: Option<f64>) -> String {
    value.map_or(String::new(), |v| trimmed(v, 2))
}

/// Year the target is reached, growth needed, chance, base figures and backtest.
#[component]
pub fn Readouts() -> impl IntoView {
    let state = use_state();
    let t = use_catalog();
    let a = move || state.resolved.get().assumptions;
    // Each text is a memo: a slider step rewrites only the texts that change.
    let text_of = |f: fn(&Catalog, &Assumptions, &Outlook, &Series) -> String| {
        Memo::new(move |_| {
            let series = t.data().series(state.series.get());
            // `with`, not `get`: no copy of the projection for each of these memos.
            state
                .outlook
                .with(|o| o.as_ref().map_or(String::new(), |o| f(t, &a(), o, series)))
        })
    };
    let reached_year =
        text_of(|_, _, o, _| o.main.reached.map_or(String::new(), |y| y.to_string()));
    let reached = text_of(|t, a, o, _| text::reached(t, a, o.main.reached));
    let needed_value = text_of(|_, _, o, _| machine(o.main.needed.map(|r| r * 100.0)));
    let needed = text_of(|t, a, o, _| text::required(t, a, o.main.needed));
    let chance_value = text_of(|_, _, o, _| machine(o.chance.map(|p| p * 100.0)));
    let chance = text_of(|t, a, o, _| o.chance.map_or(String::new(), |p| text::chance(t, a, p)));
    let base_year = text_of(|_, a, _, _| a.base_year.to_string());
    let base_value = text_of(|_, _, o, _| machine(Some(o.base.turnover)));
    let base = text_of(|t, _, o, series| text::base(t, series, o));
    let base_exports = text_of(|_, _, o, _| machine(o.base.split.map(|s| s.exports)));
    let base_imports = text_of(|_, _, o, _| machine(o.base.split.map(|s| s.imports)));
    let derived = text_of(|t, _, o, _| text::derived_split(t, o).unwrap_or_default());
    let backtest = text_of(|t, _, o, _| {
        o.backtest
            .last()
            .map(|b| text::backtest(t, b))
            .unwrap_or_default()
    });

    // Screen readers hear the answers once the reader pauses, not at every slider step.
    let announced = RwSignal::new(String::new());
    let announce = on_pause(ANNOUNCE_DELAY, move || {
        let text = format!(
            "{} {} {}",
            reached.get_untracked(),
            needed.get_untracked(),
            chance.get_untracked()
        );
        announced.set(text);
    });
    Effect::new(move |_| {
        reached.track();
        needed.track();
        chance.track();
        announce();
    });

    view! {
        <p class="visually-hidden" aria-live="polite" data-testid="announcer">{move || announced.get()}</p>
        <section class="readouts" aria-label=t.get(Msg::AppResults)>
            <p class="readout primary" data-testid="target-year" data-value=reached_year>
                {reached}
            </p>
            <p class="readout" data-testid="required-growth" data-value=needed_value>
                {needed}
            </p>
            <p class="readout" data-testid="chance" data-value=chance_value>
                {chance}
            </p>
            <p class="readout base" data-testid="base-year" data-value=base_year>
                <span data-testid="base-value" data-value=base_value>
                    {base}
                </span>
                <span data-testid="base-exports" data-value=base_exports></span>
                <span data-testid="base-imports" data-value=base_imports></span>
                " "
                {derived}
            </p>
            <p class="readout base" data-testid="backtest">
                {backtest}
            </p>
        </section>
    }
}
