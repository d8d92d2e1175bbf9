//! The fan: a lognormal spread around the projection from the series' own history.
//!
//! Log year-on-year changes of turnover over the history window give a standard
//! deviation σ; n years after the base, the projected value is taken as the median of a
//! lognormal with log-sd σ·√n. Bands are central intervals of that distribution.

use super::projection::ProjectedYear;
use crate::data::Series;

/// Central-interval levels drawn on the chart, with their standard-normal quantiles.
pub const BAND_LEVELS: [(f64, f64); 3] = [(0.5, 0.674_49), (0.8, 1.281_55), (0.95, 1.959_96)];

/// Log changes `ln(v_y / v_{y−1})` of turnover for consecutive years in `from..=to`.
pub fn log_changes(series: &Series, from: i32, to: i32) -> Vec<f64> {
    let value = |y: i32| {
        series
            .point(y)
            .and_then(|p| p.turnover)
            .filter(|v| *v > 0.0)
    };
    (from + 1..=to)
        .filter_map(|y| Some((value(y)? / value(y - 1)?).ln()))
        .collect()
}

/// Sample standard deviation (n − 1) of `xs`; `None` with fewer than two values.
pub fn sample_sd(xs: &[f64]) -> Option<f64> {
    if xs.len() < 2 {
        return None;
    }
    let n = xs.len() as f64;
    let mean = xs.iter().sum::<f64>() / n;
    let var = xs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1.0);
    Some(var.sqrt())
}

/// The standard normal CDF Φ(x) (Abramowitz–Stegun 7.1.26, error < 1.5·10⁻⁷).
pub fn normal_cdf(x: f64) -> f64 {
    let z = x.abs() / std::f64::consts::SQRT_2;
    let t = 1.0 / (1.0 + 0.327_591_1 * z);
    let poly = t
        * (0.254_829_592
            + t * (-0.284_496_736
                + t * (1.421_413_741 + t * (-1.453_152_027 + t * 1.061_405_429))));
    let erf = 1.0 - poly * (-z * z).exp();
    if x >= 0.0 {
        0.5 * (1.0 + erf)
    } else {
        0.5 * (1.0 - erf)
    }
}

/// One band of the fan: the central `level` interval for each projected year.
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    /// Probability inside the band (0.5, 0.8, 0.95).
    pub level: f64,
    /// (year, low, high) from the base year on.
    pub edges: Vec<(i32, f64, f64)>,
}

/// The fan and how it was measured.
#[derive(Clone, Debug, PartialEq)]
pub struct Fan {
    /// Standard deviation of log year-on-year changes.
    pub sigma: f64,
    /// How many year-on-year changes σ rests on.
    pub changes: usize,
    /// Bands from the widest to the narrowest.
    pub bands: Vec<Band>,
}

impl Fan {
    /// The fan around the projected turnover, with σ from `series` over
    /// `from..=base year`; `None` with fewer than two year-on-year changes.
    pub fn around(series: &Series, from: i32, projection: &[ProjectedYear]) -> Option<Fan> {
        let base_year = projection.first()?.year;
        let changes = log_changes(series, from, base_year);
        let sigma = sample_sd(&changes)?;
        let bands = BAND_LEVELS
            .iter()
            .rev()
            .map(|(level, z)| Band {
                level: *level,
                edges: projection
                    .iter()
                    .map(|p| {
                        let spread = (z * sigma * f64::from(p.year - base_year).sqrt()).exp();
                        (p.year, p.turnover / spread, p.turnover * spread)
                    })
                    .collect(),
            })
            .collect();
        Some(Fan {
            sigma,
            changes: changes.len(),
            bands,
        })
    }

    /// The chance that turnover `years` after the base is at or above `target`, when
    /// the projection puts it at `central`.
    pub fn chance(&self, central: f64, target: f64, years: i32) -> f64 {
        if years <= 0 || self.sigma <= 0.0 || central <= 0.0 {
            return if central >= target { 1.0 } else { 0.0 };
        }
        let z = (target.ln() - central.ln()) / (self.sigma * f64::from(years).sqrt());
        1.0 - normal_cdf(z)
    }
}
