//! Series (when the data has more than one), base year, target, deadline and horizon.

use crate::format::{parse_decimal, trimmed};
use crate::i18n::Msg;
use crate::scenario::{clamp_target, parse_year};
use crate::ui::language::use_catalog;
use crate::ui::use_state;
use leptos::prelude::*;

/// The scenario's other choices, each a native form control.
#[component]
pub fn ScenarioFields() -> impl IntoView {
    let state = use_state();
    let t = use_catalog();
    let a = move || state.resolved.get().assumptions;
    // Memos, so that a slider step does not rewrite these fields.
    let target = Memo::new(move |_| a().target);
    let by_year = Memo::new(move |_| a().by_year);
    let last_year = Memo::new(move |_| a().last_year);
    // Bumped after every entry so a field shows the value in effect (clamped or kept).
    let revision = RwSignal::new(0u32);
    let refresh = move || revision.update(|n| *n += 1);
    let base_years = move || {
        let series = t.data().series(state.series.get());
        series.turnover_years().collect::<Vec<_>>()
    };

    // A data file with one series offers no choice (its name is on the chart).
    let series_choice = (t.data().series.len() > 1).then(|| {
        view! {
        <div class="control">
            <label for="series">{t.get(Msg::ControlSeries)}</label>
            <select
                id="series"
                data-testid="series-select"
                on:change=move |ev| {
                    if let Some(index) = t.data().series_index(&event_target_value(&ev)) {
                        state.edit(|s| s.series = index);
                    }
                }
            >
                {t
                    .data()
                    .series
                    .iter()
                    .enumerate()
                    .map(|(index, series)| {
                        let name = t.text(&series.name);
                        view! {
                            <option
                                value=series.id.clone()
                                selected=move || state.series.get() == index
                            >
                                {name}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
        }
    });

    view! {
        {series_choice}
        <div class="control">
            <label for="base">{t.get(Msg::ControlBase)}</label>
            <select
                id="base"
                data-testid="base-select"
                on:change=move |ev| {
                    if let Ok(y) = event_target_value(&ev).parse::<i32>() {
                        state.edit(|s| s.base = Some(y));
                    }
                }
            >
                {move || {
                    base_years()
                        .into_iter()
                        .rev()
                        .map(|y| {
                            view! {
                                <option value=y selected=move || state.base_year.get() == y>
                                    {y}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
        </div>
        <div class="control">
            <label for="target">{t.get(Msg::ControlTarget)}</label>
            <input
                id="target"
                data-testid="target-input"
                type="number"
                min="1"
                step="50"
                prop:value=move || {
                    revision.track();
                    trimmed(target.get(), 6)
                }
                on:change=move |ev| {
                    let value = parse_decimal(&event_target_value(&ev));
                    if let Some(v) = value.and_then(clamp_target) {
                        state.edit(|s| s.target = Some(v));
                    }
                    refresh();
                }
            />
            <div class="presets">
                {t
                    .data()
                    .targets
                    .iter()
                    .map(|known| {
                        let value = known.value;
                        view! {
                            <button
                                type="button"
                                title=t.text(&known.set)
                                aria-pressed=move || (target.get() == value).to_string()
                                on:click=move |_| {
                                    state.edit(|s| {
                                        s.target = Some(value);
                                        s.by = None;
                                    })
                                }
                            >
                                {t.text(&known.label)}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
        </div>
        <div class="control">
            <label for="by">{t.get(Msg::ControlBy)}</label>
            <input
                id="by"
                data-testid="by-input"
                type="number"
                step="1"
                prop:value=move || {
                    revision.track();
                    by_year.get().to_string()
                }
                on:change=move |ev| {
                    if let Some(y) = parse_year(&event_target_value(&ev)) {
                        state.edit(|s| s.by = Some(y));
                    }
                    refresh();
                }
            />
        </div>
        <div class="control">
            <label for="to">{t.get(Msg::ControlTo)}</label>
            <input
                id="to"
                data-testid="to-input"
                type="number"
                step="1"
                prop:value=move || {
                    revision.track();
                    last_year.get().to_string()
                }
                on:change=move |ev| {
                    if let Some(y) = parse_year(&event_target_value(&ev)) {
                        state.edit(|s| s.to = Some(y));
                    }
                    refresh();
                }
            />
        </div>
    }
}
