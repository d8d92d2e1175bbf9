//! The answers in words, each with its machine-readable value (`data-value`, for tests
//! and scripts): the headline answer, and the others.

use crate::data::Series;
use crate::format::trimmed;
use crate::i18n::Catalog;
use crate::model::{Assumptions, Outlook, Percent};
use crate::text;

/// A sentence and the number it states (empty when it states none).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Readout {
    /// The sentence.
    pub text: String,
    /// The number, plain (`12.5`), for `data-value`.
    pub value: String,
}

/// A `data-value`: the number to 0.01, or empty.
fn machine(value: Option<f64>) -> String {
    value.map_or(String::new(), |v| trimmed(v, 2))
}

/// The headline answer: the year the target is reached at this growth.
pub fn answer(t: &Catalog, a: &Assumptions, o: &Outlook) -> Readout {
    Readout {
        text: text::reached(t, a, o.main.reached),
        value: o.main.reached.map_or(String::new(), |y| y.to_string()),
    }
}

/// What a screen reader hears when the reader pauses: the answer, the growth needed and
/// the chance.
pub fn announcement(t: &Catalog, a: &Assumptions, o: &Outlook) -> String {
    let chance = o.chance.map_or(String::new(), |p| text::chance(t, a, p));
    let needed = text::required(t, a, o.main.needed);
    format!("{} {needed} {chance}", answer(t, a, o).text)
}

/// The other answers.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReadoutsView {
    /// The growth needed by the deadline (value in % a year).
    pub needed: Readout,
    /// The chance of reaching the target (value in %).
    pub chance: Readout,
    /// The base year's figure (value in US$ million).
    pub base: Readout,
    /// The base year.
    pub base_year: String,
    /// The base year's exports and imports (US$ million), when it has them.
    pub base_flows: (String, String),
    /// How the base year's split was derived, when it was.
    pub derived: String,
    /// How the model did on the latest year it could have predicted.
    pub backtest: String,
}

impl ReadoutsView {
    /// The answers for the projection `o` of `series` under `a`, in `t`'s language.
    pub fn of(t: &Catalog, series: &Series, a: &Assumptions, o: &Outlook) -> ReadoutsView {
        let split = o.base.split;
        ReadoutsView {
            needed: Readout {
                text: text::required(t, a, o.main.needed),
                value: machine(o.main.needed.map(|r| Percent::of(r).value())),
            },
            chance: Readout {
                text: o.chance.map_or(String::new(), |p| text::chance(t, a, p)),
                value: machine(o.chance.map(|p| Percent::of(p).value())),
            },
            base: Readout {
                text: text::base(t, series, o),
                value: machine(Some(o.base.turnover)),
            },
            base_year: a.base_year.to_string(),
            base_flows: (
                machine(split.map(|s| s.exports)),
                machine(split.map(|s| s.imports)),
            ),
            derived: text::derived_split(t, o).unwrap_or_default(),
            backtest: o
                .backtest
                .last()
                .map(|b| text::backtest(t, b))
                .unwrap_or_default(),
        }
    }
}
