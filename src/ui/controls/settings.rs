//! "Scenario settings": everything but the growth slider, one click or tap away, with a
//! one-line summary of what differs from the defaults beside the toggle.

use super::growth::LinkToggle;
use super::presets::Presets;
use super::scenario_fields::ScenarioFields;
use crate::i18n::Msg;
use crate::text;
use crate::ui::language::use_catalog;
use crate::ui::use_state;
use leptos::prelude::*;

/// A native disclosure (keyboard and screen readers for free) holding the link toggle,
/// the presets and history window, and the series, base year, target, deadline and
/// horizon fields.
#[component]
pub fn ScenarioSettings(
    /// True while the disclosure is open (kept when the page is rebuilt in another
    /// language).
    open: RwSignal<bool>,
    /// Only the toggle and its summary, no body (the prerendered first view's).
    #[prop(optional)]
    summary_only: bool,
) -> impl IntoView {
    let state = use_state();
    let t = use_catalog();
    // The scenario without its growth: a slider step leaves it, and the summary, alone.
    let settings = Memo::new(move |_| state.workspace.with(|w| w.current.settings_only()));
    let summary = Memo::new(move |_| {
        let changed = settings.with(|s| s.changed_settings(state.data));
        text::settings_summary(t, &changed)
    });
    view! {
        <details
            class="settings"
            data-testid="settings"
            prop:open=move || open.get()
            on:toggle=move |ev| {
                let details: web_sys::HtmlDetailsElement = event_target(&ev);
                open.set(details.open());
            }
        >
            <summary data-testid="settings-toggle">
                <span class="settings-title">{t.get(Msg::SettingsHeading)}</span>
                <span class="settings-summary" data-testid="settings-summary">
                    {summary}
                </span>
            </summary>
            {(!summary_only)
                .then(|| {
                    view! {
                        <div class="settings-body">
                            <LinkToggle />
                            <Presets />
                            <div class="fields">
                                <ScenarioFields />
                            </div>
                        </div>
                    }
                })}
        </details>
    }
}
