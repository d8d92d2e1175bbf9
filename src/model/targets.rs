//! The questions the read-outs answer: when is the target reached, what growth
//! reaches it by a given year, and how far off is the projection at the deadline.

use super::projection::ProjectedYear;
use super::{Assumptions, Outlook};
use crate::data::Target;

/// Years after the base used as the deadline when a target names none ("in the coming
/// years"), or names one that is not after the base year.
pub const DEFAULT_DEADLINE_YEARS: i32 = 3;

/// The deadline that applies to a target with deadline `own` when projecting from
/// `base_year`: its own when after the base year, else [`DEFAULT_DEADLINE_YEARS`] later.
pub fn default_deadline(own: Option<i32>, base_year: i32) -> i32 {
    own.filter(|y| *y > base_year)
        .unwrap_or(base_year + DEFAULT_DEADLINE_YEARS)
}

/// The first projected year whose turnover is at or above `target`: the base year
/// itself when the base is already there, `None` when not reached within `projection`.
pub fn year_reached(projection: &[ProjectedYear], target: f64) -> Option<i32> {
    projection
        .iter()
        .find(|p| p.turnover >= target)
        .map(|p| p.year)
}

/// The linked growth rate (fraction a year) that takes `base_value` in `base_year` to
/// `target` in `by_year`: `(target / base)^(1 / (by − base_year)) − 1`.
/// `None` when `by_year` is not after the base year or a value is not positive.
pub fn growth_needed(base_value: f64, base_year: i32, target: f64, by_year: i32) -> Option<f64> {
    let years = by_year - base_year;
    if years <= 0 || base_value <= 0.0 || target <= 0.0 {
        return None;
    }
    Some((target / base_value).powf(1.0 / f64::from(years)) - 1.0)
}

/// How a projection stands against one target at its deadline.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TargetCheck {
    /// Target, US$ million.
    pub target: f64,
    /// Deadline year.
    pub by_year: i32,
    /// First year reached within the projection.
    pub reached: Option<i32>,
    /// Linked growth (fraction a year) that reaches it by the deadline.
    pub needed: Option<f64>,
    /// Projected turnover in the deadline year.
    pub value_at_deadline: f64,
}

impl TargetCheck {
    /// The shortfall at the deadline, US$ million (negative: above the target).
    pub fn gap(&self) -> f64 {
        self.target - self.value_at_deadline
    }

    /// The shortfall as a fraction of the target.
    pub fn gap_share(&self) -> f64 {
        self.gap() / self.target
    }
}

/// One row of the targets table: a government's target, or the reader's own.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TargetRow<'a> {
    /// The target as the data set has it; `None` for the reader's own target.
    pub target: Option<&'a Target>,
    /// How the projection stands against it at its deadline.
    pub check: TargetCheck,
}

/// Every target of the data set checked against the projection, each at its own
/// deadline ([`default_deadline`]; the scenario's deadline for the target the scenario
/// aims at when that one names none), then the reader's own target when it is none of
/// them.
pub fn target_rows<'a>(
    outlook: &Outlook,
    targets: &'a [Target],
    a: &Assumptions,
) -> Vec<TargetRow<'a>> {
    let mut rows: Vec<TargetRow<'a>> = targets
        .iter()
        .map(|target| {
            let by = match target.deadline {
                Some(y) if y > a.base_year => y,
                _ if target.value == a.target => a.by_year,
                own => default_deadline(own, a.base_year),
            };
            TargetRow {
                target: Some(target),
                check: outlook.check(target.value, by),
            }
        })
        .collect();
    if !targets.iter().any(|t| t.value == a.target) {
        rows.push(TargetRow {
            target: None,
            check: outlook.main,
        });
    }
    rows
}
