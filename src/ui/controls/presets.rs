//! One-click growth presets, each explained with its numbers, and the history window:
//! `view::presets` says what they show, `Scenario`'s edits what a click does.

use crate::i18n::Msg;
use crate::scenario::Preset;
use crate::ui::language::use_catalog;
use crate::ui::use_state;
use crate::view::presets::{PresetItem, PresetsView};
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
    // A slider step changes none of the panel: its memos follow the settings and the
    // growth needed, and only the reset button follows the growth itself.
    let settings = Memo::new(move |_| state.workspace.with(|w| w.current.settings_only()));
    let needed = Memo::new(move |_| {
        state
            .outlook
            .with(|o| o.as_ref().and_then(|o| o.main.needed))
    });
    let panel =
        Memo::new(move |_| settings.with(|s| PresetsView::of(t, state.data, s, needed.get())));
    let at_baseline = Memo::new(move |_| state.workspace.with(|w| w.current.has_baseline_growth()));
    let window = move || panel.with(|p| p.window.clone());
    let items = move || panel.with(|p| p.presets.clone());
    let item = move |item: PresetItem| {
        let growth = item.preset.growth();
        view! {
            <li>
                <button type="button" data-testid=testid(&item.preset)
                    on:click=move |_| state.edit(|s| s.set_linked_growth(growth))>
                    {item.label}
                </button>
                " "
                {item.text}
            </li>
        }
    };

    view! {
        <div class="presets-panel">
            <div class="window">
                <label for="window-from">{t.get(Msg::PresetWindow)}</label>
                <select id="window-from" data-testid="window-select"
                    on:change=move |ev| state.edit(|s| s.choose_window(&event_target_value(&ev)))>
                    {move || {
                        window().into_iter().map(|c| view! {
                            <option value=c.value selected=c.selected>{c.label}</option>
                        }).collect_view()
                    }}
                </select>
                <span class="hint">{move || panel.with(|p| p.window_end.clone())}</span>
            </div>
            <ul class="preset-list">
                {move || items().into_iter().map(item).collect_view()}
                <li>
                    <button type="button" data-testid="reset-growth"
                        disabled=at_baseline
                        on:click=move |_| state.edit(|s| *s = s.with_baseline_growth())>
                        {t.get(Msg::PresetReset)}
                    </button>
                    " "
                    <span id="growth-baseline">{move || panel.with(|p| p.reset_note.clone())}</span>
                </li>
            </ul>
        </div>
    }
}
