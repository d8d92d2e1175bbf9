//! Each scenario key's value: how the URL's text is read into a [`Scenario`] (parsed,
//! clamped or dropped) and when it is written back (only when it differs from its
//! default). The codec (`query.rs`) goes through these for every key.

use super::{clamp_growth, clamp_target, Resolved, Scenario, UrlKey, FIRST_YEAR, LAST_YEAR_MAX};
use crate::data::{DataSet, Series};
use crate::format::{parse_decimal, trimmed};

/// What became of a value read from the URL.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Reading {
    /// Used as written.
    Used,
    /// Clamped: used as this text says instead.
    Clamped(String),
    /// Not usable: the default stays.
    Ignored,
}

/// The order the scenario's values are read in: the series first, since a base year or
/// a history window's year is one of its years; then the others, the history window
/// before the deadline and the horizon, as bad values have always been reported.
pub(super) const READ_ORDER: [UrlKey; 9] = [
    UrlKey::Series,
    UrlKey::Base,
    UrlKey::Growth,
    UrlKey::Exports,
    UrlKey::Imports,
    UrlKey::Target,
    UrlKey::From,
    UrlKey::By,
    UrlKey::To,
];

/// Formats a number for the URL: up to 6 decimals, no trailing zeros (`12.5`, `7`).
fn number(value: f64) -> String {
    trimmed(value, 6)
}

/// Reads a rate or an amount into `slot`, clamped by `clamp` (`None`: not a number).
fn read_number(value: &str, clamp: fn(f64) -> Option<f64>, slot: &mut Option<f64>) -> Reading {
    let parsed = parse_decimal(value);
    *slot = parsed.and_then(clamp);
    match (parsed, *slot) {
        (Some(p), Some(c)) if (p - c).abs() > 0.005 => Reading::Clamped(number(c)),
        (_, None) => Reading::Ignored,
        _ => Reading::Used,
    }
}

/// Reads a year of `series` with a turnover figure (a base year, a window's first year)
/// into `slot`.
fn read_turnover_year(value: &str, series: &Series, slot: &mut Option<i32>) -> Reading {
    match value.parse::<i32>() {
        Ok(y) if series.has_turnover(y) => {
            *slot = Some(y);
            Reading::Used
        }
        _ => Reading::Ignored,
    }
}

/// Reads a deadline or horizon year into `slot`, clamped into
/// [`FIRST_YEAR`]…[`LAST_YEAR_MAX`].
fn read_year(value: &str, slot: &mut Option<i32>) -> Reading {
    let Ok(y) = value.parse::<i32>() else {
        *slot = None;
        return Reading::Ignored;
    };
    let clamped = y.clamp(FIRST_YEAR, LAST_YEAR_MAX);
    *slot = Some(clamped);
    if clamped == y {
        Reading::Used
    } else {
        Reading::Clamped(clamped.to_string())
    }
}

impl UrlKey {
    /// Reads this key's `value` (decoded and trimmed) into `scenario`: a key of
    /// [`READ_ORDER`]; any other key is no value of the scenario and is ignored.
    pub(super) fn read(self, value: &str, scenario: &mut Scenario, data: &DataSet) -> Reading {
        let series = data.series(scenario.series);
        match self {
            UrlKey::Series => match data.series_index(&value.to_ascii_lowercase()) {
                Some(index) => {
                    scenario.series = index;
                    Reading::Used
                }
                None => Reading::Ignored,
            },
            UrlKey::Base => read_turnover_year(value, series, &mut scenario.base),
            UrlKey::From => read_turnover_year(value, series, &mut scenario.from),
            UrlKey::Growth => read_number(value, clamp_growth, &mut scenario.growth),
            UrlKey::Exports => read_number(value, clamp_growth, &mut scenario.exports),
            UrlKey::Imports => read_number(value, clamp_growth, &mut scenario.imports),
            UrlKey::Target => read_number(value, clamp_target, &mut scenario.target),
            UrlKey::By => read_year(value, &mut scenario.by),
            UrlKey::To => read_year(value, &mut scenario.to),
            UrlKey::Pin
            | UrlKey::PinName
            | UrlKey::Lang
            | UrlKey::Data
            | UrlKey::Embed
            | UrlKey::Theme
            | UrlKey::Transparent
            | UrlKey::Title
            | UrlKey::Check => Reading::Ignored,
        }
    }

    /// This key's value in a link of `scenario` (resolved as `r`): `None` when it is the
    /// default (links carry only what differs) and for a key that is no value of the
    /// scenario.
    pub(super) fn written(
        self,
        scenario: &Scenario,
        r: &Resolved,
        data: &DataSet,
    ) -> Option<String> {
        let a = &r.assumptions;
        let series = data.series(scenario.series);
        match self {
            UrlKey::Series => (scenario.series != 0).then(|| series.id.clone()),
            UrlKey::Base => (Some(a.base_year) != series.latest_turnover_year())
                .then(|| a.base_year.to_string()),
            UrlKey::Growth => (scenario.growth.is_some() && r.growth != r.default_growth)
                .then(|| number(r.growth)),
            UrlKey::Exports => (!r.linked).then(|| number(a.exports_pct)),
            UrlKey::Imports => (!r.linked).then(|| number(a.imports_pct)),
            UrlKey::Target => (scenario.target.is_some() && a.target != data.default_target())
                .then(|| number(a.target)),
            UrlKey::By => {
                (scenario.by.is_some() && a.by_year != r.default_by).then(|| a.by_year.to_string())
            }
            UrlKey::To => (scenario.to.is_some() && a.last_year != r.default_last_year)
                .then(|| a.last_year.to_string()),
            UrlKey::From => (scenario.from.is_some() && a.window_from != r.default_window_from)
                .then(|| a.window_from.to_string()),
            UrlKey::Pin
            | UrlKey::PinName
            | UrlKey::Lang
            | UrlKey::Data
            | UrlKey::Embed
            | UrlKey::Theme
            | UrlKey::Transparent
            | UrlKey::Title
            | UrlKey::Check => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::shipped;

    #[test]
    fn every_value_of_the_scenario_is_read_once_and_no_other_key_is_one() {
        for key in UrlKey::SCENARIO {
            let times = READ_ORDER.iter().filter(|k| **k == key).count();
            assert_eq!(times, usize::from(key != UrlKey::Pin), "{key}");
        }
        let chosen = Scenario {
            growth: Some(12.0),
            ..Scenario::default()
        };
        let r = chosen.resolve(shipped());
        for key in UrlKey::ALL.into_iter().filter(|k| !READ_ORDER.contains(k)) {
            let mut scenario = chosen;
            assert_eq!(key.read("5", &mut scenario, shipped()), Reading::Ignored);
            assert_eq!(scenario, chosen, "{key}");
            assert_eq!(key.written(&chosen, &r, shipped()), None, "{key}");
        }
        assert_eq!(
            UrlKey::Growth.written(&chosen, &r, shipped()).as_deref(),
            Some("12")
        );
    }
}
