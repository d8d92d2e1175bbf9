//! Compound-growth projection from a base year.

use crate::data::Series;

/// The actual figures a projection starts from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Base {
    /// The base year `B`.
    pub year: i32,
    /// Turnover at `B`, US$ million.
    pub turnover: f64,
    /// Exports and imports at `B`, when the source splits the turnover.
    pub split: Option<Split>,
}

/// Exports and imports of one year, US$ million.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Split {
    /// Belarusian exports to Uzbekistan.
    pub exports: f64,
    /// Belarusian imports from Uzbekistan.
    pub imports: f64,
}

impl Base {
    /// The base at `year` of `series`; `None` when that year has no turnover figure.
    pub fn of(series: &Series, year: i32) -> Option<Base> {
        let point = series.point(year)?;
        let turnover = point.turnover?;
        let split = match (point.exports, point.imports) {
            (Some(exports), Some(imports)) => Some(Split { exports, imports }),
            _ => None,
        };
        Some(Base {
            year,
            turnover,
            split,
        })
    }
}

/// One year of a projection, US$ million.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ProjectedYear {
    /// Calendar year.
    pub year: i32,
    /// Projected exports, when the base has a split.
    pub exports: Option<f64>,
    /// Projected imports, when the base has a split.
    pub imports: Option<f64>,
    /// Projected turnover.
    pub turnover: f64,
}

/// `value · (1 + rate)ⁿ`; a rate at or below −100 % wipes the value out (never negative).
pub fn grow(value: f64, rate: f64, years: i32) -> f64 {
    let factor = 1.0 + rate;
    if factor <= 0.0 {
        return if years == 0 { value } else { 0.0 };
    }
    value * factor.powi(years)
}

/// Projects every year from the base year to `last_year` inclusive with one linked
/// growth `rate` (a fraction a year). The base year itself is the first entry (n = 0);
/// the result is empty when `last_year` is before the base year.
pub fn project(base: &Base, rate: f64, last_year: i32) -> Vec<ProjectedYear> {
    (base.year..=last_year)
        .map(|year| {
            let n = year - base.year;
            match base.split {
                Some(split) => {
                    let exports = grow(split.exports, rate, n);
                    let imports = grow(split.imports, rate, n);
                    ProjectedYear {
                        year,
                        exports: Some(exports),
                        imports: Some(imports),
                        turnover: exports + imports,
                    }
                }
                None => ProjectedYear {
                    year,
                    exports: None,
                    imports: None,
                    turnover: grow(base.turnover, rate, n),
                },
            }
        })
        .collect()
}
