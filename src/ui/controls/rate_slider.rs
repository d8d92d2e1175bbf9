//! One growth-rate slider with its exact-entry field.

use crate::format::{fixed, parse_decimal, trimmed};
use crate::i18n::Fill;
use crate::scenario::{clamp_growth, slider_position, GROWTH_MAX, GROWTH_MIN, GROWTH_STEP};
use crate::text;
use crate::ui::language::use_catalog;
use leptos::prelude::*;

/// Where a position of the slider (% of its length) lies along the track, as CSS: the
/// thumb's centre travels from one thumb radius (22 px: half its 44 px touch target)
/// to the other end.
fn along_track(pct: f64) -> String {
    format!("calc(22px + (100% - 44px) * {})", fixed(pct / 100.0, 4))
}

/// A native range input (keyboard and screen readers for free) plus a number field.
/// The track is shaded between the baseline and the current value.
#[component]
pub fn RateSlider(
    /// Element id of the range input (the label points at it).
    id: &'static str,
    /// `data-testid` of the range input.
    testid: &'static str,
    /// Visible label.
    label: &'static str,
    /// The rate in effect, % a year.
    #[prop(into)]
    value: Signal<f64>,
    /// The baseline the shading starts from, % a year.
    #[prop(into)]
    baseline: Signal<f64>,
    /// Called with a clamped rate when the reader sets one.
    on_set: Callback<f64>,
) -> impl IntoView {
    let t = use_catalog();
    let set = move |raw: String| {
        if let Some(v) = parse_decimal(&raw).and_then(clamp_growth) {
            on_set.run(v);
        }
    };
    // Re-show the value in effect after an unusable or clamped entry.
    let field_revision = RwSignal::new(0u32);
    // The shade is an element of its own, not a restyled slider: a form control's style
    // recalc costs about 0.3 ms a slider step, the shade's almost nothing.
    let lo = move || slider_position(value.get().min(baseline.get()));
    let hi = move || slider_position(value.get().max(baseline.get()));
    let number_id = format!("{id}-number");
    // Also as the attribute: the markup rendered at build time holds no properties.
    let initial = value.with_untracked(|v| trimmed(*v, 6));
    let (min, max) = (trimmed(GROWTH_MIN, 1), trimmed(GROWTH_MAX, 1));

    view! {
        <div class="rate">
            <div class="rate-head">
                <label for=id>{label}</label>
                <span class="rate-exact">
                    <input
                        id=number_id
                        class="growth-number"
                        data-testid=format!("{testid}-number")
                        type="number"
                        min=min.clone()
                        max=max.clone()
                        step="0.1"
                        aria-label=t.fill(Fill::GrowthExact { label })
                        value=initial.clone()
                        prop:value=move || {
                            field_revision.track();
                            trimmed(value.get(), 6)
                        }
                        on:change=move |ev| {
                            set(event_target_value(&ev));
                            field_revision.update(|n| *n += 1);
                        }
                    />
                    <span class="unit">"%"</span>
                </span>
            </div>
            <div class="rate-track">
                <span
                    class="rate-shade"
                    style:left=move || along_track(lo())
                    style:right=move || along_track(100.0 - hi())
                ></span>
                <input
                    id=id
                    class="rate-slider"
                    data-testid=testid
                    type="range"
                    min=min
                    max=max
                    step=trimmed(GROWTH_STEP, 1)
                    value=initial
                    prop:value=move || trimmed(value.get(), 6)
                    aria-valuetext=move || text::growth_value(t, value.get())
                    aria-describedby="growth-baseline"
                    on:input=move |ev| set(event_target_value(&ev))
                />
            </div>
        </div>
    }
}
