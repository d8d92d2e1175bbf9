//! One-click growth presets, each explained with its numbers, and the history window.

use super::language::use_catalog;
use super::use_state;
use crate::data::dataset;
use crate::i18n::{Catalog, Msg};
use crate::model::momentum;
use crate::scenario::{clamp_growth, Scenario, GROWTH_MAX, GROWTH_MIN};
use crate::text;
use leptos::prelude::*;

/// A preset: test id, label, the linked rate it sets (`None`: the baseline), sentence.
type Preset = (&'static str, &'static str, Option<f64>, String);

/// `sentence`, then " (The slider stops at 40%.)" for a rate beyond the slider.
fn with_slider_stop(t: &Catalog, sentence: String, pct: f64) -> String {
    if (GROWTH_MIN..=GROWTH_MAX).contains(&pct) {
        sentence
    } else {
        let end = t.percent(pct.clamp(GROWTH_MIN, GROWTH_MAX));
        format!(
            "{sentence} {}",
            t.fill(Msg::PresetSliderStop, &[("rate", &end)])
        )
    }
}

/// Growth presets (historical, recent momentum, on track), the history window, reset.
#[component]
pub fn Presets() -> impl IntoView {
    let state = use_state();
    let t = use_catalog();
    let r = move || state.resolved.get();
    let series = move || dataset().series(r().series);
    let set_linked = move |growth: Option<f64>| {
        state.edit(|s| {
            s.growth = growth;
            s.exports = None;
            s.imports = None;
        })
    };
    let window_years = move || {
        let base = state.base_year.get();
        let series = dataset().series(state.series.get());
        series
            .turnover_years()
            .filter(|y| *y < base)
            .collect::<Vec<_>>()
    };
    let window_from = Memo::new(move |_| r().assumptions.window_from);
    // A preset whose numbers are missing (no earlier year, no deadline) is not offered.
    // Memos: a slider step changes none of these, so nothing below re-renders then.
    let presets = Memo::new(move |_| -> Vec<Preset> {
        let r = r();
        let a = r.assumptions;
        let historical = r.baseline.map(|b| {
            let text = t.fill(
                Msg::PresetHistoricalText,
                &[
                    ("rate", &t.percent(r.default_growth)),
                    ("from", &b.from.to_string()),
                    ("to", &b.to.to_string()),
                    ("exact", &t.percent(b.rate * 100.0)),
                ],
            );
            let label = t.get(Msg::PresetHistorical);
            ("preset-historical", label, None, text)
        });
        let recent = momentum(series(), a.base_year).map(|(year, g)| {
            let pct = g * 100.0;
            let text = t.fill(
                Msg::PresetMomentumText,
                &[
                    ("rate", &t.percent(pct)),
                    ("from", &(year - 1).to_string()),
                    ("to", &year.to_string()),
                ],
            );
            let text = with_slider_stop(t, text, pct);
            let label = t.get(Msg::PresetMomentum);
            ("preset-momentum", label, clamp_growth(pct), text)
        });
        // Rounded up to 0.01 so that the preset does reach the target by the deadline.
        let needed = state
            .outlook
            .with(|o| o.as_ref().and_then(|o| o.main.needed));
        let on_track = needed.map(|g| {
            let pct = (g * 10_000.0).ceil() / 100.0;
            let text = t.fill(
                Msg::PresetOnTrackText,
                &[
                    ("rate", &t.percent(pct)),
                    ("target", &t.money(a.target)),
                    ("year", &a.by_year.to_string()),
                ],
            );
            let text = with_slider_stop(t, text, pct);
            let label = t.get(Msg::PresetOnTrack);
            ("preset-on-track", label, clamp_growth(pct), text)
        });
        [historical, recent, on_track]
            .into_iter()
            .flatten()
            .collect()
    });
    // What "reset" returns to: the default window's baseline, one linked rate.
    let reset_note = Memo::new(move |_| {
        let current = state.workspace.with(|w| w.current);
        let reset = Scenario {
            growth: None,
            exports: None,
            imports: None,
            from: None,
            ..current
        }
        .resolve(dataset());
        text::baseline(t, reset.baseline, reset.default_growth)
    });
    let at_baseline = move || {
        state.workspace.with(|w| {
            let s = w.current;
            s.growth.is_none() && s.is_linked() && s.from.is_none()
        })
    };

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
                    t.fill(Msg::PresetWindowTo, &[("year", &state.base_year.get().to_string())])
                }}</span>
            </div>
            <ul class="preset-list">
                {move || {
                    presets
                        .get()
                        .into_iter()
                        .map(|(testid, label, growth, text)| {
                            view! {
                                <li>
                                    <button type="button" data-testid=testid on:click=move |_| set_linked(growth)>
                                        {label}
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
                        on:click=move |_| {
                            state.edit(|s| {
                                s.growth = None;
                                s.exports = None;
                                s.imports = None;
                                s.from = None;
                            })
                        }
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
