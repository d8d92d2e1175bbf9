//! The answers in words, with machine-readable values for tests and scripts.

use super::use_state;
use crate::data::dataset;
use crate::text;
use leptos::prelude::*;

/// A `data-value` for an optional number.
fn machine(value: Option<f64>) -> String {
    value.map_or(String::new(), text::machine_value)
}

/// Year the target is reached, growth needed, chance, base figures and backtest.
#[component]
pub fn Readouts() -> impl IntoView {
    let state = use_state();
    let a = move || state.resolved.get().assumptions;
    let series = move || dataset().series(state.resolved.get().series);
    let outlook = move || state.outlook.get();
    let reached = move || outlook().and_then(|o| o.main.reached);
    let needed = move || outlook().and_then(|o| o.main.needed);
    let chance = move || outlook().and_then(|o| o.chance);
    let split = move || outlook().and_then(|o| o.base.split);

    view! {
        <section class="readouts" aria-live="polite" aria-label="Results">
            <p
                class="readout primary"
                data-testid="target-year"
                data-value=move || reached().map_or(String::new(), |y| y.to_string())
            >
                {move || text::reached(&a(), reached())}
            </p>
            <p class="readout" data-testid="required-growth" data-value=move || machine(needed().map(|r| r * 100.0))>
                {move || text::required(&a(), needed())}
            </p>
            <p class="readout" data-testid="chance" data-value=move || machine(chance().map(|p| p * 100.0))>
                {move || chance().map(|p| text::chance(&a(), p))}
            </p>
            <p class="readout base" data-testid="base-year" data-value=move || a().base_year.to_string()>
                <span data-testid="base-value" data-value=move || machine(outlook().map(|o| o.base.turnover))>
                    {move || outlook().map(|o| text::base(dataset(), series(), &o))}
                </span>
                <span data-testid="base-exports" data-value=move || machine(split().map(|s| s.exports))></span>
                <span data-testid="base-imports" data-value=move || machine(split().map(|s| s.imports))></span>
                " "
                {move || outlook().and_then(|o| text::derived_split(&o))}
            </p>
            <p class="readout base" data-testid="backtest">
                {move || outlook().and_then(|o| o.backtest.last().map(text::backtest))}
            </p>
        </section>
    }
}
