//! Consistency checks on a parsed data set.

use super::{DataSet, SeriesId};
use std::fmt;

/// Why a data set was refused: a rule is broken; the text says which and where.
#[derive(Clone, Debug, PartialEq)]
pub struct DataError(pub String);

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "data set is inconsistent: {}", self.0)
    }
}

/// Largest gap allowed between a turnover and the sum of its rounded parts.
const ROUNDING_TOLERANCE: f64 = 0.1 + 1e-9;

/// Checks every rule the app relies on: both series present, each starting with a
/// year that splits exports and imports (so any base year can be split by the latest
/// shares), years ascending and unique, values non-negative and finite, turnover equal
/// to exports + imports (to rounding), every source and target source known.
pub fn validate(data: &DataSet) -> Result<(), DataError> {
    let bad = |msg: String| Err(DataError(msg));
    for id in SeriesId::ALL {
        if !data.series.iter().any(|s| s.id == id) {
            return bad(format!("series {} is missing", id.code()));
        }
    }
    for series in &data.series {
        let code = series.id.code();
        match series.points.first() {
            Some(p) if p.exports.is_some() && p.imports.is_some() => {}
            _ => {
                return bad(format!(
                    "series {code}: the first year needs exports and imports"
                ))
            }
        }
        for pair in series.points.windows(2) {
            if pair[1].year <= pair[0].year {
                return bad(format!(
                    "series {code}: year {} is repeated or out of order",
                    pair[1].year
                ));
            }
        }
        for p in &series.points {
            let values = [p.exports, p.imports, p.turnover];
            if values.iter().flatten().any(|v| !v.is_finite() || *v < 0.0) {
                return bad(format!(
                    "series {code} {}: a value is negative or not finite",
                    p.year
                ));
            }
            if values.iter().all(Option::is_none) {
                return bad(format!("series {code} {}: no value", p.year));
            }
            if let (Some(e), Some(i), Some(t)) = (p.exports, p.imports, p.turnover) {
                if (e + i - t).abs() > ROUNDING_TOLERANCE {
                    return bad(format!(
                        "series {code} {}: turnover {t} is not exports {e} + imports {i}",
                        p.year
                    ));
                }
            }
            if data.source(&p.source).is_none() {
                return bad(format!(
                    "series {code} {}: unknown source {}",
                    p.year, p.source
                ));
            }
        }
    }
    let products = &data.products;
    if data.source(&products.source).is_none() {
        return bad(format!("products: unknown source {}", products.source));
    }
    for flow in &products.flows {
        let sum: f64 = flow.shares.iter().map(|s| s.pct).sum();
        if flow
            .shares
            .iter()
            .any(|s| !s.pct.is_finite() || s.pct <= 0.0)
            || sum > 100.0 + 1e-9
        {
            return bad(format!(
                "products {}: shares must be positive and sum to at most 100",
                flow.label
            ));
        }
    }
    for target in &data.targets {
        if data.source(&target.source).is_none() {
            return bad(format!(
                "target {}: unknown source {}",
                target.id, target.source
            ));
        }
        if !(target.value.is_finite() && target.value > 0.0) {
            return bad(format!("target {}: value must be positive", target.id));
        }
    }
    Ok(())
}
