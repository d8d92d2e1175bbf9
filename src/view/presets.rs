//! The growth presets, the history window they rest on, and "reset to baseline".

use super::Choice;
use crate::data::DataSet;
use crate::i18n::{Catalog, Fill};
use crate::scenario::{presets, window_years, Preset, Resolved, Scenario};
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
    /// True when the growth is the baseline already (reset has nothing to do).
    pub at_baseline: bool,
}

impl PresetsView {
    /// The panel for `scenario` (resolved as `r`) over `data`, with `needed` the growth
    /// needed by the deadline (a fraction a year), in `t`'s language.
    pub fn of(
        t: &Catalog,
        data: &DataSet,
        scenario: &Scenario,
        r: &Resolved,
        needed: Option<f64>,
    ) -> PresetsView {
        let series = data.series(r.series);
        let a = &r.assumptions;
        let reset = scenario.with_baseline_growth().resolve(data);
        PresetsView {
            window: Choice::years(window_years(series, a.base_year), a.window_from),
            window_end: t.fill(Fill::PresetWindowTo {
                year: &a.base_year.to_string(),
            }),
            presets: presets(series, r, needed)
                .into_iter()
                .map(|preset| PresetItem {
                    label: text::preset_label(t, &preset),
                    text: text::preset(t, &preset, a),
                    preset,
                })
                .collect(),
            reset_note: text::baseline(t, reset.baseline, reset.default_growth),
            at_baseline: scenario.has_baseline_growth(),
        }
    }
}
