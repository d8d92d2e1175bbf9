//! The answers in words, with machine-readable values for tests and scripts.

use super::use_state;
use crate::data::dataset;
use crate::text;
use leptos::prelude::*;

/// Base figure, year the target is reached, growth needed by the deadline.
#[component]
pub fn Readouts() -> impl IntoView {
    let state = use_state();
    let a = move || state.resolved.get().assumptions;
    let series = move || dataset().series(state.resolved.get().series);
    let outlook = move || state.outlook.get();
    let target_year = move || outlook().and_then(|o| o.target_year);
    let rate = move || outlook().and_then(|o| o.required_rate);

    view! {
        <section class="readouts" aria-live="polite" aria-label="Results">
            <p
                class="readout primary"
                data-testid="target-year"
                data-value=move || target_year().map_or(String::new(), |y| y.to_string())
            >
                {move || text::reached(&a(), target_year())}
            </p>
            <p
                class="readout"
                data-testid="required-growth"
                data-value=move || rate().map_or(String::new(), |r| text::machine_value(r * 100.0))
            >
                {move || text::required(&a(), rate())}
            </p>
            <p class="readout base" data-testid="base-year" data-value=move || a().base_year.to_string()>
                <span
                    data-testid="base-value"
                    data-value=move || {
                        outlook().map_or(String::new(), |o| text::machine_value(o.base.turnover))
                    }
                >
                    {move || outlook().map(|o| text::base(dataset(), series(), &o))}
                </span>
            </p>
        </section>
    }
}
