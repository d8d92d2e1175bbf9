//! Which of the scenario's settings differ from their defaults: the one-line summary by
//! the settings disclosure (the growth itself is the slider's, not a setting).

use super::{Scenario, UrlKey};
use crate::data::{DataSet, SeriesIndex};

/// A setting the reader, or the link, moved away from its default.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Changed {
    /// Another statistic than the default one.
    Series(SeriesIndex),
    /// An earlier base year than the latest.
    Base(i32),
    /// Another target, or another deadline: the target by its deadline.
    Target {
        /// Target, US$ million.
        value: f64,
        /// Deadline year.
        by: i32,
    },
    /// Another last year of the projection.
    Horizon(i32),
    /// Another first year of the history window.
    Window(i32),
    /// Exports and imports at rates of their own, % a year.
    Rates {
        /// Growth of exports.
        exports: f64,
        /// Growth of imports.
        imports: f64,
    },
}

impl Scenario {
    /// The scenario's settings alone: all but the linked growth, the slider's (what a
    /// slider step changes), which is left at its default.
    pub fn settings_only(&self) -> Scenario {
        Scenario {
            growth: None,
            ..*self
        }
    }

    /// The settings that differ from their defaults, in the order of the controls:
    /// exactly those the URL writes, but for the growth rate.
    pub fn changed_settings(&self, data: &DataSet) -> Vec<Changed> {
        let written: Vec<UrlKey> = self
            .to_query_pairs(data)
            .into_iter()
            .map(|(key, _)| key)
            .collect();
        let has = |key: UrlKey| written.contains(&key);
        let r = self.resolve(data);
        let a = r.assumptions;
        let mut changed = Vec::new();
        if has(UrlKey::Series) {
            changed.push(Changed::Series(self.series));
        }
        if has(UrlKey::Base) {
            changed.push(Changed::Base(a.base_year));
        }
        if has(UrlKey::Exports) || has(UrlKey::Imports) {
            changed.push(Changed::Rates {
                exports: a.exports_pct,
                imports: a.imports_pct,
            });
        }
        if has(UrlKey::From) {
            changed.push(Changed::Window(a.window_from));
        }
        if has(UrlKey::Target) || has(UrlKey::By) {
            changed.push(Changed::Target {
                value: a.target,
                by: a.by_year,
            });
        }
        if has(UrlKey::To) {
            changed.push(Changed::Horizon(a.last_year));
        }
        changed
    }
}
