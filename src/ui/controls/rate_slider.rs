//! One growth-rate slider with its exact-entry field.

use crate::format::{fixed, trimmed};
use crate::i18n::Fill;
use crate::model::Percent;
use crate::scenario::{typed_growth, GROWTH_MAX, GROWTH_MIN, GROWTH_STEP};
use crate::text;
use crate::ui::language::use_catalog;
use crate::view::growth::shade;
use leptos::prelude::*;

/// Where a position of the slider (% of its length) lies along the track, as CSS: the
/// thumb's centre travels from one thumb radius (22 px: half its 44 px touch target)
/// to the other end.
fn along_track(pct: f64) -> String {
    format!(
        "calc(22px + (100% - 44px) * {})",
        fixed(Percent::new(pct).fraction(), 4)
    )
}

/// The number field beside a slider, for an exact rate.
#[component]
fn ExactRate(
    id: String,
    testid: String,
    label: &'static str,
    value: Signal<f64>,
    on_set: Callback<f64>,
) -> impl IntoView {
    let t = use_catalog();
    // Re-show the value in effect after an unusable or clamped entry.
    let revision = RwSignal::new(0u32);
    // Also as the attribute: the markup rendered at build time holds no properties.
    let initial = value.with_untracked(|v| trimmed(*v, 6));
    view! {
        <span class="rate-exact">
            <input
                id=id
                class="growth-number"
                data-testid=testid
                type="number"
                min=trimmed(GROWTH_MIN, 1)
                max=trimmed(GROWTH_MAX, 1)
                step="0.1"
                aria-label=t.fill(Fill::GrowthExact { label })
                value=initial
                prop:value=move || {
                    revision.track();
                    trimmed(value.get(), 6)
                }
                on:change=move |ev| {
                    if let Some(v) = typed_growth(&event_target_value(&ev)) {
                        on_set.run(v);
                    }
                    revision.update(|n| *n += 1);
                }
            />
            <span class="unit">"%"</span>
        </span>
    }
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
    // The shade is an element of its own, not a restyled slider: a form control's style
    // recalc costs about 0.3 ms a slider step, the shade's almost nothing.
    let span = move || shade(value.get(), baseline.get());
    // Also as the attribute: the markup rendered at build time holds no properties.
    let initial = value.with_untracked(|v| trimmed(*v, 6));
    let (min, max) = (trimmed(GROWTH_MIN, 1), trimmed(GROWTH_MAX, 1));

    view! {
        <div class="rate">
            <div class="rate-head">
                <label for=id>{label}</label>
                <ExactRate id=format!("{id}-number") testid=format!("{testid}-number") label=label value=value on_set=on_set />
            </div>
            <div class="rate-track">
                <span
                    class="rate-shade"
                    style:left=move || along_track(span().0)
                    style:right=move || along_track(100.0 - span().1)
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
                    on:input=move |ev| {
                        if let Some(v) = typed_growth(&event_target_value(&ev)) {
                            on_set.run(v);
                        }
                    }
                />
            </div>
        </div>
    }
}
