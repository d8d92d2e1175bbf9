//! The default growth: the series' own compound growth over the years before the base.

use crate::data::Series;

/// How many years before the base year the baseline window reaches back, at most.
pub const BASELINE_WINDOW_YEARS: i32 = 5;

/// The historical compound growth a scenario starts from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Baseline {
    /// First year of the window.
    pub from: i32,
    /// Last year of the window (the base year).
    pub to: i32,
    /// Compound growth of turnover over the window, a fraction a year.
    pub rate: f64,
}

/// Compound annual growth of turnover from `from` to `to`; `None` unless both years
/// have a positive turnover figure and `to > from`.
pub fn compound_growth(series: &Series, from: i32, to: i32) -> Option<f64> {
    let start = series.point(from)?.turnover?;
    let end = series.point(to)?.turnover?;
    if to <= from || start <= 0.0 || end <= 0.0 {
        return None;
    }
    Some((end / start).powf(1.0 / f64::from(to - from)) - 1.0)
}

/// The default first year of the history window before `base_year`: the latest year
/// with a figure at least [`BASELINE_WINDOW_YEARS`] before the base, or, when the series
/// starts later, its first year. `None` when no earlier figure exists.
pub fn default_window_start(series: &Series, base_year: i32) -> Option<i32> {
    let earlier: Vec<i32> = series.turnover_years().filter(|y| *y < base_year).collect();
    earlier
        .iter()
        .rev()
        .find(|y| **y <= base_year - BASELINE_WINDOW_YEARS)
        .or_else(|| earlier.first())
        .copied()
}

/// The baseline over `from..=base_year`: its compound growth of turnover.
pub fn baseline(series: &Series, from: i32, base_year: i32) -> Option<Baseline> {
    let rate = compound_growth(series, from, base_year)?;
    Some(Baseline {
        from,
        to: base_year,
        rate,
    })
}

/// The latest year-on-year change of turnover up to `base_year`: (year, change as a
/// fraction), from the base and the year before it; `None` when either is missing.
pub fn momentum(series: &Series, base_year: i32) -> Option<(i32, f64)> {
    compound_growth(series, base_year - 1, base_year).map(|g| (base_year, g))
}
