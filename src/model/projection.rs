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
    /// The latest year up to `B` with a split, and its exports share of turnover:
    /// used to split a base without one when the flows grow at different rates.
    pub share: Option<(i32, f64)>,
}

/// Growth rates of the two flows, fractions a year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rates {
    /// Growth of Belarusian exports.
    pub exports: f64,
    /// Growth of Belarusian imports.
    pub imports: f64,
}

impl Rates {
    /// One rate for both flows.
    pub fn linked(rate: f64) -> Rates {
        Rates {
            exports: rate,
            imports: rate,
        }
    }

    /// True when both flows grow alike.
    pub fn is_linked(&self) -> bool {
        self.exports == self.imports
    }
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
        let split_of = |p: &crate::data::Point| match (p.exports, p.imports) {
            (Some(exports), Some(imports)) => Some(Split { exports, imports }),
            _ => None,
        };
        let share = series
            .points
            .iter()
            .rev()
            .filter(|p| p.year <= year)
            .find_map(|p| split_of(p).map(|s| (p.year, s.exports / (s.exports + s.imports))))
            .filter(|(_, share)| share.is_finite());
        Some(Base {
            year,
            turnover,
            split: split_of(point),
            share,
        })
    }

    /// The turnover a projection at one rate for both flows starts from: the published
    /// split's sum when the base has one (it may differ from the turnover by the rounding
    /// of its parts, 0.1 at most), else the turnover.
    pub fn start(&self) -> f64 {
        self.split.map_or(self.turnover, |s| s.exports + s.imports)
    }

    /// The split projected from: the published one, else (for unlinked rates only)
    /// the base turnover divided by the latest published shares (a derived split).
    pub fn split_for(&self, rates: Rates) -> Option<Split> {
        self.split.or_else(|| {
            let (_, share) = self.share.filter(|_| !rates.is_linked())?;
            Some(Split {
                exports: self.turnover * share,
                imports: self.turnover * (1.0 - share),
            })
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

/// Projects every year from the base year to `last_year` inclusive, each flow at its
/// own rate. The base year itself is the first entry (n = 0); the result is empty when
/// `last_year` is before the base year. Without a split (published, or derived for
/// unlinked rates) turnover alone grows, at the exports rate.
pub fn project(base: &Base, rates: Rates, last_year: i32) -> Vec<ProjectedYear> {
    let split = base.split_for(rates);
    (base.year..=last_year)
        .map(|year| {
            let n = year - base.year;
            match split {
                Some(split) => {
                    let exports = grow(split.exports, rates.exports, n);
                    let imports = grow(split.imports, rates.imports, n);
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
                    turnover: grow(base.turnover, rates.exports, n),
                },
            }
        })
        .collect()
}
