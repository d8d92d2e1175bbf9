//! Growth: one linked rate, or one for exports and one for imports (the link toggle
//! and the presets are in the scenario settings).

use super::rate_slider::RateSlider;
use crate::i18n::Msg;
use crate::ui::language::use_catalog;
use crate::ui::use_state;
use leptos::prelude::*;

/// The growth slider, or the exports and imports sliders when the flows are unlinked.
#[component]
pub fn GrowthControl() -> impl IntoView {
    let state = use_state();
    let t = use_catalog();
    let r = move || state.resolved.get();
    let baseline = Signal::derive(move || r().default_growth);
    let linked = move || r().linked;

    view! {
        <div class="control growth">
            <Show
                when=linked
                fallback=move || {
                    view! {
                        <RateSlider
                            id="exports-slider"
                            testid="exports-slider"
                            label=t.text(&t.data().flows.exports.growth)
                            value=Signal::derive(move || r().assumptions.exports_pct)
                            baseline=baseline
                            on_set=Callback::new(move |v| state.edit(|s| s.exports = Some(v)))
                        />
                        <RateSlider
                            id="imports-slider"
                            testid="imports-slider"
                            label=t.text(&t.data().flows.imports.growth)
                            value=Signal::derive(move || r().assumptions.imports_pct)
                            baseline=baseline
                            on_set=Callback::new(move |v| state.edit(|s| s.imports = Some(v)))
                        />
                    }
                }
            >
                <RateSlider
                    id="growth-slider"
                    testid="growth-slider"
                    label=t.get(Msg::GrowthBoth)
                    value=Signal::derive(move || r().growth)
                    baseline=baseline
                    on_set=Callback::new(move |v| state.edit(|s| s.growth = Some(v)))
                />
            </Show>
        </div>
    }
}

/// The toggle between one growth rate for both flows and one each.
#[component]
pub fn LinkToggle() -> impl IntoView {
    let state = use_state();
    let t = use_catalog();
    let r = move || state.resolved.get();
    view! {
        <label class="toggle">
            <input
                type="checkbox"
                data-testid="link-rates"
                prop:checked=move || r().linked
                on:change=move |ev| {
                    let linked = event_target_checked(&ev);
                    let growth = r().growth;
                    state.edit(|s| s.set_linked(linked, growth));
                }
            />
            " "
            {t.get(Msg::GrowthLinked)}
        </label>
    }
}
