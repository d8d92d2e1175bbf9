//! Projection, targets and baseline: pure arithmetic on the data set, no browser types.

mod baseline;
mod projection;
mod targets;

pub use baseline::{baseline, compound_growth, Baseline, BASELINE_WINDOW_YEARS};
pub use projection::{grow, project, Base, ProjectedYear, Split};
pub use targets::{growth_needed, year_reached};

use crate::data::Series;

/// Fully resolved inputs of one projection (every value valid and in range).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Assumptions {
    /// Year the projection starts from.
    pub base_year: i32,
    /// Linked growth of exports and imports, % a year.
    pub growth_pct: f64,
    /// Turnover target, US$ million.
    pub target: f64,
    /// Deadline for the "growth needed" question.
    pub by_year: i32,
    /// Last year of the projection horizon.
    pub last_year: i32,
}

/// Everything the chart and read-outs show about one scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Outlook {
    /// The actual figures at the base year.
    pub base: Base,
    /// The projection, base year first, to the horizon's last year.
    pub projection: Vec<ProjectedYear>,
    /// First year turnover reaches the target within the horizon.
    pub target_year: Option<i32>,
    /// Growth (fraction a year) that reaches the target by the deadline.
    pub required_rate: Option<f64>,
}

impl Outlook {
    /// Computes the outlook; `None` when the base year has no turnover figure.
    pub fn compute(series: &Series, a: &Assumptions) -> Option<Outlook> {
        let base = Base::of(series, a.base_year)?;
        let projection = project(&base, a.growth_pct / 100.0, a.last_year);
        Some(Outlook {
            target_year: year_reached(&projection, a.target),
            required_rate: growth_needed(base.turnover, base.year, a.target, a.by_year),
            base,
            projection,
        })
    }
}

#[cfg(test)]
mod tests;
