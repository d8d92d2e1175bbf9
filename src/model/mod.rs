//! Projection, targets, baseline and uncertainty: pure arithmetic on the data set,
//! no browser types.

mod baseline;
mod percent;
mod projection;
mod targets;
mod uncertainty;

pub use baseline::{
    baseline, compound_growth, default_window_start, momentum, Baseline, BASELINE_WINDOW_YEARS,
};
pub use percent::Percent;
pub use projection::{grow, project, Base, ProjectedYear, Rates, Split};
pub use targets::{
    default_deadline, growth_needed, target_rows, year_reached, TargetCheck, TargetRow,
    DEFAULT_DEADLINE_YEARS,
};
pub use uncertainty::{log_changes, normal_cdf, sample_sd, Band, Fan, BAND_LEVELS};

use crate::data::{PointKind, Series};

/// Fully resolved inputs of one projection (every value valid and in range).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Assumptions {
    /// Year the projection starts from.
    pub base_year: i32,
    /// Growth of Belarusian exports, % a year.
    pub exports_pct: f64,
    /// Growth of Belarusian imports, % a year.
    pub imports_pct: f64,
    /// Turnover target, US$ million.
    pub target: f64,
    /// Deadline for the "growth needed" question.
    pub by_year: i32,
    /// Last year of the projection horizon.
    pub last_year: i32,
    /// First year of the history window (baseline growth and volatility).
    pub window_from: i32,
}

impl Assumptions {
    /// The growth rates as fractions.
    pub fn rates(&self) -> Rates {
        Rates {
            exports: Percent::new(self.exports_pct).fraction(),
            imports: Percent::new(self.imports_pct).fraction(),
        }
    }
}

/// A pinned scenario's projected turnover, drawn muted on the chart for comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct PinLine {
    /// The reader's name for it.
    pub label: String,
    /// (year, turnover) from its base year on.
    pub points: Vec<(i32, f64)>,
}

/// A projected year against what actually happened (when the base is in the past).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Backtest {
    /// Calendar year.
    pub year: i32,
    /// Projected turnover.
    pub projected: f64,
    /// Actual turnover.
    pub actual: f64,
    /// Kind of the actual figure.
    pub kind: PointKind,
}

impl Backtest {
    /// Projection error as a fraction of the actual value.
    pub fn error_share(&self) -> f64 {
        (self.projected - self.actual) / self.actual
    }
}

/// Everything the chart and read-outs show about one scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Outlook {
    /// The actual figures at the base year.
    pub base: Base,
    /// The growth rates used.
    pub rates: Rates,
    /// The projection, base year first, to the horizon's last year.
    pub projection: Vec<ProjectedYear>,
    /// The scenario's own target at its deadline.
    pub main: TargetCheck,
    /// The uncertainty fan, when the window holds at least two year-on-year changes.
    pub fan: Option<Fan>,
    /// Chance that turnover is at or above the target in the deadline year.
    pub chance: Option<f64>,
    /// Actual figures after the base year within the horizon, against the projection.
    pub backtest: Vec<Backtest>,
}

impl Outlook {
    /// Computes the outlook; `None` when the base year has no turnover figure.
    pub fn compute(series: &Series, a: &Assumptions) -> Option<Outlook> {
        let base = Base::of(series, a.base_year)?;
        let rates = a.rates();
        let projection = project(&base, rates, a.last_year);
        let fan = Fan::around(series, a.window_from, &projection);
        let backtest = series
            .points
            .iter()
            .filter(|p| p.year > base.year)
            .filter_map(|p| {
                let projected = projection.get(usize::try_from(p.year - base.year).ok()?)?;
                Some(Backtest {
                    year: p.year,
                    projected: projected.turnover,
                    actual: p.turnover?,
                    kind: p.kind,
                })
            })
            .collect();
        let mut outlook = Outlook {
            base,
            rates,
            projection,
            main: TargetCheck {
                target: a.target,
                by_year: a.by_year,
                reached: None,
                needed: None,
                value_at_deadline: base.turnover,
            },
            fan,
            chance: None,
            backtest,
        };
        outlook.main = outlook.check(a.target, a.by_year);
        outlook.chance = outlook.fan.as_ref().map(|fan| {
            fan.chance(
                outlook.main.value_at_deadline,
                a.target,
                a.by_year - base.year,
            )
        });
        Some(outlook)
    }

    /// How this projection stands against `target` by `by_year`.
    pub fn check(&self, target: f64, by_year: i32) -> TargetCheck {
        let to_deadline = project(&self.base, self.rates, by_year);
        TargetCheck {
            target,
            by_year,
            reached: year_reached(&self.projection, target),
            needed: growth_needed(self.base.start(), self.base.year, target, by_year),
            value_at_deadline: to_deadline
                .last()
                .map_or(self.base.turnover, |p| p.turnover),
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) mod tests;
