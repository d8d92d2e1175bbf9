//! The scenario's other fields: series, base year, target (typed or one of the data
//! set's), deadline and horizon.

use super::Choice;
use crate::format::trimmed;
use crate::i18n::Catalog;
use crate::scenario::{base_years, Resolved, TARGET_RANGE};

/// One of the data set's targets, as a button.
#[derive(Clone, Debug, PartialEq)]
pub struct KnownTarget {
    /// The target, US$ million (what choosing it sets).
    pub value: f64,
    /// Its name, e.g. "$1 billion".
    pub label: String,
    /// Who set it and when (the button's tooltip).
    pub title: String,
    /// True when it is the target in effect.
    pub pressed: bool,
}

/// What the fields show.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldsView {
    /// The statistics to choose from; empty when the data set has one (its name is on
    /// the chart).
    pub series: Vec<Choice<String>>,
    /// The base years, newest first.
    pub base_years: Vec<Choice<i32>>,
    /// The target in effect, as the field shows it.
    pub target: String,
    /// The smallest and largest target accepted, as the field's `min` and `max`.
    pub target_limits: (String, String),
    /// The data set's targets.
    pub known_targets: Vec<KnownTarget>,
    /// The deadline in effect.
    pub by: String,
    /// The horizon's last year in effect.
    pub to: String,
}

impl FieldsView {
    /// The fields of the resolved scenario `r`, in `t`'s language.
    pub fn of(t: &Catalog, r: &Resolved) -> FieldsView {
        let data = t.data();
        let a = &r.assumptions;
        let series = if data.series.len() > 1 {
            data.series
                .iter()
                .enumerate()
                .map(|(index, s)| Choice {
                    value: s.id.clone(),
                    label: t.text(&s.name).to_string(),
                    selected: index == r.series,
                })
                .collect()
        } else {
            Vec::new()
        };
        FieldsView {
            series,
            base_years: Choice::years(base_years(data.series(r.series)), a.base_year),
            target: trimmed(a.target, 6),
            target_limits: (trimmed(TARGET_RANGE.0, 1), trimmed(TARGET_RANGE.1, 1)),
            known_targets: data
                .targets
                .iter()
                .map(|known| KnownTarget {
                    value: known.value,
                    label: t.text(&known.label).to_string(),
                    title: t.text(&known.set).to_string(),
                    pressed: known.value == a.target,
                })
                .collect(),
            by: a.by_year.to_string(),
            to: a.last_year.to_string(),
        }
    }
}
