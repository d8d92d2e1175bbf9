//! The growth presets, the history window they rest on, and "reset to baseline".

use super::Choice;
use crate::data::DataSet;
use crate::i18n::{Catalog, Fill};
use crate::scenario::{presets, window_years, Preset, Scenario};
use crate::text;

/// One preset as a button and its sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct PresetItem {
    /// The preset (what it sets is `Preset::growth`).
    pub preset: Preset,
    /// The button's label.
    pub label: &'static str,
    /// Its sentence with its numbers.
    pub text: String,
}

/// What the presets panel shows.
#[derive(Clone, Debug, PartialEq)]
pub struct PresetsView {
    /// The history window's possible first years, oldest first.
    pub window: Vec<Choice<i32>>,
    /// "to 2024": where the window ends (the base year).
    pub window_end: String,
    /// The presets the scenario offers.
    pub presets: Vec<PresetItem>,
    /// What "reset" returns to: the default window's baseline.
    pub reset_note: String,
}

impl PresetsView {
    /// The panel for `scenario` over `data`, with `needed` the growth needed by the
    /// deadline (a fraction a year), in `t`'s language. Made of the scenario's settings
    /// alone (`Scenario::settings_only`): the growth a slider step changes is in none of
    /// it; whether reset has anything to do is `Scenario::has_baseline_growth`.
    pub fn of(
        t: &Catalog,
        data: &DataSet,
        scenario: &Scenario,
        needed: Option<f64>,
    ) -> PresetsView {
        let r = scenario.settings_only().resolve(data);
        let series = data.series(r.series);
        let a = &r.assumptions;
        let reset = scenario.with_baseline_growth().resolve(data);
        PresetsView {
            window: Choice::years(window_years(series, a.base_year), a.window_from),
            window_end: t.fill(Fill::PresetWindowTo {
                year: &a.base_year.to_string(),
            }),
            presets: presets(series, &r, needed)
                .into_iter()
                .map(|preset| PresetItem {
                    label: text::preset_label(t, &preset),
                    text: text::preset(t, &preset, a),
                    preset,
                })
                .collect(),
            reset_note: text::baseline(t, reset.baseline, reset.default_growth),
        }
    }
}
