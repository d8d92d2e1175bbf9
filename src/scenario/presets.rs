//! One-click growth presets: the rates they stand for and what the slider is set to.

use super::{clamp_growth, Resolved, GROWTH_MAX, GROWTH_MIN};
use crate::data::Series;
use crate::model::{momentum, Percent};

/// A growth preset with its numbers (rates in % a year).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Preset {
    /// The baseline: compound growth of turnover over the history window, rounded to
    /// the slider step (`exact` unrounded).
    Historical {
        /// The rate, rounded to the slider step.
        rate: f64,
        /// The compound growth, unrounded.
        exact: f64,
        /// First year of the window.
        from: i32,
        /// Last year of the window (the base year).
        to: i32,
    },
    /// The latest year-on-year change of turnover, `from` → `to`.
    Momentum {
        /// The change.
        rate: f64,
        /// The year before the base year.
        from: i32,
        /// The base year.
        to: i32,
    },
    /// The rate that reaches the scenario's target by its deadline, rounded up to 0.01
    /// so that it does reach it.
    OnTrack {
        /// The rate.
        rate: f64,
    },
}

/// The growth needed (a fraction a year) as the "on track" rate in %, rounded up to the
/// next 0.01 %: a rate rounded to nearest could fall short of the target.
pub fn on_track_rate(needed: f64) -> f64 {
    Percent::of(needed).up_to_hundredth().value()
}

impl Preset {
    /// The rate the preset stands for.
    pub fn rate(&self) -> f64 {
        match *self {
            Preset::Historical { rate, .. }
            | Preset::Momentum { rate, .. }
            | Preset::OnTrack { rate } => rate,
        }
    }

    /// The linked growth it sets: `None` for the baseline (the scenario's default),
    /// otherwise its rate clamped into the slider's range.
    pub fn growth(&self) -> Option<f64> {
        match self {
            Preset::Historical { .. } => None,
            _ => clamp_growth(self.rate()),
        }
    }

    /// True when the rate lies beyond the slider, which then stops at its end.
    pub fn beyond_slider(&self) -> bool {
        !(GROWTH_MIN..=GROWTH_MAX).contains(&self.rate())
    }
}

/// The presets a scenario offers, in order: historical, recent momentum, on track. A
/// preset whose numbers are missing (no earlier year, no growth that reaches the target)
/// is left out. `needed` is the growth needed by the deadline (a fraction a year).
pub fn presets(series: &Series, r: &Resolved, needed: Option<f64>) -> Vec<Preset> {
    let historical = r.baseline.map(|b| Preset::Historical {
        rate: r.default_growth,
        exact: Percent::of(b.rate).value(),
        from: b.from,
        to: b.to,
    });
    let recent = momentum(series, r.assumptions.base_year).map(|(year, g)| Preset::Momentum {
        rate: Percent::of(g).value(),
        from: year - 1,
        to: year,
    });
    let on_track = needed.map(|g| Preset::OnTrack {
        rate: on_track_rate(g),
    });
    [historical, recent, on_track]
        .into_iter()
        .flatten()
        .collect()
}
