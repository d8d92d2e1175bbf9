//! The one piece of app state, a [`Scenario`], and its URL codec.
//!
//! A scenario holds only what the reader chose; `None` means "the default", which
//! may depend on other choices (the default growth is the series' own baseline).
//! [`Scenario::resolve`] turns it into the model's [`Assumptions`].

mod edits;
mod keys;
mod presets;
mod query;
mod settings;
mod values;
mod workspace;

pub use edits::{base_years, typed_growth, window_years};
pub use keys::UrlKey;
pub use presets::{on_track_rate, presets, Preset};
pub use query::{
    data_param, decode as decode_component, filter_query, merge_query, without_data, QueryProblem,
};
pub use settings::Changed;
pub use workspace::{
    clean_name, pins_from_storage, pins_storage_key, pins_to_storage, room_for_another_pin, Pin,
    PinnedOutlook, Workspace, MAX_PINS, NAME_MAX_CHARS,
};

use crate::data::{DataSet, Series, SeriesIndex};
pub use crate::model::DEFAULT_DEADLINE_YEARS;

use crate::model::{
    baseline, default_deadline, default_window_start, Assumptions, Baseline, Percent,
};

/// Slider range and step for growth, % a year.
pub const GROWTH_MIN: f64 = -20.0;
/// Highest growth the slider offers, % a year.
pub const GROWTH_MAX: f64 = 40.0;
/// Slider step, % a year.
pub const GROWTH_STEP: f64 = 0.5;
/// Smallest and largest target accepted, US$ million.
pub const TARGET_RANGE: (f64, f64) = (1.0, 100_000.0);
/// Latest year a deadline or horizon may reach.
pub const LAST_YEAR_MAX: i32 = 2060;
/// Default last year of the projection horizon.
pub const DEFAULT_LAST_YEAR: i32 = 2035;
/// Earliest year accepted for a deadline or horizon (in a URL or a field).
pub const FIRST_YEAR: i32 = 1990;

/// What the reader chose. Every field is valid by construction: setters and the URL
/// decoder clamp or drop bad values.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Scenario {
    /// Which statistic is shown (0: the data set's first, the default).
    pub series: SeriesIndex,
    /// Base year; `None`: the series' latest year with a turnover.
    pub base: Option<i32>,
    /// Growth of both flows, % a year; `None`: the baseline (historical compound growth).
    pub growth: Option<f64>,
    /// Growth of exports alone, % a year; set (with or without `imports`) = unlinked.
    pub exports: Option<f64>,
    /// Growth of imports alone, % a year; set (with or without `exports`) = unlinked.
    pub imports: Option<f64>,
    /// Target, US$ million; `None`: the data file's first target ([`DataSet::default_target`]).
    pub target: Option<f64>,
    /// Deadline year for "growth needed"; `None`: the target's own deadline or base + 3.
    pub by: Option<i32>,
    /// Last year of the horizon; `None`: [`DEFAULT_LAST_YEAR`] or the deadline if later.
    pub to: Option<i32>,
    /// First year of the history window; `None`: five years before the base.
    pub from: Option<i32>,
}

/// A scenario with every default filled in, ready for the model and the controls.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Resolved {
    /// Which statistic.
    pub series: SeriesIndex,
    /// The model's inputs.
    pub assumptions: Assumptions,
    /// The historical growth the default rests on, when the series has one.
    pub baseline: Option<Baseline>,
    /// The growth used when the reader has not moved the slider, % a year.
    pub default_growth: f64,
    /// The linked growth in effect, % a year (what the main slider shows).
    pub growth: f64,
    /// True when one rate drives both flows.
    pub linked: bool,
    /// The history window's first year when the reader has not chosen one.
    pub default_window_from: i32,
    /// The deadline used when the reader has not set one.
    pub default_by: i32,
    /// The horizon's last year when the reader has not set one.
    pub default_last_year: i32,
}

/// Rounds to the nearest 0.01 (URL and read-out precision of a growth rate).
pub fn round_growth(pct: f64) -> f64 {
    Percent::new(pct).to_hundredth().value()
}

/// Clamps a growth rate into the slider's range; `None` when not a number.
pub fn clamp_growth(pct: f64) -> Option<f64> {
    pct.is_finite()
        .then(|| round_growth(pct.clamp(GROWTH_MIN, GROWTH_MAX)))
}

/// Clamps a target into [`TARGET_RANGE`]; `None` when not a number.
pub fn clamp_target(value: f64) -> Option<f64> {
    value
        .is_finite()
        .then(|| (value.clamp(TARGET_RANGE.0, TARGET_RANGE.1) * 10.0).round() / 10.0)
}

/// Position of a rate along the slider, in % of its length (where the track shading
/// starts and ends); rates beyond the slider sit at its ends.
pub fn slider_position(pct: f64) -> f64 {
    ((pct - GROWTH_MIN) / (GROWTH_MAX - GROWTH_MIN) * 100.0).clamp(0.0, 100.0)
}

/// Reads a whole year typed into a deadline or horizon field; `None` for anything else
/// or a year outside [`FIRST_YEAR`]…[`LAST_YEAR_MAX`].
pub fn parse_year(raw: &str) -> Option<i32> {
    raw.trim()
        .parse::<i32>()
        .ok()
        .filter(|y| (FIRST_YEAR..=LAST_YEAR_MAX).contains(y))
}

impl Scenario {
    /// True when one rate drives both flows (neither flow has its own rate).
    pub fn is_linked(&self) -> bool {
        self.exports.is_none() && self.imports.is_none()
    }

    /// Links or unlinks the flows. Unlinking starts both flows at the linked rate in
    /// effect; linking returns to the linked rate.
    pub fn set_linked(&mut self, linked: bool, growth_in_effect: f64) {
        if linked {
            self.exports = None;
            self.imports = None;
        } else if self.is_linked() {
            self.exports = Some(growth_in_effect);
            self.imports = Some(growth_in_effect);
        }
    }

    /// Sets one linked rate for both flows; `None` returns to the baseline rate.
    pub fn set_linked_growth(&mut self, growth: Option<f64>) {
        self.growth = growth;
        self.exports = None;
        self.imports = None;
    }

    /// The scenario with its growth reset: the baseline rate, linked, over the default
    /// history window ("Reset to baseline").
    pub fn with_baseline_growth(&self) -> Scenario {
        let mut reset = Scenario {
            from: None,
            ..*self
        };
        reset.set_linked_growth(None);
        reset
    }

    /// True when the growth is the baseline already (nothing for "reset" to do).
    pub fn has_baseline_growth(&self) -> bool {
        *self == self.with_baseline_growth()
    }

    /// The base year in effect: the chosen one when the series has a turnover then,
    /// else the series' latest.
    pub fn base_year(&self, series: &Series) -> i32 {
        self.base
            .filter(|y| series.has_turnover(*y))
            .or_else(|| series.latest_turnover_year())
            .unwrap_or(0)
    }

    /// Fills in every default and clamps the years against the base year.
    pub fn resolve(&self, data: &DataSet) -> Resolved {
        let series = data.series(self.series);
        let base_year = self.base_year(series);
        let default_window_from = default_window_start(series, base_year).unwrap_or(base_year);
        let window_from = self
            .from
            .filter(|y| window_years(series, base_year).contains(y))
            .unwrap_or(default_window_from);
        let baseline = baseline(series, window_from, base_year);
        let default_growth = baseline.map_or(0.0, |b| {
            let pct = Percent::of(b.rate).value();
            clamp_growth((pct / GROWTH_STEP).round() * GROWTH_STEP).unwrap_or(0.0)
        });
        let target = self.target.unwrap_or_else(|| data.default_target());
        let own_deadline = data.target_with_value(target).and_then(|t| t.deadline);
        let default_by = default_deadline(own_deadline, base_year);
        // A data file may have figures up to 2100: after a base at or beyond
        // LAST_YEAR_MAX, the year after the base is the only deadline and horizon.
        let latest = LAST_YEAR_MAX.max(base_year + 1);
        let by_year = self.by.unwrap_or(default_by).clamp(base_year + 1, latest);
        let default_last_year = DEFAULT_LAST_YEAR.max(by_year);
        let last_year = self
            .to
            .unwrap_or(default_last_year)
            .clamp(base_year + 1, latest);
        let growth = self.growth.unwrap_or(default_growth);
        Resolved {
            series: self.series,
            assumptions: Assumptions {
                base_year,
                exports_pct: self.exports.unwrap_or(growth),
                imports_pct: self.imports.unwrap_or(growth),
                target,
                by_year,
                last_year,
                window_from,
            },
            baseline,
            default_growth,
            growth,
            linked: self.is_linked(),
            default_window_from,
            default_by,
            default_last_year,
        }
    }
}

#[cfg(test)]
mod tests;
