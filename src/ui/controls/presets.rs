//! One-click growth presets, each explained with its numbers, and the history window.
//! What each preset stands for is `scenario::presets`; this only shows them.

use crate::i18n::{Fill, Msg};
use crate::scenario::{presets, Preset};
use crate::text;
use crate::ui::language::use_catalog;
use crate::ui::use_state;
use leptos::prelude::*;

/// The `data-testid` of a preset's button.
fn testid(preset: &Preset) -> &'static str {
    match preset {
        Preset::Historical { .. } => "preset-historical",
        Preset::Momentum { .. } => "preset-momentum",
        Preset::OnTrack { .. } => "preset-on-track",
    }
}

/// Growth presets (historical, recent momentum, on track), the history window, reset.
#[component]
pub fn Presets() -> impl IntoView {
    let state = use_state();
    let t = use_catalog();
    let r = move || state.resolved.get();
    let series = move || state.data.series(r().series);
    let set_linked = move |growth: Option<f64>| state.edit(|s| s.set_linked_growth(growth));
    let window_years = move || {
        let base = state.base_year.get();
        let series = state.data.series(state.series.get());
        series
            .turnover_years()
            .filter(|y| *y < base)
            .collect::<Vec<_>>()
    };
    let window_from = Memo::new(move |_| r().assumptions.window_from);
    // Memos: a slider step changes none of these, so nothing below re-renders then.
    let presets = Memo::new(move |_| -> Vec<(Preset, String)> {
        let r = r();
        let needed = state
            .outlook
            .with(|o| o.as_ref().and_then(|o| o.main.needed));
        presets(series(), &r, needed)
            .into_iter()
            .map(|p| (p, text::preset(t, &p, &r.assumptions)))
            .collect()
    });
    // What "reset" returns to: the default window's baseline, one linked rate.
    let reset_note = Memo::new(move |_| {
        let reset = state.workspace.with(|w| w.current.with_baseline_growth());
        let reset = reset.resolve(state.data);
        text::baseline(t, reset.baseline, reset.default_growth)
    });
    let at_baseline = move || state.workspace.with(|w| w.current.has_baseline_growth());

    view! {
        <div class="presets-panel">
            <div class="window">
                <label for="window-from">{t.get(Msg::PresetWindow)}</label>
                <select
                    id="window-from"
                    data-testid="window-select"
                    on:change=move |ev| {
                        if let Ok(y) = event_target_value(&ev).parse::<i32>() {
                            state.edit(|s| s.from = Some(y));
                        }
                    }
                >
                    {move || {
                        window_years()
                            .into_iter()
                            .map(|y| {
                                view! { <option value=y selected=move || window_from.get() == y>{y}</option> }
                            })
                            .collect_view()
                    }}
                </select>
                <span class="hint">{move || {
                    t.fill(Fill::PresetWindowTo { year: &state.base_year.get().to_string() })
                }}</span>
            </div>
            <ul class="preset-list">
                {move || {
                    presets
                        .get()
                        .into_iter()
                        .map(|(preset, text)| {
                            let growth = preset.growth();
                            view! {
                                <li>
                                    <button type="button" data-testid=testid(&preset) on:click=move |_| set_linked(growth)>
                                        {text::preset_label(t, &preset)}
                                    </button>
                                    " "
                                    {text}
                                </li>
                            }
                        })
                        .collect_view()
                }}
                <li>
                    <button
                        type="button"
                        data-testid="reset-growth"
                        disabled=at_baseline
                        on:click=move |_| state.edit(|s| *s = s.with_baseline_growth())
                    >
                        {t.get(Msg::PresetReset)}
                    </button>
                    " "
                    <span id="growth-baseline">{reset_note}</span>
                </li>
            </ul>
        </div>
    }
}
