//! Series (when the data has more than one), base year, target, deadline and horizon:
//! `view::fields` says what they show, `Scenario`'s edits what an entry does.

use crate::i18n::Msg;
use crate::scenario::Scenario;
use crate::ui::language::use_catalog;
use crate::ui::use_state;
use crate::view::fields::FieldsView;
use crate::view::Choice;
use leptos::prelude::*;

/// A list's options from its choices.
fn options<T: ToString + Clone + Send + Sync + 'static>(choices: Vec<Choice<T>>) -> impl IntoView {
    choices
        .into_iter()
        .map(|c| view! { <option value=c.value.to_string() selected=c.selected>{c.label}</option> })
        .collect_view()
}

/// A year field (deadline or horizon): shows `shown`, sends what is typed to `edit`.
#[component]
fn YearField(
    id: &'static str,
    testid: &'static str,
    label: &'static str,
    #[prop(into)] shown: Signal<String>,
    revision: RwSignal<u32>,
    edit: fn(&mut Scenario, &str),
) -> impl IntoView {
    let state = use_state();
    view! {
        <div class="control">
            <label for=id>{label}</label>
            <input id=id data-testid=testid type="number" step="1"
                prop:value=move || {
                    revision.track();
                    shown.get()
                }
                on:change=move |ev| {
                    state.edit(|s| edit(s, &event_target_value(&ev)));
                    revision.update(|n| *n += 1);
                }
            />
        </div>
    }
}

/// The statistic shown, when the data set has more than one.
#[component]
fn SeriesChoice(choices: Vec<Choice<String>>) -> impl IntoView {
    let state = use_state();
    let t = use_catalog();
    view! {
        <div class="control">
            <label for="series">{t.get(Msg::ControlSeries)}</label>
            <select id="series" data-testid="series-select"
                on:change=move |ev| state.edit(|s| s.choose_series(&event_target_value(&ev), state.data))>
                {options(choices)}
            </select>
        </div>
    }
}

/// The scenario's other choices, each a native form control.
#[component]
pub fn ScenarioFields() -> impl IntoView {
    let state = use_state();
    let t = use_catalog();
    // The fields follow the settings alone: a slider step leaves them be.
    let settings = Memo::new(move |_| state.workspace.with(|w| w.current.settings_only()));
    let fields = Memo::new(move |_| settings.with(|s| FieldsView::of(t, &s.resolve(state.data))));
    let series = move || fields.with(|f| f.series.clone());
    let base_years = move || fields.with(|f| f.base_years.clone());
    let target = move || fields.with(|f| f.target.clone());
    let known = move || fields.with(|f| f.known_targets.clone());
    let (min, max) = fields.with_untracked(|f| f.target_limits.clone());
    // Bumped after every entry so a field shows the value in effect (clamped or kept).
    let revision = RwSignal::new(0u32);
    let series_choice = move || {
        let choices = series();
        (!choices.is_empty()).then(|| view! { <SeriesChoice choices=choices /> })
    };
    let known_targets = move || {
        known()
            .into_iter()
            .map(|k| {
                view! {
                    <button type="button" title=k.title aria-pressed=k.pressed.to_string()
                        on:click=move |_| state.edit(|s| s.choose_known_target(k.value))>
                        {k.label}
                    </button>
                }
            })
            .collect_view()
    };

    view! {
        {series_choice}
        <div class="control">
            <label for="base">{t.get(Msg::ControlBase)}</label>
            <select id="base" data-testid="base-select"
                on:change=move |ev| state.edit(|s| s.choose_base(&event_target_value(&ev)))>
                {move || options(base_years())}
            </select>
        </div>
        <div class="control">
            <label for="target">{t.get(Msg::ControlTarget)}</label>
            <input id="target" data-testid="target-input" type="number" min=min max=max step="50"
                prop:value=move || {
                    revision.track();
                    target()
                }
                on:change=move |ev| {
                    state.edit(|s| s.type_target(&event_target_value(&ev)));
                    revision.update(|n| *n += 1);
                }
            />
            <div class="presets">{known_targets}</div>
        </div>
        <YearField id="by" testid="by-input" label=t.get(Msg::ControlBy)
            shown=Signal::derive(move || fields.with(|f| f.by.clone()))
            revision=revision edit=Scenario::type_deadline />
        <YearField id="to" testid="to-input" label=t.get(Msg::ControlTo)
            shown=Signal::derive(move || fields.with(|f| f.to.clone()))
            revision=revision edit=Scenario::type_horizon />
    }
}
