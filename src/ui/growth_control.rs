//! The growth slider, its exact-entry field and the way back to the baseline.

use super::use_state;
use crate::scenario::{clamp_growth, GROWTH_MAX, GROWTH_MIN, GROWTH_STEP};
use crate::text;
use leptos::prelude::*;

/// A native range input (keyboard and screen readers for free) plus a number field.
#[component]
pub fn GrowthControl() -> impl IntoView {
    let state = use_state();
    let growth = move || state.resolved.get().assumptions.growth_pct;
    let set_growth = move |raw: String| {
        if let Some(v) = raw.trim().parse::<f64>().ok().and_then(clamp_growth) {
            state.scenario.update(|s| s.growth = Some(v));
        }
    };
    // Re-show the value in effect when the field holds something unusable.
    let field_revision = RwSignal::new(0u32);
    let baseline_note = move || {
        let r = state.resolved.get();
        text::baseline(r.baseline, r.default_growth)
    };
    let moved = move || state.scenario.get().growth.is_some();

    view! {
        <div class="control growth">
            <label for="growth-slider">"Growth of exports and imports, % a year"</label>
            <div class="growth-row">
                <input
                    id="growth-slider"
                    data-testid="growth-slider"
                    type="range"
                    min=GROWTH_MIN
                    max=GROWTH_MAX
                    step=GROWTH_STEP
                    prop:value=move || growth().to_string()
                    aria-valuetext=move || text::growth_value(growth())
                    aria-describedby="growth-baseline"
                    on:input=move |ev| set_growth(event_target_value(&ev))
                />
                <input
                    class="growth-number"
                    data-testid="growth-number"
                    type="number"
                    min=GROWTH_MIN
                    max=GROWTH_MAX
                    step="0.1"
                    aria-label="Growth, % a year (exact)"
                    prop:value=move || {
                        field_revision.track();
                        growth().to_string()
                    }
                    on:change=move |ev| {
                        set_growth(event_target_value(&ev));
                        field_revision.update(|n| *n += 1);
                    }
                />
                <span class="unit">"%"</span>
            </div>
            <p id="growth-baseline" class="hint">
                {baseline_note}
                " "
                <button
                    type="button"
                    class="link-button"
                    data-testid="reset-growth"
                    disabled=move || !moved()
                    on:click=move |_| state.scenario.update(|s| s.growth = None)
                >
                    "Reset to default"
                </button>
            </p>
        </div>
    }
}
