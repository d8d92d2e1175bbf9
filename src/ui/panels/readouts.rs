//! The answers in words, with machine-readable values (`data-value`) for tests and
//! scripts: the headline answer first, the others apart (they follow the chart on phones).

use crate::data::Series;
use crate::format::trimmed;
use crate::i18n::{Catalog, Msg};
use crate::model::{Assumptions, Outlook};
use crate::text;
use crate::ui::language::use_catalog;
use crate::ui::platform::pause::on_pause;
use crate::ui::{use_state, AppState};
use leptos::prelude::*;
use std::time::Duration;

/// How long the answers must stay unchanged before they are announced.
const ANNOUNCE_DELAY: Duration = Duration::from_millis(600);

/// A `data-value` for an optional number.
fn machine(value: Option<f64>) -> String {
    value.map_or(String::new(), |v| trimmed(v, 2))
}

/// What a read-out says, from the current scenario and projection.
type Say = fn(&Catalog, &Assumptions, &Outlook, &Series) -> String;

/// A read-out's text as a memo: a slider step rewrites only the texts that change.
fn readout(state: AppState, t: &'static Catalog, say: Say) -> Memo<String> {
    Memo::new(move |_| {
        let series = t.data().series(state.series.get());
        let a = state.resolved.with(|r| r.assumptions);
        // `with`, not `get`: no copy of the projection for each of these memos.
        state
            .outlook
            .with(|o| o.as_ref().map_or(String::new(), |o| say(t, &a, o, series)))
    })
}

/// The headline answer: the year the target is reached at this growth. Screen readers
/// hear it, with the growth needed and the chance, once the reader pauses.
#[component]
pub fn Answer() -> impl IntoView {
    let state = use_state();
    let t = use_catalog();
    let reached_year = readout(state, t, |_, _, o, _| {
        o.main.reached.map_or(String::new(), |y| y.to_string())
    });
    let reached = readout(state, t, |t, a, o, _| text::reached(t, a, o.main.reached));

    // Announced at the pause, not at every slider step; written then, not per step.
    let announced = RwSignal::new(String::new());
    let announce = on_pause(ANNOUNCE_DELAY, move || {
        let a = state.resolved.with_untracked(|r| r.assumptions);
        let text = state.outlook.with_untracked(|o| {
            o.as_ref().map_or(String::new(), |o| {
                let chance = o.chance.map_or(String::new(), |p| text::chance(t, &a, p));
                let needed = text::required(t, &a, o.main.needed);
                format!("{} {needed} {chance}", reached.get_untracked())
            })
        });
        announced.set(text);
    });
    Effect::new(move |_| {
        state.outlook.track();
        announce();
    });

    view! {
        <section class="answer" aria-label=t.get(Msg::AppResults)>
            <p class="readout primary" data-testid="target-year" data-value=reached_year>
                {reached}
            </p>
            <p class="visually-hidden" aria-live="polite" data-testid="announcer">
                {move || announced.get()}
            </p>
        </section>
    }
}

/// The other answers: growth needed, chance, base figures and backtest.
#[component]
pub fn Readouts() -> impl IntoView {
    let state = use_state();
    let t = use_catalog();
    let text_of = |say: Say| readout(state, t, say);
    let needed_value = text_of(|_, _, o, _| machine(o.main.needed.map(|r| r * 100.0)));
    let needed = text_of(|t, a, o, _| text::required(t, a, o.main.needed));
    let chance_value = text_of(|_, _, o, _| machine(o.chance.map(|p| p * 100.0)));
    let chance = text_of(|t, a, o, _| o.chance.map_or(String::new(), |p| text::chance(t, a, p)));
    let base_year = text_of(|_, a, _, _| a.base_year.to_string());
    let base_value = text_of(|_, _, o, _| machine(Some(o.base.turnover)));
    let base = text_of(|t, _, o, series| text::base(t, series, o));
    let base_exports = text_of(|_, _, o, _| machine(o.base.split.map(|s| s.exports)));
    let base_imports = text_of(|_, _, o, _| machine(o.base.split.map(|s| s.imports)));
    let derived = text_of(|t, _, o, _| text::derived_split(t, o).unwrap_or_default());
    let backtest = text_of(|t, _, o, _| {
        o.backtest
            .last()
            .map(|b| text::backtest(t, b))
            .unwrap_or_default()
    });

    view! {
        <section class="readouts">
            <p class="readout" data-testid="required-growth" data-value=needed_value>
                {needed}
            </p>
            <p class="readout" data-testid="chance" data-value=chance_value>
                {chance}
            </p>
            <p class="readout base" data-testid="base-year" data-value=base_year>
                <span data-testid="base-value" data-value=base_value>
                    {base}
                </span>
                <span data-testid="base-exports" data-value=base_exports></span>
                <span data-testid="base-imports" data-value=base_imports></span>
                " "
                {derived}
            </p>
            <p class="readout base" data-testid="backtest">
                {backtest}
            </p>
        </section>
    }
}
